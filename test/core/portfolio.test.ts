import type { AccountInput } from '../../src/core/model/input.js';
import {
  byName,
  profile,
  ranked,
  rankedNames,
  scored,
  singleDimensionProfile,
  withMargin,
} from '../helpers/core-fixtures.js';

// With all weight on loyalty, the weighted score is the entered loyalty score and figures only break ties.
const LOYALTY = singleDimensionProfile('loyalty');

describe('scorePortfolio: effective scores', () => {
  it('bands volume and profitability from the figures when not entered', () => {
    const p = scored([
      { name: 'a', ...withMargin(100, 1000) },
      { name: 'b', ...withMargin(300, 2000) },
      { name: 'c', ...withMargin(500, 3000) },
    ]);
    // 3 figures: 1, 2, 4 (p = 0, 1/3, 2/3)
    expect(ranked(p, 'a').scores).toMatchObject({ volume: 1, profitability: 1 });
    expect(ranked(p, 'b').scores).toMatchObject({ volume: 2, profitability: 2 });
    expect(ranked(p, 'c').scores).toMatchObject({ volume: 4, profitability: 4 });
    expect(ranked(p, 'c')).toMatchObject({
      volumeSource: 'figure',
      profitabilitySource: 'figure',
      revenue: 3000,
      margin: 500,
    });
  });

  it('lets an entered score win over the figure, and still bands the others among all figures', () => {
    const p = scored([
      { name: 'biggest', revenue: 5000, scores: { volume: 1 } },
      { name: 'r4', revenue: 4000 },
      { name: 'r3', revenue: 3000 },
      { name: 'r2', revenue: 2000 },
      { name: 'r1', revenue: 1000 },
    ]);
    expect(ranked(p, 'biggest').scores.volume).toBe(1);
    expect(ranked(p, 'biggest').volumeSource).toBe('entered');
    // the population includes the account whose score was entered: 4000 has 3 of 5 below it
    expect(ranked(p, 'r4').scores.volume).toBe(4);
    expect(ranked(p, 'r1').scores.volume).toBe(1);
  });

  it('leaves a figure dimension unscored with neither figure nor entry', () => {
    const a = ranked(scored([{ name: 'bare', scores: { loyalty: 3 } }]), 'bare');
    expect(a).toMatchObject({ volumeSource: null, profitabilitySource: null, revenue: null, margin: null });
    expect(a.scores.volume).toBeNull();
    expect(a.scores.profitability).toBeNull();
  });

  it('has no margin (and no profitability from figures) with revenue but no costs', () => {
    const a = ranked(scored([{ name: 'revenue only', revenue: 1000 }]), 'revenue only');
    expect(a.margin).toBeNull();
    expect(a.scores.profitability).toBeNull();
    expect(a.scores.volume).toBe(1);
  });

  it('gives every loss-maker profitability 1 when computed, even the best of several', () => {
    const p = scored([
      { name: 'm-300', ...withMargin(-300) },
      { name: 'm-200', ...withMargin(-200) },
      { name: 'm-100', ...withMargin(-100) },
      { name: 'm0', ...withMargin(0) },
    ]);
    // Quintiles would give m-100 a 3 (2 of 4 below it); the loss rule overrides.
    for (const name of ['m-300', 'm-200', 'm-100']) expect(ranked(p, name).scores.profitability).toBe(1);
    expect(ranked(p, 'm0').scores.profitability).toBe(4);
  });

  it('keeps an entered profitability on a loss-maker', () => {
    const a = ranked(
      scored([{ name: 'one-off loss', ...withMargin(-100), scores: { profitability: 4 } }]),
      'one-off loss'
    );
    expect(a.scores.profitability).toBe(4);
    expect(a.profitabilitySource).toBe('entered');
    expect(a.margin).toBe(-100);
  });

  it('bands by the profile fixed limits when it has them', () => {
    const banded = profile({ bands: { volume: [100, 200, 300, 400] } });
    const p = scored(
      [
        { name: 'a', revenue: 300 },
        { name: 'b', revenue: 50 },
      ],
      banded
    );
    expect(ranked(p, 'a').scores.volume).toBe(4);
    expect(ranked(p, 'b').scores.volume).toBe(1);
  });
});

describe('scorePortfolio: coverage and completeness (CURRENT, minimum 0.7)', () => {
  it('is complete at coverage exactly 0.7 and incomplete below', () => {
    const p = scored([
      { name: 'seventy', scores: { volume: 3, profitability: 3, loyalty: 3 } },
      { name: 'sixty', scores: { volume: 3, profitability: 3, potential: 3 } },
    ]);
    expect(ranked(p, 'seventy')).toMatchObject({ coverage: 0.7, incomplete: false });
    expect(ranked(p, 'sixty')).toMatchObject({ coverage: 0.6, incomplete: true });
  });

  it('has no score, tier or treatment when nothing weighted is scored, and ranks it last', () => {
    const p = scored(
      [
        { name: 'feelings only', ...withMargin(1e6, 1e7), scores: { emotional: 5, contact: 5 } },
        { name: 'lean', scores: { volume: 1, profitability: 1, loyalty: 1 } },
      ],
      LOYALTY
    );
    expect(rankedNames(p)).toEqual(['lean', 'feelings only']);
    expect(ranked(p, 'feelings only')).toMatchObject({
      score: null,
      tier: null,
      treatment: null,
      incomplete: true,
      coverage: 0,
      rank: 2,
    });
  });
});

