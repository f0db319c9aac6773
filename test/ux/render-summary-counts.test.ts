/**
 * The summary table's counted values agree with their counts: a whale curve that peaks after one
 * account says "after 1 account", one that peaks after two "after 2 accounts".
 */
import { builtInProfile, type Account } from '../../src/core/index.js';
import { setLanguage } from '../../src/i18n/index.js';
import { buildRankResult } from '../../src/rank/result.js';
import { renderSummary } from '../../src/ux/render-text.js';

const account = (name: string, revenue: number, directCosts: number): Account => ({
  name,
  revenue,
  directCosts,
  salesCosts: 0,
  marketingCosts: 0,
  serviceCosts: 0,
  scores: {},
});

describe('renderSummary counts', () => {
  afterEach(() => setLanguage('en'));

  it('says one account as one and two as many', () => {
    setLanguage('en');
    const profile = builtInProfile('current')!;
    const one = buildRankResult([account('Gain Oy', 1000, 200), account('Loss Oy', 100, 500)], profile).result;
    expect(renderSummary(one)).toMatch(/after 1 account\b(?!s)/);
    const two = buildRankResult(
      [account('Gain Oy', 1000, 200), account('Also Oy', 900, 100), account('Loss Oy', 100, 500)],
      profile
    ).result;
    expect(renderSummary(two)).toMatch(/after 2 accounts\b/);
  });
});
