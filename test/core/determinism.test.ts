import { compareProfiles } from '../../src/core/profiles/compare.js';
import { explain } from '../../src/core/explanation/explain.js';
import type { AccountInput } from '../../src/core/model/input.js';
import { lossMakers } from '../../src/core/profitability/loss-makers.js';
import { summarise } from '../../src/core/portfolio/summary.js';
import { account, CURRENT, FUTURE, scored, seededRandom } from '../helpers/core-fixtures.js';

/** A generated portfolio of 500 accounts, the same on every run (no dependency on sample files). */
function generatedPortfolio(seed: number, size = 500): AccountInput[] {
  const random = seededRandom(seed);
  const pick = (p: number): boolean => random() < p;
  const cents = (max: number): number => Math.round(random() * max * 100) / 100;
  const score = (): number | undefined => (pick(0.8) ? 1 + Math.floor(random() * 5) : undefined);
  return Array.from({ length: size }, (_, i) => {
    const revenue = pick(0.9) ? cents(200_000) - 5000 : undefined;
    return {
      name: `Customer ${i}`,
      revenue,
      directCosts: pick(0.85) ? cents(120_000) : undefined,
      serviceCosts: pick(0.6) ? cents(30_000) : undefined,
      serviceHours: pick(0.5) ? cents(400) : undefined,
      scores: {
        loyalty: score(),
        potential: score(),
        reference: score(),
        learning: score(),
        volume: pick(0.1) ? score() : undefined,
      },
      commitment: score(),
      binding: score(),
    };
  });
}

describe('determinism', () => {
  const rows = generatedPortfolio(20_261_122);

  it('generates the same portfolio from the same seed', () => {
    expect(generatedPortfolio(20_261_122)).toEqual(rows);
  });

  it('gives the very same result on every run', () => {
    const first = scored(rows);
    const second = scored(rows);
    expect(second.accounts).toEqual(first.accounts);
    expect(summarise(second)).toEqual(summarise(first));
    expect(lossMakers(second)).toEqual(lossMakers(first));
    expect(second.accounts.map((a) => explain(a, CURRENT))).toEqual(first.accounts.map((a) => explain(a, CURRENT)));
  });

  it('gives the same ranks, scores and classes when the rows come in reverse', () => {
    const outcome = (input: AccountInput[]): Map<string, unknown> =>
      new Map(
        scored(input).accounts.map((a) => [
          a.name,
          [a.rank, a.score, a.tier, a.treatment, a.abcClass, a.quadrant, a.coverage],
        ])
      );
    expect(outcome([...rows].reverse())).toEqual(outcome(rows));
    const forward = summarise(scored(rows));
    expect(summarise(scored([...rows].reverse()))).toEqual(forward);
  });

  it('does not change its input', () => {
    const inputs = rows.map(account);
    const before = structuredClone(inputs);
    scored(inputs);
    compareProfiles(inputs, CURRENT, FUTURE);
    expect(inputs).toEqual(before);
  });

  it('compares profiles the same way on every run', () => {
    const inputs = rows.map(account);
    const a = compareProfiles(inputs, CURRENT, FUTURE);
    const b = compareProfiles(inputs, CURRENT, FUTURE);
    expect(b.changes).toEqual(a.changes);
    expect(b.risingStars.map((x) => x.name)).toEqual(a.risingStars.map((x) => x.name));
    expect(a.risingStars.length).toBeGreaterThan(0);
  });
});
