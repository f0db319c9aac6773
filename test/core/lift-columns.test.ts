/**
 * The export's lift (ColumnLift, read from the ranking's columns with no object per account) is liftOf's
 * for every account, and liftOf, whose search it now shares (lift-search.ts), is still what it was
 * before (test/helpers/lift-reference.ts): on random portfolios with gaps, ties, losses, fractional
 * scores and fixed bands, and on every account of the benchmark's 200,000-account portfolio.
 */
import fc from 'fast-check';
import { liftOf } from '../../src/core/explanation/explain.js';
import { ColumnLift, liftColumnsOf } from '../../src/core/explanation/lift-columns.js';
import { AccountInputSchema, type AccountInput } from '../../src/core/model/input.js';
import type { Profile } from '../../src/core/profiles/profile.js';
import { rankColumns, rankedAccountAt } from '../../src/core/ranking/ranked-columns.js';
import { portfolioArb, profileArb } from '../helpers/core-arbitraries.js';
import { CURRENT, profile } from '../helpers/core-fixtures.js';
import { referenceFigureNeeded, referenceLiftOf } from '../helpers/lift-reference.js';
import { figureNeeded } from '../../src/core/explanation/figure-needed.js';

/** Fixed band limits (and tier thresholds off the default) as well as quintiles. */
const bandedProfileArb: fc.Arbitrary<Profile> = fc
  .record({
    volume: fc.uniqueArray(fc.integer({ min: -1000, max: 100_000 }), { minLength: 4, maxLength: 4 }),
    profitability: fc.uniqueArray(fc.integer({ min: -1000, max: 50_000 }), { minLength: 4, maxLength: 4 }),
    which: fc.constantFrom('volume', 'profitability', 'both'),
  })
  .map(({ volume, profitability, which }) =>
    profile({
      tiers: { keyAccount: 4.25, develop: 3.05, maintain: 1.95 },
      bands: {
        ...(which === 'profitability' ? {} : { volume: volume.sort((a, b) => a - b) }),
        ...(which === 'volume' ? {} : { profitability: profitability.sort((a, b) => a - b) }),
      },
    })
  );

/** Every account's lift three ways; the count of each kind, so a test can see what it covered. */
function compareAll(
  inputs: readonly AccountInput[],
  withProfile: Profile,
  kinds: Map<string, number>,
  withoutFigures = true
): void {
  const accounts = inputs.map((a) => AccountInputSchema.parse(a));
  const { scored } = rankColumns(accounts, withProfile);
  const columns = new ColumnLift(liftColumnsOf(scored), scored, withProfile);
  for (let r = 0; r < scored.order.length; r++) {
    const i = scored.order[r];
    const account = rankedAccountAt(accounts, scored, i, r + 1);
    const expected = referenceLiftOf(account, withProfile, scored);
    const fromColumns = columns.lift(i);
    // toStrictEqual: the same keys in the same order too (a --json result shows them).
    if (JSON.stringify(fromColumns) !== JSON.stringify(expected)) expect(fromColumns).toStrictEqual(expected);
    const ofObject = liftOf(account, withProfile, scored);
    if (JSON.stringify(ofObject) !== JSON.stringify(expected)) expect(ofObject).toStrictEqual(expected);
    if (withoutFigures) {
      const noFigures = liftOf(account, withProfile);
      const expectedNoFigures = referenceLiftOf(account, withProfile);
      if (JSON.stringify(noFigures) !== JSON.stringify(expectedNoFigures))
        expect(noFigures).toStrictEqual(expectedNoFigures);
    }
    const kind = expected?.kind ?? 'null';
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
}

describe('figureNeeded', () => {
  it("gives what it gave when it searched for the account's place, with ties and the account's own figure among them", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 40 }),
        fc.nat(),
        fc.integer({ min: 0, max: 6 }),
        (figures, pick, score) => {
          const desc = Float64Array.from(figures).sort().reverse();
          const own = figures[pick % figures.length];
          expect(figureNeeded(desc, own, score)).toBe(referenceFigureNeeded(desc, own, score));
          expect(figureNeeded(desc, own, score, undefined, 0)).toBe(
            referenceFigureNeeded(desc, own, score, undefined, 0)
          );
        }
      ),
      { numRuns: 2000 }
    );
  });
});

describe('ColumnLift', () => {
  it('gives liftOf for every account of random portfolios, and liftOf the lift it gave before', () => {
    const kinds = new Map<string, number>();
    fc.assert(
      fc.property(portfolioArb, fc.oneof(profileArb, bandedProfileArb), (rows, p) => compareAll(rows, p, kinds)),
      { numRuns: 300 }
    );
    // Every kind of lift was among the cases compared.
    for (const kind of ['null', 'score', 'figure', 'profitability', 'none']) expect(kinds.get(kind)).toBeGreaterThan(0);
  });

  it("gives liftOf for every account of the benchmark's 200,000-account portfolio", async () => {
    // The benchmark's own generator (plain JavaScript, so imported by a path the type check does not follow).
    const generator = '../../scripts/bench/synthetic.js';
    const { syntheticAccounts } = (await import(generator)) as {
      syntheticAccounts: (n: number) => AccountInput[];
    };
    const kinds = new Map<string, number>();
    compareAll(syntheticAccounts(200_000), CURRENT, kinds, false);
    expect([...kinds.values()].reduce((a, b) => a + b, 0)).toBe(200_000);
    expect(kinds.get('figure')).toBeGreaterThan(0);
  });
});
