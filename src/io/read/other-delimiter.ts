/**
 * A row of delimited text written with another delimiter than the file's: a ';' row in a ',' file
 * (pasted from a Finnish sheet, or typed by hand). The parser puts such a row in one or two cells,
 * which would read as an account named "Acme;1000;200;3;4" and no figures: a silent misread.
 *
 * The test is narrow so that a name holding a semicolon is not taken for one. The row has fewer cells
 * than the header (a field count mismatch), and either the other delimiter occurs in its cells exactly
 * as often as the header has column boundaries, as a whole row written with it would; or the row is a
 * single cell whose pieces after the first, split at the other delimiter, hold a number ("Beta;2000",
 * a short row), which no name of "Acme; Finland" does.
 */
import { parseLocaleNumber } from '../text/numbers.js';
import { cellText, isBlankCell, type RawRow } from '../interpret/raw-table.js';
import { CANDIDATES } from './read-csv.js';

export type OtherDelimiter = { found: string; index: number };

const countOf = (text: string, char: string): number => {
  let count = 0;
  for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) count += 1;
  return count;
};

/** The other delimiter a short row was written with, and the cell it begins in; undefined for a normal row. */
export function otherDelimiterIn(row: RawRow, width: number, delimiter: string): OtherDelimiter | undefined {
  if (width < 2 || row.cells.length >= width) return undefined;
  for (const candidate of CANDIDATES) {
    if (candidate === delimiter) continue;
    let count = 0;
    let first = -1;
    row.cells.forEach((cell, index) => {
      const found = countOf(cellText(cell), candidate);
      if (found > 0 && first < 0) first = index;
      count += found;
    });
    if (count === width - 1) return { found: candidate, index: first };
    if (count > 0 && singleCellWithFigures(row, candidate)) return { found: candidate, index: 0 };
  }
  return undefined;
}

/** A row of one cell that splits at `other` into a first piece and pieces of which one is a number. */
function singleCellWithFigures(row: RawRow, other: string): boolean {
  if (row.cells.slice(1).some((cell) => !isBlankCell(cell))) return false;
  const pieces = cellText(row.cells[0] ?? null)
    .split(other)
    .slice(1);
  // Either decimal mark: the piece is tested for being a figure at all, not read as one.
  return pieces.some((piece) => parseLocaleNumber(piece, other === ';' ? ',' : '.').kind === 'number');
}
