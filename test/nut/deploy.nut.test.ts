/**
 * Deploys the project to a real org with the Salesforce CLI (sfdx NUT style, through the package
 * cli-plugins-testkit of the Salesforce CLI team) and checks what the org then has and what its users
 * can do: every package directory of sfdx-project.json validated (--dry-run) and deployed, the fields
 * with their types, every permission set assignable, a validation rule that fires, `portfolio setup`
 * twice (the second run creates nothing), the sample portfolio loaded, a sync run by a user holding
 * only CVP_Integration, a user holding only CVP_User reading an account's scorecard through the UI API
 * and saving a value assessment, and, with a Dev Hub, a package version of the packaged directory.
 *
 * Runs only when an org is configured. TESTKIT_ORG_USERNAME names an org the CLI is logged in to (a
 * sandbox or scratch org: the project is deployed into it; set TESTKIT_HOMEDIR=$HOME too, so the
 * session finds the login). TESTKIT_HUB_USERNAME names a Dev Hub: without TESTKIT_ORG_USERNAME a
 * scratch org is created from config/project-scratch-def.json and deleted afterwards; with it, the
 * hub is used for the package version only. Otherwise every test here reports skipped, and so does
 * each test whose condition is not met (its title says what it needs): users can be created only in a
 * scratch org, the plugin's commands need `npm run build`, a package version needs a Dev Hub.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { execCmd, TestSession } from '@salesforce/cli-plugins-testkit';
import {
  ACCOUNT,
  ACCOUNT_ASSESSED,
  ACCOUNT_COMPUTED,
  CUSTOM_OBJECTS,
  FIELD_TYPES,
  PERMISSION_SETS,
  SCORING_PROFILE,
  VALUE_ASSESSMENT,
  VALUE_ASSESSMENT_SCORES,
} from '../../src/schema/fields.js';
import { DESCRIBE_TYPE } from '../../src/org/setup/doctor.js';
import type { SetupResult } from '../../src/org/setup/setup.js';
import type { SyncCommandResult } from '../../src/commands/portfolio/sync.js';
import { repoPath } from '../helpers/paths.js';
import { copyProject, readProject, renamePackage, sourceDirFlags } from './helpers/project.js';
import { createUser, isScratchOrg, restAs, type CreatedUser } from './helpers/users.js';

const orgUsername = process.env.TESTKIT_ORG_USERNAME;
const hubUsername = process.env.TESTKIT_HUB_USERNAME;
const describeWithOrg = (orgUsername ?? hubUsername) ? describe : describe.skip;
/** Without TESTKIT_ORG_USERNAME the session makes a scratch org; with it, the org has to be one. */
const scratch = orgUsername ? isScratchOrg(orgUsername) : Boolean(hubUsername);
const built = existsSync(repoPath('lib', 'commands', 'portfolio', 'setup.js'));

const itIf = (condition: boolean): jest.It => (condition ? it : it.skip);
const MINUTES = 60 * 1000;
const RUN = Date.now().toString(36);

type DescribeResult = { fields: Array<{ name: string; type: string; calculated: boolean }> };
type DeployResult = { status: string; files: Array<{ type: string; fullName: string; state: string }> };
type UiRecord = { id: string; fields: Record<string, { value: unknown }> };

