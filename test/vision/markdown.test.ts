/**
 * The Markdown read back by a real CommonMark parser (markdown-it, with the GFM tables and strikethrough
 * its default preset adds, and raw HTML on so that HTML would show up as tokens): whatever the customer
 * typed, the parsed document has exactly the blocks the renderer wrote, and each block's text is the
 * customer's text.
 */
import fc from 'fast-check';
import MarkdownIt, { type Token } from 'markdown-it';
import { OBJECTIVE, VISION } from '../../src/schema/fields.js';
import {
  buildCustomerSafeDocument,
  layoutDocument,
  renderMarkdown,
  type Block,
  type CustomerSafeDocument,
} from '../../src/vision/index.js';
import { objectiveRow, visionRow } from '../helpers/vision-records.js';
import { HOSTILE_TEXTS, hostileDocument } from './hostile-text.js';

const parser = new MarkdownIt('default', { html: true });
const today = '2026-02-01';

/** Line breaks as one "\n", the space around them and at either end dropped, as Markdown does. */
const lines = (text: string): string =>
  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .trim();
const paragraphText = (text: string): string =>
  lines(text)
    .split('\n')
    .filter((line) => line !== '')
    .join('\n');
const headingText = (text: string): string =>
  text
    .replace(/\r\n?/g, '\n')
    .replace(/\s*\n\s*/g, ' ')
    .trim();

type Expected = { readonly tokens: string[]; readonly texts: string[]; readonly strong: boolean[] };

/** The token types (with tags) and inline texts the blocks should parse to. */
function expected(blocks: readonly Block[]): Expected {
  const tokens: string[] = [];
  const texts: string[] = [];
  const strong: boolean[] = [];
  const inline = (text: string, isStrong = false): void => {
    tokens.push('inline');
    texts.push(text);
    strong.push(isStrong);
  };
  const item = (text: string, isStrong = false): void => {
    tokens.push('list_item_open:li', 'paragraph_open:p');
    inline(text, isStrong);
    tokens.push('paragraph_close:p', 'list_item_close:li');
  };
  for (const block of blocks) {
    switch (block.kind) {
      case 'title':
      case 'heading': {
        const tag = block.kind === 'title' ? 'h1' : `h${block.level}`;
        tokens.push(`heading_open:${tag}`);
        inline(headingText(block.text));
        tokens.push(`heading_close:${tag}`);
        break;
      }
      case 'paragraph':
        tokens.push('paragraph_open:p');
        inline(paragraphText(block.text));
        tokens.push('paragraph_close:p');
        break;
      case 'fields':
      case 'list':
        tokens.push('bullet_list_open:ul');
        if (block.kind === 'fields') for (const [k, v] of block.items) item(`${k}: ${lines(v)}`, true);
        else for (const text of block.items) item(lines(text));
        tokens.push('bullet_list_close:ul');
        break;
      case 'table': {
        const row = (cells: readonly string[], tag: 'th' | 'td', flagged: boolean): void => {
          tokens.push('tr_open:tr');
          cells.forEach((cell, c) => {
            tokens.push(`${tag}_open:${tag}`);
            inline(lines(cell), flagged && c === 0 && cell.trim() !== '');
            tokens.push(`${tag}_close:${tag}`);
          });
          tokens.push('tr_close:tr');
        };
        tokens.push('table_open:table', 'thead_open:thead');
        row(block.header, 'th', false);
        tokens.push('thead_close:thead', 'tbody_open:tbody');
        block.rows.forEach((cells, i) => row(cells, 'td', block.flagged[i]));
        tokens.push('tbody_close:tbody', 'table_close:table');
        break;
      }
    }
  }
  return { tokens, texts, strong };
}

/** What an inline token says, and every kind of inline token in it that is not plain text. */
function inlineContent(token: Token): { text: string; kinds: string[] } {
  let text = '';
  const kinds: string[] = [];
  for (const child of token.children ?? []) {
    if (child.type === 'text') text += child.content;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += '\n';
    else if (child.type === 'html_inline' && child.content === '<br>') text += '\n';
    else kinds.push(child.type === 'html_inline' ? `html_inline ${child.content}` : child.type);
  }
  return { text: lines(text), kinds };
}

