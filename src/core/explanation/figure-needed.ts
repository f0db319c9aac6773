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
  // The m-th smallest of the others: the m-th smallest of all (ascending index m − 1) when that one is
  // below `own` (own is not among the m smallest, so taking it out moves nothing), else the next one.
  // No search for own's place: an export asks this for every account, and the binary search was half
  // of its lift (0.19 s of 4 exports of 200,000 rows).
  const k = m - 1;
  const kth = desc[n - 1 - k];
  const cut = kth < own ? kth : desc[n - 2 - k];
  // Strictly above the cut, in whole units of money: the figure a person would write in a plan.
  return Math.max(Math.floor(cut) + 1, floor);
}
