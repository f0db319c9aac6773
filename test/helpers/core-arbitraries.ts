import fc from 'fast-check';
import { DIMENSIONS, type DimensionKey } from '../../src/core/model/dimensions.js';
import type { AccountInput } from '../../src/core/model/input.js';
import type { Profile } from '../../src/core/profiles/profile.js';
import { CURRENT, FUTURE, profile } from './core-fixtures.js';

/** fast-check arbitraries for the core's property tests: portfolios with gaps, ties and losses, and profiles. */

// Money in cents, small values too so that ties are common; scores whole or fractional, often missing.
const money = fc.oneof(
  fc.integer({ min: -5, max: 5 }),
  fc.integer({ min: -100_000, max: 10_000_000 }).map((c) => c / 100)
);
const cost = fc.oneof(
  fc.integer({ min: 0, max: 5 }),
  fc.integer({ min: 0, max: 10_000_000 }).map((c) => c / 100)
);
export const score = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.double({ min: 1, max: 5, noNaN: true }));
export const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.option(arb, { nil: undefined, freq: 3 });

export const scoresArb = fc.record(
  Object.fromEntries(DIMENSIONS.map((d) => [d, maybe(score)])) as Record<DimensionKey, fc.Arbitrary<number | undefined>>
);

/** An account without its name; names are given by position so they are unique. */
const fieldsArb = fc.record({
  revenue: maybe(money),
  directCosts: maybe(cost),
  salesCosts: maybe(cost),
  marketingCosts: maybe(cost),
  serviceCosts: maybe(cost),
  serviceHours: maybe(cost),
  scores: scoresArb,
  commitment: maybe(score),
  binding: maybe(score),
});

export const portfolioArb: fc.Arbitrary<AccountInput[]> = fc
  .array(fieldsArb, { maxLength: 60 })
  .map((rows) => rows.map((row, i) => ({ name: `Account ${i}`, ...row })));

/** Integer weights summing to exactly 100: the gaps between 7 random cuts of 0..100. */
const randomProfile: fc.Arbitrary<Profile> = fc
  .array(fc.integer({ min: 0, max: 100 }), { minLength: 7, maxLength: 7 })
  .map((cuts) => {
    const points = [0, ...cuts.sort((a, b) => a - b), 100];
    return profile({ weights: Object.fromEntries(DIMENSIONS.map((d, i) => [d, points[i + 1] - points[i]])) });
  });
export const profileArb = fc.oneof(fc.constantFrom(CURRENT, FUTURE), randomProfile);
