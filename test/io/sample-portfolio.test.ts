import { readFile } from 'node:fs/promises';
import { ASSESSED_DIMENSIONS, LIFECYCLE_STAGES } from '../../src/core/model/dimensions.js';
import type { AccountInput } from '../../src/core/model/input.js';
import { readPortfolio, type IoIssue } from '../../src/io/index.js';
import { isAssessedOnHeader, parseAssessedOn, withoutAssessedOnWarning } from '../../src/rank/review-due.js';
import { expectRead } from '../helpers/io-read.js';
import { repoPath } from '../helpers/paths.js';

const MAIN = repoPath('config', 'sample-portfolio.csv');
const FINNISH = repoPath('config', 'sample-portfolio-fi.csv');
const WORKBOOK = repoPath('config', 'sample-portfolio.xlsx');

/** The reader leaves the assessed-on column to `portfolio rank` (src/rank/review-due.ts): its one warning. */
const onlyAssessedOnWarning = (warnings: readonly IoIssue[]): void => {
  expect(warnings).toHaveLength(1);
  expect(withoutAssessedOnWarning(warnings)).toEqual([]);
};

/** The assessed-on cells of a sample as the reader gives them (the column rank reads), by account name. */
async function assessedOn(file: string): Promise<Map<string, { day: string | null; valid: boolean }>> {
  const read = expectRead(await readPortfolio(file));
  const column = read.columns.find((c) => isAssessedOnHeader(c.header));
  if (!column) throw new Error(`${file} has no assessed-on column`);
  return new Map(read.accounts.map((a, i) => [a.name, parseAssessedOn(read.cells[i][column.index])]));
}

const COSTS = ['directCosts', 'salesCosts', 'marketingCosts', 'serviceCosts'] as const;
const hasCosts = (a: AccountInput): boolean => COSTS.every((c) => typeof a[c] === 'number');
const margin = (a: AccountInput): number => (a.revenue ?? 0) - COSTS.reduce((sum, c) => sum + (a[c] ?? 0), 0);
/** "High" as docs/method.md, Commitment matrix, defines it by default. */
const high = (score: number | null | undefined): boolean => (score ?? 0) >= 3.5;