function parsed(markdown: string): Expected & { kinds: string[][] } {
  const tokens = parser.parse(markdown, {});
  const inlines = tokens.filter((t) => t.type === 'inline').map(inlineContent);
  return {
    tokens: tokens.map((t) => (t.type === 'inline' ? 'inline' : `${t.type}:${t.tag}`)),
    texts: inlines.map((i) => i.text),
    strong: inlines.map((i) => i.kinds.includes('strong_open')),
    kinds: inlines.map((i) => i.kinds.filter((k) => k !== 'strong_open' && k !== 'strong_close')),
  };
}

function expectFaithful(document: CustomerSafeDocument, language: 'en' | 'fi' = 'en'): void {
  expectBlocksFaithful(layoutDocument(document, { language, today }));
}

function expectBlocksFaithful(blocks: readonly Block[]): void {
  const markdown = renderMarkdown(blocks);
  const want = expected(blocks);
  const got = parsed(markdown);
  expect(got.tokens).toEqual(want.tokens);
  expect(got.texts).toEqual(want.texts);
  expect(got.strong).toEqual(want.strong);
  // No link, image, code, emphasis, strikethrough or HTML but the renderer's <br>.
  expect(got.kinds.flat()).toEqual([]);
}

describe('Markdown read back by a CommonMark parser', () => {
  it('keeps the structure the renderer wrote and the customer’s text, whatever the text', () => {
    expectFaithful(hostileDocument());
    expectFaithful(hostileDocument(), 'fi');
  });

  it.each(HOSTILE_TEXTS.map((text) => [JSON.stringify(text), text]))('holds %s in every position', (_, text) => {
    expectFaithful(hostileDocument([text]));
    expectBlocksFaithful([{ kind: 'list', items: [text, text] }]);
  });

  it('holds any mix of Markdown’s marks (property)', () => {
    const alphabet = fc.constantFrom(
      ...'#=-+*_~`>|[]()!<>/&;:.)\\ \n\r\t1aZ0'.split(''),
      '15.',
      '1.',
      '```',
      '---',
      '<b>',
      '&amp;',
      '](',
      '\r\n'
    );
    const text = fc.array(alphabet, { maxLength: 24 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), (texts) => {
        expectFaithful(hostileDocument(texts));
        // The document's lists hold the 9E names only; the renderer still writes any list item safely.
        const items = texts.filter((t) => t.trim() !== '');
        if (items.length > 0) expectBlocksFaithful([{ kind: 'list', items }]);
      }),
      { numRuns: 300 }
    );
  });

  it('writes ordinary Finnish text with no backslash at all', () => {
    const document = buildCustomerSafeDocument('Satama-Nosturit Oy', {
      vision: visionRow({
        [VISION.currentState]:
          'Sopimus alkoi 15. maaliskuuta 2025. Laskutus 1 234,50 € kuukaudessa (alv 25,5 %).\nSeuraava tarkistus 1.6.2026 klo 9.30.',
        [VISION.developmentPlan]: 'Huolto laajenee pohjoiseen terminaaliin: 3–5 nosturia, 2 käyntiä/kk.',
        [VISION.communicationCadence]: '15. päivä joka kuukausi',
        [VISION.customerParticipants]: 'Anna Virtanen (toimitusjohtaja), Mikko Lahti',
      }),
      objectives: [objectiveRow({ [OBJECTIVE.name]: 'Seisokit alle 5 h/kk', [OBJECTIVE.measure]: 'Tunnit (h) / kk' })],
    });
    const markdown = renderMarkdown(layoutDocument(document, { language: 'fi', today }));
    expect(markdown).toContain('15. maaliskuuta 2026');
    expect(markdown).toContain('1 234,50 €');
    expect(markdown).not.toContain('\\');
    expectFaithful(document, 'fi');
  });
});
