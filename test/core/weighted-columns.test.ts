import fc from 'fast-check';
import { DIMENSIONS, type DimensionKey } from '../../src/core/model/dimensions.js';
import type { Weights } from '../../src/core/profiles/profile.js';
import { weightedColumns } from '../../src/core/scoring/score-columns.js';
import { weightedScore, type ScoreVector } from '../../src/core/scoring/scoring.js';

/**
 * weightedColumns rounds whole sums with whole-number arithmetic and the rest with roundHalfUp; both
 * must give what weightedScore (the rule per account, scoring.ts) gives, above all at exact halves.
 */

const weightsArb = (weight: fc.Arbitrary<number>): fc.Arbitrary<Weights> =>
  fc.tuple(...DIMENSIONS.map(() => weight)).map((ws) => Object.fromEntries(DIMENSIONS.map((d, k) => [d, ws[k]])) as Weights);

// Small whole weights make exact halves common (40 and 41 scored 2 and 3 give 2.025 exactly).
const wholeWeights = weightsArb(fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom(0, 1, 3, 7, 40, 41, 100)));
// Two weights summing to 8, 40 or 80 with whole scores: a hundredth's half (1.025 = 82 / 80) every few accounts.
const halvingWeights = fc
  .tuple(fc.constantFrom(8, 40, 80), fc.integer({ min: 1, max: 7 }))
  .map(
    ([sum, part]) =>
      ({
        ...Object.fromEntries(DIMENSIONS.map((d) => [d, 0])),
        loyalty: part,
        potential: sum - part,
        volume: 100 - sum,
      } as Weights)
  );
const anyWeights = weightsArb(fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })));
const scoreArb = fc.oneof(
  fc.constant(Number.NaN),
  fc.integer({ min: 1, max: 5 }),
  fc.constantFrom(1.5, 2.5, 4.99, 1.01),
  fc.double({ min: 1, max: 5, noNaN: true })
);
const bandArb = fc.integer({ min: 0, max: 5 });
const rowArb = fc.record({ scores: fc.array(scoreArb, { minLength: 8, maxLength: 8 }), bands: fc.tuple(bandArb, bandArb) });

function agrees(rows: Array<{ scores: number[]; bands: [number, number] }>, weights: Weights): void {
  const entered = DIMENSIONS.map((_, d) => Float64Array.from(rows, (r) => r.scores[d]));
  const figure: [Uint8Array, Uint8Array] = [Uint8Array.from(rows, (r) => r.bands[0]), Uint8Array.from(rows, (r) => r.bands[1])];
  const { cents } = weightedColumns(entered, figure, weights);
  rows.forEach((row, i) => {
    const vector = Object.fromEntries(
      DIMENSIONS.map((d: DimensionKey, k) => {
        const s = row.scores[k];
        const banded = k < 2 && Number.isNaN(s) && row.bands[k] > 0 ? row.bands[k] : s;
        return [d, Number.isNaN(banded) ? null : banded];
      })
    ) as ScoreVector;
    const { score } = weightedScore(vector, weights);
    expect(cents[i]).toBe(score === null ? -1 : Math.round(score * 100));
  });
}

describe('weightedColumns', () => {
  it('gives the cents of weightedScore with whole weights', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 40 }), wholeWeights, agrees),
      { numRuns: 500 }
    );
  });

  it('rounds the halves of whole scores as weightedScore does', () => {
    const whole = fc.integer({ min: 1, max: 5 });
    const twoScored = fc
      .tuple(whole, whole)
      .map(([loyalty, potential]) => ({
        scores: DIMENSIONS.map((d) => (d === 'loyalty' ? loyalty : d === 'potential' ? potential : Number.NaN)),
        bands: [0, 0] as [number, number],
      }));
    fc.assert(fc.property(fc.array(twoScored, { maxLength: 40 }), halvingWeights, agrees), { numRuns: 300 });
  });

  it('gives the cents of weightedScore with any weights', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 40 }), anyWeights, agrees),
      { numRuns: 300 }
    );
  });

  it('rounds an exact half up', () => {
    const weights = { ...Object.fromEntries(DIMENSIONS.map((d) => [d, 0])), loyalty: 1, potential: 79 } as Weights;
    // (1 × 3 + 79 × 1) / 80 = 1.025 exactly, 1.02499999999999991 as a float: half up is 1.03.
    const entered = DIMENSIONS.map((d) => Float64Array.of(d === 'loyalty' ? 3 : d === 'potential' ? 1 : Number.NaN));
    expect(weightedColumns(entered, [Uint8Array.of(0), Uint8Array.of(0)], weights).cents[0]).toBe(103);
    agrees([{ scores: entered.map((c) => c[0]), bands: [0, 0] }], weights);
  });
});
