import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Connection } from '@jsforce/jsforce-node';
import { builtInProfile } from '../../src/core/builtin-profiles.js';
import { runDoctor, type DoctorResult } from '../../src/org/doctor.js';
import { profileToRecord } from '../../src/org/profile-records.js';
import { ACCOUNT_COMPUTED, PERMISSION_SETS, SCORING_PROFILE, SNAPSHOT } from '../../src/org/fields.js';
import type { SfServer } from '../sf-server/server.js';
import { startSfServer } from '../sf-server/server.js';
import { OrgClient } from '../../src/org/client.js';
import { API_VERSION, FAST_RETRY, useSfServer } from '../helpers/org-server.js';
import { repoPath } from '../helpers/paths.js';
import { useTempDir } from '../helpers/temp-dir.js';

/** The org as an admin leaves it after the install guide: permission set assigned, profiles loaded. */
function install(server: SfServer, permissionSet: string = PERMISSION_SETS.integration): void {
  const ps = server.store.all('PermissionSet').find((p) => p.Name === permissionSet)!;
  server.store.insert('PermissionSetAssignment', [{ AssigneeId: server.userId, PermissionSetId: ps.Id }]);
  server.store.insert(
    SCORING_PROFILE.object,
    [builtInProfile('current')!, builtInProfile('future')!].map((p) =>
      profileToRecord(p, { isDefault: p.key === 'current' })
    )
  );
}

const statusOf = (result: DoctorResult, name: string): string[] =>
  result.checks.filter((c) => c.check === name).map((c) => c.status);

describe('portfolio doctor', () => {
  const sf = useSfServer();
  const tmp = useTempDir();

  it('passes on an org with the package installed', async () => {
    install(sf.server);
    const result = await runDoctor(sf.client());
    expect(result.checks.filter((c) => c.status !== 'pass')).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.checks.filter((c) => c.check === 'Objects and fields')).toHaveLength(7);
    expect(sf.server.calls.byKind()).toMatchObject({ describe: 7 });
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
        `Account: 2 field(s) missing or not visible to the running user: ${ACCOUNT_COMPUTED.rank}, ${ACCOUNT_COMPUTED.tier}.`,
        `${SNAPSHOT.object} is missing (the package puts 23 fields on it), or the running user cannot see it.`,
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
  });
});
