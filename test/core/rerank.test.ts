/**
 * The what-if re-ranking (src/core/ranking/rerank.ts) must say what the ordinary ranking says under the
 * new weights and thresholds, account by account, and count the tier moves between the two rankings.
 */
import fc from 'fast-check';
import { DIMENSIONS, TIERS } from '../../src/core/model/dimensions.js';
import type { Profile } from '../../src/core/profiles/profile.js';
import { whaleCurve, top20Share, sortedDesc } from '../../src/core/profitability/pareto.js';
import { rankColumns, type RankedColumns } from '../../src/core/ranking/ranked-columns.js';
import { rerank, rerankBase, TIER_SLOTS, type RerankInput } from '../../src/core/ranking/rerank.js';
import { effectiveAt } from '../../src/core/scoring/score-columns.js';
import { portfolioArb, profileArb } from '../helpers/core-arbitraries.js';
import { account, CURRENT, FUTURE, profile } from '../helpers/core-fixtures.js';
import type { AccountInput } from '../../src/core/model/input.js';

/** The scores the weighted score used, as the workspace has them from the synced fields. */
function inputOf(columns: RankedColumns): RerankInput {
  const { scored } = columns;
  const n = columns.inputs.length;
  const scores = DIMENSIONS.map((d, k) =>
    Float64Array.from({ length: n }, (_, i) => {
      if (d === 'volume' || d === 'profitability') return effectiveAt(scored, d, i) ?? Number.NaN;
      return scored.columns.scores[k][i];
    })
  );
  return { names: scored.columns.names, scores, margin: scored.columns.margin, revenue: scored.columns.revenue };
}

const tiersArb = fc
  .uniqueArray(fc.integer({ min: 100, max: 500 }), { minLength: 3, maxLength: 3 })
  .map((c) => c.sort((a, b) => b - a).map((v) => v / 100))
  .map(([keyAccount, develop, maintain]) => ({ keyAccount, develop, maintain }));

const withTiers = (p: Profile, tiers: Profile['tiers']): Profile => profile({ ...p, tiers });

describe('rerank', () => {
  it('ranks and tiers every account as the ordinary ranking does under the new profile', () => {
    fc.assert(
      fc.property(portfolioArb, profileArb, profileArb, tiersArb, (rows, from, toWeights, tiers) => {
        const inputs = rows.map(account);
        const to = withTiers(toWeights, tiers);
        const before = rankColumns(inputs, from);
        const after = rankColumns(inputs, to);
        const base = rerankBase(inputOf(before), from);
        const result = rerank(base, to);
        expect(Array.from(base.rankOf)).toEqual(Array.from(before.rankOf));
        expect(Array.from(result.rankOf)).toEqual(Array.from(after.rankOf));
        expect(Array.from(result.tier)).toEqual(Array.from(after.scored.tier));
        expect(Array.from(result.cents)).toEqual(Array.from(after.scored.cents));
        // Moves: every account counted once, from its old tier to its new.
        const moves = new Int32Array(TIER_SLOTS * TIER_SLOTS);
        const slot = (t: number): number => (t < 0 ? TIERS.length : t);
        inputs.forEach((_, i) => moves[slot(before.scored.tier[i]) * TIER_SLOTS + slot(after.scored.tier[i])]++);
        expect(Array.from(result.moves)).toEqual(Array.from(moves));
        const changed = Array.from(after.scored.order).filter((i) => before.scored.tier[i] !== after.scored.tier[i]);
        expect(Array.from(result.changed)).toEqual(changed);
      })
    );
  });

  it('keeps the margin-ordered whale curve and walks the rank-ordered one', () => {
    const rows: AccountInput[] = [
      { name: 'Big loyal loss', revenue: 100, directCosts: 150, scores: { loyalty: 5, potential: 1 } },
      { name: 'Small earner', revenue: 100, directCosts: 40, scores: { loyalty: 1, potential: 5 } },
      { name: 'Mid earner', revenue: 100, directCosts: 70, scores: { loyalty: 3, potential: 3 } },
    ];
    const inputs = rows.map(account);
    const loyal = profile({ weights: { loyalty: 100 } });
    const ahead = profile({ weights: { potential: 100 } });
    const base = rerankBase(inputOf(rankColumns(inputs, loyal)), loyal);
    const result = rerank(base, ahead);
    // Margins −50, 60, 30: the curve by margin is the same under any weights.
    expect(base.whale).toEqual(whaleCurve(sortedDesc(Float64Array.from([-50, 60, 30]))));
    expect(Array.from(result.baseFigures.rankCurve.cumulative)).toEqual([-50, -20, 40]);
    expect(Array.from(result.figures.rankCurve.cumulative)).toEqual([60, 90, 40]);
    expect(result.figures.top20RankMarginShare).toBe(top20Share(Float64Array.from([60, 30, -50])));
    // Loyalty 5 is a key account under the first profile; potential 5 under the second.
    expect(result.baseFigures.keyAccountMarginShare).toBe(-50 / 40);
    expect(result.figures.keyAccountMarginShare).toBe(60 / 40);
    expect(Array.from(result.baseFigures.tierCounts)).toEqual([1, 1, 0, 1, 0]);
    // Mid earner stays second.
    expect(result.rankChanges).toBe(2);
  });

  it('changes nothing when the scoring is the same', () => {
    const inputs = Array.from({ length: 30 }, (_, i) =>
      account({ name: `A${i}`, revenue: 1000 + i, directCosts: 500, scores: { loyalty: 1 + (i % 5) } })
    );
    const base = rerankBase(inputOf(rankColumns(inputs, CURRENT)), CURRENT);
    const same = rerank(base, CURRENT);
    expect(same.changed.length).toBe(0);
    expect(same.rankChanges).toBe(0);
    expect(rerank(base, FUTURE).base).toBe(base);
  });
});
