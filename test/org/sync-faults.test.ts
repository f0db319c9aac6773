import { Connection } from '@jsforce/jsforce-node';
import { ACCOUNT, CHATTER, FOLLOW_UP_TASK, VALUE_ASSESSMENT } from '../../src/schema/fields.js';
import { OrgClient } from '../../src/org/api/client.js';
import { runSync, type SyncOptions } from '../../src/org/sync/sync.js';
import { startSfServer, type SfServer } from '../sf-server/server.js';
import { clearRecords, enableFollowUp, followUpTasks, moveAccounts } from '../helpers/follow-up.js';
import {
  API_VERSION,
  endState,
  FAST_RETRY,
  FAST_SYNC,
  seedPortfolio,
  syntheticSeeds,
  useSfServer,
} from '../helpers/org-server.js';

const SEEDS = syntheticSeeds(30);

const sync = (client: OrgClient, options: Partial<SyncOptions> = {}): ReturnType<typeof runSync> =>
  runSync(client, { dryRun: false, api: 'auto', ...FAST_SYNC, ...options });

/** The end state a clean run reaches on a fresh server seeded the same way: what every recovery must reach. */
async function cleanEndState(options: Partial<SyncOptions> = {}): Promise<ReturnType<typeof endState>> {
  const server = await startSfServer();
  try {
    seedPortfolio(server, SEEDS);
    const conn = new Connection({ instanceUrl: server.url, accessToken: server.token, version: API_VERSION });
    await sync(new OrgClient(conn, { retry: FAST_RETRY }), options);
    return endState(server);
  } finally {
    await server.close();
  }
}

