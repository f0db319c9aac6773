/**
 * `portfolio rank` and reviews (docs/method.md, Review due): a sheet that says when each account was
 * last assessed gets the accounts due in its summary and a "Review Due" column; a sheet without that
 * column is ranked as before.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { jest } from '@jest/globals';
import PortfolioRank from '../../../src/commands/portfolio/rank.js';
import { readRankInput } from '../../../src/rank/read-input.js';
import { parseAssessedOn, withoutAssessedOnWarning } from '../../../src/rank/review-due.js';
import { runDay } from '../../../src/ux/render-review.js';
import { runCommand, useCommandContext } from '../../helpers/command.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const DAY = 86_400_000;
/** A day `days` before today, as the sheet writes it. */
const ago = (days: number): string => runDay(new Date(Date.now() - days * DAY));
const fi = (iso: string): string => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}.${m}.${y}`;
};

describe('portfolio rank with an assessed-on column', () => {
  useCommandContext();
  const tmp = useTempDir();

  // Aalto scores as a key account (every 6 months), Berg as develop (every 12), Cedar as lean (every 24).
  const rows = (assessed: [string, string, string], header = 'Assessed at'): string =>
    [
      `Name,Revenue,Direct Costs,Volume,Profitability,Loyalty,Potential,Reference,Learning,${header}`,
      `Aalto Oy,900000,400000,5,5,5,5,5,5,${assessed[0]}`,
      `Berg AB,300000,200000,3,3,3,3,3,3,${assessed[1]}`,
      `Cedar Ltd,100000,90000,1,1,1,1,1,1,${assessed[2]}`,
    ].join('\n');

  async function rank(
    text: string,
    extra: string[] = []
  ): Promise<Awaited<ReturnType<typeof runCommand<PortfolioRank>>>> {
    const file = tmp.file(`in-${Math.random().toString(36).slice(2)}.csv`);
    await writeFile(file, `${text}\n`);
    return runCommand(PortfolioRank, ['--file', file, '--json', ...extra]);
  }

  it('counts the accounts due and names them, longest due first, with why', async () => {
    // Aalto: 14 months ago, key accounts every 6: due. Berg: 2 months ago: not due. Cedar: never.
    const result = await rank(rows([ago(430), ago(60), '']));
    expect(result.accounts.map((a) => [a.name, a.tier])).toEqual([
      ['Aalto Oy', 'keyAccount'],
      ['Berg AB', 'develop'],
      ['Cedar Ltd', 'lean'],
    ]);
    const review = result.summary.review!;
    expect(review).toMatchObject({ column: 'Assessed at', due: 2, today: runDay(), notDates: { count: 0 } });
    expect(review.dueAccounts.map((d) => [d.name, d.monthsAgo, d.intervalMonths])).toEqual([
      ['Cedar Ltd', null, 24],
      ['Aalto Oy', 14, 6],
    ]);
  });

  it('reads Finnish headers and dates, and the review months of the profile', async () => {
    const text = rows([fi(ago(430)), fi(ago(60)), fi(ago(400))], 'Arvioitu');
    expect((await rank(text)).summary.review).toMatchObject({ column: 'Arvioitu', due: 1 });
    // A profile that reviews key accounts only once in two years and lean accounts never.
    const profile = tmp.file('slow.json');
    await writeFile(
      profile,
      JSON.stringify({
        key: 'slow',
        name: 'Slow reviews',
        weights: {
          volume: 30,
          profitability: 20,
          loyalty: 20,
          potential: 10,
          reference: 10,
          learning: 10,
          contact: 0,
          emotional: 0,
        },
        review: { keyAccount: 24, develop: 12, maintain: 12, lean: 0 },
      })
    );
    expect((await rank(text, ['--profile', profile])).summary.review).toMatchObject({ due: 0, dueAccounts: [] });
  });

  it('adds a Review Due column to the export, which a second read leaves out', async () => {
    const file = tmp.file('in.csv');
    await writeFile(file, `${rows([ago(430), ago(60), ''])}\n`);
    const out = tmp.file('out.csv');
    await runCommand(PortfolioRank, ['--file', file, '--output', out, '--json']);
    const [header, ...lines] = (await readFile(out, 'utf8')).trim().split(/\r?\n/);
    expect(header.split(',').slice(-1)).toEqual(['Review Due']);
    expect(lines.map((l) => l.split(',').slice(-1)[0])).toEqual(['true', 'false', 'true']);
    const again = await readRankInput(out);
    expect(withoutAssessedOnWarning(again.warnings)).toEqual([]);
    expect(again.columns.map((c) => c.header)).not.toContain('Review Due');
  });

  it('says which cells are not dates and counts them as never assessed', async () => {
    const result = await rank(rows(['soon', '31.2.2025', ago(10)]));
    expect(result.summary.review).toMatchObject({ due: 2, notDates: { count: 2, lines: [2, 3] } });
    expect(parseAssessedOn('2025-03-10T09:30:00.000+0000')).toEqual({ day: '2025-03-10', valid: true });
    expect(parseAssessedOn({ kind: 'other', text: '2025-03-10' })).toEqual({ day: '2025-03-10', valid: true });
    expect(parseAssessedOn(45_000)).toEqual({ day: null, valid: false });
  });

  it('changes nothing without the column', async () => {
    const text = rows(['', '', '']).replace(',Assessed at', '').replace(/,$/gm, '');
    const result = await rank(text);
    expect(result.summary.review).toBeUndefined();
    const out = tmp.file('plain.csv');
    const file = tmp.file('plain-in.csv');
    await writeFile(file, `${text}\n`);
    await runCommand(PortfolioRank, ['--file', file, '--output', out, '--json']);
    expect((await readFile(out, 'utf8')).split(/\r?\n/)[0]).not.toContain('Review Due');
  });
  /** The lines the command logs for a person, without --json. */
  async function printed(text: string, extra: string[] = []): Promise<string[]> {
    const file = tmp.file(`in-${Math.random().toString(36).slice(2)}.csv`);
    await writeFile(file, `${text}\n`);
    const lines: string[] = [];
    const log = jest.spyOn(PortfolioRank.prototype, 'log').mockImplementation((message?: string) => {
      lines.push(...(message ?? '').split('\n'));
    });
    try {
      await runCommand(PortfolioRank, ['--file', file, ...extra]);
    } finally {
      log.mockRestore();
    }
    return lines;
  }

  it('says "1 account due for review" for one, "2 accounts" for two', async () => {
    // Only Cedar was never assessed; Aalto and Berg were assessed a month ago.
    expect(await printed(rows([ago(30), ago(30), '']))).toContain('1 account due for review:');
    expect(await printed(rows([ago(430), ago(30), '']))).toContain('2 accounts due for review:');
  });

  it('reads the same Finnish line for one account as for several', async () => {
    const lines = await printed(rows([ago(30), ago(30), '']), ['--language', 'fi']);
    expect(lines).toContain('1 asiakkuuden arvio on erääntynyt:');
  });
});