describeWithOrg('the project in a real org (set TESTKIT_ORG_USERNAME or TESTKIT_HUB_USERNAME to run)', () => {
  let session: TestSession;
  let projectDir: string;
  let username: string;
  const project = readProject();
  const apiVersion = String(project.sourceApiVersion ?? '62.0');
  const packageCleanup: string[] = [];

  const sf = <T>(command: string, exitCode = 0): T | undefined =>
    execCmd<T>(`${command} --target-org ${username} --json`, { cli: 'sf', ensureExitCode: exitCode }).jsonOutput
      ?.result;
  /** The plugin's own commands, through its bin/run.js. */
  const plugin = <T>(command: string, target = username): T =>
    execCmd<T>(`${command} --target-org ${target} --json`, { ensureExitCode: 0 }).jsonOutput?.result as T;

  beforeAll(async () => {
    projectDir = await copyProject('cvp-nut-');
    session = await TestSession.create({
      project: { sourceDir: projectDir },
      devhubAuthStrategy: orgUsername ? 'NONE' : 'AUTO',
      scratchOrgs: orgUsername
        ? []
        : [{ config: 'config/project-scratch-def.json', alias: 'cvp-nut', setDefault: true, duration: 1 }],
    });
    username = orgUsername ?? session.orgs.get('default')?.username ?? '';
    expect(username).not.toBe('');
  }, 30 * MINUTES);

  afterAll(async () => {
    // Best effort, newest first: a package version, then its package.
    for (const command of packageCleanup.reverse()) execCmd(command, { cli: 'sf' });
    await session?.clean();
    if (projectDir) await rm(projectDir, { recursive: true, force: true });
  }, 20 * MINUTES);

  it(
    'validates the deploy of every package directory (--dry-run), then deploys it',
    () => {
      const dirs = sourceDirFlags(project);
      const dry = sf<DeployResult>(`project deploy start ${dirs} --dry-run --wait 30`);
      expect(dry?.status).toBe('Succeeded');
      const result = sf<DeployResult>(`project deploy start ${dirs} --wait 30`);
      expect(result?.status).toBe('Succeeded');
      const objects = new Set(result?.files.filter((f) => f.type === 'CustomObject').map((f) => f.fullName));
      for (const object of CUSTOM_OBJECTS) expect(objects.has(object)).toBe(true);
      const permissionSets = new Set(result?.files.filter((f) => f.type === 'PermissionSet').map((f) => f.fullName));
      for (const name of Object.values(PERMISSION_SETS)) expect(permissionSets.has(name)).toBe(true);
    },
    60 * MINUTES
  );

  it(
    'has every field of the name map, with its type',
    () => {
      for (const object of [ACCOUNT, ...CUSTOM_OBJECTS]) {
        const described = sf<DescribeResult>(`sobject describe --sobject ${object}`);
        const types = new Map(described?.fields.map((f) => [f.name, f.type]));
        for (const [qualified, type] of FIELD_TYPES) {
          const [fieldObject, field] = qualified.split('.');
          if (fieldObject !== object) continue;
          expect({ field: qualified, type: types.get(field) }).toEqual({ field: qualified, type: DESCRIBE_TYPE[type] });
        }
      }
    },
    10 * MINUTES
  );

  it(
    'assigns every permission set',
    () => {
      const names = Object.values(PERMISSION_SETS);
      sf(`org assign permset ${names.map((n) => `--name ${n}`).join(' ')}`);
      const assigned = sf<{ records: Array<{ PermissionSet: { Name: string } }> }>(
        `data query --query "SELECT PermissionSet.Name FROM PermissionSetAssignment WHERE Assignee.Username = '${username}'"`
      );
      const held = new Set(assigned?.records.map((r) => r.PermissionSet.Name));
      for (const name of names) expect(held.has(name)).toBe(true);
    },
    10 * MINUTES
  );

  it(
    'rejects a scoring profile whose weights do not add up to 100',
    () => {
      execCmd(
        `data create record --sobject ${SCORING_PROFILE.object} --values "Name='Broken' ${SCORING_PROFILE.key}=broken CVP_Weight_Volume__c=50" --target-org ${username} --json`,
        { cli: 'sf', ensureExitCode: 1 }
      );
    },
    10 * MINUTES
  );

  itIf(built)(
    'sets the org up with portfolio setup, and a second run creates nothing (needs npm run build)',
    () => {
      const first = plugin<SetupResult>('portfolio setup');
      // A reused org may have the profiles already; either way both are there afterwards.
      expect(first.profiles.map((p) => p.key)).toEqual(['current', 'future']);
      expect(first.checks.filter((c) => c.status === 'fail')).toEqual([]);
      const second = plugin<SetupResult>('portfolio setup');
      expect(second.created).toEqual([]);
      expect(second.profiles.map((p) => p.status)).toEqual(['present', 'present']);
      const profiles = sf<{ totalSize: number }>(
        `data query --query "SELECT Id FROM ${SCORING_PROFILE.object} WHERE ${SCORING_PROFILE.key} IN ('current','future')"`
      );
      expect(profiles?.totalSize).toBe(2);
    },
    20 * MINUTES
  );

  itIf(existsSync(repoPath('lib', 'org', 'setup', 'setup-profiles.js')))(
    'loads the sample portfolio (needs npm run build)',
    () => {
      // The session's HOME holds the org's login, so the script finds the org as the CLI does.
      execFileSync(process.execPath, [repoPath('scripts', 'org', 'load-sample.js'), '--target-org', username], {
        stdio: 'pipe',
      });
      const accounts = sf<{ totalSize: number }>(
        `data query --query "SELECT Id FROM ${ACCOUNT} WHERE ${ACCOUNT_ASSESSED.loyalty} != null"`
      );
      expect(accounts?.totalSize).toBeGreaterThanOrEqual(40);
    },
    20 * MINUTES
  );

  describe('its users, each holding one permission set', () => {
    let integration: CreatedUser | undefined;
    let person: CreatedUser | undefined;

    itIf(scratch && built)(
      'syncs as a user holding only CVP_Integration (needs a scratch org: sf org create user; and npm run build)',
      () => {
        integration = createUser(username, 'Minimum Access - Salesforce', PERMISSION_SETS.integration);
        const result = plugin<SyncCommandResult>('portfolio sync', integration.username);
        expect(result.failed).toBe(0);
        expect(result.written).toBe(result.changed);
        const scored = sf<{ totalSize: number }>(
          `data query --query "SELECT Id FROM ${ACCOUNT} WHERE ${ACCOUNT_COMPUTED.scoredAt} != null"`
        );
        expect(scored?.totalSize).toBeGreaterThan(0);
      },
      30 * MINUTES
    );

    itIf(scratch)(
      'lets a user holding only CVP_User read the scorecard through the UI API and save a value assessment (needs a scratch org)',
      () => {
        person = createUser(username, 'Standard User', PERMISSION_SETS.user);
        const account = sf<{ records: Array<{ Id: string }> }>(
          `data query --query "SELECT Id FROM ${ACCOUNT} WHERE ${ACCOUNT_ASSESSED.loyalty} != null LIMIT 1"`
        )?.records[0];
        expect(account).toBeDefined();
        const scorecard = [ACCOUNT_ASSESSED.loyalty, ACCOUNT_ASSESSED.potential, ACCOUNT_COMPUTED.tier];
        const record = restAs<UiRecord>(
          person.username,
          `/services/data/v${apiVersion}/ui-api/records/${account!.Id}?fields=${scorecard.map((f) => `${ACCOUNT}.${f}`).join(',')}`
        );
        expect(record.id).toBe(account!.Id);
        expect(record.fields[ACCOUNT_ASSESSED.loyalty].value).toEqual(expect.any(Number));

        const saved = restAs<{ id: string }>(person.username, `/services/data/v${apiVersion}/ui-api/records`, {
          method: 'POST',
          body: {
            apiName: VALUE_ASSESSMENT.object,
            fields: {
              [VALUE_ASSESSMENT.account]: account!.Id,
              [VALUE_ASSESSMENT.assessedBy]: person.id,
              [VALUE_ASSESSMENT.assessedAt]: new Date().toISOString(),
              [VALUE_ASSESSMENT.profileKey]: 'current',
              [VALUE_ASSESSMENT.comment]: `CVP NUT ${RUN}`,
              [VALUE_ASSESSMENT_SCORES.loyalty]: 4,
              [VALUE_ASSESSMENT_SCORES.potential]: 3,
            },
          },
        });
        expect(saved.id).toMatch(/^[a-zA-Z0-9]{18}$/);
        const stored = sf<{ records: Array<Record<string, unknown>> }>(
          `data query --query "SELECT ${VALUE_ASSESSMENT.account}, CreatedById FROM ${VALUE_ASSESSMENT.object} WHERE Id = '${saved.id}'"`
        )?.records[0];
        expect(stored).toMatchObject({ [VALUE_ASSESSMENT.account]: account!.Id, CreatedById: person.id });
      },
      20 * MINUTES
    );
  });

  itIf(Boolean(hubUsername))(
    'builds a package version of the packaged directory (needs TESTKIT_HUB_USERNAME)',
    async () => {
      // A package of its own, so the NUT never adds versions to the real one.
      const name = `CVP NUT ${RUN}`;
      const packaged = await renamePackage(session.project?.dir ?? projectDir, name);
      const hub = `--target-dev-hub ${hubUsername as string} --json`;
      const created = execCmd<{ Id: string }>(
        `package create --name "${name}" --package-type Unlocked --path ${packaged.path} --no-namespace ${hub}`,
        { cli: 'sf', ensureExitCode: 0 }
      ).jsonOutput?.result;
      expect(created?.Id).toMatch(/^0Ho/);
      packageCleanup.push(`package delete --package ${created!.Id} --no-prompt ${hub}`);
      const version = execCmd<{ Status: string; SubscriberPackageVersionId: string }>(
        `package version create --package "${name}" --skip-validation --installation-key-bypass --wait 60 ${hub}`,
        { cli: 'sf', ensureExitCode: 0 }
      ).jsonOutput?.result;
      expect(version?.Status).toBe('Success');
      expect(version?.SubscriberPackageVersionId).toMatch(/^04t/);
      packageCleanup.push(`package version delete --package ${version!.SubscriberPackageVersionId} --no-prompt ${hub}`);
    },
    90 * MINUTES
  );
});
