import fc from 'fast-check';
import { median } from '../../src/core/profitability/median.js';

/** The median the plain way: sort them all and read the middle. */
function sortedMedian(values: readonly number[]): number {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const mid = n >> 1;
  return n % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Figures that share buckets, straddle them, overflow the mean, and both zeros. */
const hostileArb = fc.oneof(
  fc.constantFrom(0, -0, Infinity, -Infinity, Number.MIN_VALUE, -Number.MIN_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE),
  fc.constantFrom(1, 1.000_000_1, 1.06, 1.0625, 1.07, 2, -1, -1.06),
  fc.double({ noNaN: true }),
  fc.double({ min: 0, max: 3, noNaN: true }),
  fc.integer({ min: -3, max: 3 })
);

describe('median', () => {
  it('is the middle of the sorted figures, zeros and infinities included', () => {
    fc.assert(
      fc.property(fc.array(hostileArb, { maxLength: 400 }), (values) => {
        expect(median(Float64Array.from(values))).toBe(sortedMedian(values));
      }),
      { numRuns: 1000 }
    );
  });

  it('agrees on ratios spread the way service costs per revenue are', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 3000 }), (costs) => {
        const ratios = costs.map((c, i) => c / (1 + ((i * 7919) % 100_000)));
        expect(median(Float64Array.from(ratios))).toBe(sortedMedian(ratios));
      }),
      { numRuns: 200 }
    );
  });

  it('takes the middle two in different buckets, one bucket alone, and none', () => {
    expect(median(Float64Array.from([1, 2]))).toBe(1.5);
    expect(median(Float64Array.from([-0, 0, 0, -0]))).toBe(sortedMedian([-0, 0, 0, -0]));
    expect(median(Float64Array.from([5, 5, 5]))).toBe(5);
    expect(median(Float64Array.from([Number.MAX_VALUE, Number.MAX_VALUE]))).toBe(Infinity);
    expect(median(new Float64Array(0))).toBeNaN();
  });
});
