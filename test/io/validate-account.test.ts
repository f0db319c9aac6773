import fc from 'fast-check';
import { AccountInputSchema } from '../../src/core/model/input.js';
import { DIMENSIONS, LIFECYCLE_STAGES } from '../../src/core/model/dimensions.js';
import { plainlyValidAccount } from '../../src/io/interpret/account-check.js';
import { validateAccount } from '../../src/io/interpret/validate-account.js';

/** Values a cell may hold after reading, and hostile ones the reader never makes. */
const anyValue = fc.oneof(
  fc.constantFrom(0, -0, 1, 5, 5.0001, 0.9999, -1, 1e15, NaN, Infinity, -Infinity, null, undefined, '', ' ', 'x'),
  fc.double(),
  fc.integer({ min: -3, max: 8 }),
  fc.constantFrom(...LIFECYCLE_STAGES, 'Growth', 'pioneer '),
  fc.string(),
  fc.constantFrom(true, [], {}, [3], { toString: () => 'x' }, new Date(0), Object.create(null))
);
const KEYS = [
  'id',
  'name',
  'revenue',
  'directCosts',
  'salesCosts',
  'marketingCosts',
  'serviceCosts',
  'serviceHours',
  'commitment',
  'binding',
  'lifecycleStage',
  'owner',
  'extra',
  '__proto__',
  'constructor',
];
const scores = fc.oneof(
  // fast-check's dictionaries have no prototype; the reader's objects are plain.
  fc.dictionary(fc.constantFrom(...DIMENSIONS, 'other', 'toString'), anyValue, { maxKeys: 9 }).map((d) => ({ ...d })),
  fc.dictionary(fc.constantFrom(...DIMENSIONS), fc.oneof(anyValue, fc.double({ min: 1, max: 5 })), { maxKeys: 8 }),
  anyValue
);
const candidate = fc
  .tuple(
    fc.dictionary(fc.constantFrom(...KEYS), anyValue, { maxKeys: 14 }),
    fc.option(scores, { nil: undefined }),
    fc.option(fc.oneof(fc.string(), fc.constantFrom('  Acme ', '\u00a0', '\t\n')), { nil: undefined }),
    fc.boolean()
  )
  .map(([fields, s, name, withScores]) => {
    const out: Record<string, unknown> = { ...fields };
    if (name !== undefined) out.name = name;
    if (withScores) out.scores = s;
    return out;
  });
/** A row as the reader makes it: known keys with valid values, which the plain check must take. */
const readerRow = fc.record(
  {
    name: fc.string({ minLength: 1 }).filter((n) => n.trim() !== ''),
    revenue: fc.double({ noNaN: true, noDefaultInfinity: true }),
    directCosts: fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }),
    serviceHours: fc.integer({ min: 0 }),
    scores: fc
      .dictionary(fc.constantFrom(...DIMENSIONS), fc.double({ min: 1, max: 5, noNaN: true }), { maxKeys: 8 })
      .map((d) => ({ ...d })),
    commitment: fc.constantFrom(1, 2.5, 5, null),
    lifecycleStage: fc.constantFrom(...LIFECYCLE_STAGES, null),
    owner: fc.constantFrom('Ann', null),
  },
  { requiredKeys: ['name'] }
).map((r) => ({ ...r }));

/** Same data, same key order at every level. */
const shape = (value: unknown): string => JSON.stringify(value, (_key, v: unknown) => (v === undefined ? '<u>' : v));

describe('plainlyValidAccount agrees with AccountInputSchema', () => {
  it('passes only what the schema passes, and gives what the schema gives', () => {
    let passed = 0;
    fc.assert(
      fc.property(candidate, (c) => {
        const plain = plainlyValidAccount(c);
        if (plain === undefined) return;
        passed += 1;
        const parsed = AccountInputSchema.safeParse(c);
        expect(parsed.success).toBe(true);
        expect(plain).toStrictEqual(parsed.data);
        expect(shape(plain)).toBe(shape(parsed.data));
        expect(Object.keys(plain.scores)).toEqual(Object.keys(parsed.data?.scores ?? {}));
      }),
      { numRuns: 5000 }
    );
    // The comparison ran on candidates the check passed, not only on ones it handed to the schema.
    expect(passed).toBeGreaterThan(50);
  });

  it('takes every row the reader makes without the schema, with the result of the schema', () => {
    fc.assert(
      fc.property(readerRow, (c) => {
        const plain = plainlyValidAccount(c);
        expect(plain).toBeDefined();
        expect(shape(plain)).toBe(shape(AccountInputSchema.parse(c)));
      }),
      { numRuns: 2000 }
    );
  });

  it('leaves the verdict to the schema for anything invalid or odd', () => {
    for (const c of [
      { name: ' ' },
      { name: 'A', revenue: NaN },
      { name: 'A', salesCosts: -1 },
      { name: 'A', scores: { loyalty: 0.5 } },
      { name: 'A', scores: { other: 1 } },
      { name: 'A', scores: [] },
      { name: 'A', lifecycleStage: 'Growth' },
      { name: 'A', revenue: undefined },
      { name: 'A', extra: 1 },
      { revenue: 1 },
      Object.assign(Object.create(null), { name: 'A' }),
    ]) {
      expect(plainlyValidAccount(c)).toBeUndefined();
    }
  });
});


describe('validateAccount', () => {
  it('says per field what is wrong, with the file, the line and the column', () => {
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

  it('returns what the schema returns for a valid row', () => {
    const row = { file: 'f.csv', line: 2, columnOf: (): undefined => undefined };
    expect(validateAccount({ name: '  Acme  ', revenue: 10, scores: { loyalty: 3 } }, row)).toEqual({
      ok: true,
      account: { name: 'Acme', revenue: 10, scores: { loyalty: 3 } },
    });
  });
});
