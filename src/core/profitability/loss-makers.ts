import { incompleteAt, type ScoredColumns } from '../scoring/score-columns.js';
import type { Account } from '../model/input.js';
import { causesOf, type LossCause } from './loss-causes.js';

export { WORKLOAD_FACTOR, type LossCause } from './loss-causes.js';

export type LossMaker = {
  index: number;
  name: string;
  rank: number;
  margin: number;
  revenue: number | null;
  /** Coverage under the profile's minimum: its rank rests on too few assessments (docs/method.md). */
  incomplete: boolean;
  /** Why it loses money (loss-causes.ts), the same causes its treatment answers. */
  causes: LossCause[];
};

/** What lossMakers reads: the inputs and their scored columns (a ScoredPortfolio or RankedColumns). */
export type LossMakerSource = { readonly inputs: readonly Account[]; readonly scored: ScoredColumns };

/** The accounts with a negative customer margin, largest loss first (docs/method.md, Portfolio analysis). */
export function lossMakers(portfolio: LossMakerSource): LossMaker[] {
  const { inputs, scored } = portfolio;
  const bits = scored.lossCauses;
  const { order } = scored;
  const margins = scored.columns.margin;
  const ranks = lossRanks(order, margins);
  const found = new Array<LossMaker>(ranks.length);
  for (let k = 0; k < ranks.length; k++) {
    const r = ranks[k];
    const i = order[r];
    const input = inputs[i];
    found[k] = {
      index: i,
      name: input.name,
      rank: r + 1,
      margin: margins[i],
      revenue: input.revenue ?? null,
      incomplete: incompleteAt(scored, i),
      causes: causesOf(bits[i]),
    };
  }
  return found.sort((x, y) => x.margin - y.margin || x.rank - y.rank);
}

/**
 * The places in rank order (0-based) of the accounts that lose money: a loop of its own, as few accounts
 * lose money and every account is looked at (descending-order.ts says why a loop gets its own function).
 */
function lossRanks(order: Uint32Array, margins: Float64Array): Uint32Array {
  const n = order.length;
  const ranks = new Uint32Array(n);
  let count = 0;
  for (let r = 0; r < n; r++) {
    // NaN (no margin) never compares less.
    if (margins[order[r]] < 0) ranks[count++] = r;
  }
  return ranks.subarray(0, count);
}
