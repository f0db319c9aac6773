/**
 * Rows to a CSV file that Excel opens right in any locale: UTF-8 with a byte order mark (without it
 * Excel reads UTF-8 as the machine's legacy code page and garbles ä and ö), CRLF line ends, text
 * cells guarded against formula injection.
 *
 * The quoting is papaparse's (Papa.unparse) rule for rule: a field is quoted when it holds a quote, a
 * line break, a byte order mark or the delimiter, or begins or ends with a space, and quotes inside
 * are doubled; test/io/write.test.ts holds the two to the same output. It is written out here because
 * Papa.unparse, which checks every cell of a 200,000-row report several times over, took longer than
 * ranking the portfolio did (README, spreadsheet benchmark).
 */
import type { CellValue } from '../text/neutralise-formula.js';
import { BOM, NEWLINE, csvField, decimalOf, type CsvWriteOptions, type Decimal, type Delimiter } from './csv-field.js';
import { ColumnTexts, CsvBytes } from './csv-bytes.js';
import { writeFileAtomic } from './write-atomic.js';

export type { CsvWriteOptions } from './csv-field.js';

/**
 * One row as a CSV line, without its line end; `width` pads or cuts it to that many fields. Joined,
 * not concatenated: `+=` leaves a chain of string pieces per field for the collector to sweep.
 */
function csvLine(row: readonly CellValue[], delimiter: Delimiter, decimal: Decimal, width = row.length): string {
  const fields = new Array<string>(width);
  for (let i = 0; i < width; i += 1) fields[i] = csvField(row[i] ?? null, delimiter, decimal);
  return fields.join(delimiter);
}

/** The CSV text itself, without the byte order mark; exported for callers that print rather than save. */
export function csvText(
  header: readonly string[],
  rows: Iterable<readonly CellValue[]>,
  options: Omit<CsvWriteOptions, 'signal'> = {}
): string {
  const delimiter = options.delimiter ?? ',';
  const decimal = decimalOf(options);
  // Every row as wide as the header, as Papa.unparse({ fields, data }) wrote it.
  const lines = [csvLine(header, delimiter, decimal)];
  for (const row of rows) lines.push(csvLine(row, delimiter, decimal, header.length));
  return lines.join(NEWLINE);
}

/**
 * Rows to pieces of bytes, each ending with a line end; the header line first. Written by CsvBytes, as
 * the ranked export is (src/rank/csv): one writer of CSV files, each field as csvField writes it; a
 * column's repeated texts encoded once (ColumnTexts). A piece is good until the next is asked for,
 * which is how writeFileAtomic takes them.
 */
function* csvPieces(headerLine: string, rows: CsvRows, options: Omit<CsvWriteOptions, 'signal'>): Generator<Buffer> {
  const out = new CsvBytes(options, true);
  const columns: ColumnTexts[] = [];
  out.bytes(Buffer.from(headerLine, 'utf8'));
  out.lineEnd();
  const add = (row: readonly CellValue[]): Buffer | undefined => {
    for (let i = 0; i < row.length; i += 1) {
      if (i > 0) out.separator();
      const value = row[i] ?? null;
      if (typeof value === 'string') (columns[i] ??= new ColumnTexts(out)).write(value);
      else out.cell(value);
    }
    out.lineEnd();
    return out.full();
  };
  if (Symbol.iterator in rows) {
    for (const row of rows) {
      const piece = add(row);
      if (piece) yield piece;
    }
  } else {
    // Each row is written before the next is asked for: the maker may refill one array.
    for (let r = 0; r < rows.count; r += 1) {
      const piece = add(rows.row(r));
      if (piece) yield piece;
    }
  }
  yield out.rest();
}

/** The header line, with the byte order mark unless the options leave it out, without its line end. */
export const csvHeaderLine = (header: readonly string[], options: Omit<CsvWriteOptions, 'signal'>): string =>
  `${options.bom === false ? '' : BOM}${csvLine(header, options.delimiter ?? ',', decimalOf(options))}`;

/**
 * Rows to write: any iterable, so a caller can make each row as it is written rather than all first;
 * or `count` rows asked for one by one (`row`), each written before the next is asked for, so the
 * caller may hand the same array refilled (a large export does, rather than an array per row).
 */
export type CsvRows = Iterable<readonly CellValue[]> | { count: number; row: (index: number) => readonly CellValue[] };

export async function writeCsv(
  path: string,
  header: readonly string[],
  rows: CsvRows,
  options: CsvWriteOptions = {}
): Promise<void> {
  await writeFileAtomic(path, csvPieces(csvHeaderLine(header, options), rows, options), { signal: options.signal });
}
