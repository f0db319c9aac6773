import { sortedAscending } from '../scoring/banding.js';
import { ABC_CLASSES, type AbcClass } from '../model/dimensions.js';
import { isPositiveAmount } from '../model/rounding.js';

/**
 * Portfolio analysis (docs/method.md) over plain figure columns (NaN = no figure), so that it runs
 * the same on a spreadsheet of forty accounts and on a million. Every analysis here depends on the
 * figures in descending order only, never on which account holds them, so a native typed-array sort
 * does the work.
 */

/** The known figures, largest first. */
export function sortedDesc(figures: Float64Array): Float64Array {
  return sortedAscending(figures).reverse();
}

/**
 * ABC classes. Accounts with positive margin, most profitable first, are A while the cumulative share
 * of positive margin before them is below 80 %, B while below 95 %, otherwise C; margin ≤ 0 is C, no
 * margin no class (null).
 * Choice (docs/method.md): accounts with equal margin share the class of the first of them, so the class
 * never depends on how ties happen to be ordered and is monotone in margin.
 */
export function abcClasses(margins: Float64Array, sorted = sortedDesc(margins)): Array<AbcClass | null> {
  return Array.from(abcCodes(margins, sorted), (code) => (code < 0 ? null : ABC_CLASSES[code]));
}

/**
 * The same as indices into ABC_CLASSES (0 = A, 1 = B, 2 = C; −1 = no margin, so no class): a million
 * classes without a million strings. An unknown margin is no class at all (docs/method.md, Portfolio
 * analysis): calling it C would say the account was measured and found to earn little.
 */
export function abcCodes(margins: Float64Array, sorted = sortedDesc(margins)): Int8Array {
  const cutoffs = abcCutoffs(sorted);
  const out = new Int8Array(margins.length);
  for (let i = 0; i < margins.length; i++) out[i] = abcCodeOf(margins[i], cutoffs);
  return out;
}

/** The ABC class of one margin (NaN: none, −1) as an index into ABC_CLASSES, given the cut-offs (abcCutoffs). */
export const abcCodeOf = (m: number, { a, b }: { a: number; b: number }): number =>
  m !== m ? -1 : m > 0 && m >= a ? 0 : m > 0 && m >= b ? 1 : 2;

/** The smallest margins still in class A and in class B (Infinity when the class is empty). */
export function abcCutoffs(sorted: Float64Array): { a: number; b: number } {
  const positiveTotal = positiveSum(sorted);
  let a = Infinity;
  let b = Infinity;
  if (!isPositiveAmount(positiveTotal)) return { a, b };
  let before = 0;
  for (let j = 0; j < sorted.length; j++) {
    const m = sorted[j];
    if (!(m > 0)) break;
    // Only the first of equal margins decides their class.
    if (j === 0 || m !== sorted[j - 1]) {
      const share = before / positiveTotal;
      if (share < 0.8) a = m;
      else if (share < 0.95) b = m;
      else break;
    }
    before += m;
  }
  return { a, b: Math.min(a, b) };
}

/** The sum of the positive figures; a function of its own so V8 optimizes its loop once (descending-order.ts). */
function positiveSum(figures: Float64Array): number {
  const n = figures.length;
  let sum = 0;
  for (let j = 0; j < n; j++) if (figures[j] > 0) sum += figures[j];
  return sum;
}

/**
 * Takes the known figures largest first (sortedDesc).
 *
 * Share of the total produced by the top 20 %: the ceil(0.2 × n) accounts with the largest figure among
 * the n that have one, divided by the total of those n. Null when there is no figure or the total is
 * not positive (a share of a loss has no meaning).
 */
export function top20Share(sorted: Float64Array): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const k = Math.ceil(0.2 * n);
  let top = 0;
  let total = 0;
  for (let j = 0; j < n; j++) {
    total += sorted[j];
    if (j < k) top += sorted[j];
  }
  return isPositiveAmount(total) ? top / total : null;
}

export type WhaleCurve = {
  /** Cumulative margin after the k most profitable accounts, k = 1..n. */
  cumulative: Float64Array;
  total: number;
  /** The highest cumulative margin and after how many accounts it is reached. */
  peak: number;
  peakAccounts: number;
  /** peak / total; null when the total is not positive. Above 1 when loss-makers eat profit. */
  peakShare: number | null;
  /** Sum of the negative margins (≤ 0): what the loss-makers cost. */
  lossTail: number;
};

/** The whale curve: cumulative margin by account, most profitable first (margins from sortedDesc). */
export function whaleCurve(sorted: Float64Array): WhaleCurve {
  const n = sorted.length;
  const cumulative = new Float64Array(n);
  let sum = 0;
  let peak = 0;
  let peakAccounts = 0;
  let lossTail = 0;
  for (let j = 0; j < n; j++) {
    const m = sorted[j];
    sum += m;
    if (m < 0) lossTail += m;
    cumulative[j] = sum;
    if (j === 0 || sum > peak) {
      peak = sum;
      peakAccounts = j + 1;
    }
  }
  return { cumulative, total: sum, peak, peakAccounts, peakShare: isPositiveAmount(sum) ? peak / sum : null, lossTail };
}

/** The curve as shares of the total, thinned to at most about maxPoints for drawing (first, peak and last kept). */
export function whalePoints(
  curve: WhaleCurve,
  maxPoints = 200
): Array<{ accounts: number; share: number | null; cumulative: number }> {
  const n = curve.cumulative.length;
  const picks = new Set<number>();
  const step = Math.max(1, Math.ceil(n / maxPoints));
  for (let j = 0; j < n; j += step) picks.add(j);
  if (n > 0) picks.add(n - 1);
  if (curve.peakAccounts > 0) picks.add(curve.peakAccounts - 1);
  return [...picks]
    .sort((x, y) => x - y)
    .map((j) => ({
      accounts: j + 1,
      cumulative: curve.cumulative[j],
      share: isPositiveAmount(curve.total) ? curve.cumulative[j] / curve.total : null,
    }));
}
