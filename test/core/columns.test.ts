import fc from 'fast-check';
import { columnsOf } from '../../src/core/model/columns.js';
import { descendingOrder } from '../../src/core/ranking/descending-order.js';
import { DIMENSIONS, QUADRANTS, TIERS, TREATMENTS } from '../../src/core/model/dimensions.js';
import { compareFigureDesc, compareNames, rankOrder, type RankKeys } from '../../src/core/ranking/ranking.js';
import {
  coverageAt,
  effectiveAt,
  incompleteAt,
  scoreAt,
  scoreColumns,
  sourceAt,
} from '../../src/core/scoring/score-columns.js';
import { weightedScore } from '../../src/core/scoring/scoring.js';
import { primaryCause } from '../../src/core/profitability/loss-causes.js';
import { quadrantOf, tierOf, treatmentOf } from '../../src/core/scoring/tiers.js';
import { portfolioArb, profileArb } from '../helpers/core-arbitraries.js';
import { account, CURRENT } from '../helpers/core-fixtures.js';

/** Figures with many ties, both zeros, infinities and gaps: everything the radix keys must order. */
const figureArb = fc.oneof(
  fc.constantFrom(Number.NaN, 0, -0, Infinity, -Infinity, Number.MIN_VALUE, -Number.MIN_VALUE, 1, -1),
  fc.integer({ min: -3, max: 3 }),
  fc.double({ noNaN: false })
);

/** The rule written the plain way: an index sort with the full comparator of docs/method.md, Rank. */
function referenceRankOrder(keys: RankKeys): number[] {
  return [...Array(keys.names.length).keys()].sort(
    (x, y) =>
      keys.cents[y] - keys.cents[x] ||
      compareFigureDesc(keys.margin[x], keys.margin[y]) ||
      compareFigureDesc(keys.revenue[x], keys.revenue[y]) ||
      compareNames(keys.names[x], keys.names[y]) ||
      x - y
  );
}

describe('descendingOrder', () => {
  it('orders figures largest first, equal figures in input order, missing ones last', () => {
    fc.assert(
      fc.property(fc.array(figureArb, { maxLength: 300 }), (values) => {
        const expected = [...values.keys()].sort((x, y) => compareFigureDesc(values[x], values[y]) || x - y);
        expect([...descendingOrder(Float64Array.from(values))]).toEqual(expected);
      }),
      { numRuns: 300 }
    );
  });

  it('orders whole cents (sorted on 32 bits of cents) as the rule does, at the limits and past them', () => {
    const limit = 0x7f_ff_ff_ff;
    const centsArb = fc.oneof(
      fc.integer({ min: -3, max: 3 }).map((c) => c / 100),
      fc.integer({ min: -limit, max: limit }).map((c) => c / 100),
      fc.constantFrom(Number.NaN, 0, -0, limit / 100, -limit / 100, 0.1 + 0.2, 2.675, 1.005)
    );
    // Now and then one figure the cents keys cannot hold, so the 64-bit sort takes the rest over.
    const outsider = fc.constantFrom((limit + 1) / 100, -(limit + 1) / 100, 0.001, Infinity, -Infinity, 1e300);
    fc.assert(
      fc.property(fc.array(centsArb, { maxLength: 300 }), fc.option(outsider, { nil: undefined }), (values, extra) => {
        const figures = extra === undefined ? values : [...values, extra];
        const expected = [...figures.keys()].sort((x, y) => compareFigureDesc(figures[x], figures[y]) || x - y);
        expect([...descendingOrder(Float64Array.from(figures))]).toEqual(expected);
      }),
      { numRuns: 300 }
    );
  });

  it('keeps −0 and +0 together as one figure', () => {
    expect([...descendingOrder(Float64Array.from([0, 1, -0, -1, 0]))]).toEqual([1, 0, 2, 4, 3]);
  });
});

describe('rankOrder', () => {
  it('equals a plain comparator sort over score, margin, revenue, name and position', () => {
    const row = fc.record({
      cents: fc.oneof(fc.constant(-1), fc.integer({ min: 100, max: 104 }), fc.integer({ min: 100, max: 500 })),
      margin: fc.constantFrom(Number.NaN, -5, 0, -0, 5, 7.5),
      revenue: fc.constantFrom(Number.NaN, 0, 10, 20),
      name: fc.constantFrom('Aalto', 'aalto', 'Client 1', 'Client 01', 'Öljy', 'Zeta', 'Äes'),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 200 }), (rows) => {
        const keys: RankKeys = {
          cents: Int32Array.from(rows, (r) => r.cents),
          margin: Float64Array.from(rows, (r) => r.margin),
          revenue: Float64Array.from(rows, (r) => r.revenue),
          names: rows.map((r) => r.name),
        };
        expect([...rankOrder(keys)]).toEqual(referenceRankOrder(keys));
      }),
      { numRuns: 300 }
    );
  });
});

describe('scoreColumns', () => {
  it('gives each account what the per-account rules give', () => {
    fc.assert(
      fc.property(portfolioArb, profileArb, (rows, p) => {
        const inputs = rows.map(account);
        const scored = scoreColumns(columnsOf(inputs), p);
        inputs.forEach((input, i) => {
          const vector = Object.fromEntries(DIMENSIONS.map((d) => [d, input.scores[d] ?? null])) as Parameters<
            typeof weightedScore
          >[0];
          vector.volume = effectiveAt(scored, 'volume', i);
          vector.profitability = effectiveAt(scored, 'profitability', i);
          const expected = weightedScore(vector, p.weights);
          expect(scoreAt(scored, i)).toBe(expected.score);
          expect(coverageAt(scored, i)).toBe(expected.coverage);
          expect(incompleteAt(scored, i)).toBe(expected.coverage < p.minCoverage);
          const tier = tierOf(expected.score, p.tiers);
          expect(scored.tier[i]).toBe(tier === null ? -1 : TIERS.indexOf(tier));
          const margin = Number.isNaN(scored.columns.margin[i]) ? null : scored.columns.margin[i];
          const cause = primaryCause(scored.lossCauses[i]);
          const treatment = treatmentOf(tier, margin, input.scores.potential ?? null, cause);
          expect(scored.treatment[i]).toBe(treatment === null ? -1 : TREATMENTS.indexOf(treatment));
          const quadrant = quadrantOf(input.commitment ?? null, input.binding ?? null, p.matrixHigh);
          expect(scored.quadrant[i]).toBe(quadrant === null ? -1 : QUADRANTS.indexOf(quadrant));
        });
      }),
      { numRuns: 200 }
    );
  });

  it('marks where volume and profitability came from', () => {
    const scored = scoreColumns(
      columnsOf([
        account({ name: 'entered', revenue: 10, directCosts: 5, scores: { volume: 2, profitability: 3 } }),
        account({ name: 'banded', revenue: 20, directCosts: 5 }),
        account({ name: 'nothing' }),
      ]),
      CURRENT
    );
    for (const dimension of ['volume', 'profitability'] as const) {
      expect([0, 1, 2].map((i) => sourceAt(scored, dimension, i))).toEqual(['entered', 'figure', null]);
    }
  });
});
