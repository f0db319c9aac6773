import { columnsOf, nullIfNaN } from './columns.js';
import {
  ABC_CLASSES,
  QUADRANTS,
  TIERS,
  TREATMENTS,
  type AbcClass,
  type LifecycleStage,
  type Quadrant,
  type Tier,
  type Treatment,
} from './dimensions.js';
import type { Account } from './input.js';
import type { Profile } from './profile.js';
import {
  coverageAt,
  effectiveAt,
  incompleteAt,
  scoreAt,
  scoreColumns,
  sourceAt,
  type ScoredColumns,
  type ScoreSource,
} from './score-columns.js';
import type { ScoreVector } from './scoring.js';

export type { ScoreSource } from './score-columns.js';

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
  const columns = columnsOf(inputs);
  const scored = scoreColumns(columns, profile);
  const n = inputs.length;
  const byInput: RankedAccount[] = new Array<RankedAccount>(n);
  for (let i = 0; i < n; i++) {
    const input = inputs[i];
    const tier = scored.tier[i];
    const treatment = scored.treatment[i];
    const quadrant = scored.quadrant[i];
    const abc = scored.abc[i];
    byInput[i] = {
      index: i,
      rank: 0,
      abcClass: abc < 0 ? null : ABC_CLASSES[abc],
      id: input.id,
      name: input.name,
      score: scoreAt(scored, i),
      coverage: coverageAt(scored, i),
      incomplete: incompleteAt(scored, i),
      tier: tier < 0 ? null : TIERS[tier],
      treatment: treatment < 0 ? null : TREATMENTS[treatment],
      quadrant: quadrant < 0 ? null : QUADRANTS[quadrant],
      scores: effectiveScores(input, scored, i),
      volumeSource: sourceAt(scored, 'volume', i),
      profitabilitySource: sourceAt(scored, 'profitability', i),
      revenue: input.revenue ?? null,
      margin: nullIfNaN(columns.margin[i]),
      lifecycleStage: input.lifecycleStage ?? null,
      commitment: input.commitment ?? null,
      binding: input.binding ?? null,
    };
  }
  const accounts: RankedAccount[] = new Array<RankedAccount>(n);
  for (let r = 0; r < n; r++) {
    const account = byInput[scored.order[r]];
    account.rank = r + 1;
    accounts[r] = account;
  }
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

/** The scores the weighted score used, as one literal (a million of them allocate faster than objects grown key by key). */
function effectiveScores(input: Account, scored: ScoredColumns, i: number): ScoreVector {
  const s = input.scores;
  return {
    volume: effectiveAt(scored, 'volume', i),
    profitability: effectiveAt(scored, 'profitability', i),
    loyalty: s.loyalty ?? null,
    potential: s.potential ?? null,
    reference: s.reference ?? null,
    learning: s.learning ?? null,
    contact: s.contact ?? null,
    emotional: s.emotional ?? null,
  };
}
