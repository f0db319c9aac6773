/**
 * The text of a PDF written by pdfkit with compression off: every hex string shown by TJ, decoded from
 * WinAnsi, one text object per line. Good enough to prove what a page says; not a general PDF reader.
 */
const WIN_ANSI_EXTRA: Record<number, string> = {
  0x80: '€',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
  0x85: '…',
};

function decodeHex(hex: string): string {
  let out = '';
  for (let i = 0; i + 1 < hex.length; i += 2) {
    const code = parseInt(hex.slice(i, i + 2), 16);
    out += WIN_ANSI_EXTRA[code] ?? String.fromCharCode(code);
  }
  return out;
}

export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  if (/\/Filter\s*\/FlateDecode/.test(raw.slice(0, raw.indexOf('endstream') + 1)))
    throw new Error('the PDF is compressed: render it with compression off to read its text');
  const lines: string[] = [];
  for (const match of raw.matchAll(/\[((?:<[0-9a-fA-F]*>\s*-?[\d.]*\s*)+)\]\s*TJ/g)) {
    lines.push([...match[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => decodeHex(m[1])).join(''));
  }
  return lines.join('\n');
}

/** Lines joined with spaces and runs of whitespace collapsed, so a phrase wrapped over two lines still matches. */
export function pdfFlatText(pdf: Buffer): string {
  return pdfText(pdf).replace(/\s+/g, ' ');
}
