import { compareProfiles } from '../../src/core/profiles/compare.js';
import { lossMakers } from '../../src/core/profitability/loss-makers.js';
import { summarise } from '../../src/core/portfolio/summary.js';
import { account, byName, FUTURE, profile, scored, withMargin } from '../helpers/core-fixtures.js';

/**
 * Incomplete accounts (coverage under the profile's minimum) rank among the complete ones and carry
 * the mark in every result (docs/method.md, Weighted score, coverage, completeness).
 */
describe('incomplete accounts', () => {
  // Loyalty 50, potential 30, reference 20; minimum coverage 0.7.
  const P = profile({ weights: { loyalty: 50, potential: 30, reference: 20 } });
  const rows = [
    // loyalty only: coverage 0.5, score 5.00
    { name: 'half known', ...withMargin(-10), scores: { loyalty: 5 } },
    // all three: coverage 1, score (200 + 120 + 80) / 100 = 4.00
    { name: 'fully known', ...withMargin(100), scores: { loyalty: 4, potential: 4, reference: 4 } },
    // all three: (150 + 60 + 40) / 100 = 2.50
    { name: 'fully known, low', ...withMargin(50), scores: { loyalty: 3, potential: 2, reference: 2 } },
  ];
  const p = scored(rows, P);
  const by = byName(p);

  it('ranks an incomplete account by its score among the complete ones, not after them', () => {
    expect(by.get('half known')).toMatchObject({ incomplete: true, coverage: 0.5, score: 5 });
    expect(by.get('fully known')?.incomplete).toBe(false);
    expect(by.get('half known')!.rank).toBeLessThan(by.get('fully known')!.rank);
    expect(p.accounts.map((a) => a.name)).toEqual(['half known', 'fully known', 'fully known, low']);
  });

  it('gives it the tier its score reaches', () => {
    expect(by.get('half known')?.tier).toBe('keyAccount');
  });

  it('counts the incomplete accounts in the summary', () => {
    const incomplete = p.accounts.filter((a) => a.incomplete).length;
    expect(summarise(p).incomplete).toBe(incomplete);
    expect(incomplete).toBe(1);
  });

  it('marks a loss-maker that is incomplete', () => {
    expect(lossMakers(p).map((l) => [l.name, l.incomplete])).toEqual([['half known', true]]);
  });

  it('marks each rank change under both profiles', () => {
    const comparison = compareProfiles(rows.map(account), P, FUTURE);
    for (const c of comparison.changes) {
      expect(c.incomplete).toBe(comparison.base.byInput[c.index].incomplete);
      expect(c.compareIncomplete).toBe(comparison.compared.byInput[c.index].incomplete);
    }
  });
});
