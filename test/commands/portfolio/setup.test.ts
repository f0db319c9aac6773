import '../../helpers/jest-realm.js';
import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Connection } from '@jsforce/jsforce-node';
import PortfolioSetup from '../../../src/commands/portfolio/setup.js';
import { builtInProfile } from '../../../src/core/profiles/builtin-profiles.js';
import { OrgClient } from '../../../src/org/api/client.js';
import {
  ACCOUNT,
  ACCOUNT_COMPUTED,
  PERMISSION_SETS,
  SCORING_PROFILE,
  SCORING_PROFILE_WEIGHTS,
} from '../../../src/schema/fields.js';
import { profileToRecord } from '../../../src/org/profiles/profile-records.js';
import { runSetup } from '../../../src/org/setup/setup.js';
import { renderSetup } from '../../../src/ux/setup-render.js';
import { startSfServer, type SfServer } from '../../sf-server/server.js';
import { runCommand, runExpectingError } from '../../helpers/command.js';
import { useOrgCommandContext } from '../../helpers/org-command.js';
import { activateAccountPage, assignPermissionSet } from '../../helpers/org-admin.js';
import { API_VERSION, FAST_RETRY, writeCalls } from '../../helpers/org-server.js';
import { repoPath } from '../../helpers/paths.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const P = SCORING_PROFILE;

const profiles = (server: SfServer): Array<Record<string, unknown>> => server.store.all(P.object);

