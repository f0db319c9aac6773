import { sortedDesc, whaleCurve } from '../../src/core/profitability/pareto.js';
import {
  parseStoredWhaleCurve,
  thinnedAt,
  thinWhaleCurve,
  WHALE_MAX_POINTS,
  WHALE_TOLERANCE,
  type StoredWhaleCurve,
} from '../../src/core/profitability/whale-thinning.js';

/** A deterministic portfolio: a few whales, a long profitable tail, some zeros and a loss-making tail. */
function portfolioMargins(n: number, seed = 7, lossShare = 0.15): Float64Array {
  let s = seed;
  const random = (): number => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
  return Float64Array.from({ length: n }, (_, i) => {
    if (i % 97 === 0) return 0;
    const size = Math.round(1000 * Math.exp(4 * random()));
    return random() < lossShare ? -Math.round(size / 3) : size;
  });
}

/** The largest vertical distance between the true curve and the stored one, over every vertex. */
function trueError(margins: Float64Array, stored: StoredWhaleCurve): number {
  const curve = whaleCurve(sortedDesc(margins));
  const scale = stored.basis === 'total' ? curve.total : stored.basis === 'peak' ? curve.peak : 1;
  let worst = 0;
  for (let k = 0; k <= curve.cumulative.length; k++) {
    const exact = k === 0 ? 0 : curve.cumulative[k - 1] / scale;
    worst = Math.max(worst, Math.abs(exact - thinnedAt(stored.points, k)));
  }
  return worst;
}

describe('thinWhaleCurve', () => {
  it('draws 50,000 accounts in at most WHALE_MAX_POINTS points, within its stated error, and that error is small', () => {
    const margins = portfolioMargins(50_000);
    const stored = thinWhaleCurve(whaleCurve(sortedDesc(margins)));
    expect(stored.points.length).toBeLessThanOrEqual(WHALE_MAX_POINTS);
    const error = trueError(margins, stored);
    expect(error).toBeLessThanOrEqual(stored.maxError);
    // The budget is enough for the tolerance on a realistic curve: under 0.05 % of the total margin.
    expect(stored.maxError).toBeLessThanOrEqual(WHALE_TOLERANCE + 1e-6);
    expect(JSON.stringify(stored).length).toBeLessThan(131_072);
  });

  it('keeps the start, the peak, the break-even point and the end exactly', () => {
    const margins = portfolioMargins(20_000, 3);
    const curve = whaleCurve(sortedDesc(margins));
    const stored = thinWhaleCurve(curve);
    const at = (k: number): number | undefined => stored.points.find((p) => p[0] === k)?.[1];
    expect(stored.points[0]).toEqual([0, 0]);
    expect(at(curve.peakAccounts)).toBeCloseTo(curve.peak / curve.total, 6);
    expect(stored.peakAccounts).toBe(curve.peakAccounts);
    // Every account that does not lose money comes before the break-even point.
    const nonNegative = Array.from(margins).filter((m) => m >= 0).length;
    expect(stored.breakEvenAccounts).toBe(nonNegative);
    expect(at(nonNegative)).toBeDefined();
    expect(stored.points.at(-1)).toEqual([20_000, 1]);
    expect(stored.zeroAccounts).toBeNull();
  });

  it('keeps where a loss-making portfolio falls to zero, and draws it in shares of the peak', () => {
    const margins = Float64Array.from([100, 50, ...Array.from({ length: 300 }, () => -1)]);
    const stored = thinWhaleCurve(whaleCurve(sortedDesc(margins)), { maxPoints: 10 });
    expect(stored.basis).toBe('peak');
    expect(stored.zeroAccounts).toBe(152);
    expect(stored.points.find((p) => p[0] === 152)).toEqual([152, 0]);
    expect(stored.points.at(-1)).toEqual([302, -1]);
    expect(trueError(margins, stored)).toBeLessThanOrEqual(stored.maxError);
  });

  it('states a larger error honestly when the budget is too small for the tolerance', () => {
    const margins = portfolioMargins(5000, 11);
    const stored = thinWhaleCurve(whaleCurve(sortedDesc(margins)), { maxPoints: 12, tolerance: 0 });
    expect(stored.points.length).toBeLessThanOrEqual(12);
    expect(stored.maxError).toBeGreaterThan(WHALE_TOLERANCE);
    expect(trueError(margins, stored)).toBeLessThanOrEqual(stored.maxError);
  });

  it('keeps every vertex of a small curve and handles an empty one', () => {
    const stored = thinWhaleCurve(whaleCurve(sortedDesc(Float64Array.from([30, 10, -20]))));
    expect(stored.points).toEqual([
      [0, 0],
      [1, 1.5],
      [2, 2],
      [3, 1],
    ]);
    expect(thinWhaleCurve(whaleCurve(new Float64Array(0))).points).toEqual([[0, 0]]);
  });
});

describe('parseStoredWhaleCurve', () => {
  it('reads back what was stored, and refuses other versions and broken text', () => {
    const stored = thinWhaleCurve(whaleCurve(sortedDesc(Float64Array.from([5, 3, -1]))));
    expect(parseStoredWhaleCurve(JSON.stringify(stored))).toEqual(stored);
    expect(parseStoredWhaleCurve(JSON.stringify({ ...stored, v: 2 }))).toBeNull();
    expect(parseStoredWhaleCurve('{"v":1,"accounts":3,"points":[[0,"x"]]}')).toBeNull();
    expect(parseStoredWhaleCurve('not json')).toBeNull();
    expect(parseStoredWhaleCurve(null)).toBeNull();
  });
});
