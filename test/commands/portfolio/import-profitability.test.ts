import { readFile, writeFile } from 'node:fs/promises';
import '../../helpers/jest-realm.js';
import PortfolioImportProfitability from '../../../src/commands/portfolio/import/profitability.js';
import { PROFITABILITY as P } from '../../../src/schema/fields.js';
import { runCommand, runExpectingError } from '../../helpers/command.js';
import { useOrgCommandContext } from '../../helpers/org-command.js';
import { seedPortfolio, writeCalls } from '../../helpers/org-server.js';
import { useTempDir } from '../../helpers/temp-dir.js';

describe('portfolio import profitability', () => {
  const ctx = useOrgCommandContext();
  const tmp = useTempDir();
  const org = (): string[] => ['--target-org', ctx.username, '--api-version', '62.0'];

  it('upserts the rows into the org of --target-org', async () => {
    const ids = seedPortfolio(ctx.server, [{ name: 'Aalto Oy' }, { name: 'Berg AB' }]);
    const file = tmp.file('figures.csv');
    await writeFile(
      file,
      `Account Id,Account Name,Period,Revenue,Direct Costs\n${ids[0]},,2025,100,10\n,Berg AB,2025,200,20\n`
    );
    const result = await runCommand(PortfolioImportProfitability, [...org(), '--file', file, '--json']);
    expect(result).toMatchObject({ rows: 2, accounts: 2, written: 2, failed: 0, dryRun: false });
    expect(
      ctx.server.store
        .all(P.object)
        .map((r) => r[P.externalId])
        .sort()
    ).toEqual([`${ids[0]}:2025`, `${ids[1]}:2025`]);
  });

  it('checks without writing on a dry run', async () => {
    seedPortfolio(ctx.server, [{ name: 'Aalto Oy' }]);
    const file = tmp.file('figures.csv');
    await writeFile(file, 'Name,Period,Revenue\nAalto Oy,2025-Q1,100\n');
    const result = await runCommand(PortfolioImportProfitability, [...org(), '--file', file, '--dry-run', '--json']);
    expect(result).toMatchObject({ rows: 1, written: 0, dryRun: true, api: 'none' });
    expect(writeCalls(ctx.server)).toBe(0);
  });

  it('fails with every problem of the file and its actions, writing nothing', async () => {
    seedPortfolio(ctx.server, [{ name: 'Twin' }, { name: 'Twin' }]);
    const file = tmp.file('figures.csv');
    await writeFile(file, 'Name,Period,Revenue\nTwin,2025,100\nNobody,2025,1\n');
    const failure = await runExpectingError(PortfolioImportProfitability, [...org(), '--file', file, '--json']);
    expect(failure.name).toBe('BadFileError');
    expect(failure.message).toContain('line 2: 2 accounts in the org are named "Twin"');
    expect(failure.message).toContain('line 3: no account in the org is named "Nobody"');
    expect(failure.actions.join('\n')).toMatch(/Account Id instead of the name/);
    expect(writeCalls(ctx.server)).toBe(0);
  });

  it('lists the rows the org refused in the result file', async () => {
    const ids = seedPortfolio(ctx.server, [{ name: 'Aalto Oy' }, { name: 'Berg AB' }]);
    ctx.server.faults.failRecords((record, object) => object === P.object && record[P.account] === ids[1], {
      statusCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
      message: 'Costs and service hours cannot be negative.',
    });
    const file = tmp.file('figures.csv');
    await writeFile(file, `Account Id,Period,Revenue\n${ids[0]},2025,100\n${ids[1]},2025,200\n`);
    const out = tmp.file('result.csv');
    const result = await runCommand(PortfolioImportProfitability, [
      ...org(),
      '--file',
      file,
      '--result-file',
      out,
      '--json',
    ]);
    expect(result).toMatchObject({ written: 1, failed: 1, resultFile: out });
    expect(await readFile(out, 'utf8')).toContain(
      `${ids[1]}:2025,Berg AB,${P.object},FIELD_CUSTOM_VALIDATION_EXCEPTION,Costs and service hours cannot be negative.`
    );
  });
});
