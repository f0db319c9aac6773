/**
 * The reader's fast path (checkedAccount) against the boundary it stands in for (AccountInputSchema):
 * on any candidate, both accept or both refuse, and an accepted one comes out as the very object the
 * zod parse returns. A rule added to the schema makes this fail until checkedAccount learns it.
 */
import fc from 'fast-check';
import { AccountInputSchema, type AccountInput } from '../../src/core/input.js';
import { DIMENSIONS, LIFECYCLE_STAGES } from '../../src/core/dimensions.js';
import { FAST_PATH_MATCHES_SCHEMA, checkedAccount, validateAccount } from '../../src/io/validate-account.js';

/** Values near every edge the schema has: the score range, zero, negatives, non-finite, wrong types. */
const number = fc.oneof(
  fc.constantFrom(0, -0, 1, 5, 0.999, 5.001, -1, 3.5, Number.NaN, Number.POSITIVE_INFINITY, 1e300),
  fc.double({ min: -10, max: 10 }),
  fc.integer({ min: -1000, max: 1_000_000 })
);
const anyValue = fc.oneof(number, fc.constant(null), fc.constant(undefined), fc.constant('3'), fc.boolean());
const optionalKey = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });

const candidate: fc.Arbitrary<AccountInput> = fc
  .record(
    {
      id: fc.oneof(fc.string(), fc.constant(null), fc.constant(undefined)),
      name: fc.oneof(fc.string(), fc.constantFrom('', '  ', ' Acme Oy ', 'Pohjolan Teräs Oy'), fc.constant(7)),
      revenue: anyValue,
      directCosts: anyValue,
      salesCosts: anyValue,
      marketingCosts: anyValue,
      serviceCosts: anyValue,
      serviceHours: anyValue,
      scores: fc.oneof(
        fc.record(Object.fromEntries(DIMENSIONS.map((d) => [d, anyValue])), { requiredKeys: [] }),
        fc.constant(undefined),
        fc.constant({ unknown: 3 })
      ),
      commitment: anyValue,
      binding: anyValue,
      lifecycleStage: fc.oneof(fc.constantFrom(...LIFECYCLE_STAGES), fc.constantFrom('Growth', '', null, undefined)),
      owner: fc.oneof(fc.string(), fc.constant(null), fc.constant(undefined), fc.constant(1)),
      extra: optionalKey(fc.constant('x')),
    },
    { requiredKeys: ['name'] }
  )
  .map((record) => {
    const copy: Record<string, unknown> = { ...record };
    if (copy.extra === undefined) delete copy.extra;
    return copy as AccountInput;
  });

describe('checkedAccount, the fast path of row validation', () => {
  it('is in use: the schema has exactly the fields it knows', () => {
    expect(FAST_PATH_MATCHES_SCHEMA).toBe(true);
  });

  it('never accepts what the schema refuses, and returns what the parse returns', () => {
    fc.assert(
      fc.property(candidate, (c) => {
        const fast = checkedAccount(c);
        const parsed = AccountInputSchema.safeParse(c);
        if (fast) {
          expect(parsed.success).toBe(true);
          expect(fast).toStrictEqual(parsed.data);
          expect(Object.keys(fast)).toEqual(Object.keys(parsed.data ?? {}));
        }
      }),
      { numRuns: 3000 }
    );
  });

  it('vouches for every plainly valid row (the rows the reader builds)', () => {
    const valid = fc.record(
      {
        name: fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s !== ''),
        revenue: fc.double({ noNaN: true, noDefaultInfinity: true }),
        directCosts: fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }),
        serviceHours: fc.integer({ min: 0, max: 10_000 }),
        scores: fc.record(Object.fromEntries(DIMENSIONS.map((d) => [d, fc.double({ min: 1, max: 5, noNaN: true })])), {
          requiredKeys: [],
        }),
        commitment: fc.integer({ min: 1, max: 5 }),
        lifecycleStage: fc.constantFrom(...LIFECYCLE_STAGES),
      },
      { requiredKeys: ['name'] }
    );
    fc.assert(
      fc.property(valid, (c) => {
        expect(checkedAccount(c)).toStrictEqual(AccountInputSchema.parse(c));
      })
    );
  });

  it('leaves the rest to zod, which says per field what is wrong', () => {
    const row = {
      file: 'f.csv',
      line: 7,
      columnOf: (field: string): string | undefined => (field === 'loyalty' ? 'Loyalty' : undefined),
    };
    const outcome = validateAccount({ name: 'Acme', scores: { loyalty: 9 } }, row);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.issues).toEqual([
        expect.objectContaining({ code: 'InvalidValue', file: 'f.csv', line: 7, column: 'Loyalty', value: '9' }),
      ]);
    }
  });
});
