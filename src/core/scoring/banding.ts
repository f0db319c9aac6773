import { SCORE_MAX } from '../model/dimensions.js';

/**
 * Factual banding (docs/method.md, Factual banding): a figure becomes a score 1–5 within the portfolio.
 *
 * Figures come as a Float64Array with NaN for "no figure", so a million accounts band without
 * allocating an object each. The result is a Uint8Array of scores, 0 where there was no figure.
 */

/** The known figures in ascending order. */
export function sortedAscending(figures: Float64Array): Float64Array {
  let n = 0;
  for (const v of figures) if (!Number.isNaN(v)) n++;
  const out = new Float64Array(n);
  let j = 0;
  for (const v of figures) if (!Number.isNaN(v)) out[j++] = v;
  return out.sort();
}

/**
 * Quintile scores: p = (accounts with a strictly smaller figure) / (accounts with a figure),
 * score = 1 + floor(5p); ties share a score.
 *
 * Computed without a search per account: score ≥ k + 1 exactly when 5 × smaller ≥ k × n, that is when
 * smaller ≥ m = ceil(k × n / 5), and at least m figures are smaller than v exactly when the m-th smallest
 * figure is below v. So four cut values decide every score (same result as the formula, in O(n)).
 */
export function quintileScores(figures: Float64Array, sorted = sortedAscending(figures)): Uint8Array {
  const n = sorted.length;
  const cuts: number[] = [];
  for (let k = 1; k < SCORE_MAX; k++) {
    const m = Math.ceil((k * n) / SCORE_MAX);
    cuts.push(m >= 1 ? sorted[m - 1] : -Infinity);
  }
  // Four named cuts rather than a loop over them: this runs once per account.
  const [c2, c3, c4, c5] = cuts;
  const out = new Uint8Array(figures.length);
  for (let i = 0; i < figures.length; i++) {
    const v = figures[i];
    if (v !== v) continue;
    out[i] = 1 + (v > c2 ? 1 : 0) + (v > c3 ? 1 : 0) + (v > c4 ? 1 : 0) + (v > c5 ? 1 : 0);
  }
  return out;
}

/**
 * Fixed band limits [l2, l3, l4, l5]: the score is 1 plus the number of limits the figure reaches,
 * so a figure equal to l3 scores 3.
 */
export function thresholdScores(figures: Float64Array, limits: readonly number[]): Uint8Array {
  const out = new Uint8Array(figures.length);
  for (let i = 0; i < figures.length; i++) {
    const v = figures[i];
    if (Number.isNaN(v)) continue;
    let s = 1;
    for (const limit of limits) if (v >= limit) s++;
    out[i] = s;
  }
  return out;
}

/** Bands figures by the profile's fixed limits when it has them, by quintiles otherwise. */
export function bandFigures(figures: Float64Array, limits?: readonly number[], sorted?: Float64Array): Uint8Array {
  return limits ? thresholdScores(figures, limits) : quintileScores(figures, sorted);
}
