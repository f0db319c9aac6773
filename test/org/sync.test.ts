import { builtInProfile } from '../../src/core/profiles/builtin-profiles.js';
import { setLanguage } from '../../src/i18n/index.js';
import { buildRankResult } from '../../src/rank/result.js';
import {
  ACCOUNT,
  ACCOUNT_ASSESSED,
  ACCOUNT_COMPUTED as C,
  ACCOUNT_PLACE,
  ACCOUNT_REVIEW,
  SCORING_PROFILE_WEIGHTS,
  SNAPSHOT,
  VALUE_ASSESSMENT,
} from '../../src/schema/fields.js';
import { OrgClient, type ApiRequest, type ApiResponse } from '../../src/org/api/client.js';
import { readOrgPortfolio } from '../../src/org/sync/read-portfolio.js';
import { runSync, type SyncOptions } from '../../src/org/sync/sync.js';
import {
  endState,
  FAST_RETRY,
  FAST_SYNC,
  seedPortfolio,
  syntheticSeeds,
  useSfServer,
  writeCalls,
  type PortfolioSeed,
} from '../helpers/org-server.js';

const SEEDS: PortfolioSeed[] = [
  {
    name: 'Aalto Oy',
    loyalty: 5,
    potential: 4,
    reference: 4,
    learning: 3,
    commitment: 4,
    binding: 4,
    figures: [{ revenue: 90_000, directCosts: 40_000, serviceCosts: 5000 }],
  },
  {
    name: 'Berg AB',
    loyalty: 3,
    potential: 5,
    reference: 2,
    learning: 5,
    commitment: 2,
    binding: 4,
    figures: [{ revenue: 20_000, directCosts: 15_000 }],
  },
  {
    name: 'Cedar Ltd',
    loyalty: 2,
    potential: 1,
    reference: 1,
    learning: 1,
    figures: [
      { period: '2024', revenue: 1000, directCosts: 100 },
      { period: '2025', revenue: 5000, directCosts: 7000 },
    ],
  },
  { name: 'Dahl GmbH', loyalty: 4, potential: 3, reference: 3, learning: 2, stage: 'Growth' },
  { name: 'Eko Oy', volume: 5, figures: [{ revenue: 50_000, directCosts: 10_000, serviceCosts: 5000 }] },
];

const sync = (client: OrgClient, options: Partial<SyncOptions> = {}): ReturnType<typeof runSync> =>
  runSync(client, { dryRun: false, api: 'auto', ...FAST_SYNC, ...options });

/** An OrgClient that remembers every request it sends, to inspect what reached the org. */
class RecordingClient extends OrgClient {
  public readonly sent: ApiRequest[] = [];
  public override once<T>(request: ApiRequest): Promise<ApiResponse<T>> {
    this.sent.push(request);
    return super.once<T>(request);
  }
}

