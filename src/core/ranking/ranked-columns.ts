import { columnsOf, nullIfNaN } from '../model/columns.js';
import {
  ABC_CLASSES,
  QUADRANTS,
  TIERS,
  TREATMENTS,
  type AbcClass,
  type Quadrant,
  type Tier,
  type Treatment,
} from '../model/dimensions.js';
import type { Account } from '../model/input.js';
import type { RankedAccount } from '../portfolio/portfolio.js';
import type { Profile } from '../profiles/profile.js';
import {
  coverageAt,
  effectiveAt,
  incompleteAt,
  scoreAt,
  scoreColumns,
  sourceAt,
  type ScoredColumns,
} from '../scoring/score-columns.js';
import type { ScoreVector } from '../scoring/scoring.js';

/**
 * A ranked portfolio kept as columns, with no object per account: what a caller that reads each
 * account once (an export of a million rows) ranks with. rankedAccountAt gives the object of
 * scorePortfolio for one account when it is wanted, built from the same columns, so both agree.
 */
export type RankedColumns = {
  readonly profile: Profile;
  readonly inputs: readonly Account[];
  readonly scored: ScoredColumns;
  /** The rank of input i (1 = first) at i: the inverse of scored.order. */
  readonly rankOf: Uint32Array;
};

/** Scores, bands, ranks and classifies (docs/method.md) into columns only. Inputs must already be valid. */
export function rankColumns(inputs: readonly Account[], profile: Profile): RankedColumns {
  const scored = scoreColumns(columnsOf(inputs), profile);
  const rankOf = new Uint32Array(inputs.length);
  for (let r = 0; r < scored.order.length; r++) rankOf[scored.order[r]] = r + 1;
  return { profile, inputs, scored, rankOf };
}

export const tierAt = (s: ScoredColumns, i: number): Tier | null => (s.tier[i] < 0 ? null : TIERS[s.tier[i]]);

export const treatmentAt = (s: ScoredColumns, i: number): Treatment | null =>
  s.treatment[i] < 0 ? null : TREATMENTS[s.treatment[i]];

export const quadrantAt = (s: ScoredColumns, i: number): Quadrant | null =>
  s.quadrant[i] < 0 ? null : QUADRANTS[s.quadrant[i]];

export const abcClassAt = (s: ScoredColumns, i: number): AbcClass | null => (s.abc[i] < 0 ? null : ABC_CLASSES[s.abc[i]]);

export const marginAt = (s: ScoredColumns, i: number): number | null => nullIfNaN(s.columns.margin[i]);

/**
 * The scores the weighted score used, as one literal (a million of them allocate faster than objects
 * grown key by key). The entered ones are read from the columns, which hold the input's scores (NaN
 * for none): the inputs' score objects differ in which keys they have, and reading them by name was
 * most of an export row's time. `input` is the account at i, kept so callers say which account.
 */
export function effectiveScoresAt(input: Account, scored: ScoredColumns, i: number): ScoreVector {
  const s = scored.columns.scores;
  return {
    volume: effectiveAt(scored, 'volume', i),
    profitability: effectiveAt(scored, 'profitability', i),
    loyalty: nullIfNaN(s[2][i]),
    potential: nullIfNaN(s[3][i]),
    reference: nullIfNaN(s[4][i]),
    learning: nullIfNaN(s[5][i]),
    contact: nullIfNaN(s[6][i]),
    emotional: nullIfNaN(s[7][i]),
  };
}

/** Account i (input order) as scorePortfolio gives it, ranked `rank`. */
export function rankedAccountAt(
  inputs: readonly Account[],
  scored: ScoredColumns,
  i: number,
  rank: number
): RankedAccount {
  const input = inputs[i];
  return {
    index: i,
    rank,
    abcClass: abcClassAt(scored, i),
    id: input.id,
    name: input.name,
    score: scoreAt(scored, i),
    coverage: coverageAt(scored, i),
    incomplete: incompleteAt(scored, i),
    tier: tierAt(scored, i),
    treatment: treatmentAt(scored, i),
    quadrant: quadrantAt(scored, i),
    scores: effectiveScoresAt(input, scored, i),
    volumeSource: sourceAt(scored, 'volume', i),
    profitabilitySource: sourceAt(scored, 'profitability', i),
    revenue: input.revenue ?? null,
    margin: marginAt(scored, i),
    lifecycleStage: input.lifecycleStage ?? null,
    commitment: input.commitment ?? null,
    binding: input.binding ?? null,
  };
}
