/**
 * Only accounts in the portfolio scope take part in the sync (issue 16): with the default scope that
 * `portfolio setup` creates, prospects, partners and competitors are not read, not written, not in the
 * history and not counted in the snapshot, over REST and over Bulk API 2.0 alike.
 */
import {
  ACCOUNT,
  ACCOUNT_COMPUTED as C,
  SCORING_PROFILE,
  SCORING_PROFILE_SCOPE,
  SNAPSHOT,
  VALUE_ASSESSMENT,
} from '../../src/schema/fields.js';
import { readOrgPortfolio } from '../../src/org/sync/read-portfolio.js';
import { runSync } from '../../src/org/sync/sync.js';
import { loadBuiltInProfiles } from '../helpers/org-admin.js';
import { endState, FAST_SYNC, seedPortfolio, useSfServer, type PortfolioSeed } from '../helpers/org-server.js';

const scored = { loyalty: 4, potential: 3, reference: 3, learning: 2, commitment: 3, binding: 3 };
const figures = [{ revenue: 40_000, directCosts: 20_000 }];

const SEEDS: PortfolioSeed[] = [
  { name: 'Customer A', type: 'Customer - Direct', ...scored, figures },
  { name: 'Customer B', type: 'Customer - Channel', ...scored, loyalty: 2, figures },
  { name: 'No Type C', ...scored, potential: 5, figures },
  { name: 'Prospect D', type: 'Prospect', ...scored, loyalty: 5, figures },
  { name: 'Partner E', type: 'Partner', ...scored, figures },
  { name: 'Competitor F', type: 'Competitor', ...scored, figures },
];
const IN_SCOPE = ['Customer A', 'Customer B', 'No Type C'];

describe('the portfolio scope in the sync', () => {
  const sf = useSfServer();

  const byName = (name: string): Record<string, unknown> => sf.server.store.all(ACCOUNT).find((a) => a.Name === name)!;

  it.each(['rest', 'bulk'] as const)('over %s, leaves accounts of excluded Types alone', async (api) => {
    loadBuiltInProfiles(sf.server);
    seedPortfolio(sf.server, SEEDS);
    const result = await runSync(sf.client(), { dryRun: false, api, ...FAST_SYNC });
    expect(result.accounts).toBe(3);
    expect(result.failed).toBe(0);
    for (const name of IN_SCOPE) expect(byName(name)[C.rank]).not.toBeNull();
    for (const name of ['Prospect D', 'Partner E', 'Competitor F']) {
      expect(byName(name)[C.rank] ?? null).toBeNull();
      expect(byName(name)[C.tier] ?? null).toBeNull();
    }
    const ranks = IN_SCOPE.map((name) => byName(name)[C.rank]).sort();
    expect(ranks).toEqual([1, 2, 3]);
    const assessed = new Set(sf.server.store.all(VALUE_ASSESSMENT.object).map((r) => r[VALUE_ASSESSMENT.account]));
    expect([...assessed].map((id) => sf.server.store.all(ACCOUNT).find((a) => a.Id === id)!.Name).sort()).toEqual(
      IN_SCOPE
    );
    const [snapshot] = sf.server.store.all(SNAPSHOT.object);
    expect(snapshot[SNAPSHOT.accounts]).toBe(3);
  });

  it('reads every account when the org has no default profile', async () => {
    seedPortfolio(sf.server, SEEDS);
    const read = await readOrgPortfolio(sf.client(), { api: 'rest', forSync: false });
    expect(read.accounts).toHaveLength(SEEDS.length);
    expect(read.scope).toEqual({ includedTypes: [], excludedTypes: [] });
  });

  it('reads only the record types an admin names, over REST and Bulk API 2.0', async () => {
    loadBuiltInProfiles(sf.server);
    const [profile] = sf.server.store.all(SCORING_PROFILE.object);
    sf.server.store.update(SCORING_PROFILE.object, String(profile.Id), {
      [SCORING_PROFILE_SCOPE.recordTypes]: 'Customer',
      [SCORING_PROFILE_SCOPE.excludedTypes]: null,
    });
    const [customer, supplier] = sf.server.store.insert('RecordType', [
      { Name: 'Customer', DeveloperName: 'Customer', SobjectType: ACCOUNT, IsActive: true },
      { Name: 'Supplier', DeveloperName: 'Supplier', SobjectType: ACCOUNT, IsActive: true },
    ]);
    const ids = seedPortfolio(sf.server, SEEDS);
    ids.forEach((id, i) => sf.server.store.update(ACCOUNT, id, { RecordTypeId: i % 2 === 0 ? customer : supplier }));
    const reads = await Promise.all(
      (['rest', 'bulk'] as const).map((api) => readOrgPortfolio(sf.client(), { api, forSync: true, ...FAST_SYNC }))
    );
    for (const read of reads) {
      expect(read.accounts.map((a) => a.input.name).sort()).toEqual(['Customer A', 'No Type C', 'Partner E']);
    }
  });

  it('follows the Types an admin puts on the default profile', async () => {
    loadBuiltInProfiles(sf.server);
    const [profile] = sf.server.store.all(SCORING_PROFILE.object);
    sf.server.store.update(SCORING_PROFILE.object, String(profile.Id), {
      [SCORING_PROFILE_SCOPE.includedTypes]: 'Customer - Direct; Prospect',
      [SCORING_PROFILE_SCOPE.excludedTypes]: null,
    });
    seedPortfolio(sf.server, SEEDS);
    const reads = await Promise.all(
      (['rest', 'bulk'] as const).map((api) => readOrgPortfolio(sf.client(), { api, forSync: true, ...FAST_SYNC }))
    );
    for (const read of reads)
      expect(read.accounts.map((a) => a.input.name).sort()).toEqual(['Customer A', 'Prospect D']);
  });
});

