/**
 * The accounts of a rank result read their fields from the ranking's columns when asked
 * (src/rank/result.ts). Each field must be what scorePortfolio's object for that account holds, with
 * and without a comparison, and the --json shape must keep its order and leave out what is absent.
 */
import fc from 'fast-check';
import { explain } from '../../../src/core/explanation/explain.js';
import { buildRankResult, nextTierLift } from '../../../src/rank/result.js';
import { portfolioArb, profileArb } from '../../helpers/core-arbitraries.js';
import { CURRENT, FUTURE, scored } from '../../helpers/core-fixtures.js';

const FIELDS = [
  'name',
  'id',
  'rank',
  'score',
  'tier',
  'treatment',
  'quadrant',
  'abcClass',
  'coverage',
  'incomplete',
  'scores',
  'revenue',
  'margin',
  'lifecycleStage',
] as const;

describe('rank result accounts', () => {
  it('hold what the scored objects hold, in rank order, with their explanation', () => {
    fc.assert(
      fc.property(portfolioArb, profileArb, fc.boolean(), (rows, profile, compare) => {
        const reference = scored(rows, profile);
        const lines = reference.inputs.map((_, i) => i + 2);
        const { result, indexByRank } = buildRankResult(reference.inputs, profile, compare ? FUTURE : undefined, lines);
        expect(result.accounts).toHaveLength(reference.accounts.length);
        for (const [r, account] of result.accounts.entries()) {
          const expected = reference.accounts[r];
          for (const field of FIELDS) expect([field, account[field]]).toEqual([field, expected[field]]);
          expect(account.explanation).toEqual(explain(expected, profile, reference));
          expect(account.line).toBe(expected.index + 2);
          expect(indexByRank[r]).toBe(expected.index);
          expect(account.compareRank === undefined).toBe(!compare);
        }
      }),
      { numRuns: 50 }
    );
  });

  it('writes its --json shape in order, without absent optional fields', () => {
    const inputs = scored([
      { name: 'Alpha Oy', id: 'A1', owner: 'Anna', revenue: 1000, directCosts: 100, scores: { loyalty: 4 } },
      { name: 'Beta Oy', revenue: 500, scores: { loyalty: 2 } },
    ]).inputs;
    const { result } = buildRankResult(inputs, CURRENT);
    const [first, second] = JSON.parse(JSON.stringify(result.accounts)) as Array<Record<string, unknown>>;
    expect(Object.keys(first)).toEqual([
      'name',
      'id',
      'owner',
      'rank',
      'score',
      'tier',
      'treatment',
      'quadrant',
      'abcClass',
      'coverage',
      'incomplete',
      'scores',
      'revenue',
      'margin',
      'lifecycleStage',
      'explanation',
    ]);
    expect(first).toMatchObject({ name: 'Alpha Oy', id: 'A1', owner: 'Anna', rank: 1 });
    expect(Object.keys(second)).not.toContain('id');
    expect(Object.keys(second)).not.toContain('owner');
    expect(Object.keys(second)).not.toContain('line');
  });
});

describe('nextTierLift', () => {
  it('is the lift of the explanation, for a result account and for a plain one', () => {
    const { result } = buildRankResult(
      scored([
        { name: 'Alpha Oy', revenue: 1000, scores: { loyalty: 3, potential: 3 } },
        { name: 'Beta Oy', revenue: 10, scores: { loyalty: 1 } },
      ]).inputs,
      CURRENT
    );
    for (const account of result.accounts) {
      expect(nextTierLift(account)).toEqual(account.explanation.lift);
      // A plain object (as parsed from --json) has no lift getter: its explanation is read.
      const plain = JSON.parse(JSON.stringify(account)) as typeof account;
      expect(nextTierLift(plain)).toEqual(account.explanation.lift);
    }
  });
});
