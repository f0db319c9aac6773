import { sortedAscending } from './banding.js';
import { effectiveAt, type ScoredColumns } from './score-columns.js';
import type { Account } from './input.js';

/**
 * Why an account loses money (docs/method.md; seeds 003 and 004 name too little volume and too much
 * work as the main causes).
 * - lowVolume: its volume score is 2 or less — too little business to carry the cost to serve.
 * - workload: its service cost or service hours per revenue exceed 1.5 × the portfolio median.
 * - costs: neither; the direct, sales or marketing costs are the place to look.
 */
export type LossCause = 'lowVolume' | 'workload' | 'costs';

export type LossMaker = {
  index: number;
  name: string;
  rank: number;
  margin: number;
  revenue: number | null;
  causes: LossCause[];
};

export const WORKLOAD_FACTOR = 1.5;

/** What lossMakers reads: the inputs and their scored columns (a ScoredPortfolio or RankedColumns). */
export type LossMakerSource = { readonly inputs: readonly Account[]; readonly scored: ScoredColumns };

export function lossMakers(portfolio: LossMakerSource): LossMaker[] {
  const { inputs, scored } = portfolio;
  const perRevenue = (i: number, amount: number | null | undefined): number => {
    const revenue = inputs[i].revenue;
    return revenue && revenue > 0 && amount != null ? amount / revenue : Number.NaN;
  };
  const costRatio = Float64Array.from(inputs, (a, i) => perRevenue(i, a.serviceCosts));
  const hourRatio = Float64Array.from(inputs, (a, i) => perRevenue(i, a.serviceHours));
  const costMedian = median(costRatio);
  const hourMedian = median(hourRatio);
  // NaN (no ratio, or no median) never compares greater.
  const heavy = (i: number): boolean =>
    costRatio[i] > WORKLOAD_FACTOR * costMedian || hourRatio[i] > WORKLOAD_FACTOR * hourMedian;

  const found: LossMaker[] = [];
  const { order } = scored;
  const margins = scored.columns.margin;
  for (let r = 0; r < order.length; r++) {
    const i = order[r];
    // NaN (no margin) never compares less.
    if (!(margins[i] < 0)) continue;
    const causes: LossCause[] = [];
    const volume = effectiveAt(scored, 'volume', i);
    if (volume !== null && volume <= 2) causes.push('lowVolume');
    if (heavy(i)) causes.push('workload');
    if (causes.length === 0) causes.push('costs');
    const input = inputs[i];
    found.push({ index: i, name: input.name, rank: r + 1, margin: margins[i], revenue: input.revenue ?? null, causes });
  }
  return found.sort((x, y) => x.margin - y.margin || x.rank - y.rank);
}

/** Median of the known values (NaN = unknown); NaN when none is known. */
function median(values: Float64Array): number {
  const known = sortedAscending(values);
  if (known.length === 0) return Number.NaN;
  const mid = known.length >> 1;
  return known.length % 2 ? known[mid] : (known[mid - 1] + known[mid]) / 2;
}
