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
import type { RawCell, RowsAsRead } from '../io/index.js';
import {
  COMPARE_HEADERS,
  COMPUTED_HEADERS,
  REVIEW_HEADERS,
  headersIn,
  headerText,
  putComputedCells,
  type Cell,
} from './export-rows.js';
import { enteredScore, type RankedAccountResult, type RankResult } from './result.js';

/**
 * The result columns' headers, for the reader: an export holds all of COMPUTED_HEADERS, in English or
 * in Finnish (the language of the run that wrote it), and is recognised in either whatever the run's.
 */
export const RESULT_HEADERS: ResultHeaders = (['en', 'fi'] as const).map((language) => ({
  required: headersIn(language, COMPUTED_HEADERS),
  optional: headersIn(language, [...COMPARE_HEADERS, ...REVIEW_HEADERS]),
}));

/**
 * The input as the export repeats it: its columns, and each account's row as read, in rank order; with
 * an assessed-on column, whether each account is due for review (review-due.ts).
 */
export type ExportSource = {
  columns: readonly SourceColumn[];
  cellsByRank: ReadonlyArray<readonly RawCell[]>;
  reviewDueByRank?: readonly boolean[];
  /**
   * Rows of a quote-free CSV input the CSV export may copy as they stand, by the accounts' input index
   * (rows-as-read.ts); the rows are the same written cell by cell.
   */
  asRead?: RowsAsRead;
};

export function rankedHeader(result: RankResult, source: ExportSource): string[] {
  const header = source.columns.map((column) => column.header);
  header.push(...COMPUTED_HEADERS.map(headerText));
  if (result.summary.compareProfile) header.push(...COMPARE_HEADERS.map(headerText));
  if (source.reviewDueByRank) header.push(...REVIEW_HEADERS.map(headerText));
  return header;
}

const isDimension = (field: FieldKey): field is DimensionKey => (DIMENSIONS as readonly string[]).includes(field);

/** A cell as the file held it: text and numbers as they are, a workbook's special cell as its text. */
function rawValue(cell: RawCell | undefined): Cell {
  if (cell === undefined || cell === null) return null;
  if (typeof cell !== 'object') return cell;
  return cell.kind === 'formula' ? `=${cell.formula}` : cell.text;
}

/**
 * How a column's cell is written, worked out once per export rather than once per cell; a score
 * column's dimension also by its place in DIMENSIONS (`dimension`).
 */
type ColumnPlan = {
  index: number;
  kind: 'raw' | 'lifecycle' | 'score' | 'field';
  field: FieldKey | undefined;
  dimension: number;
};

function planOf(column: SourceColumn): ColumnPlan {
  const { index, field } = column;
  if (!field) return { index, kind: 'raw', field, dimension: -1 };
  if (isDimension(field)) return { index, kind: 'score', field, dimension: DIMENSIONS.indexOf(field) };
  return { index, kind: field === 'lifecycleStage' ? 'lifecycle' : 'field', field, dimension: -1 };
}

/** The value read for a column of account `a`; the lifecycle stage in the person's own word ("Kasvu"). */
function columnValue(plan: ColumnPlan, a: RankedAccountResult, input: Account, cells: readonly RawCell[]): Cell {
  switch (plan.kind) {
    case 'raw':
      return rawValue(cells[plan.index]);
    case 'score':
      return enteredScore(a, input, plan.field as DimensionKey, plan.dimension);
    case 'lifecycle':
      return input.lifecycleStage ? rawValue(cells[plan.index]) : null;
    case 'field':
      return (input[plan.field as Exclude<FieldKey, DimensionKey>] as Cell | undefined) ?? null;
  }
}

/** Rows in rank order; `inputsByRank[r]` and `cellsByRank[r]` belong to the account ranked r + 1. */
export function* eachRankedRow(
  result: RankResult,
  inputsByRank: readonly Account[],
  source: ExportSource
): Generator<Cell[]> {
  const rowAt = rankedRowMaker(result, inputsByRank, source);
  // The maker refills one array: each row handed on is a copy of its own.
  for (let r = 0; r < result.accounts.length; r += 1) yield rowAt(r).slice();
}

/**
 * What eachRankedRow yields, as a function that makes the row of rank r + 1, refilling one array
 * every time: a CSV writer is done with each row before it asks for the next, and asks by number,
 * with no generator between it and the rows (one resumed per row was a tenth of an export's time).
 */
export function rankedRowMaker(
  result: RankResult,
  inputsByRank: readonly Account[],
  source: ExportSource
): (r: number) => readonly Cell[] {
  const { cellsByRank, reviewDueByRank } = source;
  const plans = source.columns.map(planOf);
  const compare = Boolean(result.summary.compareProfile);
  const { accounts } = result;
  const row: Cell[] = [];
  const put = (at: number, value: Cell): void => {
    row[at] = value;
  };
  return (r) => {
    const a = accounts[r];
    const input = inputsByRank[r];
    const cells = cellsByRank[r];
    let at = 0;
    for (const plan of plans) row[at++] = columnValue(plan, a, input, cells);
    row[at++] = a.rank;
    putComputedCells(put, at, a);
    at += COMPUTED_HEADERS.length - 1;
    if (compare) {
      row[at++] = a.compareRank ?? null;
      row[at++] = a.rankChange ?? null;
    }
    if (reviewDueByRank) row[at] = reviewDueByRank[r];
    return row;
  };
}
