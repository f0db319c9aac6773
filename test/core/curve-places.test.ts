import { curvePlaces, ranksByInput } from '../../src/core/profitability/curve-places.js';
import { sortedDesc, whaleCurve } from '../../src/core/profitability/pareto.js';
import { FUTURE, scored } from '../helpers/core-fixtures.js';

// Margins: A 400, B 100, C −100, D unknown (no costs), E 100, F 0.
const PORTFOLIO = scored([
  { name: 'A', revenue: 1000, directCosts: 600, scores: { loyalty: 5 } },
  { name: 'B', revenue: 500, directCosts: 400, scores: { loyalty: 2 } },
  { name: 'C', revenue: 300, directCosts: 400, scores: { loyalty: 4 } },
  { name: 'D', revenue: 300, scores: { loyalty: 3 } },
  { name: 'E', revenue: 500, directCosts: 400, scores: { loyalty: 5 } },
  { name: 'F', revenue: 200, directCosts: 200, scores: { loyalty: 1 } },
]);

describe('curvePlaces', () => {
  it('places each account with a margin on the whale curve, most profitable first, ties by rank', () => {
    const places = curvePlaces(PORTFOLIO.scored);
    expect(places.accounts).toBe(5);
    // E outranks B (loyalty 5 against 2), so of the two 100s E comes first.
    expect(Array.from(places.before)).toEqual([0, 2, 4, -1, 1, 3]);
    const share = Array.from(places.marginShare, (v) => (Number.isNaN(v) ? null : Math.round(v * 1000) / 1000));
    expect(share).toEqual([0.8, 1.2, 1, null, 1, 1.2]);
  });

  it('ends where the whale curve ends: the last account carries the total', () => {
    const places = curvePlaces(PORTFOLIO.scored);
    const curve = whaleCurve(sortedDesc(PORTFOLIO.scored.columns.margin));
    const last = Array.from(places.before).indexOf(places.accounts - 1);
    expect(places.marginShare[last] * curve.total).toBeCloseTo(curve.cumulative[curve.cumulative.length - 1], 6);
  });

  it('gives no share when the total margin is not positive', () => {
    const losing = scored([
      { name: 'X', revenue: 100, directCosts: 50 },
      { name: 'Y', revenue: 100, directCosts: 300 },
    ]);
    const places = curvePlaces(losing.scored);
    expect(Array.from(places.before)).toEqual([0, 1]);
    expect(Array.from(places.marginShare).every(Number.isNaN)).toBe(true);
  });
});

describe('ranksByInput', () => {
  it('is each input account’s rank under the profile it was scored with', () => {
    const future = scored(PORTFOLIO.inputs, FUTURE);
    const ranks = ranksByInput(future.scored);
    for (const account of future.accounts) expect(ranks[account.index]).toBe(account.rank);
  });
});
