/** liftOf is explain's lift alone: for every account of random portfolios, the two agree. */
import fc from 'fast-check';
import { explain, liftOf } from '../../src/core/explanation/explain.js';
import { weightedScore } from '../../src/core/scoring/scoring.js';
import { portfolioArb, profileArb } from '../helpers/core-arbitraries.js';
import { scored } from '../helpers/core-fixtures.js';

describe('liftOf', () => {
  it('gives the lift explain gives', () => {
    fc.assert(
      fc.property(portfolioArb, profileArb, (rows, profile) => {
        const portfolio = scored(rows, profile);
        for (const account of portfolio.accounts) {
          expect(liftOf(account, profile, portfolio)).toEqual(explain(account, profile, portfolio).lift);
          expect(liftOf(account, profile)).toEqual(explain(account, profile).lift);
        }
      })
    );
  });

  it('reports the score weightedScore gives the scores with the change, to the bit', () => {
    let compared = 0;
    fc.assert(
      fc.property(portfolioArb, profileArb, (rows, profile) => {
        const portfolio = scored(rows, profile);
        for (const account of portfolio.accounts) {
          const lift = liftOf(account, profile, portfolio);
          if (lift?.kind !== 'score' && lift?.kind !== 'figure') continue;
          const to = lift.kind === 'score' ? lift.to : lift.toScore;
          const changed = { ...account.scores, [lift.dimension]: to };
          expect(lift.score).toBe(weightedScore(changed, profile.weights).score);
          compared += 1;
        }
      })
    );
    expect(compared).toBeGreaterThan(0);
  });
});
