/**
 * The comparison profile as a setting (docs/sync.md, The comparison profile): the default profile's
 * CVP_Compare_Profile__c names the profile the rising stars and fallers are ranked under, the sync's
 * --compare-profile overrides it, "future" is the fallback, and a key that names no profile (or the
 * ranking profile itself) stops the run before anything is written. Against the local server.
 */
import { builtInProfile } from '../../src/core/profiles/builtin-profiles.js';
import { compareProfiles } from '../../src/core/profiles/compare.js';
import type { Profile } from '../../src/core/index.js';
import {
  ACCOUNT,
  ACCOUNT_PLACE as P,
  SCORING_PROFILE,
  SCORING_PROFILE_COMPARE as K,
  SNAPSHOT,
  SNAPSHOT_WHOLE as W,
} from '../../src/schema/fields.js';
import { profileToRecord } from '../../src/org/profiles/profile-records.js';
import { readOrgPortfolio } from '../../src/org/sync/read-portfolio.js';
import { runDoctor } from '../../src/org/setup/doctor.js';
import { runSync, type SyncOptions } from '../../src/org/sync/sync.js';
import type { OrgClient } from '../../src/org/api/client.js';
import { assignPermissionSet, loadBuiltInProfiles } from '../helpers/org-admin.js';
import { FAST_SYNC, seedPortfolio, syntheticSeeds, useSfServer, writeCalls } from '../helpers/org-server.js';

const CURRENT = builtInProfile('current')!;

/** A third profile, unlike both built-ins: loyalty and contact weigh most. */
const LOYALTY: Profile = {
  ...builtInProfile('future')!,
  key: 'loyalty',
  name: 'Loyal customers',
  nameFi: 'Uskolliset asiakkaat',
  weights: {
    volume: 5,
    profitability: 5,
    loyalty: 40,
    potential: 5,
    reference: 5,
    learning: 5,
    contact: 30,
    emotional: 5,
  },
};

const sync = (client: OrgClient, options: Partial<SyncOptions> = {}): ReturnType<typeof runSync> =>
  runSync(client, { dryRun: false, api: 'auto', ...FAST_SYNC, ...options });

