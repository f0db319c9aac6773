/**
 * The profitability formula fields, evaluated with formulon (a Salesforce formula evaluator), give
 * what src/core's waterfall() gives for the same figures: sales margin, customer margin and margin %,
 * blanks and rounding included. The cases are hand-picked edges plus every row of the sample portfolio.
 */
import { waterfall, type WaterfallInput } from '../../src/core/profitability/waterfall.js';
import { readPortfolio } from '../../src/io/read/read-portfolio.js';
import { PROFITABILITY as P, OBJECTIVE } from '../../src/schema/fields.js';
import { repoPath } from '../helpers/paths.js';
import { loadForceApp } from './helpers/force-app.js';
import { fieldValue, objectOf, type RecordValues } from './helpers/formula.js';

const app = loadForceApp();
const profitability = objectOf(app, P.object);

type Case = WaterfallInput & { readonly why: string };

const EDGE_CASES: readonly Case[] = [
  {
    why: 'every figure given',
    revenue: 1000,
    directCosts: 600,
    salesCosts: 100,
    marketingCosts: 50,
    serviceCosts: 150,
  },
  { why: 'only direct costs: the other costs count as 0', revenue: 1000, directCosts: 600 },
  { why: 'only service costs', revenue: 1000, serviceCosts: 250 },
  { why: 'revenue but no cost at all: no margin', revenue: 1000 },
  { why: 'costs but no revenue: no margin', directCosts: 5, salesCosts: 1 },
  { why: 'nothing at all', revenue: null },
  { why: 'zero revenue: a margin, but no margin %', revenue: 0, directCosts: 100 },
  { why: 'a loss', revenue: 500, directCosts: 400, serviceCosts: 300 },
  { why: 'a credit note: negative revenue', revenue: -500, directCosts: 100 },
  { why: 'margin % 0.125 rounds half up to 0.13', revenue: 800, serviceCosts: 799 },
  { why: 'margin % -0.125 rounds half away from zero to -0.13', revenue: 800, serviceCosts: 801 },
  { why: 'margin % 0.005 rounds half up to 0.01', revenue: 20_000, directCosts: 19_999 },
  { why: 'a third', revenue: 3, serviceCosts: 2 },
  { why: 'two thirds', revenue: 3, serviceCosts: 1 },
  { why: 'cents', revenue: 1234.56, directCosts: 1000.01, salesCosts: 0.55, marketingCosts: 10.1, serviceCosts: 99.99 },
  {
    why: 'large figures',
    revenue: 98_765_432.1,
    directCosts: 12_345_678.9,
    salesCosts: 1_000_000,
    marketingCosts: 250_000.25,
    serviceCosts: 3_000_000,
  },
  { why: 'zero costs given explicitly', revenue: 1000, directCosts: 0 },
];

const round2 = (value: number): number => Math.round(value * 100) / 100;

function orgRecord(c: WaterfallInput): RecordValues {
  return {
    [P.revenue]: c.revenue,
    [P.directCosts]: c.directCosts,
    [P.salesCosts]: c.salesCosts,
    [P.marketingCosts]: c.marketingCosts,
    [P.serviceCosts]: c.serviceCosts,
  };
}

function expectAgreement(c: WaterfallInput): void {
  const core = waterfall(c);
  const record = orgRecord(c);
  const org = {
    salesMargin: fieldValue(profitability, P.salesMargin, record),
    customerMargin: fieldValue(profitability, P.customerMargin, record),
    marginPct: fieldValue(profitability, P.marginPct, record),
  };
  if (core === null) {
    expect(org).toEqual({ salesMargin: null, customerMargin: null, marginPct: null });
    return;
  }
  expect(org).toEqual({
    salesMargin: round2(core.salesMargin),
    customerMargin: round2(core.customerMargin),
    marginPct: core.marginPct,
  });
}

describe('profitability formula fields agree with src/core waterfall()', () => {
  it.each(EDGE_CASES.map((c) => [c.why, c] as const))('%s', (_why, c) => {
    expectAgreement(c);
  });

  it('for every account of the sample portfolio', async () => {
    const read = await readPortfolio(repoPath('config', 'sample-portfolio.csv'));
    if (!read.ok) throw new Error(`the sample portfolio does not read: ${JSON.stringify(read.issues)}`);
    expect(read.accounts.length).toBeGreaterThanOrEqual(40);
    for (const account of read.accounts) expectAgreement(account);
  });

  it('really evaluates: a different formula would disagree', () => {
    const record = orgRecord({ revenue: 1000, directCosts: 600, salesCosts: 100 });
    expect(fieldValue(profitability, P.salesMargin, record)).toBe(400);
    expect(fieldValue(profitability, P.customerMargin, record)).toBe(300);
    expect(fieldValue(profitability, P.marginPct, record)).toBe(30);
  });
});

describe('the overdue flag of a vision objective', () => {
  const objective = objectOf(app, OBJECTIVE.object);
  const day = (offset: number): Date => {
    const now = new Date();
    return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + offset));
  };
  const overdue = (due: Date, status: string): boolean | number | null =>
    fieldValue(objective, OBJECTIVE.overdue, { [OBJECTIVE.dueDate]: due, [OBJECTIVE.status]: status });

  it('is set when the due date has passed and the objective is open', () => {
    expect(overdue(day(-30), 'OnTrack')).toBe(true);
    expect(overdue(day(-1), 'AtRisk')).toBe(true);
  });

  it('is not set before the due date, nor for done or dropped objectives', () => {
    expect(overdue(day(30), 'OnTrack')).toBe(false);
    expect(overdue(day(-30), 'Done')).toBe(false);
    expect(overdue(day(-30), 'Dropped')).toBe(false);
  });
});
