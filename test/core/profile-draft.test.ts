/**
 * The what-if's checks (src/core/profiles/profile-draft.ts) are the profile schema's rules without zod:
 * for any weights and thresholds they must accept exactly what ProfileSchema accepts.
 */
import fc from 'fast-check';
import { DIMENSIONS, type DimensionKey } from '../../src/core/model/dimensions.js';
import { TierThresholdsSchema, WeightsSchema, ProfileSchema } from '../../src/core/profiles/profile.js';
import { draftIssues, nextVersionKey, nextVersionName, weightSum } from '../../src/core/profiles/profile-draft.js';

const figure = fc.oneof(
  fc.integer({ min: -10, max: 110 }),
  fc.double({ min: -5, max: 105, noNaN: true }),
  fc.constantFrom(Number.NaN, Infinity, 12.5, 0)
);
const weightsArb = fc.oneof(
  fc.record(Object.fromEntries(DIMENSIONS.map((d) => [d, figure])) as Record<DimensionKey, fc.Arbitrary<number>>),
  // Sums of exactly 100 are rare at random: cut 0..100 in eight.
  fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 7, maxLength: 7 }).map((cuts) => {
    const p = [0, ...cuts.sort((a, b) => a - b), 100];
    return Object.fromEntries(DIMENSIONS.map((d, i) => [d, p[i + 1] - p[i]])) as Record<DimensionKey, number>;
  })
);
const tierFigure = fc.oneof(
  fc.double({ min: 0, max: 6, noNaN: true }),
  fc.integer({ min: 0, max: 6 }),
  fc.constant(Number.NaN)
);
const tiersArb = fc.record({ keyAccount: tierFigure, develop: tierFigure, maintain: tierFigure });

describe('draftIssues', () => {
  it('accepts exactly the weights and thresholds the profile schema accepts', () => {
    fc.assert(
      fc.property(weightsArb, tiersArb, (weights, tiers) => {
        const schemaOk = WeightsSchema.safeParse(weights).success && TierThresholdsSchema.safeParse(tiers).success;
        expect(draftIssues(weights, tiers).length === 0).toBe(schemaOk);
      }),
      { numRuns: 2000 }
    );
  });

  it('names the field and the rule', () => {
    const weights = {
      volume: 50,
      profitability: 50,
      loyalty: -5,
      potential: 5,
      reference: 0,
      learning: 0,
      contact: 0,
      emotional: 0,
    };
    expect(draftIssues(weights, { keyAccount: 3, develop: 3, maintain: 2 })).toEqual([
      { field: 'loyalty', code: 'negative' },
      { field: 'tiers', code: 'order' },
    ]);
    expect(
      draftIssues({ ...weights, loyalty: 0, potential: 0 }, { keyAccount: 6, develop: 3, maintain: Number.NaN })
    ).toEqual([
      { field: 'keyAccount', code: 'range' },
      { field: 'maintain', code: 'notNumber' },
    ]);
    expect(draftIssues({ ...weights, loyalty: 0 }, { keyAccount: 4, develop: 3, maintain: 2 })).toEqual([
      { field: 'weights', code: 'sum' },
    ]);
    expect(weightSum({ ...weights, loyalty: 0 })).toBe(105);
  });
});

describe('nextVersionKey and nextVersionName', () => {
  it('numbers the first free version and keeps a valid profile key', () => {
    expect(nextVersionKey('current', ['current'])).toBe('current-2');
    expect(nextVersionKey('current', ['current', 'current-2'])).toBe('current-3');
    expect(nextVersionKey('current-2', ['current', 'current-2'])).toBe('current-3');
    const long = 'a'.repeat(40);
    expect(nextVersionKey(long, [long])).toBe(`${'a'.repeat(38)}-2`);
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z][a-z0-9-]{0,39}$/), fc.array(fc.string()), (key, taken) => {
        const next = nextVersionKey(key, [key, ...taken]);
        expect(taken.includes(next) || next === key).toBe(false);
        expect(
          ProfileSchema.safeParse({
            key: next,
            name: 'n',
            weights: {
              volume: 100,
              profitability: 0,
              loyalty: 0,
              potential: 0,
              reference: 0,
              learning: 0,
              contact: 0,
              emotional: 0,
            },
          }).success
        ).toBe(true);
      })
    );
  });

  it('names the version as it is numbered', () => {
    expect(nextVersionName('Current value', 'current-2')).toBe('Current value (2)');
    expect(nextVersionName('Current value (2)', 'current-3')).toBe('Current value (3)');
    expect(nextVersionName('x'.repeat(80), 'k-2')).toHaveLength(80);
  });
});
