import fc from 'fast-check';
import { quintileScores, thresholdScores } from '../../src/core/scoring/banding.js';
import { explain } from '../../src/core/explanation/explain.js';
import { figureNeeded } from '../../src/core/explanation/figure-needed.js';
import { sortedDesc } from '../../src/core/profitability/pareto.js';
import type { AccountInput } from '../../src/core/model/input.js';
import { profile, scored, withMargin } from '../helpers/core-fixtures.js';

/**
 * The lift says what a person can change (docs/method.md, Explanation): the figure a banded score is
 * computed from, the profitability treatment of a loss-maker, or that no single change is enough.
 */
describe('figureNeeded', () => {
  const integers = fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 30 });

  it('gives the least whole figure that reaches the quintile band, the others unchanged', () => {
    fc.assert(
      fc.property(integers, fc.nat(), fc.integer({ min: 2, max: 5 }), (values, pick, score) => {
        const i = pick % values.length;
        const column = Float64Array.from(values);
        const needed = figureNeeded(sortedDesc(column), values[i], score);
        const bandWith = (v: number): number => {
          const moved = Float64Array.from(column);
          moved[i] = v;
          return quintileScores(moved)[i];
        };
        if (needed === null) expect(bandWith(1e12)).toBeLessThan(score);
        else {
          expect(bandWith(needed)).toBeGreaterThanOrEqual(score);
          expect(bandWith(needed - 1)).toBeLessThan(score);
        }
      })
    );
  });

  it('gives the limit itself with fixed band limits, a figure equal to the limit reaching it', () => {
    const limits = [100, 200, 300, 400];
    for (let score = 2; score <= 5; score++) {
      const needed = figureNeeded(new Float64Array(), 0, score, limits)!;
      expect(thresholdScores(Float64Array.of(needed), limits)[0]).toBe(score);
      expect(thresholdScores(Float64Array.of(needed - 0.01), limits)[0]).toBe(score - 1);
    }
  });

  it('never asks for a negative customer margin, which always scores 1', () => {
    expect(figureNeeded(Float64Array.of(-10, -20, -30), -30, 2, undefined, 0)).toBe(0);
    expect(figureNeeded(new Float64Array(), -5, 2, [-100, 10, 20, 30], 0)).toBe(0);
  });

  it('has no figure for a band the account cannot reach by passing the others', () => {
    // Alone in the portfolio, an account has no one to pass: its band stays 1.
    expect(figureNeeded(Float64Array.of(500), 500, 2)).toBeNull();
  });
});

describe('explain: the lift of a banded score is the figure needed', () => {
  // Volume 60, loyalty 40. 'small' has the least revenue (volume 1) and loyalty 4: (60 + 160) / 100 = 2.20,
  // maintain. Loyalty 4 → 5 gives 2.60; volume must reach 3 ((180 + 160) / 100 = 3.40) for develop.
  const P = profile({ weights: { volume: 60, loyalty: 40 } });
  const rows: AccountInput[] = [
    { name: 'small', revenue: 100, scores: { loyalty: 4 } },
    { name: 'b', revenue: 200 },
    { name: 'c', revenue: 300 },
    { name: 'd', revenue: 400 },
    { name: 'e', revenue: 500 },
  ];
  const withRevenue = (revenue: number): ReturnType<typeof scored> =>
    scored(
      rows.map((r) => (r.name === 'small' ? { ...r, revenue } : r)),
      P
    );
  const portfolio = scored(rows, P);
  const small = portfolio.accounts.find((a) => a.name === 'small')!;
  const lift = explain(small, P, portfolio).lift;

  it('names revenue, the account’s figure and the figure needed, not a volume score', () => {
    expect(lift).toMatchObject({ kind: 'figure', dimension: 'volume', figure: 'revenue', current: 100 });
    expect(lift).toMatchObject({ fromScore: 1, toScore: 3, tier: 'develop' });
  });

  it('asks for a revenue that, ranked again, does lift the account, and a euro less does not', () => {
    if (lift?.kind !== 'figure') throw new Error('expected a figure lift');
    const at = (revenue: number): string | null => withRevenue(revenue).accounts.find((a) => a.name === 'small')!.tier;
    expect(at(lift.needed)).toBe('develop');
    expect(at(lift.needed - 1)).toBe('maintain');
  });

  it('reports the banded score as a score when the portfolio’s figures are not given', () => {
    expect(explain(small, P).lift).toMatchObject({ kind: 'score', dimension: 'volume', from: 1, to: 3 });
  });

  it('asks for a customer margin when profitability is banded', () => {
    const Q = profile({ weights: { profitability: 60, loyalty: 40 } });
    const p = scored(
      [
        { name: 'thin', ...withMargin(10), scores: { loyalty: 4 } },
        ...[20, 30, 40, 50].map((m) => ({ name: `m${m}`, ...withMargin(m) })),
      ],
      Q
    );
    const thin = p.accounts.find((a) => a.name === 'thin')!;
    expect(explain(thin, Q, p).lift).toMatchObject({
      kind: 'figure',
      dimension: 'profitability',
      figure: 'customerMargin',
      current: 10,
      needed: 31,
    });
  });
});

describe('explain: a loss-maker’s lift is its profitability treatment', () => {
  it('gives the review, not a score change, to a loss-maker with no path to profitability', () => {
    const p = scored([
      { name: 'loss', ...withMargin(-100), scores: { loyalty: 3, potential: 1 } },
      { name: 'ok', ...withMargin(500), scores: { loyalty: 3, potential: 3 } },
    ]);
    const loss = p.accounts.find((a) => a.name === 'loss')!;
    expect(loss.treatment).toBe('reviewProfitability');
    expect(explain(loss, p.profile, p).lift).toEqual({ kind: 'profitability', treatment: 'reviewProfitability' });
  });

  it('gives the action of the cause to a loss-maker with potential, even at the top tier', () => {
    const P = profile({ weights: { loyalty: 100 } });
    const p = scored([{ name: 'loved loss', ...withMargin(-1), scores: { loyalty: 5, potential: 4 } }], P);
    const [a] = p.accounts;
    expect(a.tier).toBe('keyAccount');
    expect(explain(a, P, p).lift).toEqual({ kind: 'profitability', treatment: a.treatment });
    expect(a.treatment).not.toBe('keyAccountManagement');
  });
});
