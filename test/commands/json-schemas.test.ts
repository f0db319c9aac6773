/**
 * What each command prints under --json conforms to its committed schema (schemas/), so a schema cannot
 * drift from the output: a field added, removed, renamed or given another type fails here until
 * `npm run update:public-surface` writes the schema again (and the diff shows it).
 *
 * The org commands run in-process against the local Salesforce API server (test/sf-server), and their
 * printed JSON is taken from sf's printer. `portfolio rank` prints a large result itself, in chunks
 * (src/rank/json-output.ts): it runs as a person runs it, bin/run.js on the built lib/ in a child process,
 * once below and once above the size it streams from.
 */
import '../helpers/jest-realm.js';
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import PortfolioDoctor from '../../src/commands/portfolio/doctor.js';
import PortfolioExport from '../../src/commands/portfolio/export.js';
import PortfolioImportProfitability from '../../src/commands/portfolio/import/profitability.js';
import PortfolioSetup from '../../src/commands/portfolio/setup.js';
import PortfolioSync from '../../src/commands/portfolio/sync.js';
import PortfolioVisionExport from '../../src/commands/portfolio/vision/export.js';
import { OBJECTIVE, PERMISSION_SETS, PROFITABILITY, VISION } from '../../src/schema/fields.js';
import { STREAM_FROM_ACCOUNTS } from '../../src/rank/json-output.js';
import { runCommand, runExpectingError } from '../helpers/command.js';
import { printedJson, schemaProblems } from '../helpers/json-schema.js';
import { useOrgCommandContext } from '../helpers/org-command.js';
import { activateAccountPage, assignPermissionSet, loadBuiltInProfiles } from '../helpers/org-admin.js';
import { API_VERSION, seedPortfolio, syntheticSeeds } from '../helpers/org-server.js';
import { repoPath } from '../helpers/paths.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { objectiveRow, visionRow } from '../helpers/vision-records.js';

type Printed = { status?: number; result?: unknown; data?: unknown };

/** The printed success JSON's result, checked against the command's schema. */
function expectResultConforms(commandId: string, printed: Printed): void {
  expect(printed.status).toBe(0);
  expect(printed.result).toBeDefined();
  expect(schemaProblems(commandId, printed.result)).toEqual([]);
}

