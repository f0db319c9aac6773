import type { AbcClass, LifecycleStage, Quadrant, Tier, Treatment } from '../model/dimensions.js';
import type { Account } from '../model/input.js';
import type { Profile } from '../profiles/profile.js';
import { rankColumns, rankedAccountAt } from '../ranking/ranked-columns.js';
import type { ScoredColumns, ScoreSource } from '../scoring/score-columns.js';
import type { ScoreVector } from '../scoring/scoring.js';

export type { ScoreSource } from '../scoring/score-columns.js';

export type RankedAccount = {
  /** Position in the input, so callers can join back to their rows. */
  index: number;
  id?: string;
  name: string;
  rank: number;
  /** Weighted score rounded half up to 2 decimals; null when nothing weighted is scored. */
  score: number | null;
  coverage: number;
  incomplete: boolean;
  tier: Tier | null;
  treatment: Treatment | null;
  quadrant: Quadrant | null;
  /** Null where the customer margin is unknown: no figure, no class (docs/method.md, Portfolio analysis). */
  abcClass: AbcClass | null;
  /** The scores the weighted score used: entered, or banded from a figure. */
  scores: ScoreVector;
  volumeSource: ScoreSource | null;
  profitabilitySource: ScoreSource | null;
  revenue: number | null;
  margin: number | null;
  lifecycleStage: LifecycleStage | null;
  commitment: number | null;
  binding: number | null;
};

export type ScoredPortfolio = {
  profile: Profile;
  /** In rank order: accounts[0] has rank 1. */
  accounts: RankedAccount[];
  /** The same objects in input order (byInput[i].index === i). */
  byInput: RankedAccount[];
  /** The input accounts, for analyses that need the figures (waterfall, loss causes). */
  inputs: readonly Account[];
  /** The results as columns, which the objects above were read from: what summaries walk. */
  scored: ScoredColumns;
  /** The known margins, largest first: what the 80/20, ABC and whale-curve analyses read. */
  marginsDesc: Float64Array;
  /** The known revenues, largest first. */
  revenuesDesc: Float64Array;
};

/**
 * Scores, bands, ranks and classifies a portfolio with one profile (docs/method.md): the columnar
 * method of score-columns.ts, read back into one object per account for display and export. Inputs
 * must already be valid (AccountInputSchema); this runs on trusted data so that a million accounts are
 * not validated twice.
 */
export function scorePortfolio(inputs: readonly Account[], profile: Profile): ScoredPortfolio {
  const { scored, rankOf } = rankColumns(inputs, profile);
  const n = inputs.length;
  const byInput: RankedAccount[] = new Array<RankedAccount>(n);
  for (let i = 0; i < n; i++) byInput[i] = rankedAccountAt(inputs, scored, i, rankOf[i]);
  const accounts: RankedAccount[] = new Array<RankedAccount>(n);
  for (let r = 0; r < n; r++) accounts[r] = byInput[scored.order[r]];
  return {
    profile,
    accounts,
    byInput,
    inputs,
    scored,
    marginsDesc: scored.marginsDesc,
    revenuesDesc: scored.revenuesDesc,
  };
}
