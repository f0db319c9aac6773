/**
 * Rows to a CSV file that Excel opens right in any locale: UTF-8 with a byte order mark (without it
 * Excel reads UTF-8 as the machine's legacy code page and garbles ä and ö), CRLF line ends, text
 * cells guarded against formula injection.
 */
import Papa from 'papaparse';
import { neutraliseCell, type CellValue } from './neutralise-formula.js';
import { writeFileAtomic } from './write-atomic.js';

export type CsvWriteOptions = {
  /**
   * ',' (the default) for English-locale spreadsheets; ';' for European ones, and then numbers are
   * written with a decimal comma, because that is what a semicolon-locale Excel reads as a number.
   */
  delimiter?: ',' | ';';
};

const BOM = '\ufeff';

function formatCell(value: CellValue, decimalComma: boolean): string {
  const safe = neutraliseCell(value);
  if (safe === null) return '';
  if (typeof safe === 'number') {
    if (!Number.isFinite(safe)) return '';
    return decimalComma ? String(safe).replace('.', ',') : String(safe);
  }
  return String(safe);
}

/** The CSV text itself, without the byte order mark; exported for callers that print rather than save. */
export function csvText(
  header: readonly string[],
  rows: ReadonlyArray<readonly CellValue[]>,
  options: CsvWriteOptions = {}
): string {
  const delimiter = options.delimiter ?? ',';
  const decimalComma = delimiter === ';';
  return Papa.unparse(
    {
      fields: header.map((cell) => formatCell(cell, decimalComma)),
      data: rows.map((row) => row.map((cell) => formatCell(cell, decimalComma))),
    },
    { delimiter, newline: '\r\n', escapeFormulae: false }
  );
}

/** Rows per piece written: large reports stream to disk instead of becoming one giant string. */
const CHUNK_ROWS = 2000;

function* csvChunks(
  header: readonly string[],
  rows: ReadonlyArray<readonly CellValue[]>,
  options: CsvWriteOptions
): Generator<string> {
  const delimiter = options.delimiter ?? ',';
  const decimalComma = delimiter === ';';
  const unparse = (data: string[][]): string =>
    `${Papa.unparse(data, { delimiter, newline: '\r\n', escapeFormulae: false })}\r\n`;
  yield `${BOM}${unparse([header.map((cell) => formatCell(cell, decimalComma))])}`;
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    const chunk = rows.slice(start, start + CHUNK_ROWS).map((row) => row.map((cell) => formatCell(cell, decimalComma)));
    yield unparse(chunk);
  }
}

export async function writeCsv(
  path: string,
  header: readonly string[],
  rows: ReadonlyArray<readonly CellValue[]>,
  options: CsvWriteOptions = {}
): Promise<void> {
  await writeFileAtomic(path, csvChunks(header, rows, options));
}
