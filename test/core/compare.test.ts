import { compareProfiles } from '../../src/core/profiles/compare.js';
import { account, CURRENT, FUTURE } from '../helpers/core-fixtures.js';

/**
 * Entered scores only, so no banding. CURRENT: volume 30, profitability 20, loyalty 20, potential 10,
 * reference 10, learning 10. FUTURE: volume 10, profitability 10, loyalty 15, potential 40, reference
 * 10, learning 15.
 */
const ACCOUNTS = [
  // current (150 + 100 + 80 + 10 + 30 + 20) = 3.90 (1st); future (50 + 50 + 60 + 40 + 30 + 30) = 2.60 (5th)
  { name: 'Big', scores: { volume: 5, profitability: 5, loyalty: 4, potential: 1, reference: 3, learning: 2 } },
  // current (30 + 40 + 60 + 50 + 30 + 50) = 2.60 (5th); future (10 + 20 + 45 + 200 + 30 + 75) = 3.80 (1st)
  {
    name: 'Small with potential',
    scores: { volume: 1, profitability: 2, loyalty: 3, potential: 5, reference: 3, learning: 5 },
  },
  // 3.00 under both (3rd)
  { name: 'Mid', scores: { volume: 3, profitability: 3, loyalty: 3, potential: 3, reference: 3, learning: 3 } },
  // current (120 + 80 + 80 + 20 + 20 + 20) = 3.40 (2nd); future (40 + 40 + 60 + 80 + 20 + 30) = 2.70 (4th)
  { name: 'Steady', scores: { volume: 4, profitability: 4, loyalty: 4, potential: 2, reference: 2, learning: 2 } },
  // current (60 + 40 + 60 + 40 + 30 + 40) = 2.70 (4th); future (20 + 20 + 45 + 160 + 30 + 60) = 3.35 (2nd)
  { name: 'Growing', scores: { volume: 2, profitability: 2, loyalty: 3, potential: 4, reference: 3, learning: 4 } },
].map(account);

describe('compareProfiles', () => {
  const c = compareProfiles(ACCOUNTS, CURRENT, FUTURE);

  it('ranks the accounts under both profiles', () => {
    expect(c.base.accounts.map((a) => [a.name, a.score])).toEqual([
      ['Big', 3.9],
      ['Steady', 3.4],
      ['Mid', 3],
      ['Growing', 2.7],
      ['Small with potential', 2.6],
    ]);
    expect(c.compared.accounts.map((a) => [a.name, a.score])).toEqual([
      ['Small with potential', 3.8],
      ['Growing', 3.35],
      ['Mid', 3],
      ['Steady', 2.7],
      ['Big', 2.6],
    ]);
  });

  it('gives each account its rank change, positive when it rises under the compared profile, in base order', () => {
    expect(c.changes.map((x) => [x.name, x.rank, x.compareRank, x.rankChange])).toEqual([
      ['Big', 1, 5, -4],
      ['Steady', 2, 4, -2],
      ['Mid', 3, 3, 0],
      ['Growing', 4, 2, 2],
      ['Small with potential', 5, 1, 4],
    ]);
  });

  it('carries the tier under each profile', () => {
    const star = c.changes.find((x) => x.name === 'Small with potential');
    expect(star).toMatchObject({ tier: 'maintain', compareTier: 'develop' });
    expect(c.changes.find((x) => x.name === 'Big')).toMatchObject({ tier: 'develop', compareTier: 'maintain' });
  });

  it('lists the rising stars by rise, and the fallers by fall, leaving out the unmoved', () => {
    expect(c.risingStars.map((x) => [x.name, x.rankChange])).toEqual([
      ['Small with potential', 4],
      ['Growing', 2],
    ]);
    expect(c.fallers.map((x) => [x.name, x.rankChange])).toEqual([
      ['Big', -4],
      ['Steady', -2],
    ]);
  });

  it('keeps only the top movers asked for', () => {
    const one = compareProfiles(ACCOUNTS, CURRENT, FUTURE, 1);
    expect(one.risingStars.map((x) => x.name)).toEqual(['Small with potential']);
    expect(one.fallers.map((x) => x.name)).toEqual(['Big']);
  });

  it('finds no movement when a profile is compared with itself', () => {
    const same = compareProfiles(ACCOUNTS, CURRENT, CURRENT);
    expect(same.changes.every((x) => x.rankChange === 0)).toBe(true);
    expect(same.risingStars).toEqual([]);
    expect(same.fallers).toEqual([]);
  });

  it('is the mirror image when the profiles swap', () => {
    const back = compareProfiles(ACCOUNTS, FUTURE, CURRENT);
    expect(back.risingStars.map((x) => [x.name, x.rankChange])).toEqual([
      ['Big', 4],
      ['Steady', 2],
    ]);
  });

  it('handles an empty portfolio', () => {
    expect(compareProfiles([], CURRENT, FUTURE)).toMatchObject({ changes: [], risingStars: [], fallers: [] });
  });
});
