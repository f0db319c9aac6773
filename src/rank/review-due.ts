/**
 * Reviews in `portfolio rank` (docs/method.md, Review due): when the sheet has a column saying when
 * each account was last assessed ("Assessed at", "Arvioitu", or the org's CVP_Last_Assessed_At__c of an
 * export), the accounts due for review under the profile's review months, on the day of the run.
 * Without the column nothing changes. The column is one the reader does not map (it carries it into the
 * export as read): its cells are read here, and its "column not read" warning is dropped.
 */
import { dayOf, reviewState, type Profile, type Tier } from '../core/index.js';
import { normaliseHeader, type IoIssue, type RawCell, type SourceColumn } from '../io/index.js';
import { ACCOUNT_REVIEW } from '../schema/fields.js';
import type { RankResult } from './result.js';

/** Header words of the column, English and Finnish (docs/glossary-fi.md words for an assessment). */
const ASSESSED_ON_HEADERS: readonly string[] = [
  'Assessed At',
  'Assessed On',
  'Assessed',
  'Last Assessed',
  'Last Assessed At',
  'Last Assessed On',
  'Assessment Date',
  'Arvioitu',
  'Arvioitu viimeksi',
  'Arviointipäivä',
  'Arviointipäivämäärä',
  'Arvioinnin päivämäärä',
  'Viimeisin arviointi',
  ACCOUNT_REVIEW.lastAssessedAt,
];
const NORMALISED = new Set(ASSESSED_ON_HEADERS.map(normaliseHeader));

export const isAssessedOnHeader = (header: string | undefined): boolean =>
  header !== undefined && NORMALISED.has(normaliseHeader(header));

/** A due account as the result names it. */
export type RankDueAccount = {
  rank: number;
  name: string;
  id?: string;
  tier: Tier | null;
  /** The day of the last assessment as read; null when the cell is blank (never assessed). */
  lastAssessedOn: string | null;
  dueOn: string | null;
  /** Whole months since the last assessment; null when never assessed. */
  monthsAgo: number | null;
  intervalMonths: number;
};

export type RankReview = {
  /** The header of the column read. */
  column: string;
  /** The day the accounts were judged on. */
  today: string;
  due: number;
  /** The first accounts due, longest due first (never assessed first). */
  dueAccounts: RankDueAccount[];
  /** Cells that are not a date: the account counts as never assessed. Their lines, the first ten. */
  notDates: { count: number; lines: number[] };
};

/** "2025-03-10", "2025-03-10T09:30:00Z" (an export from the org), "10.3.2025" (Finnish); else null. */
export function parseAssessedOn(cell: RawCell | undefined): { day: string | null; valid: boolean } {
  if (cell === undefined || cell === null) return { day: null, valid: true };
  const text = (typeof cell === 'object' ? ('text' in cell ? cell.text : '') : String(cell)).trim();
  if (text === '') return { day: null, valid: true };
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  const fi = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3]] : fi ? [fi[3], fi[2], fi[1]] : undefined;
  if (!parts) return { day: null, valid: false };
  const [y, m, d] = parts;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  const day = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const real = date.toISOString().slice(0, 10) === day;
  return real ? { day: dayOf(day), valid: true } : { day: null, valid: false };
}

/** The sheet's assessed-on column: one the reader does not map, named as ASSESSED_ON_HEADERS say. */
const assessedOnColumn = (columns: readonly SourceColumn[]): SourceColumn | undefined =>
  columns.find((c) => !c.field && c.index >= 0 && isAssessedOnHeader(c.header));

/**
 * Each account's assessed-on day (null: blank or not a date), index for index with the cells read;
 * undefined when the sheet has no such column. For loading a sheet into an org (scripts/org/load-sample.js)
 * and the preview's data, which record the day as a person's assessment.
 */
export function assessedOnDays(
  columns: readonly SourceColumn[],
  cells: ReadonlyArray<readonly RawCell[]>
): Array<string | null> | undefined {
  const column = assessedOnColumn(columns);
  if (!column) return undefined;
  return cells.map((row) => parseAssessedOn(row[column.index]).day);
}

const byLongestDue = (a: RankDueAccount, b: RankDueAccount): number =>
  (a.dueOn ?? '').localeCompare(b.dueOn ?? '') || a.rank - b.rank;

/**
 * The review of a ranking, with whether each account (in rank order) is due; undefined when the sheet
 * has no assessed-on column. `lineOf(r)` is the sheet line of the account ranked r + 1.
 */
export function reviewRanking(
  result: RankResult,
  columns: readonly SourceColumn[],
  cellsByRank: ReadonlyArray<readonly RawCell[]>,
  profile: Profile,
  today: string,
  shown = 10
): { review: RankReview; dueByRank: boolean[] } | undefined {
  const column = assessedOnColumn(columns);
  if (!column) return undefined;
  const due: RankDueAccount[] = [];
  const dueByRank = new Array<boolean>(result.accounts.length);
  const badLines: number[] = [];
  let bad = 0;
  result.accounts.forEach((account, r) => {
    const cell = parseAssessedOn(cellsByRank[r]?.[column.index]);
    if (!cell.valid) {
      bad += 1;
      if (badLines.length < 10 && account.line !== undefined) badLines.push(account.line);
    }
    const state = reviewState(cell.day, account.tier, profile.review, today);
    dueByRank[r] = state.due;
    if (!state.due || !state.reason) return;
    due.push({
      rank: account.rank,
      name: account.name,
      ...(account.id === undefined ? {} : { id: account.id }),
      tier: account.tier,
      lastAssessedOn: cell.day,
      dueOn: state.dueOn,
      monthsAgo: state.reason.code === 'overdue' ? state.reason.monthsAgo : null,
      intervalMonths: state.reason.intervalMonths,
    });
  });
  const review: RankReview = {
    column: column.header,
    today,
    due: due.length,
    dueAccounts: due.sort(byLongestDue).slice(0, shown),
    notDates: { count: bad, lines: badLines },
  };
  return { review, dueByRank };
}

/** The reader's warnings without "column not read" for the assessed-on column, which is read here. */
export const withoutAssessedOnWarning = (warnings: readonly IoIssue[]): IoIssue[] =>
  warnings.filter((w) => !(w.code === 'UnknownColumn' && isAssessedOnHeader(w.column)));
