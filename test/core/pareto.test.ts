import { abcClasses, sortedDesc, top20Share, whaleCurve, whalePoints } from '../../src/core/profitability/pareto.js';
import { figures } from '../helpers/core-fixtures.js';

/** The known figures largest first, as top20Share and whaleCurve take them. */
const desc = (...values: Array<number | null>): Float64Array => sortedDesc(figures(...values));

describe('sortedDesc', () => {
  it('keeps the known figures, largest first', () => {
    expect(Array.from(desc(5, null, 20, 5, -3))).toEqual([20, 5, 5, -3]);
    expect(Array.from(desc(null))).toEqual([]);
  });
});

describe('abcClasses', () => {
  it('is A while the share of positive margin before the account is below 80 %, B below 95 %, else C', () => {
    // sorted 50, 30, 10, 5, 3, 2 (total 100); before: 0, 50, 80, 90, 95, 98
    expect(abcClasses(figures(10, 2, 50, 3, 30, 5))).toEqual(['B', 'C', 'A', 'C', 'A', 'B']);
  });

  it('puts an account whose share before is exactly 80 % in B and exactly 95 % in C', () => {
    // 80 (before 0) A, 15 (before 80 %) B, 5 (before 95 %) C
    expect(abcClasses(figures(80, 15, 5))).toEqual(['A', 'B', 'C']);
  });

  it('gives equal margins the class of the first of them (50/30/10/5/5)', () => {
    // The second 5 has 95 % before it, but shares the B of the first 5.
    expect(abcClasses(figures(50, 30, 10, 5, 5))).toEqual(['A', 'A', 'B', 'B', 'B']);
    // 70 A; the three 10s start at 70 % before, so all are A, whichever of them comes first.
    expect(abcClasses(figures(10, 70, 10, 10))).toEqual(['A', 'A', 'A', 'A']);
  });

  it('puts margin ≤ 0 in C, gives a missing margin no class, and ignores both in the total', () => {
    // positive total 100: 60 A, 40 A (before 60 %)
    expect(abcClasses(figures(60, 0, -500, null, 40))).toEqual(['A', 'C', 'C', null, 'A']);
  });

  it('puts every known margin in C when none is positive, and still no class where none is known', () => {
    expect(abcClasses(figures(0, -1, null))).toEqual(['C', 'C', null]);
    expect(abcClasses(figures())).toEqual([]);
  });

  it('puts a single profitable account in A', () => {
    expect(abcClasses(figures(1))).toEqual(['A']);
  });
});

describe('top20Share', () => {
  it('is 1 for a single account', () => {
    expect(top20Share(desc(250))).toBe(1);
  });

  it('takes ceil(0.2 × n) accounts: 1 of 5', () => {
    expect(top20Share(desc(10, 50, 20, 10, 10))).toBe(0.5);
  });

  it('takes ceil(0.2 × n) accounts: 2 of 6', () => {
    expect(top20Share(desc(10, 10, 40, 10, 20, 10))).toBe(0.6);
  });

  it('takes 2 of 10', () => {
    expect(top20Share(desc(30, 20, 10, 10, 10, 5, 5, 5, 3, 2))).toBe(0.5);
  });

  it('counts only the accounts with a figure and divides by their total, losses included', () => {
    // n = 4 (k = 1): 90 / (90 + 30 + 10 − 30) = 0.9
    expect(top20Share(desc(30, null, 90, -30, null, 10))).toBe(0.9);
  });

  it('is null when the total is 0 or negative, or nothing has a figure', () => {
    expect(top20Share(desc(100, -100))).toBeNull();
    expect(top20Share(desc(50, -100))).toBeNull();
    expect(top20Share(desc(null, null))).toBeNull();
    expect(top20Share(desc())).toBeNull();
  });
});

describe('whaleCurve', () => {
  it('peaks above the total when loss-makers eat profit', () => {
    // sorted 50, 30, 10, −10, −20 → cumulative 50, 80, 90, 80, 60
    const curve = whaleCurve(desc(-20, 50, 10, -10, null, 30));
    expect(Array.from(curve.cumulative)).toEqual([50, 80, 90, 80, 60]);
    expect(curve).toMatchObject({ total: 60, peak: 90, peakAccounts: 3, peakShare: 1.5, lossTail: -30 });
  });

  it('peaks at the total, share 1, with no loss-makers', () => {
    expect(whaleCurve(desc(1, 2, 3))).toMatchObject({ total: 6, peak: 6, peakAccounts: 3, peakShare: 1, lossTail: 0 });
  });

  it('reaches the peak at the first of equal cumulative values', () => {
    // sorted 10, 0, 0 → 10, 10, 10
    expect(whaleCurve(desc(0, 10, 0))).toMatchObject({ peak: 10, peakAccounts: 1 });
  });

  it('has no peak share when the total is not positive', () => {
    expect(whaleCurve(desc(-5, -10))).toMatchObject({
      total: -15,
      peak: -5,
      peakAccounts: 1,
      peakShare: null,
      lossTail: -15,
    });
    expect(whaleCurve(desc(10, -10))).toMatchObject({ total: 0, peak: 10, peakShare: null });
  });

  it('is empty for an empty portfolio', () => {
    const curve = whaleCurve(desc(null));
    expect(curve.cumulative).toHaveLength(0);
    expect(curve).toMatchObject({ total: 0, peak: 0, peakAccounts: 0, peakShare: null, lossTail: 0 });
  });
});

describe('whalePoints', () => {
  // sorted 10, 9, 8, 7, 6, 5, −1, −2, −3, −4 → cumulative 10, 19, 27, 34, 40, 45, 44, 42, 39, 35; peak 45 after 6
  const curve = whaleCurve(desc(10, 9, 8, 7, 6, 5, -1, -2, -3, -4));

  it('keeps every point as shares of the total when there are few', () => {
    const points = whalePoints(curve);
    expect(points).toHaveLength(10);
    expect(points[0]).toEqual({ accounts: 1, cumulative: 10, share: 10 / 35 });
    expect(points[5]).toEqual({ accounts: 6, cumulative: 45, share: 45 / 35 });
    expect(points[9]).toEqual({ accounts: 10, cumulative: 35, share: 1 });
  });

  it('thins to every step-th point but keeps the first, the peak and the last', () => {
    // step = ceil(10 / 3) = 4 → accounts 1, 5, 9; plus the peak (6) and the last (10)
    expect(whalePoints(curve, 3).map((p) => p.accounts)).toEqual([1, 5, 6, 9, 10]);
  });

  it('has no shares when the total is not positive', () => {
    expect(whalePoints(whaleCurve(desc(5, -10)))).toEqual([
      { accounts: 1, cumulative: 5, share: null },
      { accounts: 2, cumulative: -5, share: null },
    ]);
  });

  it('has no points for an empty curve', () => {
    expect(whalePoints(whaleCurve(desc()))).toEqual([]);
  });
});
