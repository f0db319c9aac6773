import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Connection } from '@jsforce/jsforce-node';
import { runDoctor, type Check, type DoctorResult } from '../../src/org/setup/doctor.js';
import { ACCOUNT_COMPUTED, APP, PERMISSION_SETS, SNAPSHOT } from '../../src/schema/fields.js';
import type { SfServer } from '../sf-server/server.js';
import { startSfServer } from '../sf-server/server.js';
import { OrgClient } from '../../src/org/api/client.js';
import { API_VERSION, FAST_RETRY, useSfServer } from '../helpers/org-server.js';
import { repoPath } from '../helpers/paths.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { assignPermissionSet, loadBuiltInProfiles, pageOverride, setAppOverrides } from '../helpers/org-admin.js';

/** The org as an admin leaves it after the install guide: permission set assigned, profiles loaded. */
function install(
  server: SfServer,
  permissionSet: Parameters<typeof assignPermissionSet>[1] = PERMISSION_SETS.integration
): void {
  assignPermissionSet(server, permissionSet);
  loadBuiltInProfiles(server, ['current', 'future']);
}

const statusOf = (result: DoctorResult, name: string): string[] =>
  result.checks.filter((c) => c.check === name).map((c) => c.status);

const pageCheck = (result: DoctorResult): Check => result.checks.find((c) => c.id === 'accountPage')!;
const BY_HAND = 'Lightning App Builder → CVP Account Record Page → Edit → Activation…';

describe('portfolio doctor', () => {
  const sf = useSfServer();
  const tmp = useTempDir();

  it('passes on an org with the package installed', async () => {
    install(sf.server);
    // The project's app file activates the page as the app default on desktop and phone.
    setAppOverrides(sf.server, [pageOverride('Large'), pageOverride('Small')]);
    const result = await runDoctor(sf.client());
    expect(result.checks.filter((c) => c.status !== 'pass')).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.checks.filter((c) => c.check === 'Objects and fields')).toHaveLength(8);
    expect(pageCheck(result).detail).toBe(
      "Activated as the Customer Value app's default for Account records, on desktop and phone."
    );
    expect(sf.server.calls.byKind()).toMatchObject({ describe: 8, tooling: 1 });
  });

  describe('the Account record page', () => {
    beforeEach(() => install(sf.server));

    it('warns, with the steps by hand, when the app shows it on desktop only', async () => {
      setAppOverrides(sf.server, [pageOverride('Large')]);
      const check = pageCheck(await runDoctor(sf.client()));
      expect(check).toMatchObject({ status: 'warn', check: 'Account record page' });
      expect(check.detail).toContain('on desktop only; on phone users see the standard Account page');
      expect(check.actions[0]).toContain(BY_HAND);
    });

    it('warns when it is assigned to some profiles only', async () => {
      setAppOverrides(sf.server, [], [{ ...pageOverride('Large'), profile: 'Sales User', recordType: null }]);
      const check = pageCheck(await runDoctor(sf.client()));
      expect(check.status).toBe('warn');
      expect(check.detail).toContain('only for the profile Sales User;');
    });

    it('names the page the app shows instead', async () => {
      setAppOverrides(sf.server, [
        pageOverride('Large', 'Other_Account_Page'),
        pageOverride('Small', 'Other_Account_Page'),
      ]);
      expect(pageCheck(await runDoctor(sf.client())).detail).toBe(
        'The Customer Value app shows Account records with another page: Other_Account_Page.'
      );
    });

    it('does not claim the page is off when only an org default could show it', async () => {
      setAppOverrides(sf.server, []);
      const result = await runDoctor(sf.client());
      const check = pageCheck(result);
      expect(check.status).toBe('warn');
      expect(check.detail).toContain('An org default for Account cannot be read through the API');
      expect(check.actions[0]).toContain(BY_HAND);
      // A warning: the commands work without the page, so the doctor does not fail for it.
      expect(result.ok).toBe(true);
    });

    it('says to check by hand when the user may not read setup metadata', async () => {
      sf.server.tooling.setupAccess = false;
      const check = pageCheck(await runDoctor(sf.client()));
      expect(check).toMatchObject({ status: 'warn' });
      expect(check.detail).toContain('cannot be read (INVALID_TYPE');
      expect(check.actions[0]).toContain(BY_HAND);
    });

    it('warns when the app is not in the org', async () => {
      sf.server.tooling.setAppMetadata(APP, undefined);
      const check = pageCheck(await runDoctor(sf.client()));
      expect(check.detail).toBe(
        `The Customer Value app (${APP}) is not in the org, so the Account page is shown nowhere.`
      );
      expect(check.actions[0]).toContain('sf project deploy start');
    });
  });

  it('names the missing permission set and what to assign', async () => {
    const result = await runDoctor(sf.client());
    const permission = result.checks.find((c) => c.check === 'Permission set')!;
    expect(permission.status).toBe('fail');
    expect(permission.detail).toContain('CVP_User, CVP_Manager, CVP_Integration');
    expect(permission.actions.join(' ')).toContain('sf org assign permset --name CVP_Integration');
    expect(result.ok).toBe(false);
    expect(statusOf(result, 'Scoring profiles')).toEqual(['warn']);
  });

  it('warns when the user has only CVP_User', async () => {
    install(sf.server, PERMISSION_SETS.user);
    const result = await runDoctor(sf.client());
    expect(statusOf(result, 'Permission set')).toEqual(['warn']);
    expect(result.ok).toBe(true);
  });

  it('says exactly which objects and fields an org lacks', async () => {
    const objects = join(tmp.path, 'objects');
    await cp(repoPath('force-app', 'main', 'default', 'objects'), objects, { recursive: true });
    await rm(join(objects, 'Account', 'fields', `${ACCOUNT_COMPUTED.tier}.field-meta.xml`));
    await rm(join(objects, 'Account', 'fields', `${ACCOUNT_COMPUTED.rank}.field-meta.xml`));
    await rm(join(objects, SNAPSHOT.object), { recursive: true });
    const server = await startSfServer({ forceAppDir: tmp.path });
    try {
      install(server);
      const conn = new Connection({ instanceUrl: server.url, accessToken: server.token, version: API_VERSION });
      const result = await runDoctor(new OrgClient(conn, { retry: FAST_RETRY }));
      const failed = result.checks.filter((c) => c.status === 'fail');
      expect(failed.map((c) => c.detail)).toEqual([
        `Account: 2 fields missing or not visible to the running user: ${ACCOUNT_COMPUTED.rank}, ${ACCOUNT_COMPUTED.tier}.`,
        `${SNAPSHOT.object} is missing (the package puts 29 fields on it), or the running user cannot see it.`,
      ]);
      expect(failed[0].actions.join(' ')).toContain('sf project deploy start');
    } finally {
      await server.close();
    }
  });

  it('fails on an API version newer than the org has', async () => {
    install(sf.server);
    const conn = new Connection({ instanceUrl: sf.server.url, accessToken: sf.server.token, version: '99.0' });
    const result = await runDoctor(new OrgClient(conn, { retry: FAST_RETRY }));
    const version = result.checks.find((c) => c.check === 'API version')!;
    expect(version.status).toBe('fail');
    expect(version.actions[0]).toContain(`--api-version ${sf.server.apiVersion}`);
    expect(version.actions[0]).toContain(`sf config set org-api-version=${sf.server.apiVersion})`);
  });
});
