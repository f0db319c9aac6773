import { isPositiveAmount } from '../model/rounding.js';
import type { WhaleCurve } from './pareto.js';

/**
 * The whale curve (docs/method.md, Portfolio analysis) thinned to a bounded number of points that
 * still draw it faithfully: the sync stores it once per snapshot, and a chart of 50,000 accounts then
 * reads a few hundred points instead of every account.
 *
 * Vertex k is (k accounts, cumulative margin after them / scale), k = 0..n. The thinned curve keeps
 * a subset of the vertices, always the start, the peak, the break-even point (the last account that
 * does not lose money), the point where the curve falls to zero or below (a portfolio that loses money
 * overall) and the end. The others are chosen by splitting, again and again, the segment whose
 * straight line strays furthest (vertically) from the true curve, until that distance is within the
 * tolerance or the point budget is spent. Both curves are straight between vertices and the kept
 * points are vertices, so the largest vertical distance at any x is the largest at a vertex: that is
 * `maxError`, exact, in shares of the scale.
 */

export const WHALE_CURVE_VERSION = 1;
/** About 2 points per pixel on the widest chart; a few kilobytes as JSON (a Long Text Area holds 131,072 characters). */
export const WHALE_MAX_POINTS = 400;
/** 0.05 % of the total margin: well under a pixel on any chart. */
export const WHALE_TOLERANCE = 0.0005;
/** Shares are stored to 6 decimals; the stored error bound includes that rounding. */
const DECIMALS = 6;

export type StoredWhaleCurve = {
  v: typeof WHALE_CURVE_VERSION;
  /** Accounts with a customer margin: the x axis runs 0..accounts. */
  accounts: number;
  /** What y = 1 means: the total margin when it is positive, else the peak ('peak'), else 1 ('none'). */
  basis: 'total' | 'peak' | 'none';
  total: number;
  peak: number;
  peakAccounts: number;
  /** The last account that does not lose money (the curve falls after it). */
  breakEvenAccounts: number;
  /** Where the curve first falls to zero or below after its peak; null when it never does. */
  zeroAccounts: number | null;
  /** The largest vertical distance between the drawn and the true curve, in shares of the basis. */
  maxError: number;
  /** [accounts, cumulative margin / basis], accounts ascending, from [0, 0] to [accounts, end]. */
  points: Array<[number, number]>;
};

export type ThinOptions = { maxPoints?: number; tolerance?: number };

/** The curve from whaleCurve(), thinned and ready to store (JSON.stringify it). */
export function thinWhaleCurve(curve: WhaleCurve, options: ThinOptions = {}): StoredWhaleCurve {
  const maxPoints = Math.max(8, options.maxPoints ?? WHALE_MAX_POINTS);
  const tolerance = options.tolerance ?? WHALE_TOLERANCE;
  const { cumulative, total, peak, peakAccounts } = curve;
  const n = cumulative.length;
  const basis = isPositiveAmount(total) ? 'total' : isPositiveAmount(peak) ? 'peak' : 'none';
  const scale = basis === 'total' ? total : basis === 'peak' ? peak : 1;
  const y = (k: number): number => (k === 0 ? 0 : cumulative[k - 1] / scale);
  let breakEven = peakAccounts;
  while (breakEven < n && cumulative[breakEven] - (breakEven > 0 ? cumulative[breakEven - 1] : 0) >= 0) breakEven++;
  let zero: number | null = null;
  for (let k = Math.max(peakAccounts, 1); k <= n && peak > 0; k++) {
    if (cumulative[k - 1] <= 0) {
      zero = k;
      break;
    }
  }
  const anchors = [...new Set([0, peakAccounts, breakEven, ...(zero === null ? [] : [zero]), n])]
    .filter((k) => k >= 0 && k <= n)
    .sort((a, b) => a - b);
  const kept = new Set(anchors);
  const heap = new SegmentHeap();
  for (let j = 1; j < anchors.length; j++) heap.push(worstOf(anchors[j - 1], anchors[j], y));
  while (heap.size > 0 && kept.size < maxPoints && heap.peek()!.error > tolerance) {
    const worst = heap.pop()!;
    kept.add(worst.at);
    heap.push(worstOf(worst.from, worst.at, y));
    heap.push(worstOf(worst.at, worst.to, y));
  }
  const maxError = heap.size > 0 ? heap.peek()!.error : 0;
  const points = [...kept].sort((a, b) => a - b).map((k): [number, number] => [k, round(y(k))]);
  return {
    v: WHALE_CURVE_VERSION,
    accounts: n,
    basis,
    total,
    peak,
    peakAccounts,
    breakEvenAccounts: breakEven,
    zeroAccounts: zero,
    maxError: round(maxError) + 10 ** -DECIMALS,
    points,
  };
}

/**
 * A stored curve read back, or null when the text is not one this version can draw (an older or
 * newer format, or none): the chart then says the curve is not stored rather than drawing a wrong one.
 */
export function parseStoredWhaleCurve(text: string | null | undefined): StoredWhaleCurve | null {
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const curve = value as Partial<StoredWhaleCurve>;
  if (curve.v !== WHALE_CURVE_VERSION || !Array.isArray(curve.points) || typeof curve.accounts !== 'number') {
    return null;
  }
  const pointsOk = curve.points.every(
    (p) => Array.isArray(p) && p.length === 2 && Number.isFinite(p[0]) && Number.isFinite(p[1])
  );
  return pointsOk ? (curve as StoredWhaleCurve) : null;
}

/** The y of the thinned curve at x = k accounts (straight between kept points). */
export function thinnedAt(points: ReadonlyArray<readonly [number, number]>, k: number): number {
  let lo = 0;
  let hi = points.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (points[mid][0] <= k) lo = mid;
    else hi = mid;
  }
  const [x0, y0] = points[lo];
  const [x1, y1] = points[hi];
  return x1 === x0 ? y0 : y0 + ((y1 - y0) * (k - x0)) / (x1 - x0);
}

const round = (v: number): number => Number(v.toFixed(DECIMALS));

type Segment = { from: number; to: number; at: number; error: number };

/** The vertex between `from` and `to` furthest (vertically) from their chord. */
function worstOf(from: number, to: number, y: (k: number) => number): Segment {
  const y0 = y(from);
  const slope = to > from ? (y(to) - y0) / (to - from) : 0;
  let at = from;
  let error = 0;
  for (let k = from + 1; k < to; k++) {
    const d = Math.abs(y(k) - (y0 + slope * (k - from)));
    if (d > error) {
      error = d;
      at = k;
    }
  }
  return { from, to, at, error };
}

/** A max-heap of segments by error: the worst is split first. */
class SegmentHeap {
  private readonly items: Segment[] = [];
  public get size(): number {
    return this.items.length;
  }
  public peek(): Segment | undefined {
    return this.items[0];
  }
  public push(segment: Segment): void {
    if (segment.to - segment.from < 2) return;
    const items = this.items;
    items.push(segment);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (items[parent].error >= items[i].error) break;
      [items[parent], items[i]] = [items[i], items[parent]];
      i = parent;
    }
  }
  public pop(): Segment | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && items[l].error > items[m].error) m = l;
        if (r < items.length && items[r].error > items[m].error) m = r;
        if (m === i) break;
        [items[m], items[i]] = [items[i], items[m]];
        i = m;
      }
    }
    return top;
  }
}
