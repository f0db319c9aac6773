/**
 * Markdown (CommonMark, with a GFM table for the objectives). Text the users wrote reads as written:
 * markdown-escape.ts escapes each mark only where, in its position, it would make a heading, list,
 * quote, code, link, table or HTML, so ordinary text ("15. maaliskuuta", "1 234,50 €") carries no
 * backslashes.
 */
import type { Block } from '../layout/layout.js';
import {
  markdownBlockStart,
  markdownHeadingText,
  markdownInline,
  markdownParagraph,
  markdownStrong,
} from './markdown-escape.js';

export function renderMarkdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'title':
        out.push(`# ${markdownHeadingText(block.text)}`);
        break;
      case 'heading':
        out.push(`${'#'.repeat(block.level)} ${markdownHeadingText(block.text)}`);
        break;
      case 'paragraph':
        out.push(markdownParagraph(block.text));
        break;
      case 'fields':
        out.push(
          block.items.map(([key, value]) => `- ${markdownStrong(`${key}:`)} ${markdownInline(value)}`).join('\n')
        );
        break;
      case 'list':
        out.push(block.items.map((item) => `- ${markdownBlockStart(item)}`).join('\n'));
        break;
      case 'table': {
        const cell = (text: string, strong = false): string =>
          strong ? markdownStrong(text, { pipes: true }) : markdownInline(text.trim(), { pipes: true });
        out.push(
          [
            `| ${block.header.map((text) => cell(text)).join(' | ')} |`,
            `|${block.header.map(() => ' --- ').join('|')}|`,
            ...block.rows.map(
              (row, i) => `| ${row.map((text, c) => cell(text, c === 0 && block.flagged[i])).join(' | ')} |`
            ),
          ].join('\n')
        );
        break;
      }
    }
  }
  return `${out.join('\n\n')}\n`;
}