describe('config/sample-portfolio.csv', () => {
  let accounts: AccountInput[];
  beforeAll(async () => {
    const read = expectRead(await readPortfolio(MAIN));
    onlyAssessedOnWarning(read.warnings);
    accounts = read.accounts;
  });

  it('is 48 uniquely named accounts in an English, comma-delimited, decimal-point file', async () => {
    expect(accounts).toHaveLength(48);
    expect(new Set(accounts.map((a) => a.name.toLowerCase())).size).toBe(48);
    const header = (await readFile(MAIN, 'utf8')).split('\n')[0];
    expect(header).toBe(
      'Id,Name,Owner,Revenue,Direct Costs,Sales Costs,Marketing Costs,Service Costs,Service Hours,Loyalty,Potential,Reference,Learning,Contact,Emotional,Commitment,Binding,Lifecycle Stage,Assessed At'
    );
  });

  it('says when each account was last assessed: real days, two accounts never, none in the future', async () => {
    const days = await assessedOn(MAIN);
    expect(days.size).toBe(48);
    expect([...days.values()].every((d) => d.valid)).toBe(true);
    expect([...days.values()].filter((d) => d.day === null)).toHaveLength(2);
    const known = [...days.values()].flatMap((d) => (d.day === null ? [] : [d.day]));
    expect(known.every((day) => day >= '2024-01-01' && day <= '2026-12-01')).toBe(true);
  });

  it('has revenue from about 20 k€ to about 3 M€', () => {
    const revenues = accounts.flatMap((a) => (typeof a.revenue === 'number' ? [a.revenue] : []));
    expect(Math.min(...revenues)).toBeGreaterThanOrEqual(15_000);
    expect(Math.min(...revenues)).toBeLessThanOrEqual(30_000);
    expect(Math.max(...revenues)).toBeGreaterThanOrEqual(2_500_000);
    expect(Math.max(...revenues)).toBeLessThanOrEqual(3_200_000);
  });

  it('has customer margins from -15% to +35% and 5 to 7 loss-makers', () => {
    const costed = accounts.filter(hasCosts);
    for (const a of costed) {
      const pct = margin(a) / (a.revenue ?? 1);
      expect([a.name, pct >= -0.15 && pct <= 0.35]).toEqual([a.name, true]);
    }
    const losses = costed.filter((a) => margin(a) < 0);
    expect(losses.length).toBeGreaterThanOrEqual(5);
    expect(losses.length).toBeLessThanOrEqual(7);
  });

  it('has its gaps: 2–3 accounts without costs, one without any figure, a few missing scores', () => {
    const revenueOnly = accounts.filter((a) => typeof a.revenue === 'number' && !hasCosts(a));
    expect(revenueOnly.length).toBeGreaterThanOrEqual(2);
    expect(revenueOnly.length).toBeLessThanOrEqual(3);
    expect(accounts.filter((a) => a.revenue === undefined && !hasCosts(a))).toHaveLength(1);
    const missingScores = accounts.filter((a) => ASSESSED_DIMENSIONS.some((d) => a.scores?.[d] === undefined));
    expect(missingScores.length).toBeGreaterThanOrEqual(3);
    expect(missingScores.length).toBeLessThan(12);
  });

  it('spans all lifecycle stages and all four commitment quadrants', () => {
    expect(new Set(accounts.map((a) => a.lifecycleStage))).toEqual(new Set(LIFECYCLE_STAGES));
    const quadrants = new Set(
      accounts.map((a) => `${high(a.binding) ? 'bound' : 'free'}/${high(a.commitment) ? 'committed' : 'not'}`)
    );
    expect(quadrants).toEqual(new Set(['bound/not', 'bound/committed', 'free/not', 'free/committed']));
    const prisoners = accounts.filter((a) => high(a.binding) && !high(a.commitment));
    expect(prisoners.length).toBeGreaterThanOrEqual(3);
  });
});

describe('config/sample-portfolio-fi.csv', () => {
  it('is 12 accounts with Finnish headers, semicolons, decimal commas and space-grouped thousands', async () => {
    const text = await readFile(FINNISH, 'utf8');
    const [header, firstRow] = text.replace(/^\ufeff/, '').split(/\r?\n/);
    expect(header.split(';')).toContain('Liikevaihto');
    expect(firstRow).toMatch(/;\d{1,3}[ \u00a0]\d{3}[ \u00a0]\d{3},\d{2};/);
    const read = expectRead(await readPortfolio(FINNISH));
    onlyAssessedOnWarning(read.warnings);
    const days = await assessedOn(FINNISH);
    expect([...days.values()].every((d) => d.valid)).toBe(true);
    expect([...days.values()].filter((d) => d.day !== null)).toHaveLength(11);
    expect(read.accounts).toHaveLength(12);
    expect(read.accounts[0]).toMatchObject({
      name: 'Kuusamon Kalatukku Oy',
      revenue: 1_284_500.5,
      lifecycleStage: 'established',
    });
    expect(read.accounts.every(hasCosts)).toBe(true);
  });
});

describe('config/sample-portfolio.xlsx', () => {
  it('reads to the same accounts and lines as the CSV (regenerate with scripts/make-sample-xlsx.js)', async () => {
    const fromCsv = expectRead(await readPortfolio(MAIN));
    const fromXlsx = expectRead(await readPortfolio(WORKBOOK));
    onlyAssessedOnWarning(fromXlsx.warnings);
    expect(fromXlsx.accounts).toEqual(fromCsv.accounts);
    expect(fromXlsx.lines).toEqual(fromCsv.lines);
  });
});
