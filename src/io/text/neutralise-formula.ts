/**
 * Guards text cells against CSV (formula) injection, as the OWASP "CSV Injection" guidance says: a
 * cell that begins with = + - @, a tab or a carriage return may be run as a formula by the spreadsheet
 * that opens the file, so it gets a leading apostrophe, which spreadsheets read as "this is text".
 *
 * Only strings are touched. Pass numbers as numbers: the string "-12.5" begins with "-" and is
 * neutralised like any other text, which is right, because a string is what the caller said it is.
 */
/** = + - @ tab carriage return, as character codes: checked once per exported text cell. */
const FORMULA_START: ReadonlySet<number> = new Set([0x3d, 0x2b, 0x2d, 0x40, 0x09, 0x0d]);

export function neutraliseFormula(value: string): string {
  return FORMULA_START.has(value.charCodeAt(0)) ? `'${value}` : value;
}

export type CellValue = string | number | boolean | null;

/** neutraliseFormula for any cell: numbers, booleans and blanks pass unchanged. */
export const neutraliseCell = (value: CellValue): CellValue =>
  typeof value === 'string' ? neutraliseFormula(value) : value;
