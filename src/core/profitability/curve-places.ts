import { isPositiveAmount } from '../model/rounding.js';
import { descendingOrder } from '../ranking/descending-order.js';
import type { ScoredColumns } from '../scoring/score-columns.js';

/**
 * Each account's place on the whale curve (docs/method.md, Portfolio analysis): how many of the
 * accounts with a margin come before it, most profitable first, and the cumulative margin through it.
 * The same order as whaleCurve() (margins largest first), so the account that is last here is the end
 * of the curve. **Choice:** equal margins are ordered by rank, so the place never depends on the order
 * the rows came in.
 */
export type CurvePlaces = {
  /** Accounts with a margin: the length of the curve. */
  accounts: number;
  /** Per input index: accounts before it on the curve (−1 where the margin is unknown). */
  before: Int32Array;
  /** Per input index: cumulative margin through it as a share of the total (NaN: unknown margin, or total ≤ 0). */
  marginShare: Float64Array;
};

export function curvePlaces(scored: ScoredColumns): CurvePlaces {
  const margin = scored.columns.margin;
  const { order } = scored;
  const n = margin.length;
  // The margins in rank order, sorted stably: equal margins keep their rank order, unknown ones come last.
  const byRank = new Float64Array(n);
  for (let r = 0; r < n; r++) byRank[r] = margin[order[r]];
  const sorted = descendingOrder(byRank);
  let total = 0;
  let known = 0;
  for (let i = 0; i < n; i++) {
    if (margin[i] === margin[i]) {
      total += margin[i];
      known++;
    }
  }
  const before = new Int32Array(n).fill(-1);
  const marginShare = new Float64Array(n).fill(Number.NaN);
  const shared = isPositiveAmount(total);
  let sum = 0;
  for (let p = 0; p < known; p++) {
    const i = order[sorted[p]];
    sum += margin[i];
    before[i] = p;
    if (shared) marginShare[i] = sum / total;
  }
  return { accounts: known, before, marginShare };
}

/** Rank under a profile per input index (1 = first), from a scoring's rank order. */
export function ranksByInput(scored: ScoredColumns): Uint32Array {
  const ranks = new Uint32Array(scored.order.length);
  for (let r = 0; r < scored.order.length; r++) ranks[scored.order[r]] = r + 1;
  return ranks;
}
