import { bandFigures } from './banding.js';
import type { PortfolioColumns } from './columns.js';
import { descendingOrder } from './descending-order.js';
import { DIMENSIONS, QUADRANTS, TIERS, TREATMENTS } from './dimensions.js';
import { abcCodes } from './pareto.js';
import type { Profile } from './profile.js';
import { rankOrder } from './ranking.js';
import { roundHalfUp, scoreCents } from './rounding.js';
import { coverageOf } from './scoring.js';
import { quadrantOf, tierOfCents, treatmentOf } from './tiers.js';

/** Where an effective volume or profitability score came from: SOURCE_NONE, SOURCE_ENTERED or SOURCE_FIGURE. */
export const SOURCE_NONE = 0;
export const SOURCE_ENTERED = 1;
export const SOURCE_FIGURE = 2;

/**
 * The method's results as columns (one entry per input account, in input order). Categories are
 * indices into the vocabularies of dimensions.ts (TIERS, TREATMENTS, QUADRANTS, ABC_CLASSES), −1 for
 * none; scores are NaN where there is none.
 */
export type ScoredColumns = {
  readonly profile: Profile;
  readonly columns: PortfolioColumns;
  /** The effective volume and profitability scores: entered, or banded from the figure. */
  readonly volume: Float64Array;
  readonly profitability: Float64Array;
  readonly volumeSource: Uint8Array;
  readonly profitabilitySource: Uint8Array;
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
  readonly abc: Uint8Array;
  /** Input indices in rank order: order[0] has rank 1. */
  readonly order: Uint32Array;
  /** The known margins and revenues, largest first (80/20, ABC, whale curve). */
  readonly marginsDesc: Float64Array;
  readonly revenuesDesc: Float64Array;
};

/**
 * Scores, bands, ranks and classifies a portfolio with one profile: the whole of DESIGN.md 1.2–1.5
 * per account, on columns. Inputs must already be valid; this runs on trusted data.
 */
export function scoreColumns(columns: PortfolioColumns, profile: Profile): ScoredColumns {
  const n = columns.length;
  const { revenue, margin } = columns;
  const byMargin = descendingOrder(margin);
  const revenueSorted = knownAscending(revenue, descendingOrder(revenue));
  const marginSorted = knownAscending(margin, byMargin);
  const volumeBand = bandFigures(revenue, profile.bands.volume, revenueSorted);
  const profitBand = bandFigures(margin, profile.bands.profitability, marginSorted);

  const volume = new Float64Array(n);
  const profitability = new Float64Array(n);
  const volumeSource = new Uint8Array(n);
  const profitabilitySource = new Uint8Array(n);
  const enteredVolume = columns.scores[0];
  const enteredProfit = columns.scores[1];
  for (let i = 0; i < n; i++) {
    const v = enteredVolume[i];
    if (v === v) {
      volume[i] = v;
      volumeSource[i] = SOURCE_ENTERED;
    } else if (volumeBand[i] > 0) {
      volume[i] = volumeBand[i];
      volumeSource[i] = SOURCE_FIGURE;
    } else volume[i] = Number.NaN;
    const p = enteredProfit[i];
    if (p === p) {
      profitability[i] = p;
      profitabilitySource[i] = SOURCE_ENTERED;
    } else if (profitBand[i] > 0) {
      // A loss-maker scores 1 whatever its place among other loss-makers (DESIGN.md 1.2).
      profitability[i] = margin[i] < 0 ? 1 : profitBand[i];
      profitabilitySource[i] = SOURCE_FIGURE;
    } else profitability[i] = Number.NaN;
  }

  const { cents, scoredMask, coverageByMask } = weightedColumns(
    [volume, profitability, ...columns.scores.slice(2)],
    profile
  );
  const tier = new Int8Array(n);
  const treatment = new Int8Array(n);
  const quadrant = new Int8Array(n);
  const potential = columns.scores[DIMENSIONS.indexOf('potential')];
  // Scores lie in 1.00–5.00: the tier of each of those 401 values, looked up instead of compared per account.
  const tierByCents = Int8Array.from({ length: 501 }, (_, c) => TIERS.indexOf(tierOfCents(c, profile.tiers)));
  for (let i = 0; i < n; i++) {
    const t = cents[i] < 0 ? -1 : tierByCents[cents[i]];
    tier[i] = t;
    const treated = treatmentOf(t < 0 ? null : TIERS[t], nullIfNaN(margin[i]), nullIfNaN(potential[i]));
    treatment[i] = treated === null ? -1 : TREATMENTS.indexOf(treated);
    const q = quadrantOf(nullIfNaN(columns.commitment[i]), nullIfNaN(columns.binding[i]), profile.matrixHigh);
    quadrant[i] = q === null ? -1 : QUADRANTS.indexOf(q);
  }

  const marginsDesc = marginSorted.reverse();
  return {
    profile,
    columns,
    volume,
    profitability,
    volumeSource,
    profitabilitySource,
    cents,
    scoredMask,
    coverageByMask,
    tier,
    treatment,
    quadrant,
    abc: abcCodes(margin, marginsDesc),
    order: rankOrder({ cents, margin, revenue, names: columns.names }, byMargin),
    marginsDesc,
    revenuesDesc: revenueSorted.reverse(),
  };
}