describe('portfolio sync when the org fails', () => {
  const sf = useSfServer();
  let reference: ReturnType<typeof endState>;
  beforeAll(async () => {
    reference = await cleanEndState();
  });

  it('retries locked rows with backoff, in collections and in a Bulk API job', async () => {
    const ids = seedPortfolio(sf.server, SEEDS);
    sf.server.faults.lockRecords(ids.slice(0, 3), 2);
    const viaCollections = await sync(sf.client());
    expect(viaCollections).toMatchObject({ written: 30, failed: 0, failures: [] });
    expect(endState(sf.server)).toEqual(reference);

    sf.server.store.clear();
    const again = seedPortfolio(sf.server, SEEDS);
    sf.server.faults.lockRecords(again.slice(5, 9), 1);
    const viaBulk = await sync(sf.client(), { bulkWriteAt: 10 });
    expect(viaBulk.api.accounts).toBe('bulk');
    expect(viaBulk).toMatchObject({ written: 30, failed: 0 });
  });

  it('reports records refused for good in the result, and converges once they are fixed', async () => {
    const ids = seedPortfolio(sf.server, SEEDS);
    sf.server.faults.lockRecords([ids[1]], 99);
    sf.server.faults.failRecords([ids[0]], {
      statusCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
      message: 'Tier changes need approval',
    });
    const result = await sync(sf.client());
    expect(result.written).toBe(28);
    expect(result.failures).toEqual(
      expect.arrayContaining([
        {
          id: ids[0],
          name: SEEDS[0].name,
          object: ACCOUNT,
          code: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
          reason: 'Tier changes need approval',
        },
        expect.objectContaining({ id: ids[1], name: SEEDS[1].name, code: 'UNABLE_TO_LOCK_ROW' }),
      ])
    );
    // No history row for an account whose computed values did not land.
    const assessed = new Set(sf.server.store.all(VALUE_ASSESSMENT.object).map((r) => r[VALUE_ASSESSMENT.account]));
    expect(assessed.has(ids[0])).toBe(false);

    sf.server.faults.clear();
    const rerun = await sync(sf.client());
    expect(rerun).toMatchObject({ written: 2, failed: 0 });
    expect(endState(sf.server).accounts).toEqual(reference.accounts);
    expect(endState(sf.server).assessments).toEqual(reference.assessments);
  });

  it('stages the history job while the accounts job runs, and throws it away when an account fails', async () => {
    // Jobs that take a while, as an org's do: the history job is made while the accounts job runs.
    const slow = await startSfServer({ bulkJobLatencyMs: 100 });
    try {
      seedPortfolio(slow, SEEDS);
      const conn = new Connection({ instanceUrl: slow.url, accessToken: slow.token, version: API_VERSION });
      const clean = await sync(new OrgClient(conn, { retry: FAST_RETRY }), { bulkWriteAt: 10 });
      expect(clean.api).toMatchObject({ accounts: 'bulk', history: 'bulk' });
      const log = slow.calls.log.filter((c) => c.kind.startsWith('bulkIngest'));
      const accountsJob = log.find((c) => c.kind === 'bulkIngestClose')?.path;
      const lastAccountsPoll = log.reduce(
        (last, c, i) => (c.kind === 'bulkIngestPoll' && c.path === accountsJob ? i : last),
        -1
      );
      const creates = log.flatMap((c, i) => (c.kind === 'bulkIngestCreate' ? [i] : []));
      const closes = log.flatMap((c, i) => (c.kind === 'bulkIngestClose' ? [i] : []));
      expect(creates).toHaveLength(2);
      expect(closes).toHaveLength(2);
      expect(creates[1]).toBeLessThan(lastAccountsPoll);
      expect(closes[1]).toBeGreaterThan(lastAccountsPoll);
      expect(endState(slow)).toEqual(reference);
    } finally {
      await slow.close();
    }

    const again = seedPortfolio(sf.server, SEEDS);
    sf.server.faults.failRecords([again[0]], { statusCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: 'No' });
    const result = await sync(sf.client(), { bulkWriteAt: 10 });
    expect(result).toMatchObject({ written: 29, failed: 1, history: { written: 29 } });
    // The staged job was aborted (a third close) and a new one made without the failed account.
    expect(sf.server.calls.count('bulkIngestCreate')).toBe(3);
    expect(sf.server.calls.count('bulkIngestClose')).toBe(3);
    const assessed = sf.server.store.all(VALUE_ASSESSMENT.object).map((r) => r[VALUE_ASSESSMENT.account]);
    expect(assessed).toHaveLength(29);
    expect(assessed).not.toContain(again[0]);
  });

  it('retries 503s and dropped connections on reads and writes, without duplicating new rows', async () => {
    seedPortfolio(sf.server, SEEDS);
    sf.server.faults.serviceUnavailable(1, { kind: 'query', times: 2 });
    sf.server.faults.serviceUnavailable(1, { kind: 'collections' });
    sf.server.faults.dropConnection(2, { kind: 'collections' });
    sf.server.faults.dropConnection(3, { kind: 'collections' });
    const result = await sync(sf.client());
    expect(result).toMatchObject({ written: 30, failed: 0, history: { written: 30 } });
    expect(endState(sf.server)).toEqual(reference);
  });

  it('stops cleanly at REQUEST_LIMIT_EXCEEDED, says how to resume, and the re-run converges', async () => {
    seedPortfolio(sf.server, SEEDS);
    sf.server.faults.requestLimitAfter(4);
    const error = await sync(sf.client()).then(
      () => undefined,
      (e: unknown) => e as { message: string; actions?: string[] }
    );
    expect(error?.message).toMatch(/API request limit is used up/);
    expect(error?.actions?.join(' ')).toMatch(/run the same command again/);
    sf.server.faults.clearRequestLimit();
    await sync(sf.client());
    expect(endState(sf.server)).toEqual(reference);
  });

  it.each([
    ['REST and collections', 'a stop', 2000, 'rest'],
    ['REST and collections', 'a dropped connection', 2000, 'rest'],
    ['Bulk API jobs', 'a stop', 10, 'bulk'],
    ['Bulk API jobs', 'a dropped connection', 10, 'bulk'],
  ] as const)('converges with %s from %s at any call of the run', async (_how, fault, bulkWriteAt, api) => {
    seedPortfolio(sf.server, SEEDS);
    const options = { bulkWriteAt, api, maxRecords: 20 };
    const calls = (await sync(sf.client(), options)).apiCalls;
    for (let n = 1; n <= calls; n++) {
      sf.server.store.clear();
      seedPortfolio(sf.server, SEEDS);
      sf.server.faults.clear();
      if (fault === 'a stop') sf.server.faults.requestLimitAfter(n - 1);
      else sf.server.faults.dropConnection(n);
      // eslint-disable-next-line no-await-in-loop
      await sync(sf.client(), options).catch(() => undefined);
      sf.server.faults.clear();
      // eslint-disable-next-line no-await-in-loop
      await sync(sf.client(), options);
      expect({ n, state: endState(sf.server) }).toEqual({ n, state: reference });
    }
  });

  /**
   * Follow-up on, a digest group, one clean sync, then a year's moves: the run the faults hit. Each
   * sync runs a night after the last, as nightly runs do: the latest assessment and snapshot are then
   * told apart by their time.
   */
  const followUpScenario = async (
    server: SfServer,
    client: () => OrgClient,
    options: Partial<SyncOptions>
  ): Promise<Partial<SyncOptions>> => {
    let night = 0;
    const nightly = { ...options, now: (): Date => new Date(Date.UTC(2026, 10, 1, 2) + ++night * 86_400_000) };
    clearRecords(server);
    server.store.insert(CHATTER.group, [{ Name: 'Key account review' }]);
    enableFollowUp(server, { group: 'Key account review' });
    seedPortfolio(server, SEEDS);
    await sync(client(), nightly);
    moveAccounts(server);
    return nightly;
  };
  /** Who got a Task (by account name, how many each) and how many posts: what every recovery must reach. */
  const followUpState = (server: SfServer): { tasks: unknown[]; posts: number; state: ReturnType<typeof endState> } => {
    const names = new Map(server.store.all(ACCOUNT).map((a) => [a.Id, a.Name]));
    const tasks = [...followUpTasks(server)].map(([id, list]) => [names.get(id), list.length]).sort();
    return { tasks, posts: server.store.count(CHATTER.post), state: endState(server) };
  };

  it.each([
    ['REST and collections', 'a stop', 2000, 'rest'],
    ['REST and collections', 'a dropped connection', 2000, 'rest'],
    ['Bulk API jobs', 'a stop', 10, 'bulk'],
    ['Bulk API jobs', 'a dropped connection', 10, 'bulk'],
  ] as const)(
    'with follow-up Tasks and the digest post, converges with %s from %s at any call: one Task per move, one post',
    async (_how, fault, bulkWriteAt, api) => {
      const base = { bulkWriteAt, api, maxRecords: 20 };
      const options = await followUpScenario(sf.server, () => sf.client(), base);
      const clean = await sync(sf.client(), options);
      expect(clean.followUp.created).toBeGreaterThanOrEqual(3);
      const expected = followUpState(sf.server);
      expect(expected.posts).toBe(1);
      for (let n = 1; n <= clean.apiCalls; n++) {
        // eslint-disable-next-line no-await-in-loop
        const nightly = await followUpScenario(sf.server, () => sf.client(), base);
        if (fault === 'a stop') sf.server.faults.requestLimitAfter(n - 1);
        else sf.server.faults.dropConnection(n);
        // eslint-disable-next-line no-await-in-loop
        await sync(sf.client(), nightly).catch(() => undefined);
        sf.server.faults.clear();
        // eslint-disable-next-line no-await-in-loop
        await sync(sf.client(), nightly);
        expect({ n, ...followUpState(sf.server) }).toEqual({ n, ...expected });
        expect(sf.server.store.all(FOLLOW_UP_TASK.object).every((t) => t[FOLLOW_UP_TASK.key])).toBe(true);
      }
    }
  );

  it('lets jsforce refresh an expired session when the connection can (as the sf CLI connection can)', async () => {
    seedPortfolio(sf.server, SEEDS);
    sf.server.faults.expireSessionAfter(3);
    expect(await sync(sf.client({ refreshable: true }))).toMatchObject({ written: 30 });
    expect(endState(sf.server)).toEqual(reference);
  });

  it('refreshes an expired session once through the auth, and stops when that fails', async () => {
    seedPortfolio(sf.server, SEEDS);
    const conn = sf.connection();
    let refreshes = 0;
    const client = new OrgClient(conn, {
      retry: FAST_RETRY,
      refresh: (): Promise<void> => {
        refreshes++;
        conn.accessToken = sf.server.issueToken();
        return Promise.resolve();
      },
    });
    sf.server.faults.expireSessionAfter(2);
    expect(await sync(client)).toMatchObject({ written: 30 });
    expect(refreshes).toBe(1);

    sf.server.faults.expireSessionAfter(0);
    const failing = new OrgClient(sf.connection(), {
      retry: FAST_RETRY,
      refresh: (): Promise<void> => Promise.reject(new Error('no refresh token')),
    });
    await expect(sync(failing)).rejects.toThrow(/session expired and could not be refreshed/);
  });
});
