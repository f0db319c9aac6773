import { ASSESSED_DIMENSIONS, type Account } from '../core/index.js';
import type { RankResult } from './result.js';
import { label, lifecycleLabel } from './labels.js';

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
const INPUT_HEADERS = [
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

export function exportHeader(result: RankResult): string[] {
  const compare = result.summary.compareProfile ? [...COMPARE_HEADERS] : [];
  return ['Rank', 'Name', ...COMPUTED_HEADERS.slice(1), ...compare, ...INPUT_HEADERS.slice(1)];
}

/** Rows in rank order; `inputsByRank[r]` is the input of the account ranked r + 1. */
export function exportRows(result: RankResult, inputsByRank: readonly Account[]): Cell[][] {
  const compare = Boolean(result.summary.compareProfile);
  return result.accounts.map((a, r) => {
    const input = inputsByRank[r];
    const lift = a.explanation.lift;
    return [
      a.rank,
      a.name,
      a.score,
      label('tier', a.tier),
      a.treatment ? label('treatment', a.treatment) : '',
      a.quadrant ? label('quadrant', a.quadrant) : '',
      a.abcClass,
      a.coverage,
      a.incomplete,
      a.margin,
      a.scores.volume,
      a.scores.profitability,
      lift ? `${label('dimension', lift.dimension)} ${lift.from ?? '–'} → ${lift.to}: ${label('tier', lift.tier)}` : '',
      ...(compare ? [a.compareRank ?? null, a.rankChange ?? null] : []),
      input.revenue ?? null,
      input.directCosts ?? null,
      input.salesCosts ?? null,
      input.marketingCosts ?? null,
      input.serviceCosts ?? null,
      input.serviceHours ?? null,
      input.scores.volume ?? null,
      input.scores.profitability ?? null,
      ...ASSESSED_DIMENSIONS.map((d) => input.scores[d] ?? null),
      input.commitment ?? null,
      input.binding ?? null,
      lifecycleLabel(input.lifecycleStage ?? null),
    ];
  });
}