describe('portfolio setup', () => {
  const ctx = useOrgCommandContext();
  const tmp = useTempDir();
  const org = (): string[] => ['--target-org', ctx.username, '--api-version', API_VERSION];
  const setup = (): ReturnType<typeof runCommand<PortfolioSetup>> => runCommand(PortfolioSetup, [...org(), '--json']);

  beforeEach(() => {
    // An admin runs setup; in this org describe grants everything unless a test takes it away.
    assignPermissionSet(ctx.server, PERMISSION_SETS.admin);
  });

  it('creates the two built-in profiles, "current" flagged Default', async () => {
    const result = await setup();
    expect(result.created).toEqual(['current', 'future']);
    expect(result.profiles).toEqual([
      { key: 'current', name: 'Current key accounts', status: 'created', isDefault: true },
      { key: 'future', name: 'Future potential', status: 'created', isDefault: false },
    ]);
    const stored = profiles(ctx.server);
    expect(stored.map((r) => [r[P.key], r[P.isDefault]])).toEqual([
      ['current', true],
      ['future', false],
    ]);
    // What was written is the core's profile, field for field.
    expect(stored[0]).toMatchObject(profileToRecord(builtInProfile('current')!, { isDefault: true }));
    expect(result.checks.find((c) => c.id === 'profiles')?.status).toBe('pass');
  });

  it('creates nothing on a second run, and says so', async () => {
    await setup();
    const before = profiles(ctx.server);
    ctx.server.calls.reset();
    const second = await setup();
    expect(second.created).toEqual([]);
    expect(second.profiles.map((p) => p.status)).toEqual(['present', 'present']);
    expect(writeCalls(ctx.server)).toBe(0);
    expect(profiles(ctx.server)).toEqual(before);
    expect(renderSetup(second)).toContain('Nothing to create: every built-in scoring profile is already in the org.');
  });

  it('leaves a profile an admin changed as it is, and adds only the missing one', async () => {
    const changed = {
      ...profileToRecord(builtInProfile('current')!, { isDefault: true }),
      [SCORING_PROFILE_WEIGHTS.volume]: 50,
      [SCORING_PROFILE_WEIGHTS.profitability]: 0,
    };
    const [id] = ctx.server.store.insert(P.object, [changed]);
    const before = ctx.server.store.get(P.object, id);
    const result = await setup();
    expect(result.created).toEqual(['future']);
    expect(result.profiles[0]).toEqual({
      key: 'current',
      name: 'Current key accounts',
      status: 'present',
      isDefault: true,
    });
    expect(ctx.server.store.get(P.object, id)).toEqual(before);
  });

  it("keeps the org's own default profile the default", async () => {
    const own = { ...profileToRecord(builtInProfile('future')!, { isDefault: true }), [P.key]: 'ours', Name: 'Ours' };
    ctx.server.store.insert(P.object, [own]);
    const result = await setup();
    expect(result.created).toEqual(['current', 'future']);
    expect(result.profiles.every((p) => !p.isDefault)).toBe(true);
    expect(
      profiles(ctx.server)
        .filter((r) => r[P.isDefault] === true)
        .map((r) => r[P.key])
    ).toEqual(['ours']);
  });

  it('writes nothing, and names CVP_Admin, when the user cannot create scoring profiles', async () => {
    ctx.server.access.deny(P.object, { create: true });
    ctx.server.calls.reset();
    const failure = await runExpectingError(PortfolioSetup, [...org(), '--json']);
    expect(failure.name).toBe('CannotCreateProfilesError');
    expect(failure.message).toBe(
      `${ctx.server.username} cannot create scoring profiles (${P.object} not createable), so nothing was written.`
    );
    expect(failure.actions[0]).toBe(
      `Assign the CVP_Admin permission set to the user running this command: sf org assign permset --name CVP_Admin --target-org ${ctx.username}, then run it again.`
    );
    expect(profiles(ctx.server)).toEqual([]);
    expect(writeCalls(ctx.server)).toBe(0);
  });

  it('runs as a user without create access once everything is there', async () => {
    await setup();
    ctx.server.access.deny(P.object, { create: true });
    const again = await setup();
    expect(again.created).toEqual([]);
  });

  it('lists what is left, each with its exact command, derived from the org', async () => {
    activateAccountPage(ctx.server, ['Large']);
    ctx.server.store.insert(ACCOUNT, [{ Name: 'Acme' }, { Name: 'Globex' }]);
    const result = await setup();
    const target = ctx.username;
    expect(result.nextSteps.map((s) => s.id)).toEqual(['accountPage', 'assignUsers', 'assignSyncUser', 'sync']);
    const [page, users, syncUser, sync] = result.nextSteps;
    expect(page.text).toContain('on desktop only');
    expect(page.actions[0]).toContain('Lightning App Builder → CVP Account Record Page');
    expect(users.actions).toEqual([
      `sf org assign permset --name CVP_User --target-org ${target} --on-behalf-of <username>`,
      `sf org assign permset --name CVP_Manager --target-org ${target} --on-behalf-of <username>`,
    ]);
    expect(syncUser.actions).toEqual([
      `sf org assign permset --name CVP_Integration --target-org ${target} --on-behalf-of <sync-username>`,
    ]);
    expect(sync.text).toBe(
      '2 accounts have not been scored yet: score the portfolio (the dry run shows what would change first).'
    );
    expect(sync.actions).toEqual([
      `sf portfolio sync --target-org ${target} --dry-run`,
      `sf portfolio sync --target-org ${target}`,
    ]);
  });

  it('has nothing left to do in an org that has it all', async () => {
    activateAccountPage(ctx.server);
    const person = ctx.server.store.insert('User', [
      {
        Username: 'person@cvp.local',
        LastName: 'Person',
        Email: 'person@cvp.local',
        Alias: 'person',
        TimeZoneSidKey: 'Europe/Helsinki',
        LanguageLocaleKey: 'en_US',
      },
    ])[0];
    assignPermissionSet(ctx.server, PERMISSION_SETS.user, person);
    assignPermissionSet(ctx.server, PERMISSION_SETS.integration);
    ctx.server.store.insert(ACCOUNT, [{ Name: 'Acme', [ACCOUNT_COMPUTED.scoredAt]: '2026-12-01T00:00:00.000Z' }]);
    const result = await setup();
    expect(result.nextSteps).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('answers --json with the profiles, the checks and the steps', async () => {
    const result = await setup();
    expect(Object.keys(result).sort()).toEqual([
      'apiVersion',
      'checks',
      'created',
      'nextSteps',
      'ok',
      'profiles',
      'username',
    ]);
    expect(result).toMatchObject({ ok: true, apiVersion: API_VERSION, username: ctx.server.username });
    expect(result.checks.map((c) => c.id)).toEqual([
      'apiVersion',
      ...Array<string>(8).fill('object'),
      'permissionSet',
      'profiles',
      'scope',
      'limits',
      'accountPage',
    ]);
    for (const c of result.checks)
      expect(Object.keys(c).sort()).toEqual(['actions', 'check', 'detail', 'id', 'status']);
    for (const s of result.nextSteps) expect(Object.keys(s).sort()).toEqual(['actions', 'id', 'text']);
    // Every command names the org as the command line did, never a placeholder for it.
    const permission = result.checks.find((c) => c.id === 'permissionSet')!;
    expect(permission.actions.join(' ')).toContain(`--target-org ${ctx.username}`);
    expect(JSON.stringify(result)).not.toContain('<org>');
  });

  it('costs 21 API calls with its one write, and 20 without a write on a second run', async () => {
    const client = ctx.client();
    ctx.server.calls.reset();
    await runSetup(client, { targetOrg: 'myorg' });
    // The doctor's 14 (versions, userinfo, 8 describes (Task's for the follow-up key), 2 queries, limits, Tooling), the profiles read
    // twice (plan, check), who holds the permission sets, the unscored accounts, the portfolio scope
    // (its setting and two counts), and the create.
    expect(ctx.server.calls.byKind()).toEqual({
      versions: 1,
      oauth: 1,
      describe: 8,
      query: 8,
      limits: 1,
      tooling: 1,
      collections: 1,
    });
    ctx.server.calls.reset();
    await runSetup(client, { targetOrg: 'myorg' });
    expect(ctx.server.calls.total).toBe(20);
    expect(writeCalls(ctx.server)).toBe(0);
  });

  it('writes nothing into an org without the package, and says to deploy', async () => {
    const objects = join(tmp.path, 'objects');
    await cp(repoPath('force-app', 'main', 'default', 'objects'), objects, { recursive: true });
    await rm(join(objects, P.object), { recursive: true });
    const server = await startSfServer({ forceAppDir: tmp.path });
    try {
      const conn = new Connection({ instanceUrl: server.url, accessToken: server.token, version: API_VERSION });
      const failure = await runSetup(new OrgClient(conn, { retry: FAST_RETRY }), { targetOrg: 'myorg' }).then(
        () => undefined,
        (error: unknown) => error as { name: string; message: string; actions?: string[] }
      );
      expect(failure?.name).toBe('NotDeployedError');
      expect(failure?.message).toContain(
        `1 object or field missing or not visible to the running user: ${P.object}.`
      );
      expect(failure?.actions?.[0]).toContain('sf project deploy start --target-org myorg');
      expect(writeCalls(server)).toBe(0);
    } finally {
      await server.close();
    }
  });
});