const nullIfNaN = (v: number): number | null => (v === v ? v : null);

/** The known figures in ascending order, from their descendingOrder (where the unknown come last). */
function knownAscending(values: Float64Array, desc: Uint32Array): Float64Array {
  let known = 0;
  while (known < desc.length && values[desc[known]] === values[desc[known]]) known++;
  const out = new Float64Array(known);
  for (let k = 0; k < known; k++) out[known - 1 - k] = values[desc[k]];
  return out;
}

type WeightedColumns = Pick<ScoredColumns, 'cents' | 'scoredMask' | 'coverageByMask'>;

/**
 * Weighted score and coverage of DESIGN.md 1.2 for every account (the weightedScore rule of
 * scoring.ts, on columns). Coverage depends only on which dimensions are scored, so it is worked out
 * once per combination (2⁸ of them) instead of once per account.
 */
function weightedColumns(scores: readonly Float64Array[], profile: Profile): WeightedColumns {
  const n = scores[0].length;
  const weights = DIMENSIONS.map((d) => profile.weights[d]);
  const maskWeight = new Float64Array(1 << weights.length);
  for (let mask = 0; mask < maskWeight.length; mask++) {
    let sum = 0;
    for (let d = 0; d < weights.length; d++) if (mask & (1 << d)) sum += weights[d];
    maskWeight[mask] = sum;
  }
  const cents = new Int32Array(n);
  const scoredMask = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    let mask = 0;
    let weighted = 0;
    for (let d = 0; d < weights.length; d++) {
      const s = scores[d][i];
      if (s !== s) continue;
      mask |= 1 << d;
      weighted += weights[d] * s;
    }
    scoredMask[i] = mask;
    const weightSum = maskWeight[mask];
    // As weightedScore (scoring.ts): no weight scored, no score. Scores lie in 1–5, so 100–500 cents.
    cents[i] = weightSum > 0 ? scoreCents(roundHalfUp(weighted / weightSum, 2)) : -1;
  }
  return { cents, scoredMask, coverageByMask: maskWeight.map(coverageOf) };
}

/** The weighted score of account i, rounded to 2 decimals; null when it has none. */
export const scoreAt = (s: ScoredColumns, i: number): number | null => (s.cents[i] < 0 ? null : s.cents[i] / 100);

export const coverageAt = (s: ScoredColumns, i: number): number => s.coverageByMask[s.scoredMask[i]];

/** Coverage below the profile's minimum (DESIGN.md 1.2). */
export const incompleteAt = (s: ScoredColumns, i: number): boolean => coverageAt(s, i) < s.profile.minCoverage;