describe('accounts that leave the portfolio scope', () => {
  const sf = useSfServer();

  it('lose the computed values an earlier sync wrote, once, and keep their history', async () => {
    loadBuiltInProfiles(sf.server);
    const [profile] = sf.server.store.all(SCORING_PROFILE.object);
    const setExcluded = (types: string | null): void =>
      sf.server.store.update(SCORING_PROFILE.object, String(profile.Id), {
        [SCORING_PROFILE_SCOPE.excludedTypes]: types,
      });
    setExcluded(null);
    seedPortfolio(sf.server, SEEDS);
    const first = await runSync(sf.client(), { dryRun: false, api: 'rest', ...FAST_SYNC });
    expect(first).toMatchObject({ accounts: 6, leftScope: 0 });
    const history = sf.server.store.all(VALUE_ASSESSMENT.object).length;

    // The admin sets the scope: three accounts leave it.
    setExcluded('Prospect;Partner;Competitor');
    const dry = await runSync(sf.client(), { dryRun: true, api: 'rest', ...FAST_SYNC });
    expect(dry).toMatchObject({ accounts: 3, leftScope: 3, written: 0 });
    expect(dry.warnings.join(' ')).toContain('3 accounts outside the portfolio scope hold a rank');
    const second = await runSync(sf.client(), { dryRun: false, api: 'rest', ...FAST_SYNC });
    expect(second).toMatchObject({ accounts: 3, leftScope: 3, failed: 0 });
    expect(second.scope).toEqual({
      includedTypes: [],
      excludedTypes: ['Prospect', 'Partner', 'Competitor'],
      recordTypes: [],
    });
    for (const name of ['Prospect D', 'Partner E', 'Competitor F']) {
      const account = sf.server.store.all(ACCOUNT).find((a) => a.Name === name)!;
      expect([account[C.rank], account[C.tier], account[C.weightedScore], account[C.scoredAt]]).toEqual([
        null,
        null,
        null,
        null,
      ]);
      expect(account[C.incomplete]).toBe(false);
    }
    // The ranks close up among the three that stay; no row of history is removed.
    const ranks = IN_SCOPE.map((name) => sf.server.store.all(ACCOUNT).find((a) => a.Name === name)![C.rank]);
    expect([...ranks].sort()).toEqual([1, 2, 3]);
    expect(sf.server.store.all(VALUE_ASSESSMENT.object).length).toBeGreaterThanOrEqual(history);

    const third = await runSync(sf.client(), { dryRun: false, api: 'rest', ...FAST_SYNC });
    expect(third).toMatchObject({ leftScope: 0, written: 0, warnings: [] });
  });
});

describe('clearing accounts that left the scope when the org fails', () => {
  const sf = useSfServer();
  // Each run a minute after the last: runs within one second would tie on the snapshot's taken-at.
  let minute = 0;
  const now = (): Date => new Date(Date.UTC(2026, 0, 1, 0, minute++));

  /** A first sync over every account, then the admin narrows the scope to the default. */
  async function narrowed(): Promise<void> {
    sf.server.store.clear();
    sf.server.faults.clear();
    loadBuiltInProfiles(sf.server);
    const [profile] = sf.server.store.all(SCORING_PROFILE.object);
    const setExcluded = (types: string | null): void =>
      sf.server.store.update(SCORING_PROFILE.object, String(profile.Id), {
        [SCORING_PROFILE_SCOPE.excludedTypes]: types,
      });
    setExcluded(null);
    seedPortfolio(sf.server, SEEDS);
    await runSync(sf.client(), { dryRun: false, api: 'rest', now, ...FAST_SYNC });
    setExcluded('Prospect;Partner;Competitor');
  }

  it.each([
    ['collections', 2000],
    ['a Bulk API job', 1],
  ] as const)('converges through %s from a stop at any call of the run', async (_how, bulkWriteAt) => {
    const options = { dryRun: false, api: 'rest', bulkWriteAt, now, ...FAST_SYNC } as const;
    await narrowed();
    const calls = (await runSync(sf.client(), options)).apiCalls;
    const reference = endState(sf.server);
    expect(reference.accounts.filter((a) => a[C.rank] === null)).toHaveLength(3);
    for (let n = 1; n <= calls; n++) {
      // eslint-disable-next-line no-await-in-loop
      await narrowed();
      sf.server.faults.requestLimitAfter(n - 1);
      // eslint-disable-next-line no-await-in-loop
      await runSync(sf.client(), options).catch(() => undefined);
      sf.server.faults.clear();
      // eslint-disable-next-line no-await-in-loop
      await runSync(sf.client(), options);
      expect({ n, state: endState(sf.server) }).toEqual({ n, state: reference });
    }
  });
});
