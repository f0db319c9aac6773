/**
 * The org commands against a real org, through the built plugin (bin/run.js, NUT style with the
 * Salesforce CLI team's cli-plugins-testkit): doctor, import profitability, sync (dry run, a run, a run
 * with nothing changed) and export, whose file `portfolio rank` ranks offline to the same result.
 *
 * Runs only when TESTKIT_ORG_USERNAME names an org the CLI is logged in to, with the package deployed
 * (the deploy NUT does that) and the running user holding CVP_Integration or CVP_Manager; set
 * TESTKIT_HOMEDIR=$HOME too, so the session finds the login. Needs `npm run build`. Otherwise every
 * test here reports skipped. It creates a few accounts named "CVP NUT …" and deletes them afterwards;
 * the sync scores the whole org, as the nightly job would.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execCmd, TestSession } from '@salesforce/cli-plugins-testkit';
import { ACCOUNT, ACCOUNT_ASSESSED, ACCOUNT_COMPUTED } from '../../src/schema/fields.js';
import type { SyncCommandResult } from '../../src/commands/portfolio/sync.js';
import type { ImportCommandResult } from '../../src/commands/portfolio/import/profitability.js';
import type { ExportResult } from '../../src/export/org-export.js';
import type { DoctorResult } from '../../src/org/setup/doctor.js';
import type { RankResult } from '../../src/rank/result.js';
import { repoPath } from '../helpers/paths.js';

const orgUsername = process.env.TESTKIT_ORG_USERNAME;
const built = existsSync(repoPath('lib', 'commands', 'portfolio', 'sync.js'));
const describeWithOrg = orgUsername && built ? describe : describe.skip;

const MINUTES = 60 * 1000;
const RUN = `CVP NUT ${Date.now().toString(36)}`;

describeWithOrg('the org commands in a real org (set TESTKIT_ORG_USERNAME and run npm run build to run)', () => {
  let session: TestSession;
  let dir: string;
  const ids: string[] = [];

  const run = <T>(command: string, exitCode = 0): T =>
    execCmd<T>(`${command} --target-org ${orgUsername as string} --json`, { ensureExitCode: exitCode }).jsonOutput
      ?.result as T;
  const sf = <T>(command: string): T =>
    execCmd<T>(`${command} --target-org ${orgUsername as string} --json`, { cli: 'sf', ensureExitCode: 0 }).jsonOutput
      ?.result as T;

  beforeAll(async () => {
    session = await TestSession.create({ devhubAuthStrategy: 'NONE' });
    dir = await mkdtemp(join(tmpdir(), 'cvp-sync-nut-'));
    for (let i = 0; i < 3; i++) {
      const created = sf<{ id: string }>(
        `data create record --sobject ${ACCOUNT} --values "Name='${RUN} ${i}' ${ACCOUNT_ASSESSED.loyalty}=${3 + (i % 3)} ${ACCOUNT_ASSESSED.potential}=${5 - i}"`
      );
      ids.push(created.id);
    }
  }, 10 * MINUTES);

  afterAll(async () => {
    for (const id of ids) sf(`data delete record --sobject ${ACCOUNT} --record-id ${id}`);
    await session?.clean();
    if (dir) await rm(dir, { recursive: true, force: true });
  }, 10 * MINUTES);

  it(
    'finds everything the package needs',
    () => {
      const result = run<DoctorResult>('portfolio doctor');
      expect(result.checks.filter((c) => c.status === 'fail')).toEqual([]);
    },
    5 * MINUTES
  );

  it(
    'imports profitability for the new accounts, by Id and by name',
    async () => {
      const file = join(dir, 'figures.csv');
      await writeFile(
        file,
        `Account Id,Account Name,Period,Revenue,Direct Costs\n${ids[0]},,2025,100000,40000\n,${RUN} 1,2025,50000,45000\n${ids[2]},,2025,20000,25000\n`
      );
      const result = run<ImportCommandResult>(`portfolio import profitability --file ${file}`);
      expect(result).toMatchObject({ rows: 3, written: 3, failed: 0 });
    },
    10 * MINUTES
  );

  it(
    'syncs: a dry run writes nothing, a run writes, a second run writes nothing',
    () => {
      const dry = run<SyncCommandResult>('portfolio sync --dry-run');
      expect(dry.written).toBe(0);
      expect(dry.changed).toBeGreaterThanOrEqual(3);
      const first = run<SyncCommandResult>('portfolio sync');
      expect(first.failed).toBe(0);
      expect(first.written).toBe(first.changed);
      const record = sf<{ records: Array<Record<string, unknown>> }>(
        `data query --query "SELECT ${ACCOUNT_COMPUTED.rank}, ${ACCOUNT_COMPUTED.tier} FROM ${ACCOUNT} WHERE Id = '${ids[0]}'"`
      ).records[0];
      expect(record[ACCOUNT_COMPUTED.rank]).toEqual(expect.any(Number));
      const second = run<SyncCommandResult>('portfolio sync');
      expect(second).toMatchObject({ changed: 0, written: 0 });
    },
    30 * MINUTES
  );

  it(
    'exports a file that ranks offline to the same result',
    () => {
      const out = join(dir, 'portfolio.csv');
      const exported = run<ExportResult>(`portfolio export --output ${out}`);
      expect(exported.accounts).toBeGreaterThanOrEqual(3);
      const offline = execCmd<RankResult>(`portfolio rank --file ${out} --json`, { ensureExitCode: 0 }).jsonOutput
        ?.result as RankResult;
      expect(offline.summary.tiers).toEqual(exported.summary.tiers);
      expect(offline.summary.totalMargin).toBe(exported.summary.totalMargin);
    },
    10 * MINUTES
  );
});
