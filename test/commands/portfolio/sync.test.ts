import { readFile } from 'node:fs/promises';
import '../../helpers/jest-realm.js';
import PortfolioSync from '../../../src/commands/portfolio/sync.js';
import { ACCOUNT, ACCOUNT_COMPUTED as C } from '../../../src/schema/fields.js';
import { runCommand, runExpectingError } from '../../helpers/command.js';
import { useOrgCommandContext } from '../../helpers/org-command.js';
import { seedPortfolio, syntheticSeeds } from '../../helpers/org-server.js';
import { useTempDir } from '../../helpers/temp-dir.js';

describe('portfolio sync', () => {
  const ctx = useOrgCommandContext();
  const tmp = useTempDir();
  const org = (): string[] => ['--target-org', ctx.username, '--api-version', '62.0'];

  it('syncs through the org of --target-org, then writes nothing on the second run', async () => {
    const ids = seedPortfolio(ctx.server, syntheticSeeds(40));
    const first = await runCommand(PortfolioSync, [...org(), '--json']);
    expect(first).toMatchObject({ accounts: 40, changed: 40, written: 40, failed: 0 });
    expect(first.resultFile).toBeUndefined();
    expect(ctx.server.store.get(ACCOUNT, ids[0])![C.rank]).toEqual(expect.any(Number));
    const second = await runCommand(PortfolioSync, [...org(), '--json']);
    expect(second).toMatchObject({ changed: 0, written: 0, snapshot: { written: false, reason: 'unchanged' } });
  });

  it('writes the refused records to the result file with id, name and reason', async () => {
    const ids = seedPortfolio(ctx.server, syntheticSeeds(10));
    ctx.server.faults.failRecords([ids[3]], { statusCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: '=cmd|x' });
    const out = tmp.file('result.csv');
    const result = await runCommand(PortfolioSync, [...org(), '--result-file', out, '--json']);
    expect(result.failed).toBe(1);
    expect(result.resultFile).toBe(out);
    const text = await readFile(out, 'utf8');
    expect(text).toContain('Id,Name,Object,Error Code,Reason');
    expect(text).toContain(`${ids[3]},Account 000003,Account,FIELD_CUSTOM_VALIDATION_EXCEPTION,'=cmd|x`);
  });

  it('reports a dry run without writing, and prints the movers for a person', async () => {
    seedPortfolio(ctx.server, syntheticSeeds(12));
    const result = await runCommand(PortfolioSync, [...org(), '--dry-run', '--top', '3']);
    expect(result.dryRun).toBe(true);
    expect(result.movers).toHaveLength(3);
    expect(ctx.server.store.all(ACCOUNT).every((a) => a[C.rank] === null || a[C.rank] === undefined)).toBe(true);
  });

  it('refreshes an expired session through the org auth (the refresh-token grant) and carries on', async () => {
    seedPortfolio(ctx.server, syntheticSeeds(10));
    ctx.server.faults.expireSessionAfter(2);
    const result = await runCommand(PortfolioSync, [...org(), '--json']);
    expect(result.written).toBe(10);
    expect(ctx.server.calls.count('oauth')).toBeGreaterThanOrEqual(1);
  });

  it('stops with the message from messages/ when the API limit is reached', async () => {
    seedPortfolio(ctx.server, syntheticSeeds(10));
    ctx.server.faults.requestLimitAfter(3);
    const failure = await runExpectingError(PortfolioSync, [...org(), '--json']);
    expect(failure.name).toBe('RequestLimitExceededError');
    expect(failure.message).toMatch(/API request limit is used up/);
    expect(failure.actions.join('\n')).toMatch(/continues where this one stopped/);
  });

  it('takes the comparison profile from --compare-profile, says which it used, and stops on an unknown one', async () => {
    seedPortfolio(ctx.server, syntheticSeeds(12));
    const result = await runCommand(PortfolioSync, [
      ...org(),
      '--dry-run',
      '--compare-profile',
      'current',
      '--profile',
      'future',
      '--json',
    ]);
    expect(result.comparison).toEqual({
      key: 'current',
      name: 'Current key accounts',
      nameFi: expect.any(String),
      source: 'flag',
    });
    const failure = await runExpectingError(PortfolioSync, [
      ...org(),
      '--dry-run',
      '--compare-profile',
      'nosuch',
      '--json',
    ]);
    expect(failure.name).toBe('UnknownCompareProfileError');
    expect(failure.message).toContain('"nosuch" (from --compare-profile)');
    expect(failure.actions.join('\n')).toContain('current, future');
  });
});
