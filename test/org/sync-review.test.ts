/**
 * Reviews in the sync (docs/method.md, Review due; docs/sync.md): the accounts hold who last assessed
 * them, when, and when they are due; the sync reads the history whole only once and then only what
 * changed since the latest snapshot's watermark, and never believes a history row it did not see land.
 */
import { ACCOUNT, ACCOUNT_REVIEW as R, SNAPSHOT_REVIEW, VALUE_ASSESSMENT as V } from '../../src/schema/fields.js';
import { OrgClient, type ApiRequest, type ApiResponse } from '../../src/org/api/client.js';
import { runSync, type SyncOptions } from '../../src/org/sync/sync.js';
import {
  endState,
  FAST_RETRY,
  FAST_SYNC,
  seedPortfolio,
  useSfServer,
  writeCalls,
  type PortfolioSeed,
} from '../helpers/org-server.js';

const SEEDS: PortfolioSeed[] = [
  // Strong: a key account under "current".
  {
    name: 'Aalto Oy',
    volume: 5,
    profitability: 5,
    loyalty: 5,
    potential: 5,
    reference: 5,
    learning: 5,
    commitment: 4,
    binding: 4,
  },
  { name: 'Berg AB', loyalty: 3, potential: 3, reference: 3, learning: 3, volume: 3, profitability: 3 },
  { name: 'Cedar Ltd', loyalty: 2, potential: 2, reference: 2, learning: 2, volume: 2, profitability: 2 },
];

const DAY = 86_400_000;
const daysAgo = (days: number): string => new Date(Date.now() - days * DAY).toISOString();

/** A client that keeps how many rows each query of the history answered with. */
class CountingClient extends OrgClient {
  public readonly historyQueries: Array<{ soql: string; totalSize: number }> = [];
  public override async request<T>(request: ApiRequest, options?: { idempotent?: boolean }): Promise<ApiResponse<T>> {
    const response = await super.request<T>(request, options);
    const soql = decodeURIComponent(request.path.split('q=')[1] ?? '');
    if (soql.startsWith('SELECT') && soql.includes(`FROM ${V.object}`) && soql.includes(V.source)) {
      this.historyQueries.push({ soql, totalSize: (response.body as { totalSize: number }).totalSize });
    }
    return response;
  }
}

