import type { PortfolioColumns } from '../model/columns.js';
import { descendingOrder } from '../ranking/descending-order.js';
import { DIMENSIONS, type FigureDimensionKey } from '../model/dimensions.js';
import { abcCutoffs } from '../profitability/pareto.js';
import type { Profile, Weights } from '../profiles/profile.js';
import { rankOrder } from '../ranking/ranking.js';
import { roundHalfUp, scoreCents } from '../model/rounding.js';
import { workloadLimits } from '../profitability/loss-causes.js';
import { coverageOf } from './scoring.js';
import { bandFigures } from './banding.js';
import { classifyColumns } from './classify-columns.js';

/** Where an effective score came from. */
export type ScoreSource = 'entered' | 'figure';

/**
 * The method's results as columns (one entry per input account, in input order). Categories are
 * indices into the vocabularies of dimensions.ts (TIERS, TREATMENTS, QUADRANTS, ABC_CLASSES), −1 for
 * none.
 */
export type ScoredColumns = {
  readonly profile: Profile;
  readonly columns: PortfolioColumns;
  /**
   * Volume and profitability banded from the figures, 0 where there is none. An entered score wins
   * over them (effectiveAt, sourceAt).
   */
  readonly volumeBand: Uint8Array;
  readonly profitabilityBand: Uint8Array;
  /**
   * Weighted score rounded half up to 2 decimals, in whole hundredths (−1 for none): what tiers and
   * ranks compare. cents / 100 is exactly the rounded score (scoreAt).
   */
  readonly cents: Int32Array;
  /** Which dimensions are scored, one bit per dimension in DIMENSIONS order. */
  readonly scoredMask: Uint8Array;
  /** Coverage of each mask (coverageAt): 256 values, not one per account. */
  readonly coverageByMask: Float64Array;
  readonly tier: Int8Array;
  readonly treatment: Int8Array;
  readonly quadrant: Int8Array;
  /** ABC class as an index into ABC_CLASSES, −1 where the margin is unknown (docs/method.md, Portfolio analysis). */
  readonly abc: Int8Array;
  /** Causes of each account's loss as bits of LOSS_CAUSES (loss-causes.ts), 0 where there is no loss. */
  readonly lossCauses: Uint8Array;
  /** Input indices in rank order: order[0] has rank 1. */
  readonly order: Uint32Array;
  /** The known margins and revenues, largest first (80/20, ABC, whale curve). */
  readonly marginsDesc: Float64Array;
  readonly revenuesDesc: Float64Array;
};

/**
 * Scores, bands, ranks and classifies a portfolio with one profile: every rule of docs/method.md from Factual banding to Commitment matrix
 * per account, on columns. Inputs must already be valid; this runs on trusted data.
 *
 * Each loop over the accounts sits in a function of its own (descending-order.ts says why, with figures).
 */
export function scoreColumns(columns: PortfolioColumns, profile: Profile): ScoredColumns {
  const { revenue, margin } = columns;
  const byMargin = descendingOrder(margin);
  const revenueSorted = knownAscending(revenue, descendingOrder(revenue));
  const marginSorted = knownAscending(margin, byMargin);
  const volumeBand = bandFigures(revenue, profile.bands.volume, revenueSorted);
  const profitBand = lossesScoreOne(bandFigures(margin, profile.bands.profitability, marginSorted), margin);
  const { cents, scoredMask, coverageByMask } = weightedColumns(
    columns.scores,
    [volumeBand, profitBand],
    profile.weights
  );
  const marginsDesc = marginSorted.reverse();
  const { tier, treatment, quadrant, lossCauses, abc } = classifyColumns(
    columns,
    { cents, volumeBand, workload: workloadLimits(columns), abcCutoffs: abcCutoffs(marginsDesc) },
    profile
  );
  return {
    profile,
    columns,
    volumeBand,
    profitabilityBand: profitBand,
    cents,
    scoredMask,
    coverageByMask,
    tier,
    treatment,
    quadrant,
    abc,
    lossCauses,
    order: rankOrder({ cents, margin, revenue, names: columns.names }, byMargin),
    marginsDesc,
    revenuesDesc: revenueSorted.reverse(),
  };
}

/** A loss-maker scores 1 whatever its place among other loss-makers (docs/method.md, Factual banding). */
function lossesScoreOne(banded: Uint8Array, margin: Float64Array): Uint8Array {
  const n = margin.length;
  const band = new Uint8Array(n);
  for (let i = 0; i < n; i++) band[i] = banded[i] > 0 && margin[i] < 0 ? 1 : banded[i];
  return band;
}

/** The known figures in ascending order, from their descendingOrder (where the unknown come last). */
function knownAscending(values: Float64Array, desc: Uint32Array): Float64Array {
  // The known figures come first in desc, so their count is found by halving.
  let known = 0;
  let unknown = desc.length;
  while (known < unknown) {
    const mid = (known + unknown) >>> 1;
    const v = values[desc[mid]];
    if (v === v) known = mid + 1;
    else unknown = mid;
  }
  const out = new Float64Array(known);
  for (let k = 0; k < known; k++) out[known - 1 - k] = values[desc[k]];
  return out;
}

