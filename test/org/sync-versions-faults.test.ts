/**
 * A new profile version under faults (docs/sync.md, When something fails): whatever call of the run
 * fails, running it again reaches the state of an undisturbed run, with the version recorded once and
 * every account, history row and snapshot carrying it.
 */
import type { ProfileVersion } from '../../src/core/index.js';
import {
  SCORING_PROFILE as P,
  SCORING_PROFILE_VERSION as PV,
  SCORING_PROFILE_WEIGHTS as W,
  SNAPSHOT,
  VALUE_ASSESSMENT,
} from '../../src/schema/fields.js';
import type { OrgClient } from '../../src/org/api/client.js';
import { runSync, type SyncOptions } from '../../src/org/sync/sync.js';
import type { SfServer } from '../sf-server/server.js';
import { endState, FAST_SYNC, seedPortfolio, syntheticSeeds, useSfServer } from '../helpers/org-server.js';
import { loadBuiltInProfiles } from '../helpers/org-admin.js';

const SEEDS = syntheticSeeds(30);

const sync = (client: OrgClient, options: Partial<SyncOptions> = {}): ReturnType<typeof runSync> =>
  runSync(client, { dryRun: false, api: 'auto', ...FAST_SYNC, ...options });

/** The end state with the profile's versions (without when each began: runs differ in time). */
function versionState(server: SfServer): unknown {
  const profile = server.store.all(P.object).find((r) => r[P.key] === 'current') as Record<string, unknown>;
  const versions = (JSON.parse(String(profile[PV.versions])) as ProfileVersion[]).map((v) => ({
    version: v.version,
    fingerprint: v.fingerprint,
    figures: v.figures,
  }));
  return {
    ...endState(server),
    version: profile[PV.version],
    fingerprint: profile[PV.fingerprint],
    versions,
    snapshots: server.store.all(SNAPSHOT.object).map((s) => s[SNAPSHOT.profileVersion]),
    history: server.store
      .all(VALUE_ASSESSMENT.object)
      .map((h) => h[VALUE_ASSESSMENT.profileVersion])
      .sort(),
  };
}

describe('a new profile version when the org fails', () => {
  const sf = useSfServer();

  /**
   * One clean sync under version 1, then an admin moves weight from volume to potential. Each run is a
   * night after the last, as nightly runs are: the latest snapshot is then told apart by its time.
   */
  const scenario = async (options: Partial<SyncOptions>): Promise<Partial<SyncOptions>> => {
    let night = 0;
    const nightly = { ...options, now: (): Date => new Date(Date.UTC(2026, 10, 1, 2) + ++night * 86_400_000) };
    sf.server.store.clear();
    loadBuiltInProfiles(sf.server);
    seedPortfolio(sf.server, SEEDS);
    await sync(sf.client(), nightly);
    const row = sf.server.store.all(P.object)[0];
    sf.server.store.update(P.object, String(row.Id), { [W.volume]: 5, [W.potential]: 35 });
    return nightly;
  };

  it.each([
    ['REST and collections', 'a stop', 2000, 'rest'],
    ['Bulk API jobs', 'a dropped connection', 10, 'bulk'],
  ] as const)('converges with %s from %s at any call of the run', async (_how, fault, bulkWriteAt, api) => {
    const base = { bulkWriteAt, api, maxRecords: 20 };
    const clean = await sync(sf.client(), await scenario(base));
    expect(clean.profileVersion).toMatchObject({ version: 2, recorded: true });
    const reference = versionState(sf.server);
    for (let n = 1; n <= clean.apiCalls; n++) {
      // eslint-disable-next-line no-await-in-loop
      const options = await scenario(base);
      if (fault === 'a stop') sf.server.faults.requestLimitAfter(n - 1);
      else sf.server.faults.dropConnection(n);
      // eslint-disable-next-line no-await-in-loop
      await sync(sf.client(), options).catch(() => undefined);
      sf.server.faults.clear();
      // eslint-disable-next-line no-await-in-loop
      await sync(sf.client(), options);
      expect({ n, state: versionState(sf.server) }).toEqual({ n, state: reference });
    }
  });
});