describe('the --json result of every command conforms to its schema', () => {
  const tmp = useTempDir();

  describe('portfolio rank (bin/run.js)', () => {
    const rank = (args: string[]): Printed => {
      const child = spawnSync(process.execPath, [repoPath('bin', 'run.js'), 'portfolio', 'rank', ...args, '--json'], {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        env: { ...process.env, FORCE_COLOR: '0', SF_DISABLE_TELEMETRY: 'true' },
      });
      expect({ status: child.status, stderr: child.stderr }).toEqual({ status: 0, stderr: '' });
      return JSON.parse(child.stdout) as Printed;
    };

    it('printed by sf: the sample portfolio compared with another profile', () => {
      const printed = rank(['--file', repoPath('config', 'sample-portfolio.csv'), '--compare', 'future']);
      expectResultConforms('portfolio:rank', printed);
      expect(printed.result).toMatchObject({
        accounts: expect.arrayContaining([expect.objectContaining({ rankChange: expect.any(Number) })]),
      });
    });

    it('streamed by the command: a result of more accounts than it streams from', async () => {
      const rows = STREAM_FROM_ACCOUNTS + 50;
      const lines = ['Name,Revenue,Direct Costs,Loyalty,Potential,Lifecycle Stage'];
      const stages = ['Pioneer', 'Growth', 'Established', 'Declining', 'Ending'];
      for (let i = 0; i < rows; i += 1) {
        // Some accounts without scores or figures, so the nulls of the result are printed too.
        const figures = i % 7 === 0 ? ',' : `${10_000 + ((i * 7919) % 90_000)},${5000 + ((i * 104_729) % 4000)}`;
        const scores = i % 11 === 0 ? ',' : `${1 + (i % 5)},${1 + ((i * 3) % 5)}`;
        lines.push(`Account ${i},${figures},${scores},${stages[i % 5]}`);
      }
      const file = tmp.file('large.csv');
      await writeFile(file, `${lines.join('\n')}\n`);
      const printed = rank(['--file', file]);
      expectResultConforms('portfolio:rank', printed);
      expect((printed.result as { accounts: unknown[] }).accounts).toHaveLength(rows);
    });
  });

  describe('the org commands (in-process, local API server)', () => {
    const ctx = useOrgCommandContext();
    const org = (): string[] => ['--target-org', ctx.username, '--api-version', API_VERSION, '--json'];

    it('portfolio doctor, every check passing', async () => {
      assignPermissionSet(ctx.server, PERMISSION_SETS.integration);
      loadBuiltInProfiles(ctx.server);
      activateAccountPage(ctx.server);
      await runCommand(PortfolioDoctor, org());
      expectResultConforms('portfolio:doctor', printedJson());
    });

    it('portfolio doctor, a check failing: the error carries the result as its data', async () => {
      await runExpectingError(PortfolioDoctor, org());
      const failed = printedJson();
      expect(failed).toMatchObject({ name: 'ProblemsFoundError', status: 1 });
      expect(failed.data).toBeDefined();
      expect(schemaProblems('portfolio:doctor', failed.data)).toEqual([]);
    });

    it('portfolio setup', async () => {
      assignPermissionSet(ctx.server, PERMISSION_SETS.admin);
      await runCommand(PortfolioSetup, org());
      expectResultConforms('portfolio:setup', printedJson());
    });

    it('portfolio sync: a dry run, then a run with a refused record and its result file', async () => {
      const ids = seedPortfolio(ctx.server, syntheticSeeds(15));
      await runCommand(PortfolioSync, [...org(), '--dry-run', '--top', '3']);
      expectResultConforms('portfolio:sync', printedJson());

      ctx.server.faults.failRecords([ids[2]], { statusCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: 'No.' });
      await runCommand(PortfolioSync, [...org(), '--result-file', tmp.file('sync.csv')]);
      const printed = printedJson();
      expectResultConforms('portfolio:sync', printed);
      expect(printed.result).toMatchObject({ failed: 1, resultFile: tmp.file('sync.csv') });
    });

    it('portfolio import profitability: a dry run, then a run with a refused row', async () => {
      const ids = seedPortfolio(ctx.server, [{ name: 'Aalto Oy' }, { name: 'Berg AB' }]);
      const file = tmp.file('figures.csv');
      await writeFile(file, `Account Id,Period,Revenue\n${ids[0]},2025,100\n${ids[1]},2025,200\n`);
      await runCommand(PortfolioImportProfitability, [...org(), '--file', file, '--dry-run']);
      expectResultConforms('portfolio:import:profitability', printedJson());

      ctx.server.faults.failRecords(
        (record, object) => object === PROFITABILITY.object && record[PROFITABILITY.account] === ids[1],
        {
          statusCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
          message: 'No.',
        }
      );
      await runCommand(PortfolioImportProfitability, [
        ...org(),
        '--file',
        file,
        '--result-file',
        tmp.file('import.csv'),
      ]);
      const printed = printedJson();
      expectResultConforms('portfolio:import:profitability', printed);
      expect(printed.result).toMatchObject({ failed: 1 });
    });

    it('portfolio export', async () => {
      seedPortfolio(ctx.server, syntheticSeeds(12));
      await runCommand(PortfolioExport, [...org(), '--output', tmp.file('portfolio.csv')]);
      expectResultConforms('portfolio:export', printedJson());
    });

    it('portfolio vision export', async () => {
      const [accountId] = seedPortfolio(ctx.server, [{ name: 'Harbour Cranes Oy' }]);
      // The records as the REST API returns them, stored: without their attributes and Ids.
      const record = (row: Record<string, unknown>): Record<string, unknown> => {
        const fields = { ...row };
        delete fields.attributes;
        delete fields.Id;
        return fields;
      };
      const [visionId] = ctx.server.store.insert(VISION.object, [
        { ...record(visionRow()), [VISION.account]: accountId },
      ]);
      ctx.server.store.insert(OBJECTIVE.object, [{ ...record(objectiveRow()), [OBJECTIVE.vision]: visionId }]);
      await runCommand(PortfolioVisionExport, [...org(), '--account', accountId, '--output', tmp.file('vision.md')]);
      const printed = printedJson();
      expectResultConforms('portfolio:vision:export', printed);
      expect(printed.result).toMatchObject({ accountId, objectives: 1 });
    });
  });
});
