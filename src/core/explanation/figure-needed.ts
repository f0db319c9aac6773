import { SCORE_MAX } from '../model/dimensions.js';

/**
 * The smallest whole figure that bands an account to at least `score` on volume or profitability,
 * every other account's figure unchanged (docs/method.md, Explanation): what the lift asks a person to
 * reach, since a banded score cannot be raised by itself. Null when no figure can do it.
 *
 * `desc` holds every known figure of the portfolio, largest first, the account's own (`own`) among
 * them; `limits` are the profile's fixed band limits when it has them. `floor` is the least figure the
 * band may have: 0 for customer margin, as a loss scores 1 wherever it stands (Factual banding).
 */
export function figureNeeded(
  desc: Float64Array,
  own: number,
  score: number,
  limits?: readonly number[],
  floor = -Infinity
): number | null {
  if (score < 2 || score > SCORE_MAX) return null;
  if (limits) return Math.max(limits[score - 2], floor);
  // Quintiles: score ≥ s exactly when at least m = ceil((s − 1) × n / 5) figures are strictly smaller
  // (banding.ts). The account moves, the others stay: it must pass the m-th smallest of the others.
  const n = desc.length;
  const m = Math.ceil(((score - 1) * n) / SCORE_MAX);
  if (m > n - 1) return null;
  const cut = mthSmallestOfOthers(desc, own, m);
  // Strictly above the cut, in whole units of money: the figure a person would write in a plan.
  return Math.max(Math.floor(cut) + 1, floor);
}

/** The m-th smallest figure (1-based) once one figure equal to `own` is taken out of `desc`. */
function mthSmallestOfOthers(desc: Float64Array, own: number, m: number): number {
  const n = desc.length;
  // smaller = how many figures are strictly below own: they sit at the end of desc.
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (desc[mid] < own) hi = mid;
    else lo = mid + 1;
  }
  const smaller = n - lo;
  // In ascending order own sits at position `smaller`; the others close up over it.
  const k = m - 1;
  const ascending = k < smaller ? k : k + 1;
  return desc[n - 1 - ascending];
}
