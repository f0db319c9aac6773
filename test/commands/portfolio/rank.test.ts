import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import PortfolioRank from '../../../src/commands/portfolio/rank.js';
import { weightsOf } from '../../helpers/core-fixtures.js';
import { runCommand, useCommandContext } from '../../helpers/command.js';
import { repoPath } from '../../helpers/paths.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const SAMPLE = repoPath('config', 'sample-portfolio.csv');

describe('portfolio rank', () => {
  useCommandContext();
  const tmp = useTempDir();

  it('ranks the sample portfolio with the default profile', async () => {
    const result = await runCommand(PortfolioRank, ['--file', SAMPLE, '--json']);
    expect(result.profile.key).toBe('current');
    const n = result.accounts.length;
    expect(n).toBeGreaterThanOrEqual(40);
    expect(result.accounts.map((a) => a.rank)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    for (const a of result.accounts) {
      expect(Object.keys(a.scores).sort()).toEqual([
        'contact',
        'emotional',
        'learning',
        'loyalty',
        'potential',
        'profitability',
        'reference',
        'volume',
      ]);
      if (a.score !== null) expect(Math.round(a.score * 100) / 100).toBe(a.score);
      expect(a.explanation.contributions).toHaveLength(8);
    }
    const scores = result.accounts.map((a) => a.score ?? -1);
    expect([...scores].sort((x, y) => y - x)).toEqual(scores);
    expect(result.summary.accounts).toBe(n);
    expect(Object.values(result.summary.tiers).reduce((x, y) => x + y, 0)).toBe(n);
    expect(result.summary.unprofitable).toBeGreaterThan(0);
    expect(result.summary.lossMakers).toHaveLength(result.summary.unprofitable);
    expect(result.summary.whalePeakShare).toBeGreaterThan(1);
  });

  it('compares two profiles and names the rising stars', async () => {
    const result = await runCommand(PortfolioRank, ['--file', SAMPLE, '--compare', 'future', '--json']);
    for (const a of result.accounts) expect(a.rankChange).toBe(a.rank - (a.compareRank as number));
    const stars = result.summary.risingStars ?? [];
    expect(stars.length).toBeGreaterThan(0);
    expect(stars[0].rankChange).toBe(Math.max(...result.accounts.map((a) => a.rankChange as number)));
  });

  it('reads the XLSX and the Finnish semicolon file like the CSV', async () => {
    const csv = await runCommand(PortfolioRank, ['--file', SAMPLE, '--json']);
    const xlsx = await runCommand(PortfolioRank, ['--file', repoPath('config', 'sample-portfolio.xlsx'), '--json']);
    expect(xlsx.accounts.map((a) => [a.name, a.rank, a.score])).toEqual(
      csv.accounts.map((a) => [a.name, a.rank, a.score])
    );
    const fi = await runCommand(PortfolioRank, ['--file', repoPath('config', 'sample-portfolio-fi.csv'), '--json']);
    expect(fi.accounts.length).toBeGreaterThanOrEqual(10);
    expect(fi.accounts.every((a) => a.score !== null)).toBe(true);
  });

  it.each(['csv', 'xlsx'])('writes a %s that ranks again to the same result', async (ext) => {
    const out = tmp.file(`ranked.${ext}`);
    const first = await runCommand(PortfolioRank, ['--file', SAMPLE, '--output', out, '--json']);
    expect(existsSync(out)).toBe(true);
    const again = await runCommand(PortfolioRank, ['--file', out, '--json']);
    expect(again.accounts.map((a) => [a.name, a.rank, a.score, a.tier])).toEqual(
      first.accounts.map((a) => [a.name, a.rank, a.score, a.tier])
    );
  });

  it('neutralises formulas in exported text cells and keeps numbers as numbers', async () => {
    const input = tmp.file('evil.csv');
    await writeFile(
      input,
      'Name,Revenue,Direct Costs,Loyalty\n"=HYPERLINK(""http://x"")",1000,-0,3\n@SUM(A1),2000,100,4\n'
    );
    const out = tmp.file('out.csv');
    await runCommand(PortfolioRank, ['--file', input, '--output', out, '--json']);
    const text = await readFile(out, 'utf8');
    expect(text).toContain("'=HYPERLINK");
    expect(text).toContain("'@SUM(A1)");
    expect(text).not.toMatch(/(^|,)"?=HYPERLINK/m);
    expect(text).toMatch(/,2000,/);
  });

  it('writes JSON and a text table to files', async () => {
    const json = tmp.file('ranked.json');
    await runCommand(PortfolioRank, ['--file', SAMPLE, '--output', json]);
    const parsed = JSON.parse(await readFile(json, 'utf8')) as { accounts: unknown[] };
    expect(parsed.accounts.length).toBeGreaterThanOrEqual(40);
    const txt = tmp.file('ranked.txt');
    await runCommand(PortfolioRank, ['--file', SAMPLE, '--output', txt]);
    expect(await readFile(txt, 'utf8')).toContain('Portfolio summary');
  });

  it('takes a profile from a JSON file', async () => {
    const profile = tmp.file('mine.json');
    const weights = weightsOf({ loyalty: 100 });
    await writeFile(profile, JSON.stringify({ key: 'loyal', name: 'Loyalty only', weights }));
    const result = await runCommand(PortfolioRank, ['--file', SAMPLE, '--profile', profile, '--json']);
    expect(result.profile.key).toBe('loyal');
    for (const a of result.accounts) if (a.scores.loyalty !== null) expect(a.score).toBe(a.scores.loyalty);
  });
});
