/**
 * The export of `portfolio rank` (--output .csv/.xlsx, --format csv): every column of the input, in
 * its order and under its own header (Id, Owner and columns the tool does not know among them), then
 * the result columns. A key account manager may hand over the only copy of a customer list; what
 * comes back must hold all of it.
 *
 * Columns the tool reads are written from the values it read (numbers as numbers, so a "1 234,5" of a
 * semicolon file does not turn into a different figure in a comma file); the others are written as
 * the file held them. The result columns carry the headers of RESULT_HEADERS, by which a later read
 * recognises them and leaves them out, so ranking an export again gives the same ranking and no
 * warnings about them.
 */
import { DIMENSIONS, type Account, type DimensionKey } from '../core/index.js';
import type { FieldKey, ResultHeaders, SourceColumn } from '../io/index.js';
import type { RawCell } from '../io/raw-table.js';
import { COMPARE_HEADERS, COMPUTED_HEADERS, pushComputedCells, type Cell } from './export-rows.js';
import type { RankResult } from './result.js';

/** The result columns' headers, for the reader: an export holds all of COMPUTED_HEADERS. */
export const RESULT_HEADERS: ResultHeaders = { required: COMPUTED_HEADERS, optional: COMPARE_HEADERS };

/** The input as the export repeats it: its columns, and each account's row as read, in rank order. */
export type ExportSource = { columns: readonly SourceColumn[]; cellsByRank: ReadonlyArray<readonly RawCell[]> };

export function rankedHeader(result: RankResult, source: ExportSource): string[] {
  const header = source.columns.map((column) => column.header);
  header.push(...COMPUTED_HEADERS);
  if (result.summary.compareProfile) header.push(...COMPARE_HEADERS);
  return header;
}

const isDimension = (field: FieldKey): field is DimensionKey => (DIMENSIONS as readonly string[]).includes(field);

/** A cell as the file held it: text and numbers as they are, a workbook's special cell as its text. */
function rawValue(cell: RawCell | undefined): Cell {
  if (cell === undefined || cell === null) return null;
  if (typeof cell !== 'object') return cell;
  return cell.kind === 'formula' ? `=${cell.formula}` : cell.text;
}

/** The value read for a known column; the lifecycle stage in the person's own word ("Kasvu"). */
function readValue(field: FieldKey, input: Account, cell: RawCell | undefined): Cell {
  if (isDimension(field)) return input.scores[field] ?? null;
  if (field === 'lifecycleStage') return input.lifecycleStage ? rawValue(cell) : null;
  return input[field] ?? null;
}

/** Rows in rank order; `inputsByRank[r]` and `cellsByRank[r]` belong to the account ranked r + 1. */
export function* eachRankedRow(
  result: RankResult,
  inputsByRank: readonly Account[],
  source: ExportSource
): Generator<Cell[]> {
  const { columns, cellsByRank } = source;
  const compare = Boolean(result.summary.compareProfile);
  for (const [r, a] of result.accounts.entries()) {
    const input = inputsByRank[r];
    const cells = cellsByRank[r];
    const row: Cell[] = [];
    for (const column of columns) {
      const cell = cells[column.index];
      row.push(column.field ? readValue(column.field, input, cell) : rawValue(cell));
    }
    row.push(a.rank);
    pushComputedCells(row, a);
    if (compare) row.push(a.compareRank ?? null, a.rankChange ?? null);
    yield row;
  }
}
