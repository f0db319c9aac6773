/**
 * Profile versions in the sync (docs/sync.md, Profile versions), against the local Salesforce API: the
 * first sync records version 1, an admin's edit of a weight makes version 2 with version 1 still
 * readable, every computed value, history row and snapshot carries the version, and the moves are told
 * apart: by the new figures, or by the assessments.
 */
import { builtInProfile } from '../../src/core/profiles/builtin-profiles.js';
import type { ProfileVersion } from '../../src/core/index.js';
import {
  ACCOUNT,
  ACCOUNT_ASSESSED,
  ACCOUNT_COMPUTED as C,
  SCORING_PROFILE as P,
  SCORING_PROFILE_VERSION as PV,
  SCORING_PROFILE_WEIGHTS as W,
  SNAPSHOT,
  VALUE_ASSESSMENT,
} from '../../src/schema/fields.js';
import type { OrgClient } from '../../src/org/api/client.js';
import { runSync, type SyncOptions } from '../../src/org/sync/sync.js';
import { FAST_SYNC, seedPortfolio, syntheticSeeds, useSfServer, writeCalls } from '../helpers/org-server.js';
import { loadBuiltInProfiles } from '../helpers/org-admin.js';

const sync = (client: OrgClient, options: Partial<SyncOptions> = {}): ReturnType<typeof runSync> =>
  runSync(client, { dryRun: false, api: 'auto', ...FAST_SYNC, ...options });

describe('profile versions in the sync', () => {
  const sf = useSfServer();

  const profileRow = (): Record<string, unknown> =>
    sf.server.store.all(P.object).find((r) => r[P.key] === 'current') as Record<string, unknown>;
  const versionsOf = (): ProfileVersion[] => JSON.parse(String(profileRow()[PV.versions])) as ProfileVersion[];
  const placements = (): Map<string, string> =>
    new Map(sf.server.store.all(ACCOUNT).map((a) => [String(a.Id), `${String(a[C.tier])}#${String(a[C.rank])}`]));
  const moved = (before: Map<string, string>, after: Map<string, string>): number =>
    [...after].filter(([id, place]) => before.get(id) !== place).length;
  /** Volume loses weight to potential: a change of figures that moves many accounts. */
  const editWeights = (): void => {
    const row = profileRow();
    sf.server.store.update(P.object, String(row.Id), { [W.volume]: 5, [W.potential]: 35 });
  };

  it('records version 1, writes nothing more while the figures hold, and version 2 after an edit', async () => {
    loadBuiltInProfiles(sf.server);
    seedPortfolio(sf.server, syntheticSeeds(60));
    const first = await sync(sf.client());
    expect(first.profileVersion).toEqual({ version: 1, previous: null, isNew: true, recorded: true });
    expect(profileRow()[PV.version]).toBe(1);
    expect(versionsOf().map((v) => v.version)).toEqual([1]);
    expect(versionsOf()[0].figures.weights).toEqual(builtInProfile('current')!.weights);
    for (const a of sf.server.store.all(ACCOUNT)) expect(a[C.profileVersion]).toBe(1);
    for (const h of sf.server.store.all(VALUE_ASSESSMENT.object)) expect(h[VALUE_ASSESSMENT.profileVersion]).toBe(1);
    expect(sf.server.store.all(SNAPSHOT.object).map((s) => s[SNAPSHOT.profileVersion])).toEqual([1]);

    const writesBefore = writeCalls(sf.server);
    const rerun = await sync(sf.client());
    expect(rerun.profileVersion).toEqual({ version: 1, previous: null, isNew: false, recorded: false });
    expect(rerun.moved).toEqual({ byFigures: 0, byAssessments: 0 });
    expect(writeCalls(sf.server)).toBe(writesBefore);

    editWeights();
    const before = placements();
    const dry = await sync(sf.client(), { dryRun: true });
    expect(dry.profileVersion).toEqual({ version: 2, previous: 1, isNew: true, recorded: false });
    expect(writeCalls(sf.server)).toBe(writesBefore);
    expect(profileRow()[PV.version]).toBe(1);

    const second = await sync(sf.client());
    const after = placements();
    // Nobody's assessment changed: every account that moved, moved because of the weights.
    expect(moved(before, after)).toBeGreaterThan(0);
    expect(dry.moved).toEqual({ byFigures: moved(before, after), byAssessments: 0 });
    expect(second.moved).toEqual(dry.moved);
    expect(second.profileVersion).toEqual({ version: 2, previous: 1, isNew: true, recorded: true });
    const versions = versionsOf();
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(versions[0].figures.weights).toEqual(builtInProfile('current')!.weights);
    expect(versions[1].figures.weights).toMatchObject({ volume: 5, potential: 35 });
    // What the admin typed stays as typed.
    expect(profileRow()).toMatchObject({ [W.volume]: 5, [W.potential]: 35, [P.name]: 'Current key accounts' });
    for (const a of sf.server.store.all(ACCOUNT)) expect(a[C.profileVersion]).toBe(2);
    expect(sf.server.store.all(SNAPSHOT.object).map((s) => s[SNAPSHOT.profileVersion])).toEqual([1, 2]);
    const latest = new Map<string, number>();
    for (const h of sf.server.store.all(VALUE_ASSESSMENT.object))
      latest.set(String(h[VALUE_ASSESSMENT.account]), Number(h[VALUE_ASSESSMENT.profileVersion]));
    expect(new Set(latest.values())).toEqual(new Set([2]));
  });

  it('tells the moves of an assessment from the moves of the weights in one run', async () => {
    loadBuiltInProfiles(sf.server);
    const ids = seedPortfolio(sf.server, syntheticSeeds(60));
    await sync(sf.client());
    const before = placements();
    // The last account gets top marks everywhere: it climbs, and pushes others down a rank.
    const last = [...before].sort(([, a], [, b]) => Number(b.split('#')[1]) - Number(a.split('#')[1]))[0][0];
    const top = Object.fromEntries(
      (['loyalty', 'potential', 'reference', 'learning', 'contact', 'emotional', 'volumeEntered'] as const).map(
        (k) => [ACCOUNT_ASSESSED[k], 5]
      )
    );
    sf.server.store.update(ACCOUNT, last, top);
    const onlyAssessed = await sync(sf.client(), { dryRun: true });
    expect(onlyAssessed.profileVersion.isNew).toBe(false);
    expect(onlyAssessed.moved.byFigures).toBe(0);
    expect(onlyAssessed.moved.byAssessments).toBeGreaterThan(0);

    editWeights();
    const both = await sync(sf.client());
    const after = placements();
    expect(both.moved.byFigures).toBeGreaterThan(0);
    expect(both.moved.byAssessments).toBeGreaterThan(0);
    expect(both.moved.byFigures + both.moved.byAssessments).toBe(moved(before, after));
    expect(ids).toContain(last);
  });

  it('gives a built-in profile the org has no record of no version', async () => {
    seedPortfolio(sf.server, syntheticSeeds(20));
    const result = await sync(sf.client());
    expect(result.profileVersion).toEqual({ version: null, previous: null, isNew: false, recorded: false });
    for (const a of sf.server.store.all(ACCOUNT)) expect(a[C.profileVersion] ?? null).toBeNull();
  });
});