export type WeightedColumns = Pick<ScoredColumns, 'cents' | 'scoredMask' | 'coverageByMask'>;

/**
 * Weighted score and coverage (docs/method.md) for every account (the weightedScore rule of
 * scoring.ts, on columns). Coverage depends only on which dimensions are scored, so it is worked out
 * once per combination (2⁸ of them) instead of once per account. The what-if re-ranking (rerank.ts)
 * calls it on every change of weights, so it stays free of per-account objects.
 */
export function weightedColumns(
  entered: readonly Float64Array[],
  figure: readonly [Uint8Array, Uint8Array],
  profileWeights: Weights
): WeightedColumns {
  const n = entered[0].length;
  const weights = Float64Array.from(DIMENSIONS, (d) => profileWeights[d]);
  const maskWeight = new Float64Array(1 << weights.length);
  for (let mask = 0; mask < maskWeight.length; mask++) {
    let sum = 0;
    for (let d = 0; d < weights.length; d++) if (mask & (1 << d)) sum += weights[d];
    maskWeight[mask] = sum;
  }
  const out = { cents: new Int32Array(n), scoredMask: new Uint8Array(n) };
  weighAccounts(entered, figure, weights, maskWeight, out);
  return { ...out, coverageByMask: maskWeight.map(coverageOf) };
}

/**
 * The loop of weightedColumns, in a function of its own so V8 optimizes it once (descending-order.ts
 * says why, with figures).
 */
function weighAccounts(
  entered: readonly Float64Array[],
  figure: readonly [Uint8Array, Uint8Array],
  weights: Float64Array,
  maskWeight: Float64Array,
  out: Pick<WeightedColumns, 'cents' | 'scoredMask'>
): void {
  const { cents, scoredMask } = out;
  const n = cents.length;
  const dimensions = weights.length;
  for (let i = 0; i < n; i++) {
    let mask = 0;
    let weighted = 0;
    for (let d = 0; d < dimensions; d++) {
      let s = entered[d][i];
      // Volume and profitability (the first two) fall back on their band: an entered score wins.
      if (s !== s && d < 2 && figure[d][i] > 0) s = figure[d][i];
      if (s !== s) continue;
      mask |= 1 << d;
      weighted += weights[d] * s;
    }
    scoredMask[i] = mask;
    const weightSum = maskWeight[mask];
    // As weightedScore (scoring.ts): no weight scored, no score. Scores lie in 1–5, so 100–500 cents.
    cents[i] =
      weightSum <= 0
        ? -1
        : Number.isInteger(weighted) && Number.isInteger(weightSum) && weightSum <= MAX_WHOLE_WEIGHT
        ? wholeCents(weighted, weightSum)
        : scoreCents(roundHalfUp(weighted / weightSum, 2));
  }
}

/** The largest sum of weights the whole-number rounding (wholeCents) is proven for. */
const MAX_WHOLE_WEIGHT = 100_000;

/**
 * scoreCents(roundHalfUp(weighted / weightSum, 2)) for whole `weighted` and `weightSum` (whole weights and
 * scores, the usual case), without the rounding's checks: 100 × weighted is exact, and so is the
 * quotient when it is a half (k + ½ with small k is a float), which Math.round rounds up as half up
 * does. Any other quotient is at least 1/(2 × weightSum) from a half, far beyond the float error while
 * weightSum ≤ MAX_WHOLE_WEIGHT (weights sum to 100), so the nearest whole number is the same either
 * way. Measured: roundHalfUp per account was 6–10 ms of 200,000 accounts (CPU profile);
 * test/core/weighted-columns.test.ts holds the two to the same cents.
 */
function wholeCents(weighted: number, weightSum: number): number {
  return Math.round((100 * weighted) / weightSum);
}

/** Volume or profitability as the weighted score used it: entered, or else banded from the figure. */
export function effectiveAt(s: ScoredColumns, dimension: FigureDimensionKey, i: number): number | null {
  const entered = s.columns.scores[dimension === 'volume' ? 0 : 1][i];
  if (entered === entered) return entered;
  const band = (dimension === 'volume' ? s.volumeBand : s.profitabilityBand)[i];
  return band > 0 ? band : null;
}

export function sourceAt(s: ScoredColumns, dimension: FigureDimensionKey, i: number): ScoreSource | null {
  if (!Number.isNaN(s.columns.scores[dimension === 'volume' ? 0 : 1][i])) return 'entered';
  return (dimension === 'volume' ? s.volumeBand : s.profitabilityBand)[i] > 0 ? 'figure' : null;
}

/** The weighted score of account i, rounded to 2 decimals; null when it has none. */
export const scoreAt = (s: ScoredColumns, i: number): number | null => (s.cents[i] < 0 ? null : s.cents[i] / 100);

export const coverageAt = (s: ScoredColumns, i: number): number => s.coverageByMask[s.scoredMask[i]];

/** Coverage below the profile's minimum (docs/method.md, Weighted score, coverage, completeness). */
export const incompleteAt = (s: ScoredColumns, i: number): boolean => coverageAt(s, i) < s.profile.minCoverage;
