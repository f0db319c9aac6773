/**
 * Markdown. Text the users wrote is escaped so it reads as written: a "#" or "|" in a plan never turns
 * into a heading or breaks the table, and "<" cannot become HTML when the file is shown by a viewer.
 */
import type { Block } from './layout.js';

export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      // Only at the start of a line do these make a heading, list or quote.
      .replace(/^(\s*)([#>+-]|\d+[.)])/gm, (_m, space: string, mark: string) => `${space}\\${mark}`)
  );
}

const inline = (text: string): string => escapeMarkdown(text).replace(/\r?\n/g, '<br>');

export function renderMarkdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'title':
        out.push(`# ${inline(block.text)}`);
        break;
      case 'heading':
        out.push(`${'#'.repeat(block.level)} ${inline(block.text)}`);
        break;
      case 'paragraph':
        out.push(block.text.split(/\r?\n/).map(escapeMarkdown).join('  \n'));
        break;
      case 'fields':
        out.push(block.items.map(([key, value]) => `- **${inline(key)}:** ${inline(value)}`).join('\n'));
        break;
      case 'list':
        out.push(block.items.map((item) => `- ${inline(item)}`).join('\n'));
        break;
      case 'table':
        out.push(
          [
            `| ${block.header.map(inline).join(' | ')} |`,
            `|${block.header.map(() => ' --- ').join('|')}|`,
            ...block.rows.map(
              (row, i) =>
                `| ${row.map((cell, c) => (c === 0 && block.flagged[i] ? `**${inline(cell)}**` : inline(cell))).join(' | ')} |`
            ),
          ].join('\n')
        );
        break;
    }
  }
  return `${out.join('\n\n')}\n`;
}