describe('scorePortfolio: rank', () => {
  const tie = (name: string, loyalty: number, extra: Partial<AccountInput> = {}): AccountInput => ({
    name,
    scores: { loyalty },
    ...extra,
  });

  it('breaks an equal score by margin, then revenue, then name; a missing margin last', () => {
    const p = scored(
      [
        tie('no margin', 3, { revenue: 1e6 }),
        tie('Beta', 3, withMargin(100, 500)),
        tie('Alpha', 3, withMargin(100, 500)),
        tie('more revenue', 3, withMargin(100, 900)),
        tie('loss', 3, withMargin(-50, 500)),
        tie('more margin', 3, withMargin(200, 500)),
      ],
      LOYALTY
    );
    expect(rankedNames(p)).toEqual(['more margin', 'more revenue', 'Alpha', 'Beta', 'loss', 'no margin']);
    expect(p.accounts.map((a) => a.rank)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('ranks on the score rounded to 2 decimals: 3.454 and 3.4549 tie, 3.455 is above both', () => {
    const p = scored(
      [
        tie('raw 3.4549, low margin', 3.4549, withMargin(10)),
        tie('raw 3.454, high margin', 3.454, withMargin(500)),
        tie('raw 3.455, lowest margin', 3.455, withMargin(-100)),
      ],
      LOYALTY
    );
    expect(rankedNames(p)).toEqual(['raw 3.455, lowest margin', 'raw 3.454, high margin', 'raw 3.4549, low margin']);
    expect(p.accounts.map((a) => a.score)).toEqual([3.46, 3.45, 3.45]);
  });

  it('keeps the input position and id on each ranked account', () => {
    const p = scored([tie('second', 2, { id: '001A' }), tie('first', 4)], LOYALTY);
    expect(p.accounts.map((a) => [a.name, a.index, a.rank, a.id])).toEqual([
      ['first', 1, 1, undefined],
      ['second', 0, 2, '001A'],
    ]);
  });
});

describe('scorePortfolio: tier, treatment, quadrant', () => {
  it('puts tiers on the rounded score, at the exact thresholds', () => {
    const p = scored(
      [4, 3.99, 3.995, 3, 2.99, 2, 1.99, 1.994].map((loyalty) => ({ name: String(loyalty), scores: { loyalty } })),
      LOYALTY
    );
    const tier = (name: string): string | null => ranked(p, name).tier;
    expect([
      tier('4'),
      tier('3.99'),
      tier('3.995'),
      tier('3'),
      tier('2.99'),
      tier('2'),
      tier('1.99'),
      tier('1.994'),
    ]).toEqual(['keyAccount', 'develop', 'keyAccount', 'develop', 'maintain', 'maintain', 'lean', 'lean']);
    expect(ranked(p, '3.995').score).toBe(4);
  });

  it('recommends the tier treatment, and a profitability treatment for every loss-maker', () => {
    const p = scored(
      [
        { name: 'key', scores: { loyalty: 4.5 } },
        { name: 'key loss-maker, potential 2', ...withMargin(-1), scores: { loyalty: 4.5, potential: 2 } },
        { name: 'loss-maker, potential 3', ...withMargin(-1), scores: { loyalty: 2.5, potential: 3 } },
        { name: 'loss-maker, potential unknown', ...withMargin(-1), scores: { loyalty: 1.5 } },
        { name: 'develop', scores: { loyalty: 3.5 } },
      ],
      LOYALTY
    );
    const treatment = (name: string): string | null => ranked(p, name).treatment;
    expect(treatment('key')).toBe('keyAccountManagement');
    expect(treatment('key loss-maker, potential 2')).toBe('reviewProfitability');
    // Both loss-makers have the only revenue (1000 each): volume bands to 1, so low volume is the cause.
    expect(treatment('loss-maker, potential 3')).toBe('growVolumeOrLean');
    expect(treatment('loss-maker, potential unknown')).toBe('growVolumeOrLean');
    expect(treatment('develop')).toBe('growthPlan');
  });

  it('places the commitment matrix at the 3.5 boundary, none when unassessed', () => {
    const p = scored([
      { name: 'ideal', commitment: 3.5, binding: 3.5 },
      { name: 'prisoner', commitment: 3.4, binding: 3.5 },
      { name: 'bond', commitment: 3.5, binding: 3.4 },
      { name: 'risk', commitment: 1, binding: 3.4 },
      { name: 'half', commitment: 5 },
    ]);
    const q = byName(p);
    expect(['ideal', 'prisoner', 'bond', 'risk', 'half'].map((n) => q.get(n)?.quadrant)).toEqual([
      'ideal',
      'prisoner',
      'emotionalBond',
      'risk',
      null,
    ]);
  });
});

describe('scorePortfolio: ABC classes', () => {
  it('classes by the share of positive margin before the account', () => {
    // total 100: 50 (before 0 %) A, 30 (50 %) A, 10 (80 %) B, 5 (90 %) B, 3 (95 %) C, 2 (98 %) C
    const margins = [5, 50, 2, 30, 10, 3];
    const p = scored([
      ...margins.map((m) => ({ name: `m${m}`, ...withMargin(m) })),
      { name: 'loss', ...withMargin(-20) },
      { name: 'none' },
    ]);
    const c = byName(p);
    expect(['m50', 'm30', 'm10', 'm5', 'm3', 'm2', 'loss', 'none'].map((n) => c.get(n)?.abcClass)).toEqual([
      'A',
      'A',
      'B',
      'B',
      'C',
      'C',
      'C',
      null,
    ]);
  });
});
