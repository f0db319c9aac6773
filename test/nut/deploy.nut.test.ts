/**
 * Deploys the package to a real org with the Salesforce CLI (sfdx NUT style, through the package
 * cli-plugins-testkit of the Salesforce CLI team) and checks what the org then has: the fields with their types, the
 * permission sets assignable, a validation rule that fires, and the sample portfolio loaded.
 *
 * Runs only when an org is configured. TESTKIT_ORG_USERNAME names an org the CLI is logged in to (a
 * sandbox or scratch org: the package is deployed into it; set TESTKIT_HOMEDIR=$HOME too, so the
 * session finds the login). TESTKIT_HUB_USERNAME names a Dev Hub: a scratch org is created from
 * config/project-scratch-def.json and deleted afterwards. Otherwise every test here reports skipped.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execCmd, TestSession } from '@salesforce/cli-plugins-testkit';
import {
  ACCOUNT,
  ACCOUNT_ASSESSED,
  CUSTOM_OBJECTS,
  FIELD_TYPES,
  PERMISSION_SETS,
  SCORING_PROFILE,
} from '../../src/org/fields.js';
import { DESCRIBE_TYPE } from '../../src/org/doctor.js';
import { repoPath } from '../helpers/paths.js';

const orgUsername = process.env.TESTKIT_ORG_USERNAME;
const hubUsername = process.env.TESTKIT_HUB_USERNAME;
const describeWithOrg = (orgUsername ?? hubUsername) ? describe : describe.skip;

const MINUTES = 60 * 1000;

type DescribeResult = { fields: Array<{ name: string; type: string; calculated: boolean }> };

describeWithOrg('the package in a real org (set TESTKIT_ORG_USERNAME or TESTKIT_HUB_USERNAME to run)', () => {
  let session: TestSession;
  let projectDir: string;
  let username: string;

  const sf = <T>(command: string, exitCode = 0): T | undefined =>
    execCmd<T>(`${command} --target-org ${username} --json`, { cli: 'sf', ensureExitCode: exitCode }).jsonOutput
      ?.result;

  beforeAll(async () => {
    // A project with only what a deploy needs: the repository's node_modules stays behind.
    projectDir = await mkdtemp(join(tmpdir(), 'cvp-nut-'));
    await Promise.all(
      ['sfdx-project.json', '.forceignore', 'force-app', 'force-app-unpackaged', 'config'].map((part) =>
        cp(repoPath(part), join(projectDir, part), { recursive: true })
      )
    );
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
    await session?.clean();
    if (projectDir) await rm(projectDir, { recursive: true, force: true });
  });

  it(
    'deploys',
    () => {
      const result = sf<{ status: string; files: Array<{ type: string; fullName: string; state: string }> }>(
        'project deploy start --source-dir force-app --source-dir force-app-unpackaged --wait 30'
      );
      expect(result?.status).toBe('Succeeded');
      const objects = new Set(result?.files.filter((f) => f.type === 'CustomObject').map((f) => f.fullName));
      for (const object of CUSTOM_OBJECTS) expect(objects.has(object)).toBe(true);
    },
    40 * MINUTES
  );

  it(
    'assigns the permission sets the later steps need',
    () => {
      // No profile gets access to new fields from a deploy: describe sees them through CVP_Admin, and
      // the sample load writes assessed fields (CVP_User) and profitability rows (CVP_Integration).
      sf(
        `org assign permset --name ${PERMISSION_SETS.admin} --name ${PERMISSION_SETS.user} --name ${PERMISSION_SETS.integration}`
      );
    },
    10 * MINUTES
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
    'rejects a scoring profile whose weights do not add up to 100',
    () => {
      execCmd(
        `data create record --sobject ${SCORING_PROFILE.object} --values "Name='Broken' ${SCORING_PROFILE.key}=broken CVP_Weight_Volume__c=50" --target-org ${username} --json`,
        { cli: 'sf', ensureExitCode: 1 }
      );
    },
    10 * MINUTES
  );

  const built = existsSync(repoPath('lib', 'org', 'profile-records.js'));
  (built ? it : it.skip)(
    'loads the sample portfolio and the default profiles (needs npm run build)',
    () => {
      // The session's HOME holds the org's login, so the script finds the org as the CLI does.
      execFileSync(process.execPath, [repoPath('scripts', 'org', 'load-sample.js'), '--target-org', username], {
        stdio: 'pipe',
      });
      const profiles = sf<{ totalSize: number }>(
        `data query --query "SELECT Id FROM ${SCORING_PROFILE.object} WHERE ${SCORING_PROFILE.key} IN ('current','future')"`
      );
      expect(profiles?.totalSize).toBe(2);
      const accounts = sf<{ totalSize: number }>(
        `data query --query "SELECT Id FROM ${ACCOUNT} WHERE ${ACCOUNT_ASSESSED.loyalty} != null"`
      );
      expect(accounts?.totalSize).toBeGreaterThanOrEqual(40);
    },
    20 * MINUTES
  );
});
