import { NO_MARGIN_LISTED, summarise } from '../../src/core/portfolio/summary.js';
import { scored, withMargin } from '../helpers/core-fixtures.js';

/**
 * Seven accounts under CURRENT (volume 30, profitability 20, loyalty 20, potential 10, reference 10,
 * learning 10). Volume is banded from revenue 1000, 800, 500, 300, 200, 100 → 5, 4, 3, 2, 1, 1;
 * profitability from margin 600, 300, 100, 50, −100, −50 → 5, 4, 3, 2, 1, 1 (losses score 1).
 */
const PORTFOLIO = scored([
  // (150 + 100 + 100 + 50 + 50 + 50) / 100 = 5.00, key account
  {
    name: 'A',
    ...withMargin(600, 1000),
    scores: { loyalty: 5, potential: 5, reference: 5, learning: 5 },
    commitment: 4,
    binding: 4,
  },
  // (120 + 80 + 80 + 30 + 30 + 30) / 100 = 3.70, develop
  {
    name: 'B',
    ...withMargin(300, 800),
    scores: { loyalty: 4, potential: 3, reference: 3, learning: 3 },
    commitment: 2,
    binding: 4,
  },
  // (90 + 60 + 60 + 20 + 20 + 20) / 100 = 2.70, maintain
  {
    name: 'C',
    ...withMargin(100, 500),
    scores: { loyalty: 3, potential: 2, reference: 2, learning: 2 },
    commitment: 4,
    binding: 2,
  },
  // (60 + 40 + 40 + 20 + 20 + 20) / 100 = 2.00, maintain
  {
    name: 'D',
    ...withMargin(50, 300),
    scores: { loyalty: 2, potential: 2, reference: 2, learning: 2 },
    commitment: 1,
    binding: 1,
  },
  // 1.00, lean; loss with potential 1 → review
  { name: 'E', ...withMargin(-100, 200), scores: { loyalty: 1, potential: 1, reference: 1, learning: 1 } },
  // (30 + 20) / 50 = 1.00, lean, coverage 0.5 → incomplete
  { name: 'F', ...withMargin(-50, 100) },
  // nothing known: unscored, incomplete
  { name: 'G' },
]);

describe('summarise', () => {
  const s = summarise(PORTFOLIO);

  it('counts accounts, scored and incomplete', () => {
    expect(s).toMatchObject({ profile: 'current', accounts: 7, scored: 6, incomplete: 2 });
  });

  it('totals revenue and margin over the accounts that have them', () => {
    expect(s.totalRevenue).toBe(2900);
    expect(s.totalMargin).toBe(900);
  });

  it('takes the top 20 % share over the n accounts with a figure', () => {
    // margins: n = 6, k = 2: (600 + 300) / 900 = 1
    expect(s.top20MarginShare).toBe(1);
    // revenue: (1000 + 800) / 2900 = 0.62069
    expect(s.top20RevenueShare).toBe(0.6207);
  });

  it('reports the whale curve peak above 100 % and the loss tail', () => {
    // 600, 900, 1000, 1050, 1000, 900 → peak 1050 after 4; 1050 / 900 = 1.16667
    expect(s.whalePeakShare).toBe(1.1667);
    expect(s.whalePeakAccounts).toBe(4);
    expect(s.lossTail).toBe(-150);
    expect(s.unprofitable).toBe(2);
  });

  it('averages the rounded scores of the scored accounts', () => {
    // (5 + 3.7 + 2.7 + 2 + 1 + 1) / 6 = 2.5667
    expect(s.averageScore).toBe(2.57);
  });

  it('gives the key accounts their share of the margin', () => {
    expect(s.keyAccountMarginShare).toBe(0.6667);
  });

  it('counts tiers, quadrants and ABC classes, each adding up to the accounts', () => {
    expect(s.tiers).toEqual({ keyAccount: 1, develop: 1, maintain: 2, lean: 2, unscored: 1 });
    expect(s.quadrants).toEqual({ ideal: 1, prisoner: 1, emotionalBond: 1, risk: 1, unassessed: 3 });
    // positive total 1050: A (0 %), B (57 %) A; C (86 %) B; D (95.2 %) C; E and F lose money: C.
    // G has no margin: no class, counted apart, so the classes and noMargin add up to the accounts.
    expect(s.abc).toEqual({ A: 2, B: 1, C: 3 });
    expect(s.noMargin.count).toBe(1);
  });

  it('names the accounts without a margin', () => {
    expect(s.noMargin.accounts).toEqual([{ name: 'G' }]);
  });
});

