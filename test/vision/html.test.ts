/**
 * The HTML read back by an HTML5 parser (parse5, the WHATWG algorithm browsers use): whatever the
 * customer typed, the page has exactly the elements and attributes the renderer wrote, and each element
 * says the customer's text.
 */
import { parse } from 'parse5';
import { layoutDocument, renderHtml, type Block } from '../../src/vision/index.js';
import { HOSTILE_TEXTS, hostileDocument } from './hostile-text.js';

type Node = {
  readonly nodeName: string;
  readonly tagName?: string;
  readonly value?: string;
  readonly attrs?: ReadonlyArray<{ readonly name: string; readonly value: string }>;
  readonly childNodes?: readonly Node[];
};

const today = '2026-02-01';
const TEXT_ELEMENTS = new Set(['h1', 'h2', 'h3', 'p', 'dt', 'dd', 'li', 'th', 'td']);
// The HTML parser turns CR and CRLF into LF before anything else.
const lineEnds = (text: string): string => text.replace(/\r\n?/g, '\n');

function textOf(node: Node): string {
  if (node.nodeName === '#text') return node.value ?? '';
  if (node.tagName === 'br') return '\n';
  return (node.childNodes ?? []).map(textOf).join('');
}

function walk(node: Node, visit: (node: Node) => boolean): void {
  if (visit(node)) for (const child of node.childNodes ?? []) walk(child, visit);
}

/** The elements with text, in order, each with its text; and every element and attribute on the page. */
function read(html: string): { texts: string[][]; tags: Set<string>; attributes: Set<string> } {
  const texts: string[][] = [];
  const tags = new Set<string>();
  const attributes = new Set<string>();
  walk(parse(html) as unknown as Node, (node) => {
    if (!node.tagName) return true;
    tags.add(node.tagName);
    for (const attr of node.attrs ?? []) attributes.add(`${node.tagName} ${attr.name}="${attr.value}"`);
    if (!TEXT_ELEMENTS.has(node.tagName)) return true;
    texts.push([node.tagName, textOf(node)]);
    // What is inside a text element is text and <br> only.
    walk(node, (inner) => {
      if (inner.tagName) tags.add(inner.tagName);
      return true;
    });
    return false;
  });
  return { texts, tags, attributes };
}

function expected(blocks: readonly Block[]): string[][] {
  const out: string[][] = [];
  for (const block of blocks) {
    if (block.kind === 'title') out.push(['h1', block.text]);
    else if (block.kind === 'heading') out.push([`h${block.level}`, block.text]);
    else if (block.kind === 'paragraph') out.push(['p', block.text]);
    else if (block.kind === 'fields') for (const [k, v] of block.items) out.push(['dt', k], ['dd', v]);
    else if (block.kind === 'list') for (const item of block.items) out.push(['li', item]);
    else {
      for (const cell of block.header) out.push(['th', cell]);
      for (const row of block.rows) for (const cell of row) out.push(['td', cell]);
    }
  }
  return out.map(([tag, text]) => [tag, lineEnds(text)]);
}

describe('HTML read back by an HTML5 parser', () => {
  const cases: Array<[string, readonly string[]]> = [
    ['all hostile texts together', HOSTILE_TEXTS],
    ...HOSTILE_TEXTS.map((text): [string, readonly string[]] => [JSON.stringify(text), [text]]),
  ];
  it.each(cases)('keeps the renderer’s elements and the customer’s text: %s', (_, texts) => {
    const blocks = layoutDocument(hostileDocument(texts), { language: 'en', today });
    const page = read(renderHtml(blocks, 'en'));
    expect(page.texts).toEqual(expected(blocks));
    expect([...page.tags].sort()).toEqual(
      expect.arrayContaining(['body', 'h1', 'h2', 'head', 'html', 'main', 'p', 'table', 'td', 'th', 'title'])
    );
    const allowed = ['html', 'head', 'meta', 'title', 'style', 'body', 'main', ...TEXT_ELEMENTS];
    const structure = ['dl', 'ul', 'table', 'thead', 'tbody', 'tr', 'br'];
    expect([...page.tags].filter((tag) => ![...allowed, ...structure].includes(tag))).toEqual([]);
    expect([...page.attributes].sort()).toEqual(
      expect.arrayContaining(['html lang="en"', 'meta charset="utf-8"', 'th scope="col"', 'tr class="overdue"'])
    );
    const known = new Set([
      'html lang="en"',
      'meta charset="utf-8"',
      'meta name="viewport"',
      'meta content="width=device-width, initial-scale=1"',
      'th scope="col"',
      'tr class="overdue"',
    ]);
    expect([...page.attributes].filter((attribute) => !known.has(attribute))).toEqual([]);
  });
});
