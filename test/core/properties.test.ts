import fc from 'fast-check';
import { ABC_CLASSES, DIMENSIONS, type DimensionKey } from '../../src/core/model/dimensions.js';
import type { AccountInput } from '../../src/core/model/input.js';
import type { Profile } from '../../src/core/profiles/profile.js';
import { summarise } from '../../src/core/portfolio/summary.js';
import { portfolioArb, profileArb, scoresArb } from '../helpers/core-arbitraries.js';
import { scored } from '../helpers/core-fixtures.js';

const CLASS_ORDER = Object.fromEntries(ABC_CLASSES.map((c, i) => [c, i])) as Record<string, number>;

describe('scorePortfolio properties', () => {
  it('gives every effective score in 1..5 or null, and figure scores as whole bands 1..5', () => {
    fc.assert(
      fc.property(portfolioArb, profileArb, (rows, p) => {
        for (const a of scored(rows, p).accounts) {
          for (const d of DIMENSIONS) {
            const s = a.scores[d];
            if (s !== null) expect(s >= 1 && s <= 5).toBe(true);
          }
          if (a.volumeSource === 'figure') expect([1, 2, 3, 4, 5]).toContain(a.scores.volume);
          if (a.profitabilitySource === 'figure') expect([1, 2, 3, 4, 5]).toContain(a.scores.profitability);
          if (a.score !== null) expect(a.score >= 1 && a.score <= 5).toBe(true);
          expect(a.coverage >= 0 && a.coverage <= 1).toBe(true);
        }
      })
    );
  });

  it('ranks 1..n, a permutation, in the order of the list', () => {
    fc.assert(
      fc.property(portfolioArb, profileArb, (rows, p) => {
        const ranks = scored(rows, p).accounts.map((a) => a.rank);
        expect(ranks).toEqual(rows.map((_, i) => i + 1));
      })
    );
  });

  it('does not depend on the order of the input rows', () => {
    const outcome = (rows: AccountInput[], p: Profile): Map<string, unknown> =>
      new Map(
        scored(rows, p).accounts.map((a) => [
          a.name,
          [a.rank, a.score, a.tier, a.abcClass, a.treatment, a.quadrant, a.scores],
        ])
      );
    const shuffled = portfolioArb.chain((rows) =>
      fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }))
    );
    fc.assert(
      fc.property(shuffled, profileArb, ([rows, reordered], p) => {
        expect(outcome(reordered, p)).toEqual(outcome(rows, p));
      })
    );
  });

  it('never gives a higher margin a worse ABC class', () => {
    fc.assert(
      fc.property(portfolioArb, (rows) => {
        const withMargin = scored(rows).accounts.filter((a) => a.margin !== null);
        for (const x of withMargin) {
          for (const y of withMargin) {
            if (x.margin! > y.margin!) expect(CLASS_ORDER[x.abcClass!]).toBeLessThanOrEqual(CLASS_ORDER[y.abcClass!]);
          }
        }
        for (const a of scored(rows).accounts) {
          if (a.margin === null) expect(a.abcClass).toBeNull();
          else if (a.margin <= 0) expect(a.abcClass).toBe('C');
          else expect(a.abcClass).not.toBeNull();
        }
      })
    );
  });

  it('never lowers the score when one entered score is raised (no figures)', () => {
    const raised = scoresArb.chain((scores) => {
      const scoredDims = DIMENSIONS.filter((d) => scores[d] !== undefined);
      if (scoredDims.length === 0) return fc.constant({ scores, dimension: null as DimensionKey | null, to: 0 });
      return fc.record({
        scores: fc.constant(scores),
        dimension: fc.constantFrom(...scoredDims) as fc.Arbitrary<DimensionKey | null>,
        to: fc.double({ min: 0, max: 1, noNaN: true }),
      });
    });
    fc.assert(
      fc.property(raised, profileArb, ({ scores, dimension, to }, p) => {
        fc.pre(dimension !== null);
        const d = dimension as DimensionKey;
        const from = scores[d] as number;
        const higher = { ...scores, [d]: from + (5 - from) * to };
        const before = scored([{ name: 'a', scores }], p).accounts[0].score;
        const after = scored([{ name: 'a', scores: higher }], p).accounts[0].score;
        if (before === null) expect(after).toBeNull();
        else expect(after!).toBeGreaterThanOrEqual(before);
      })
    );
  });
});

describe('summarise properties', () => {
  it('counts add up to the number of accounts', () => {
    fc.assert(
      fc.property(portfolioArb, profileArb, (rows, p) => {
        const s = summarise(scored(rows, p));
        const sum = (r: Record<string, number>): number => Object.values(r).reduce((a, b) => a + b, 0);
        expect(s.accounts).toBe(rows.length);
        expect(sum(s.tiers)).toBe(rows.length);
        expect(sum(s.quadrants)).toBe(rows.length);
        expect(sum(s.abc) + s.noMargin.count).toBe(rows.length);
        expect(s.scored + s.tiers.unscored).toBe(rows.length);
        expect(s.incomplete).toBeLessThanOrEqual(rows.length);
        expect(s.unprofitable).toBeLessThanOrEqual(rows.length);
      })
    );
  });

  it('gives a top-20 % margin share in (0, 1] when every margin is positive', () => {
    const positive = fc
      .array(
        fc.record({
          margin: fc.integer({ min: 1, max: 10_000_000 }).map((c) => c / 100),
          extra: fc.integer({ min: 0, max: 1000 }),
        }),
        {
          minLength: 1,
          maxLength: 60,
        }
      )
      .map((rows) =>
        rows.map(({ margin, extra }, i) => ({ name: `Account ${i}`, revenue: margin + extra, directCosts: extra }))
      );
    fc.assert(
      fc.property(positive, (rows) => {
        const s = summarise(scored(rows));
        expect(s.totalMargin).toBeGreaterThan(0);
        expect(s.top20MarginShare).not.toBeNull();
        expect(s.top20MarginShare!).toBeGreaterThan(0);
        expect(s.top20MarginShare!).toBeLessThanOrEqual(1);
        expect(s.whalePeakShare).toBe(1);
      })
    );
  });
});