describe('summarise: accounts without cost data', () => {
  // Revenue without any cost has no margin (docs/method.md, Customer margin), nor has an account with nothing.
  const rows = [
    { name: 'costed', id: 'c1', ...withMargin(100) },
    ...Array.from({ length: 12 }, (_, k) => ({ name: `uncosted ${k}`, id: `u${k}`, revenue: 1000 + k })),
    { name: 'empty' },
  ];
  const s = summarise(scored(rows));

  it('counts every one and names the first few, with their ids, in rank order', () => {
    expect(s.noMargin.count).toBe(13);
    expect(s.noMargin.accounts).toHaveLength(NO_MARGIN_LISTED);
    // Higher revenue bands to a higher volume score, so the largest uncosted revenue ranks first.
    expect(s.noMargin.accounts[0]).toEqual({ name: 'uncosted 11', id: 'u11' });
    expect(s.noMargin.accounts.map((a) => a.name)).not.toContain('costed');
  });

  it('gives none of them an ABC class', () => {
    expect(s.abc.A + s.abc.B + s.abc.C).toBe(1);
  });
});

describe('summarise: top 20 % by portfolio size', () => {
  const marginsOnly = (...margins: number[]): ReturnType<typeof summarise> =>
    summarise(scored(margins.map((m, i) => ({ name: `a${i}`, ...withMargin(m) }))));

  it('takes 1 account of 1, 1 of 5 and 2 of 6', () => {
    expect(marginsOnly(40).top20MarginShare).toBe(1);
    expect(marginsOnly(10, 40, 20, 20, 10).top20MarginShare).toBe(0.4);
    expect(marginsOnly(10, 40, 20, 20, 10, 0).top20MarginShare).toBe(0.6);
    // a margin of exactly 0 is not a loss
    expect(marginsOnly(10, 40, 20, 20, 10, 0).unprofitable).toBe(0);
  });

  it('has no shares when the total margin is 0 or negative', () => {
    const zero = marginsOnly(100, -100);
    expect(zero).toMatchObject({
      totalMargin: 0,
      top20MarginShare: null,
      whalePeakShare: null,
      keyAccountMarginShare: null,
    });
    const negative = marginsOnly(50, -100);
    expect(negative).toMatchObject({
      totalMargin: -50,
      top20MarginShare: null,
      whalePeakShare: null,
      keyAccountMarginShare: null,
    });
    expect(negative.lossTail).toBe(-100);
  });

  // Bug (src/core/portfolio/summary.ts, src/core/profitability/pareto.ts): 0.1 + 0.2 − 0.3 sums to 5.55e-17 in binary; the shares test
  // that unrounded total for > 0 and divide by the speck of noise (top-20 share ≈ 3.6e15). By hand the
  // total is 0, so there are no shares.
  it('totals margins that cancel in decimal to 0, with no shares', () => {
    const cents = summarise(
      scored([
        { name: 'a', revenue: 0.1, directCosts: 0 },
        { name: 'b', revenue: 0.2, directCosts: 0 },
        { name: 'c', revenue: 0, directCosts: 0.3 },
      ])
    );
    expect(cents.totalMargin).toBe(0);
    expect(cents.top20MarginShare).toBeNull();
    expect(cents.whalePeakShare).toBeNull();
  });
});

describe('summarise: empty portfolio', () => {
  it('has zero totals and no shares', () => {
    expect(summarise(scored([]))).toEqual({
      profile: 'current',
      accounts: 0,
      scored: 0,
      incomplete: 0,
      totalRevenue: 0,
      totalMargin: 0,
      top20MarginShare: null,
      top20RevenueShare: null,
      whalePeakShare: null,
      whalePeakAccounts: 0,
      lossTail: 0,
      unprofitable: 0,
      averageScore: null,
      keyAccountMarginShare: null,
      tiers: { keyAccount: 0, develop: 0, maintain: 0, lean: 0, unscored: 0 },
      quadrants: { prisoner: 0, ideal: 0, risk: 0, emotionalBond: 0, unassessed: 0 },
      abc: { A: 0, B: 0, C: 0 },
      noMargin: { count: 0, accounts: [] },
    });
  });
});