describe('reviews in the sync', () => {
  const sf = useSfServer();
  const sync = (client: OrgClient, options: Partial<SyncOptions> = {}): ReturnType<typeof runSync> =>
    runSync(client, { dryRun: false, api: 'rest', ...FAST_SYNC, ...options });
  const counting = (): CountingClient => new CountingClient(sf.connection(), { retry: FAST_RETRY });

  /** A year of history behind every account, stamped on its nights, and a person's assessment of Aalto 14 months ago (440 days). */
  function seedWithHistory(): string[] {
    const ids = seedPortfolio(sf.server, SEEDS);
    const rows: Array<Record<string, unknown>> = ids.flatMap((id) =>
      [330, 200, 60].map((days) => ({
        [V.account]: id,
        [V.assessedAt]: daysAgo(days),
        [V.weightedScore]: 2.5,
        [V.tier]: 'maintain',
        [V.profileKey]: 'current',
        [V.source]: 'Sync',
        SystemModstamp: daysAgo(days),
      }))
    );
    rows.push({
      [V.account]: ids[0],
      [V.assessedAt]: daysAgo(440),
      [V.weightedScore]: 4.5,
      [V.tier]: 'keyAccount',
      [V.profileKey]: 'current',
      [V.source]: 'Manual',
      [V.assessedBy]: sf.server.userId,
      SystemModstamp: daysAgo(440),
    });
    sf.server.store.insert(V.object, rows);
    return ids;
  }

  it('reads the whole history once, then only the assessments changed since the latest snapshot', async () => {
    seedWithHistory();
    const first = counting();
    const run1 = await sync(first);
    expect(run1.review.historyRead).toBe('whole');
    expect(first.historyQueries).toHaveLength(1);
    expect(first.historyQueries[0].totalSize).toBe(10);
    expect(sf.server.store.all('CVP_Portfolio_Snapshot__c')[0][SNAPSHOT_REVIEW.historyThrough]).toBeTruthy();

    sf.server.calls.reset();
    const second = counting();
    const run2 = await sync(second);
    expect(run2.review.historyRead).toBe('since');
    expect(run2).toMatchObject({ changed: 0, written: 0, history: { planned: 0, written: 0 } });
    expect(writeCalls(sf.server)).toBe(0);
    // Only the three rows the first run wrote: the year before it is not read again.
    expect(second.historyQueries[0].soql).toMatch(/SystemModstamp >= \d{4}-/);
    expect(second.historyQueries[0].totalSize).toBe(3);
  });

  it('keeps who last assessed an account and when on the record, and counts the accounts due', async () => {
    const ids = seedWithHistory();
    const run = await sync(sf.client());
    const aalto = sf.server.store.get(ACCOUNT, ids[0])!;
    expect(String(aalto[R.lastAssessedBy])).toBe(sf.server.userId);
    expect(String(aalto[R.lastAssessedAt]).slice(0, 10)).toBe(daysAgo(440).slice(0, 10));
    // Key account, last assessed 14 months ago, key accounts every 6 months: due. Berg and Cedar were
    // never assessed by a person: due from the day they were created.
    expect(run.review.due).toBe(3);
    expect(run.review.dueAccounts.find((d) => d.name === 'Aalto Oy')).toMatchObject({
      tier: 'keyAccount',
      monthsAgo: 14,
      intervalMonths: 6,
    });
    const berg = sf.server.store.get(ACCOUNT, ids[1])!;
    expect(berg[R.lastAssessedAt] ?? null).toBeNull();
    expect(String(berg[R.reviewDueOn])).toBe(String(berg.CreatedDate).slice(0, 10));
    // The snapshot counts them.
    expect(sf.server.store.all('CVP_Portfolio_Snapshot__c')[0][SNAPSHOT_REVIEW.dueAccounts]).toBe(3);

    // A person assesses Berg in the scorecard: the next run sees the row, though it reads only what changed.
    sf.server.store.insert(V.object, [
      {
        [V.account]: ids[1],
        [V.assessedAt]: new Date().toISOString(),
        [V.weightedScore]: 3,
        [V.tier]: 'develop',
        [V.profileKey]: 'current',
        [V.source]: 'Manual',
        [V.assessedBy]: sf.server.userId,
      },
    ]);
    const dry = await sync(sf.client(), { dryRun: true });
    expect(dry.review).toMatchObject({ due: 2, historyRead: 'since' });
    const after = await sync(sf.client());
    expect(after.review.due).toBe(2);
    const assessed = sf.server.store.get(ACCOUNT, ids[1])!;
    expect(String(assessed[R.lastAssessedBy])).toBe(sf.server.userId);
    expect(String(assessed[R.reviewDueOn]) > new Date().toISOString().slice(0, 10)).toBe(true);
    expect(sf.server.store.all('CVP_Portfolio_Snapshot__c')).toHaveLength(2);
  });

  it('writes a history row again when the one an account records never landed', async () => {
    const ids = seedPortfolio(sf.server, SEEDS);
    await sync(sf.client());
    const reference = endState(sf.server);
    // The row of Cedar is gone, as if its insert had failed after the account recorded it.
    const cedarRow = sf.server.store.all(V.object).find((r) => r[V.account] === ids[2])!;
    sf.server.store.delete(V.object, String(cedarRow.Id));
    const again = await sync(sf.client());
    expect(again.history).toEqual({ planned: 1, written: 1 });
    expect(endState(sf.server)).toEqual(reference);
    const third = await sync(sf.client());
    expect(third).toMatchObject({ changed: 0, history: { planned: 0 } });
  });

  it('plans the same reviews reading through Bulk API 2.0 as through REST', async () => {
    seedWithHistory();
    await sync(sf.client());
    const compare = async (mode: 'whole' | 'since'): Promise<void> => {
      const rest = await sync(sf.client(), { dryRun: true, api: 'rest' });
      const bulk = await sync(sf.client(), { dryRun: true, api: 'bulk' });
      expect(bulk.review).toEqual(rest.review);
      expect(bulk.changed).toBe(rest.changed);
      expect(rest.review.historyRead).toBe(mode);
    };
    await compare('since');
    // Without a snapshot there is no watermark: both read the whole history.
    sf.server.store.clear('CVP_Portfolio_Snapshot__c');
    await compare('whole');
  });
});
