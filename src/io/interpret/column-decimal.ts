/**
 * The decimal separator of a table's number columns: the workbook's own when it has one, else what the
 * texts of those columns show. The portfolio reader and the profitability import decide it here alike.
 */
import { inferDecimalSeparator, type DecimalSeparator } from '../text/numbers.js';
import type { RawRow, RawTable } from './raw-table.js';

export function columnDecimal(table: RawTable, rows: readonly RawRow[], columns: readonly number[]): DecimalSeparator {
  if (table.decimal) return table.decimal;
  function* texts(): Generator<string> {
    for (const row of rows) {
      for (const index of columns) {
        const cell = row.cells[index];
        if (typeof cell === 'string') yield cell;
      }
    }
  }
  // With no evidence the point is the safer guess: rule 4 of numbers.ts then still reads "1,5" as 1.5.
  return inferDecimalSeparator(texts()) ?? '.';
}
