import { buildRankResult } from '../../src/rank/result.js';
import { renderRanking, renderSummary } from '../../src/ux/render-text.js';
import { liftText } from '../../src/ux/lift-text.js';
import { account, CURRENT } from '../helpers/core-fixtures.js';

/** The text a person reads for the advice of issue 15 part 3 (docs/method.md, Portfolio analysis, Explanation). */
describe('advice in the text outputs', () => {
  const inputs = [
    {
      name: 'Costed',
      revenue: 1000,
      directCosts: 400,
      scores: { loyalty: 4, potential: 4, reference: 4, learning: 4 },
    },
    { name: 'Uncosted', revenue: 900, scores: { loyalty: 3, potential: 3, reference: 3, learning: 3 } },
    { name: 'Losing', revenue: 100, directCosts: 300, scores: {} },
  ].map(account);
  const { result } = buildRankResult(inputs, CURRENT);
  const rowOf = (text: string, name: string): string => text.split('\n').find((l) => l.includes(name))!;

  it('shows a dash, not "C", for the ABC class of an account with no margin', () => {
    const row = rowOf(renderRanking(result, 10), 'Uncosted')
      .split('│')
      .map((c) => c.trim());
    expect(row).toContain('–');
    expect(row).not.toContain('C');
  });

  it('counts and names the accounts without a margin in the summary', () => {
    expect(rowOf(renderSummary(result), 'Accounts without cost data')).toContain('1: Uncosted');
  });

  it('marks an incomplete loss-maker in the loss-maker table', () => {
    const losing = result.accounts.find((a) => a.name === 'Losing')!;
    expect(losing.incomplete).toBe(true);
    const summary = renderSummary(result);
    const table = summary.slice(summary.indexOf('Loss-makers'));
    expect(rowOf(table, 'Losing')).toContain('Losing (incomplete)');
  });

  it('phrases each kind of lift, never as a score of a figure dimension', () => {
    const texts = result.accounts.map((a) => liftText(a.explanation.lift));
    for (const text of texts) expect(text).not.toMatch(/^(Sales volume|Profitability) \d/);
    const losing = result.accounts.find((a) => a.name === 'Losing')!;
    expect(losing.explanation.lift).toEqual({ kind: 'profitability', treatment: losing.treatment });
    expect(liftText(losing.explanation.lift)).toBe('Grow volume or move to lean service');
    expect(liftText({ kind: 'none', nextTier: 'keyAccount' })).toMatch(/^No single change reaches /);
    expect(
      liftText({
        kind: 'figure',
        dimension: 'volume',
        figure: 'revenue',
        current: 5,
        needed: 1_200_000,
        fromScore: 1,
        toScore: 3,
        score: 3,
        tier: 'develop',
      })
    ).toMatch(/^Revenue to €1,200,000 reaches /);
  });
});
