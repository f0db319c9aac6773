/**
 * What the format readers (CSV, XLSX) hand to the interpreter: rows of cells as the file holds them,
 * before any column has a meaning. Keeping this seam small lets one interpreter serve both formats.
 */
import type { DecimalSeparator } from '../text/numbers.js';

/** A cell a workbook holds that is neither text nor a number. */
export type SpecialCell =
  /** An error value such as #DIV/0! or #N/A. */
  | { kind: 'error'; text: string }
  /** A formula saved without its result (written by a program, never calculated). */
  | { kind: 'formula'; formula: string }
  /** A date or a TRUE/FALSE: shown as text, accepted only where text is. */
  | { kind: 'other'; text: string };

export type RawCell = string | number | null | SpecialCell;

export type RawRow = {
  /** The row number the spreadsheet shows. */
  line: number;
  cells: RawCell[];
};

export type RawTable = {
  rows: RawRow[];
  /** Decimal separator implied by the format, or undefined when it has to be inferred from the values. */
  decimal?: DecimalSeparator;
  /**
   * True for delimited text, where a stray delimiter can shift a row's cells to the right. A workbook's
   * cells stay in their columns, so there a value right of the header is just an unnamed column.
   */
  delimited: boolean;
  /**
   * The delimiter of delimited text (',', ';' or a tab), so a row written with another one can be told
   * from a row with its cells. Absent for a workbook; optional so a reader that does not know it (or an
   * older caller) still builds a valid table.
   */
  delimiter?: string;
};

/** Problems a format reader finds in the structure of the text, before columns mean anything. */
export type RawProblem = { code: 'MalformedQuotes'; line: number };

export const isSpecialCell = (cell: RawCell): cell is SpecialCell => typeof cell === 'object' && cell !== null;

/** The cell as a person would read it in the sheet. */
export function cellText(cell: RawCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'string') return cell;
  return cell.kind === 'formula' ? `=${cell.formula}` : cell.text;
}

export const isBlankCell = (cell: RawCell | undefined): boolean =>
  cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '');

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
