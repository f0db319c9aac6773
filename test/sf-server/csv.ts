/**
 * CSV as Bulk API 2.0 reads and writes it (RFC 4180 quoting, a chosen delimiter and line ending).
 * Both directions slice runs of text rather than go character by character: a 100,000-row job passes
 * through here three times (upload, results, failed rows), and the fixture should not be what a
 * benchmark of the sync measures.
 */

export const DELIMITERS: Readonly<Record<string, string>> = {
  COMMA: ',',
  TAB: '\t',
  PIPE: '|',
  SEMICOLON: ';',
  CARET: '^',
  BACKQUOTE: '`',
};

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Rows of cells read one at a time from a text, so a job can work through an upload without first
 * holding every row of it. A line break inside quotes stays in the cell; a quote opens a quoted run
 * only at the start of a cell, anywhere else it is text.
 */
export class CsvRows {
  private at: number;
  private readonly d: number;

  /** `from`: where a row starts (an offset an earlier `offset` gave); a leading byte-order mark is skipped. */
  public constructor(
    private readonly text: string,
    delimiter = ',',
    from = 0
  ) {
    this.d = delimiter.charCodeAt(0);
    this.at = from === 0 && text.charCodeAt(0) === 0xfe_ff ? 1 : from;
  }

  /** Where the next row starts. */
  public get offset(): number {
    return this.at;
  }

  public next(): string[] | undefined {
    const source = this.text;
    const n = source.length;
    const d = this.d;
    let i = this.at;
    if (i >= n) return undefined;
    const row: string[] = [];
    let cell = '';
    while (i < n) {
      const c = source.charCodeAt(i);
      if (c === QUOTE && cell === '') {
        let start = i + 1;
        for (;;) {
          const quote = source.indexOf('"', start);
          if (quote < 0) {
            cell += source.slice(start);
            i = n;
            break;
          }
          if (source.charCodeAt(quote + 1) === QUOTE) {
            cell += source.slice(start, quote + 1);
            start = quote + 2;
            continue;
          }
          cell += source.slice(start, quote);
          i = quote + 1;
          break;
        }
      } else if (c === d) {
        row.push(cell);
        cell = '';
        i++;
      } else if (c === LF || c === CR) {
        row.push(cell);
        this.at = i + (c === CR && source.charCodeAt(i + 1) === LF ? 2 : 1);
        return row;
      } else {
        let end = i + 1;
        while (end < n) {
          const e = source.charCodeAt(end);
          if (e === d || e === LF || e === CR || e === QUOTE) break;
          end++;
        }
        cell += source.slice(i, end);
        i = end;
      }
    }
    this.at = n;
    if (cell === '' && row.length === 0) return undefined;
    row.push(cell);
    return row;
  }

  /** Every row not yet read. */
  public rest(): string[][] {
    const rows: string[][] = [];
    for (let row = this.next(); row; row = this.next()) rows.push(row);
    return rows;
  }
}

/** Every row of a CSV text. */
export function parseCsv(text: string, delimiter = ','): string[][] {
  return new CsvRows(text, delimiter).rest();
}

const quote = (value: string): string => (value.includes('"') ? `"${value.replace(/"/g, '""')}"` : '"' + value + '"');

/**
 * One line of a CSV file, every cell quoted. The line is built by concatenation, a tree of small
 * strings; measuring its bytes makes V8 flatten it while it is fresh, and joining a page of flat
 * lines is then about twice as fast as joining the trees.
 */
export function csvRow(cells: readonly string[], delimiter = ','): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) line += i === 0 ? quote(cells[i]) : delimiter + quote(cells[i]);
  Buffer.byteLength(line);
  return line;
}

/**
 * A CSV text, every cell quoted: the header, then `count` rows that `fill` writes into one reused
 * array of cells. A row with no quote in it is joined natively, which also makes it flat.
 */
export function csvLines(
  header: readonly string[],
  count: number,
  fill: (row: number, cells: string[]) => void,
  delimiter = ',',
  lineEnding = '\n'
): string {
  const lines = new Array<string>(count + 1);
  lines[0] = csvRow(header, delimiter);
  const cells = new Array<string>(header.length);
  const between = `"${delimiter}"`;
  for (let i = 0; i < count; i++) {
    fill(i, cells);
    let plain = true;
    for (let j = 0; j < cells.length && plain; j++) plain = !cells[j].includes('"');
    lines[i + 1] = plain ? '"' + cells.join(between) + '"' : csvRow(cells, delimiter);
  }
  return lines.join(lineEnding) + lineEnding;
}
