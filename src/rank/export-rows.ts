import { ASSESSED_DIMENSIONS, type Account } from '../core/index.js';
import { loadMessages, loadMessagesIn } from '../messages.js';
import { label, lifecycleLabel } from '../i18n/labels.js';
import { liftText } from '../ux/lift-text.js';
import { nextTierLift, type RankedAccountResult, type RankResult } from './result.js';

export type Cell = string | number | boolean | null;

/**
 * Columns of a ranked export. The first part is what was computed; the second repeats the inputs
 * under the headers `portfolio rank` reads, so the file can be ranked again (with other weights,
 * after editing a score) and gives the same ranking. Volume and Profitability carry only scores a
 * person entered; the banded ones are in "Volume Score" / "Profitability Score".
 */
export const COMPUTED_HEADERS = [
  'Rank',
  'Score',
  'Tier',
  'Treatment',
  'Quadrant',
  'ABC Class',
  'Coverage',
  'Incomplete',
  'Customer Margin',
  'Volume Score',
  'Profitability Score',
  'Next Tier Lift',
] as const;
export const COMPARE_HEADERS = ['Compare Rank', 'Rank Change'] as const;
/** Written when the sheet says when each account was last assessed (src/rank/review-due.ts). */
export const REVIEW_HEADERS = ['Review Due'] as const;
/** The input columns under the headers `portfolio rank` reads (the benchmark writes its sheet with them). */
export const INPUT_HEADERS = [
  'Name',
  'Revenue',
  'Direct Costs',
  'Sales Costs',
  'Marketing Costs',
  'Service Costs',
  'Service Hours',
  'Volume',
  'Profitability',
  'Loyalty',
  'Potential',
  'Reference',
  'Learning',
  'Contact',
  'Emotional',
  'Commitment',
  'Binding',
  'Lifecycle Stage',
] as const;

const headerMessages = loadMessages('rank-export');

/** A header of the export in the run's language; the English one is its key (messages/rank-export.md). */
export const headerText = (english: string): string => headerMessages.getMessage(`header.${english.replace(/ /g, '')}`);

/** The headers of the export in one given language, whatever the run's: what a reader must recognise. */
export function headersIn(language: 'fi' | 'en', english: readonly string[]): string[] {
  const messages = loadMessagesIn('rank-export', language);
  return english.map((h) => messages.getMessage(`header.${h.replace(/ /g, '')}`));
}

/**
 * The fixed layout's header in the run's language. The input columns carry header words the reader
 * knows in that language (src/io/interpret/headers.ts), so a Finnish export is read back as one.
 */
export function exportHeader(result: RankResult): string[] {
  const compare = result.summary.compareProfile ? [...COMPARE_HEADERS] : [];
  return ['Rank', 'Name', ...COMPUTED_HEADERS.slice(1), ...compare, ...INPUT_HEADERS.slice(1)].map(headerText);
}

/** Rows in rank order; `inputsByRank[r]` is the input of the account ranked r + 1. */
export function exportRows(result: RankResult, inputsByRank: readonly Account[]): Cell[][] {
  return [...eachExportRow(result, inputsByRank)];
}

/** exportRows one row at a time, so a large export is written as it is made rather than held whole. */
export function* eachExportRow(result: RankResult, inputsByRank: readonly Account[]): Generator<Cell[]> {
  const compare = Boolean(result.summary.compareProfile);
  for (const [r, a] of result.accounts.entries()) yield exportRow(a, inputsByRank[r], compare);
}

/** The cells under COMPUTED_HEADERS after Rank (Score … Next Tier Lift), pushed onto `row`. */
export function pushComputedCells(row: Cell[], a: RankedAccountResult): void {
  putComputedCells((_, value) => row.push(value), row.length, a);
}

/**
 * The same cells, each given to `put` with its place, from `at` on: an export that refills one row for
 * every account (a CSV's) sets them in place rather than pushing onto a new array per account.
 */
export function putComputedCells(put: (at: number, value: Cell) => void, at: number, a: RankedAccountResult): void {
  // Read once: a result account makes the score vector on each read.
  const { scores } = a;
  put(at, a.score);
  put(at + 1, label('tier', a.tier));
  put(at + 2, a.treatment ? label('treatment', a.treatment) : '');
  put(at + 3, a.quadrant ? label('quadrant', a.quadrant) : '');
  put(at + 4, a.abcClass);
  put(at + 5, a.coverage);
  put(at + 6, a.incomplete);
  put(at + 7, a.margin);
  put(at + 8, scores.volume);
  put(at + 9, scores.profitability);
  put(at + 10, liftText(nextTierLift(a, scores)));
}

function exportRow(a: RankedAccountResult, input: Account, compare: boolean): Cell[] {
  // Pushed rather than spread: this runs once per account, 200,000 times for a large sheet.
  const row: Cell[] = [a.rank, a.name];
  pushComputedCells(row, a);
  if (compare) row.push(a.compareRank ?? null, a.rankChange ?? null);
  row.push(
    input.revenue ?? null,
    input.directCosts ?? null,
    input.salesCosts ?? null,
    input.marketingCosts ?? null,
    input.serviceCosts ?? null,
    input.serviceHours ?? null,
    input.scores.volume ?? null,
    input.scores.profitability ?? null
  );
  for (const d of ASSESSED_DIMENSIONS) row.push(input.scores[d] ?? null);
  row.push(input.commitment ?? null, input.binding ?? null, lifecycleLabel(input.lifecycleStage ?? null));
  return row;
}
