/**
 * rankColumns ranks without an object per account; what it gives must be what scorePortfolio's objects
 * say: the same rank for every account, and the same loss makers as found from those objects.
 */
import fc from 'fast-check';
import { lossMakers, type LossCause } from '../../src/core/profitability/loss-makers.js';
import { effectiveScoresAt, rankColumns } from '../../src/core/ranking/ranked-columns.js';
import { ASSESSED_DIMENSIONS } from '../../src/core/model/dimensions.js';
import { portfolioArb, profileArb } from '../helpers/core-arbitraries.js';
import { scored } from '../helpers/core-fixtures.js';

describe('rankColumns', () => {
  it('gives the entered scores of each input from its columns, null where none was entered', () => {
    fc.assert(
      fc.property(portfolioArb, profileArb, (rows, profile) => {
        const objects = scored(rows, profile);
        const columns = rankColumns(objects.inputs, profile);
        objects.inputs.forEach((input, i) => {
          const scores = effectiveScoresAt(input, columns.scored, i);
          for (const d of ASSESSED_DIMENSIONS) expect(scores[d]).toBe(input.scores[d] ?? null);
        });
      })
    );
  });

  it('gives every account the rank scorePortfolio gives it', () => {
    fc.assert(
      fc.property(portfolioArb, profileArb, (rows, profile) => {
        const objects = scored(rows, profile);
        const columns = rankColumns(objects.inputs, profile);
        expect(Array.from(columns.rankOf)).toEqual(objects.byInput.map((a) => a.rank));
      })
    );
  });

  it('finds the loss makers the ranked objects show, with their causes', () => {
    fc.assert(
      fc.property(portfolioArb, profileArb, (rows, profile) => {
        const objects = scored(rows, profile);
        const fromColumns = lossMakers(rankColumns(objects.inputs, profile));
        // From the objects: every account with a negative margin, most negative first, then by rank.
        const losing = objects.accounts
          .filter((a) => a.margin !== null && a.margin < 0)
          .sort((x, y) => (x.margin as number) - (y.margin as number) || x.rank - y.rank);
        expect(fromColumns.map((l) => [l.index, l.name, l.rank, l.margin, l.revenue])).toEqual(
          losing.map((a) => [a.index, a.name, a.rank, a.margin, a.revenue])
        );
        for (const [k, l] of fromColumns.entries()) {
          const volume = losing[k].scores.volume;
          const low = volume !== null && volume <= 2;
          expect(l.causes.includes('lowVolume' as LossCause)).toBe(low);
        }
      })
    );
  });
});
