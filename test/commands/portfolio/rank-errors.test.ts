import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import PortfolioRank from '../../../src/commands/portfolio/rank.js';
import { CURRENT } from '../../helpers/core-fixtures.js';
import { runExpectingError, useCommandContext, type CommandFailure } from '../../helpers/command.js';
import { repoPath } from '../../helpers/paths.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const SAMPLE = repoPath('config', 'sample-portfolio.csv');
const HEADER = 'Name,Revenue,Direct Costs,Loyalty,Potential';

describe('portfolio rank: bad input', () => {
  useCommandContext();
  const tmp = useTempDir();

  /** Writes the input, runs rank with an output file, and checks nothing was written. */
  async function failWith(name: string, content: string | Buffer, extra: string[] = []): Promise<CommandFailure> {
    const input = tmp.file(name);
    await writeFile(input, content);
    const out = tmp.file('out.csv');
    const failure = await runExpectingError(PortfolioRank, ['--file', input, '--output', out, ...extra]);
    expect(existsSync(out)).toBe(false);
    expect(failure.exitCode).not.toBe(0);
    return failure;
  }

  it('an empty file', async () => {
    const f = await failWith('empty.csv', '');
    expect(f.message).toContain('empty.csv');
  });

  it('no Name column, listing the columns found', async () => {
    const f = await failWith('noname.csv', 'Customer Id,Revenue\nx,100\n');
    expect(f.message).toMatch(/name/i);
    expect(f.message).toContain('Revenue');
  });

  it('a non-numeric figure, with line and column', async () => {
    const f = await failWith('nan.csv', `${HEADER}\nAcme,1000,200,3,4\nBeta,lots,200,3,4\n`);
    expect(f.message).toContain('nan.csv');
    expect(f.message).toMatch(/line 3/);
    expect(f.message).toContain('Revenue');
    expect(f.message).toContain('lots');
    // The row's own advice reaches the user, not only the general one.
    expect(f.actions.length).toBeGreaterThan(1);
  });

  it('a score outside 1–5', async () => {
    const f = await failWith('range.csv', `${HEADER}\nAcme,1000,200,7,4\n`);
    expect(f.message).toMatch(/line 2/);
    expect(f.message).toContain('Loyalty');
  });

  it('duplicate account names, naming both lines', async () => {
    const f = await failWith('dup.csv', `${HEADER}\nAcme Oy,1000,200,3,4\nBeta,1,1,1,1\nacme oy ,5,1,2,2\n`);
    expect(f.message).toMatch(/line 4/);
    expect(f.message).toMatch(/2/);
  });

  it('collects every row error in one run', async () => {
    const f = await failWith('many.csv', `${HEADER}\nA,x,1,1,1\nB,1,y,1,1\nC,1,1,9,1\n`);
    expect(f.message).toMatch(/line 2/);
    expect(f.message).toMatch(/line 3/);
    expect(f.message).toMatch(/line 4/);
  });

  it('a binary file', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const f = await failWith('picture.csv', png);
    expect(f.message).toContain('picture.csv');
  });

  it('a wrong extension', async () => {
    const f = await failWith('accounts.pdf', 'Name\nA\n');
    expect(f.message).toContain('accounts.pdf');
  });

  it('an unknown profile', async () => {
    const f = await runExpectingError(PortfolioRank, ['--file', SAMPLE, '--profile', 'tomorrow']);
    expect(f.message).toContain('tomorrow');
    expect(f.actions.join(' ')).toMatch(/current/);
  });

  it('a profile whose weights do not sum to 100', async () => {
    const profile = tmp.file('bad.json');
    const weights = { ...CURRENT.weights, volume: 50 };
    await writeFile(profile, JSON.stringify({ key: 'bad', name: 'Bad', weights }));
    const f = await runExpectingError(PortfolioRank, ['--file', SAMPLE, '--profile', profile]);
    expect(f.message).toContain('bad.json');
    expect(f.message).toMatch(/120/);
  });

  it('a profile with an unknown dimension', async () => {
    const profile = tmp.file('odd.json');
    const weights = { ...CURRENT.weights, charisma: 0 };
    await writeFile(profile, JSON.stringify({ key: 'odd', name: 'Odd', weights }));
    const f = await runExpectingError(PortfolioRank, ['--file', SAMPLE, '--profile', profile]);
    expect(f.message).toContain('charisma');
  });

  it('a profile file that is not JSON', async () => {
    const profile = tmp.file('broken.json');
    await writeFile(profile, '{ "key": ');
    const f = await runExpectingError(PortfolioRank, ['--file', SAMPLE, '--profile', profile]);
    expect(f.message).toContain('broken.json');
  });

  it('xlsx to the terminal, and a format that contradicts the output file', async () => {
    expect((await runExpectingError(PortfolioRank, ['--file', SAMPLE, '--format', 'xlsx'])).message).toMatch(/xlsx/);
    const out = tmp.file('x.csv');
    expect(
      (await runExpectingError(PortfolioRank, ['--file', SAMPLE, '--format', 'json', '--output', out])).message
    ).toContain('x.csv');
    expect(existsSync(out)).toBe(false);
  });
});
