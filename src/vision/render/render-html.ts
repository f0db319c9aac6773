/**
 * A standalone HTML page: inline styles (it is mailed or printed, with nothing to load), every text
 * escaped, no script. Overdue objectives carry a class as well as the word, so colour is never the only
 * signal.
 */
import type { Block } from '../layout/layout.js';
import type { Language } from '../texts.js';

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

// A lone CR ends a line too (the HTML parser would make it a space).
const lines = (text: string): string => escapeHtml(text).replace(/\r\n?|\n/g, '<br>');

const STYLE = `
body { font-family: "Salesforce Sans", Arial, sans-serif; color: #181818; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.6rem; border-bottom: 2px solid #0176d3; padding-bottom: .3rem; }
h2 { font-size: 1.2rem; margin-top: 1.6rem; color: #032d60; }
h3 { font-size: 1rem; margin-top: 1rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dt { font-weight: bold; }
dd { margin: 0; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border: 1px solid #c9c9c9; padding: .3rem .4rem; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
tr.overdue td { background: #fef1ee; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
`;

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'title':
      return `<h1>${lines(block.text)}</h1>`;
    case 'heading':
      return `<h${block.level}>${lines(block.text)}</h${block.level}>`;
    case 'paragraph':
      return `<p>${lines(block.text)}</p>`;
    case 'fields':
      return `<dl>${block.items.map(([k, v]) => `<dt>${lines(k)}</dt><dd>${lines(v)}</dd>`).join('')}</dl>`;
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${lines(item)}</li>`).join('')}</ul>`;
    case 'table':
      return [
        '<table>',
        `<thead><tr>${block.header.map((h) => `<th scope="col">${lines(h)}</th>`).join('')}</tr></thead>`,
        '<tbody>',
        ...block.rows.map(
          (row, i) =>
            `<tr${block.flagged[i] ? ' class="overdue"' : ''}>${row.map((cell) => `<td>${lines(cell)}</td>`).join('')}</tr>`
        ),
        '</tbody></table>',
      ].join('');
  }
}

export function renderHtml(blocks: readonly Block[], language: Language): string {
  const title = blocks.find((b) => b.kind === 'title');
  return [
    '<!DOCTYPE html>',
    `<html lang="${language}">`,
    '<head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title && title.kind === 'title' ? escapeHtml(title.text) : ''}</title>`,
    `<style>${STYLE}</style></head>`,
    '<body><main>',
    ...blocks.map(renderBlock),
    '</main></body></html>',
    '',
  ].join('\n');
}
