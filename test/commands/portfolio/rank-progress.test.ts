/**
 * `portfolio rank` shows its progress through the command's own progress bar (sf-plugins-core's
 * Progress): rows done of total per phase, ending at the full count; under --json, no bar at all.
 */
import { writeFile } from 'node:fs/promises';
import { jest } from '@jest/globals';
import { Progress } from '@salesforce/sf-plugins-core';
import PortfolioRank from '../../../src/commands/portfolio/rank.js';
import { runCommand, useCommandContext } from '../../helpers/command.js';
import { repoPath } from '../../helpers/paths.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const SAMPLE = repoPath('config', 'sample-portfolio.csv');

describe('portfolio rank progress', () => {
  useCommandContext();
  const tmp = useTempDir();
  afterEach(() => jest.restoreAllMocks());

  /** The bar's methods, recorded instead of drawing. */
  const stubBar = (): Record<
    'start' | 'setTotal' | 'update' | 'stop',
    jest.SpiedFunction<(...args: never[]) => void>
  > => ({
    start: jest.spyOn(Progress.prototype, 'start').mockImplementation(() => undefined),
    setTotal: jest.spyOn(Progress.prototype, 'setTotal').mockImplementation(() => undefined),
    update: jest.spyOn(Progress.prototype, 'update').mockImplementation(() => undefined),
    stop: jest.spyOn(Progress.prototype, 'stop').mockImplementation(() => undefined),
  });

  it('reports reading, checking, scoring and writing, each up to its total', async () => {
    const bar = stubBar();
    const out = tmp.file('ranked.csv');
    const result = await runCommand(PortfolioRank, ['--file', SAMPLE, '--output', out]);
    const n = result.accounts.length;

    expect(bar.start).toHaveBeenCalledTimes(1);
    const details = bar.update.mock.calls.map((args: unknown[]) => [args[0], (args[1] as { detail: string }).detail]);
    for (const phase of ['Checking rows', 'Scoring accounts', 'Writing ranked.csv']) {
      expect(details).toContainEqual([n, `${phase} (${n} of ${n} rows)`]);
    }
    expect(details).toContainEqual([expect.any(Number), 'Reading sample-portfolio.csv']);
    expect(bar.setTotal.mock.calls.map((args: unknown[]) => args[0])).toEqual([n, n, n]);
    expect(bar.stop).toHaveBeenCalled();
  });

  it('shows no bar under --json', async () => {
    const bar = stubBar();
    await runCommand(PortfolioRank, ['--file', SAMPLE, '--json']);
    expect(bar.start).not.toHaveBeenCalled();
    expect(bar.update).not.toHaveBeenCalled();
  });

  it('stops the bar when the input is bad', async () => {
    const bar = stubBar();
    const input = tmp.file('bad.csv');
    await writeFile(input, 'Name,Loyalty\nAcme,9\n');
    await expect(runCommand(PortfolioRank, ['--file', input])).rejects.toThrow(/bad\.csv/);
    expect(bar.stop).toHaveBeenCalled();
  });
});
