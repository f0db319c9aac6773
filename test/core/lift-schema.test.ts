import fc from 'fast-check';
import { TIERS } from '../../src/core/model/dimensions.js';
import { explain } from '../../src/core/explanation/explain.js';
import { LiftSchema } from '../../src/core/explanation/lift-schema.js';
import { portfolioArb, profileArb } from '../helpers/core-arbitraries.js';
import { scored } from '../helpers/core-fixtures.js';

/** The lift as data (docs/method.md, Explanation): what explain() gives, a renderer can read back. */
describe('LiftSchema', () => {
  it('accepts every lift explain() gives', () => {
    fc.assert(
      fc.property(portfolioArb, profileArb, (rows, p) => {
        const portfolio = scored(rows, p);
        for (const a of portfolio.accounts) {
          const { lift } = explain(a, p, portfolio);
          if (lift !== null) expect(LiftSchema.safeParse(lift).success).toBe(true);
        }
      }),
      { numRuns: 100 }
    );
  });

  it('rejects a lift that asks for a score of a kind that names a figure, or an unknown kind', () => {
    expect(LiftSchema.safeParse({ kind: 'figure', dimension: 'loyalty', figure: 'revenue' }).success).toBe(false);
    expect(LiftSchema.safeParse({ kind: 'profitability', treatment: 'growthPlan' }).success).toBe(false);
    expect(LiftSchema.safeParse({ kind: 'raise', dimension: 'volume' }).success).toBe(false);
    expect(LiftSchema.safeParse({ kind: 'none', nextTier: 'develop', extra: 1 }).success).toBe(false);
  });
});

describe('figure lifts, checked by ranking again', () => {
  it('reaches the tier it names when the revenue is raised to the figure needed', () => {
    let checked = 0;
    fc.assert(
      fc.property(portfolioArb, profileArb, (rows, p) => {
        const portfolio = scored(rows, p);
        for (const a of portfolio.accounts) {
          const { lift } = explain(a, p, portfolio);
          if (lift?.kind !== 'figure' || lift.dimension !== 'volume') continue;
          const moved = rows.map((r, i) => (i === a.index ? { ...r, revenue: lift.needed } : r));
          const after = scored(moved, p).byInput[a.index];
          // A higher revenue also raises the margin (the costs stay), which can only help.
          expect(TIERS.indexOf(after.tier!)).toBeLessThanOrEqual(TIERS.indexOf(lift.tier));
          checked++;
        }
      }),
      // A fixed seed: random portfolios give a figure lift only now and then, and a run that drew none
      // would fail below for want of a case, not for a wrong lift. The seed draws 100 all the same.
      { numRuns: 100, seed: 20_261_203 }
    );
    // The generated portfolios must have given some figure lifts, or this test checked nothing.
    expect(checked).toBeGreaterThan(0);
  });
});
