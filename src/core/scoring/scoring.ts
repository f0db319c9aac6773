import { DIMENSIONS, type DimensionKey } from '../model/dimensions.js';
import type { Weights } from '../profiles/profile.js';
import { roundHalfUp } from '../model/rounding.js';

export type ScoreVector = Record<DimensionKey, number | null>;

export type WeightedScore = {
  /** Σ(weight × score) / Σ(weight) over the scored dimensions; null when no weighted dimension is scored. */
  raw: number | null;
  /** raw rounded half up to 2 decimals: the figure shown, ranked and tiered. */
  score: number | null;
  /** Σ(weight of scored dimensions) / 100. */
  coverage: number;
};

/** Weighted score and coverage (docs/method.md, Weighted score, coverage, completeness). */
export function weightedScore(scores: ScoreVector, weights: Weights): WeightedScore {
  let weightSum = 0;
  let weighted = 0;
  for (const d of DIMENSIONS) {
    const s = scores[d];
    if (s === null) continue;
    const w = weights[d];
    weightSum += w;
    weighted += w * s;
  }
  // A dimension weighted 0 counts as scored but adds nothing; with no weight at all there is no score.
  const raw = weightSum > 0 ? weighted / weightSum : null;
  return { raw, score: raw === null ? null : roundHalfUp(raw, 2), coverage: coverageOf(weightSum) };
}

/** Coverage of a sum of weights (in percent) of the scored dimensions. */
export function coverageOf(weightSum: number): number {
  return roundHalfUp(weightSum / 100, 6);
}

export function emptyScores(): ScoreVector {
  return {
    volume: null,
    profitability: null,
    loyalty: null,
    potential: null,
    reference: null,
    learning: null,
    contact: null,
    emotional: null,
  };
}
