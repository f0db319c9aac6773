/**
 * One CSV field as the export writes it, shared by the text for a terminal (csvText, write-csv.ts) and
 * the byte writer of every file (csv-bytes.ts): numbers with the file's decimal mark, text guarded against formula injection and
 * quoted by papaparse's rule (Papa.unparse): a field is quoted when it holds a quote, a line break, a
 * byte order mark or the delimiter, or begins or ends with a space, and quotes inside are doubled.
 */
import { neutraliseFormula, type CellValue } from '../text/neutralise-formula.js';

export type CsvWriteOptions = {
  /**
   * ',' (the default) for English-locale spreadsheets; ';' for European ones; a tab for Excel's
   * "Unicode text". The dialect (csv-dialect.ts) says which, with the decimal mark and the BOM.
   */
  delimiter?: ',' | ';' | '\t';
  /**
   * The decimal mark numbers are written with: by default the comma in a ';' file (what a
   * semicolon-locale Excel reads as a number) and the point otherwise.
   */
  decimal?: '.' | ',';
  /** The UTF-8 byte order mark Excel needs to read UTF-8 as UTF-8; on unless a dialect says otherwise. */
  bom?: boolean;
  /** Stops the write between rows (Ctrl+C): no file is left, not even the temporary one. */
  signal?: AbortSignal;
};

export type Delimiter = NonNullable<CsvWriteOptions['delimiter']>;
export type Decimal = NonNullable<CsvWriteOptions['decimal']>;

export const BOM = '\ufeff';
export const NEWLINE = '\r\n';

const SPACE = 0x20;
const BYTE_ORDER_MARK = BOM.charCodeAt(0);

/**
 * Whether a text must be quoted: it holds a CR, LF, quote, byte order mark or the delimiter, or begins
 * or ends with a space (the regular expression /[\r\n"\ufeff,]|^ | $/ for ','). Written out: the
 * expression, tried at every position of every name of a 200,000-row export, took about 0.1 s of it.
 * test/io/csv-bytes.test.ts holds the two to the same answer.
 */
export function needsQuotes(text: string, delimiter: number): boolean {
  const last = text.length - 1;
  if (last < 0) return false;
  if (text.charCodeAt(0) === SPACE || text.charCodeAt(last) === SPACE) return true;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    // Every character that calls for quotes is a control, '"', ',', ';' or U+FEFF.
    if (c > 0x3b && c !== BYTE_ORDER_MARK) continue;
    if (c === 0x0d || c === 0x0a || c === 0x22 || c === BYTE_ORDER_MARK || c === delimiter) return true;
  }
  return false;
}

export const decimalOf = (options: Omit<CsvWriteOptions, 'signal'>): Decimal =>
  options.decimal ?? (options.delimiter === ';' ? ',' : '.');

export function csvField(value: CellValue, delimiter: Delimiter, decimal: Decimal): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    const text = decimal === ',' ? String(value).replace('.', ',') : String(value);
    // A decimal comma in a comma file must be quoted, or it would split the number in two.
    return decimal === ',' && delimiter === ',' && text.includes(',') ? `"${text}"` : text;
  }
  if (typeof value === 'boolean') return String(value);
  const text = neutraliseFormula(value);
  return needsQuotes(text, delimiter.charCodeAt(0)) ? `"${text.replace(/"/g, '""')}"` : text;
}

const FORMULA_FIRST = (code: number): boolean => code === 0x3d || code === 0x2b || code === 0x2d || code === 0x40;

/**
 * Whether the text between `start` and `end` is a field this file writes exactly as it stands:
 * csvField leaves it unchanged (no formula start, nothing to quote) and trimming takes nothing off
 * (the name, id and owner are written trimmed). An empty text is. Cautious: a control character
 * anywhere, or a character beyond ASCII at either end (where trim() may take a Unicode space), answers
 * false, and the field is then written by csvField. test/io/csv-bytes.test.ts holds it to csvField.
 */
export function writtenAsIs(text: string, start: number, end: number, delimiter: number): boolean {
  if (start === end) return true;
  const first = text.charCodeAt(start);
  const last = text.charCodeAt(end - 1);
  if (first <= SPACE || first >= 0x7f || FORMULA_FIRST(first) || last <= SPACE || last >= 0x7f) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < SPACE || c === 0x22 || c === delimiter || c === BYTE_ORDER_MARK || c === 0x7f) return false;
  }
  return true;
}