describe('portfolio sync against the local Salesforce API', () => {
  const sf = useSfServer();

  it('writes what the core computes, then writes nothing when nothing changed', async () => {
    const ids = seedPortfolio(sf.server, SEEDS);
    const first = await sync(sf.client());
    expect(first).toMatchObject({ accounts: 5, changed: 5, written: 5, failed: 0, dryRun: false });
    expect(first.api).toEqual({ read: 'rest', accounts: 'collections', history: 'collections' });
    expect(first.history).toEqual({ planned: 5, written: 5 });
    expect(first.snapshot).toEqual({ written: true, reason: 'written' });

    // The very values `portfolio rank` computes from the same inputs.
    const { accounts } = await readOrgPortfolio(sf.client(), { api: 'rest', forSync: false });
    const ranked = buildRankResult(
      accounts.map((a) => a.input),
      builtInProfile('current')!
    ).result.accounts;
    for (const r of ranked) {
      const record = sf.server.store.get(ACCOUNT, r.id!)!;
      expect(record[C.rank]).toBe(r.rank);
      expect(record[C.weightedScore]).toBe(r.score);
      expect(record[C.tier]).toBe(r.tier);
      expect(record[C.scoringProfile]).toBe('current');
      expect(new Date(String(record[C.scoredAt])).toISOString()).toBe(first.scoredAt);
    }
    const cedar = sf.server.store.get(ACCOUNT, ids[2])!;
    expect(cedar[C.period]).toBe('2025');
    expect(cedar[C.customerMargin]).toBe(-2000);
    expect(sf.server.store.count(VALUE_ASSESSMENT.object)).toBe(5);
    expect(sf.server.store.all(SNAPSHOT.object)[0][SNAPSHOT.accounts]).toBe(5);

    sf.server.calls.reset();
    const second = await sync(sf.client());
    expect(second).toMatchObject({ changed: 0, written: 0, history: { planned: 0, written: 0 } });
    expect(second.snapshot.reason).toBe('unchanged');
    expect(writeCalls(sf.server)).toBe(0);
    expect(sf.server.store.count(VALUE_ASSESSMENT.object)).toBe(5);
  });

  it('records who wrote the history as a code and leaves the comment to people, in any language', async () => {
    seedPortfolio(sf.server, SEEDS);
    setLanguage('fi');
    await sync(sf.client());
    const rows = sf.server.store.all(VALUE_ASSESSMENT.object);
    expect(rows).toHaveLength(5);
    for (const row of rows) {
      expect(row[VALUE_ASSESSMENT.source]).toBe('Sync');
      expect(row[VALUE_ASSESSMENT.comment] ?? null).toBeNull();
    }
  });

  it('sends only computed fields, so an edit made during the sync survives', async () => {
    const ids = seedPortfolio(sf.server, SEEDS);
    // A person raises Berg's loyalty after the sync has read the accounts, before it writes.
    const stop = sf.server.onCall((call) => {
      if (call.kind === 'collections') {
        sf.server.store.update(ACCOUNT, ids[1], { [ACCOUNT_ASSESSED.loyalty]: 5 });
        stop();
      }
    });
    const client = new RecordingClient(sf.connection(), { retry: FAST_RETRY });
    await sync(client);
    expect(sf.server.store.get(ACCOUNT, ids[1])![ACCOUNT_ASSESSED.loyalty]).toBe(5);

    // The review fields are computed too (docs/method.md, Review due): what the sync read of the history.
    const allowed = new Set([
      ...Object.values(C),
      ...Object.values(ACCOUNT_PLACE),
      ...Object.values(ACCOUNT_REVIEW),
      'attributes',
      'id',
    ]);
    const accountWrites = client.sent.filter(
      (r) => r.method !== 'GET' && JSON.stringify(r.body ?? '').includes('"type":"Account"')
    );
    expect(accountWrites.length).toBeGreaterThan(0);
    for (const request of accountWrites) {
      for (const record of (request.body as { records: Array<Record<string, unknown>> }).records) {
        expect(Object.keys(record).filter((k) => !allowed.has(k))).toEqual([]);
      }
    }
    // The next run sees the edit and rescores Berg.
    const again = await sync(sf.client());
    expect(again.history.written).toBeGreaterThanOrEqual(1);
  });

  it('pages REST queries 2,000 accounts a call and counts first in auto mode', async () => {
    // No figures: seeding profitability rows is the slow part, and paging is about accounts.
    seedPortfolio(
      sf.server,
      syntheticSeeds(4001).map((seed) => ({ ...seed, figures: [] }))
    );
    const result = await sync(sf.client(), { dryRun: true });
    expect(result.accounts).toBe(4001);
    expect(result.api.read).toBe('rest');
    expect(sf.server.calls.count('queryMore')).toBe(2);
    // The scope, the history watermark, the COUNT(), the profiles, the first page of accounts, the history
    // (none yet: one page).
    expect(sf.server.calls.count('query')).toBe(6);
  });

  it('reads with Bulk API 2.0 jobs, paging results by locator, to the same plan as REST', async () => {
    seedPortfolio(sf.server, syntheticSeeds(1200));
    const rest = await sync(sf.client(), { dryRun: true, api: 'rest' });
    sf.server.calls.reset();
    const bulk = await sync(sf.client(), { dryRun: true, api: 'bulk', maxRecords: 500 });
    expect(bulk.api.read).toBe('bulk');
    expect(sf.server.calls.count('bulkQueryCreate')).toBe(3);
    // Accounts in 3 pages of 500, profitability in 3, assessments (none yet) in 1.
    expect(sf.server.calls.count('bulkQueryResults')).toBe(7);
    expect(bulk.summary).toEqual(rest.summary);
    expect(bulk.changed).toBe(rest.changed);
    expect(bulk.movers).toEqual(rest.movers);
  });

  it('writes large change sets with one Bulk API 2.0 job and converges to the same state', async () => {
    seedPortfolio(sf.server, syntheticSeeds(300));
    const result = await sync(sf.client(), { bulkWriteAt: 100 });
    expect(result.api).toEqual({ read: 'rest', accounts: 'bulk', history: 'bulk' });
    expect(result.written).toBe(300);
    expect(sf.server.calls.count('bulkIngestCreate')).toBe(2);
    // Both jobs' counts said every row was written: their failed and unprocessed files are not fetched.
    expect(sf.server.calls.count('bulkIngestResults')).toBe(0);
    expect(sf.server.calls.count('collections')).toBe(1); // the snapshot
    const viaBulk = endState(sf.server);

    sf.server.calls.reset();
    const second = await sync(sf.client(), { bulkWriteAt: 100 });
    expect(second.written).toBe(0);
    expect(writeCalls(sf.server)).toBe(0);
    expect(endState(sf.server)).toEqual(viaBulk);
    expect(Object.values(viaBulk.assessments).every((n) => n === 1)).toBe(true);
  });

  it('writes nothing on a dry run and reports the counts and the accounts that move most', async () => {
    seedPortfolio(sf.server, SEEDS);
    await sync(sf.client());
    // Dahl becomes a much stronger account: its tier and rank move.
    const dahl = sf.server.store.all(ACCOUNT).find((a) => a.Name === 'Dahl GmbH')!;
    sf.server.store.update(ACCOUNT, String(dahl.Id), {
      [ACCOUNT_ASSESSED.loyalty]: 5,
      [ACCOUNT_ASSESSED.potential]: 5,
      [ACCOUNT_ASSESSED.reference]: 5,
      [ACCOUNT_ASSESSED.learning]: 5,
      [ACCOUNT_ASSESSED.volumeEntered]: 5,
      [ACCOUNT_ASSESSED.profitabilityEntered]: 5,
    });
    const before = endState(sf.server);
    sf.server.calls.reset();
    const dry = await sync(sf.client(), { dryRun: true });
    expect(writeCalls(sf.server)).toBe(0);
    expect(endState(sf.server)).toEqual(before);
    expect(dry.dryRun).toBe(true);
    expect(dry.written).toBe(0);
    expect(dry.changed).toBeGreaterThanOrEqual(1);
    expect(dry.history.planned).toBe(1);
    expect(dry.snapshot.reason).toBe('dryRun');
    expect(dry.movers[0]).toMatchObject({ name: 'Dahl GmbH', rank: 1, tier: 'keyAccount' });
    expect(dry.movers[0].previousTier).not.toBe('keyAccount');
  });

  it('scores with the org profile flagged default, and with --profile', async () => {
    seedPortfolio(sf.server, SEEDS);
    const { profileToRecord } = await import('../../src/org/profiles/profile-records.js');
    const future = profileToRecord(builtInProfile('future')!, { isDefault: true });
    sf.server.store.insert('CVP_Scoring_Profile__c', [
      { ...future, [SCORING_PROFILE_WEIGHTS.potential]: 50, [SCORING_PROFILE_WEIGHTS.volume]: 0 },
    ]);
    const result = await sync(sf.client(), { dryRun: true });
    expect(result.profile).toEqual({ key: 'future', name: 'Future potential', source: 'org' });
    const current = await sync(sf.client(), { dryRun: true, profile: 'current' });
    expect(current.profile.source).toBe('built-in');
    await expect(sync(sf.client(), { dryRun: true, profile: 'nosuch' })).rejects.toThrow(/no scoring profile "nosuch"/);
  });
});