describe('the comparison profile', () => {
  const sf = useSfServer();

  function setCompare(key: string | null): void {
    const [profile] = sf.server.store.all(SCORING_PROFILE.object).filter((p) => p[SCORING_PROFILE.isDefault]);
    sf.server.store.update(SCORING_PROFILE.object, String(profile.Id), { [K.compareProfile]: key });
  }

  /** Each account's compare rank change as the core computes it under `compare`, by account Id. */
  async function expectedChanges(compare: Profile): Promise<Map<string, number>> {
    const { accounts } = await readOrgPortfolio(sf.client(), { api: 'rest', forSync: false });
    const inputs = accounts.map((a) => a.input);
    const comparison = compareProfiles(inputs, CURRENT, compare);
    return new Map(comparison.changes.map((c) => [String(inputs[c.index].id), c.rankChange]));
  }

  function storedChanges(): Map<string, unknown> {
    return new Map(sf.server.store.all(ACCOUNT).map((r) => [String(r.Id), r[P.compareRankChange]]));
  }

  beforeEach(() => {
    loadBuiltInProfiles(sf.server, ['current', 'future']);
    sf.server.store.insert(SCORING_PROFILE.object, [profileToRecord(LOYALTY, { isDefault: false })]);
    seedPortfolio(sf.server, syntheticSeeds(80, 11));
  });

  it('compares with "future" when nothing names a profile', async () => {
    const result = await sync(sf.client());
    expect(result.comparison).toEqual({
      key: 'future',
      name: 'Future potential',
      nameFi: expect.any(String),
      source: 'default',
    });
    expect(storedChanges()).toEqual(await expectedChanges(builtInProfile('future')!));
    expect(sf.server.store.all(SNAPSHOT.object).at(-1)![W.compareProfileKey]).toBe('future');
  });

  it('ranks the movers under the profile the default profile names, and converges', async () => {
    setCompare('  loyalty ');
    const result = await sync(sf.client());
    expect(result.comparison).toMatchObject({ key: 'loyalty', name: 'Loyal customers', source: 'setting' });
    const expected = await expectedChanges(LOYALTY);
    expect(storedChanges()).toEqual(expected);
    expect([...expected.values()].some((change) => change !== 0)).toBe(true);
    expect(sf.server.store.all(SNAPSHOT.object).at(-1)![W.compareProfileKey]).toBe('loyalty');

    sf.server.calls.reset();
    const again = await sync(sf.client());
    expect(again).toMatchObject({ changed: 0, written: 0 });
    expect(writeCalls(sf.server)).toBe(0);
  });

  it('lets --compare-profile override the setting', async () => {
    setCompare('loyalty');
    const result = await sync(sf.client(), { compareProfile: 'future' });
    expect(result.comparison).toMatchObject({ key: 'future', source: 'flag' });
    expect(storedChanges()).toEqual(await expectedChanges(builtInProfile('future')!));
    expect(sf.server.store.all(SNAPSHOT.object).at(-1)![W.compareProfileKey]).toBe('future');
  });

  it('says on a dry run which profile it would compare with, and writes nothing', async () => {
    setCompare('loyalty');
    sf.server.calls.reset();
    const result = await sync(sf.client(), { dryRun: true });
    expect(result.comparison).toMatchObject({ key: 'loyalty', source: 'setting' });
    expect(result.changed).toBe(80);
    expect(writeCalls(sf.server)).toBe(0);
    expect(
      sf.server.store.all(ACCOUNT).every((r) => r[P.compareRankChange] === undefined || r[P.compareRankChange] === null)
    ).toBe(true);
  });

  it('stops before writing when the named profile does not exist, naming where the key came from', async () => {
    setCompare('loyality');
    sf.server.calls.reset();
    await expect(sync(sf.client())).rejects.toMatchObject({
      name: 'UnknownCompareProfileError',
      message: expect.stringContaining('"loyality" (from the default profile\'s CVP_Compare_Profile__c)'),
      actions: expect.arrayContaining([expect.stringContaining('current, future, loyalty')]),
    });
    await expect(sync(sf.client(), { compareProfile: 'nosuch', dryRun: true })).rejects.toMatchObject({
      name: 'UnknownCompareProfileError',
      message: expect.stringContaining('"nosuch" (from --compare-profile)'),
    });
    expect(writeCalls(sf.server)).toBe(0);
    expect(sf.server.store.all(SNAPSHOT.object)).toHaveLength(0);
  });

  it('stops before writing when the comparison is the ranking profile itself', async () => {
    sf.server.calls.reset();
    await expect(sync(sf.client(), { compareProfile: 'current' })).rejects.toMatchObject({
      name: 'CompareIsRankingError',
    });
    setCompare('loyalty');
    await expect(sync(sf.client(), { profile: 'loyalty' })).rejects.toMatchObject({
      name: 'CompareIsRankingError',
      message: expect.stringContaining('"loyalty" (from the default profile\'s CVP_Compare_Profile__c)'),
    });
    expect(writeCalls(sf.server)).toBe(0);
  });

  it('shows in the doctor which profile is in effect, and fails on one that does not exist', async () => {
    assignPermissionSet(sf.server, 'CVP_Integration');
    const compareOf = async (): Promise<{ status: string; detail: string }> =>
      (await runDoctor(sf.client())).checks.find((c) => c.id === 'compare')!;
    expect(await compareOf()).toMatchObject({
      status: 'pass',
      detail:
        'The rising stars and fallers are ranked under "Future potential" (future, by default: no profile named one); the sync ranks with "Current key accounts".',
    });
    setCompare('loyalty');
    expect((await compareOf()).detail).toContain(
      '"Loyal customers" (loyalty, from the default profile\'s CVP_Compare_Profile__c)'
    );
    setCompare('gone');
    const failed = await compareOf();
    expect(failed.status).toBe('fail');
    expect(failed.detail).toContain('"gone"');
  });
});
