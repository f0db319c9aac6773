/** CSV as Bulk API 2.0 reads and writes it (RFC 4180 quoting, a chosen delimiter and line ending). */

export const DELIMITERS: Readonly<Record<string, string>> = {
  COMMA: ',',
  TAB: '\t',
  PIPE: '|',
  SEMICOLON: ';',
  CARET: '^',
  BACKQUOTE: '`',
};

/** Rows of cells; a line break inside quotes stays in the cell. */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const source = text.charCodeAt(0) === 0xfe_ff ? text.slice(1) : text;
  while (i < source.length) {
    const c = source[i];
    if (quoted) {
      if (c === '"') {
        if (source[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else cell += c;
      i++;
      continue;
    }
    if (c === '"' && cell === '') quoted = true;
    else if (c === delimiter) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      if (c === '\r' && source[i + 1] === '\n') i++;
    } else cell += c;
    i++;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

const quote = (value: string): string => `"${value.replace(/"/g, '""')}"`;

/** Every cell quoted, as the org writes result files. */
export function writeCsv(
  header: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  delimiter = ',',
  lineEnding = '\n'
): string {
  const lines = [header, ...rows].map((r) => r.map(quote).join(delimiter));
  return lines.length > 0 ? lines.join(lineEnding) + lineEnding : '';
}
