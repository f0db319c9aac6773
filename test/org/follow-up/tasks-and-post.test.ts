import {
  ACCOUNT,
  ACCOUNT_ASSESSED as A,
  ACCOUNT_COMPUTED as C,
  CHATTER,
  FOLLOW_UP_TASK as T,
} from '../../../src/schema/fields.js';
import type { OrgClient } from '../../../src/org/api/client.js';
import { runSync, type SyncOptions } from '../../../src/org/sync/sync.js';
import { callTexts, clearRecords, enableFollowUp, followUpTasks, moveAccounts } from '../../helpers/follow-up.js';
import { endState, FAST_SYNC, seedPortfolio, syntheticSeeds, useSfServer } from '../../helpers/org-server.js';

const SEEDS = syntheticSeeds(30);
const DAY = 86_400_000;
const T0 = Date.parse('2026-11-01T02:00:00Z');

/** Nightly runs: the nth sync runs n days after T0, so each has its own scored-at. */
let night = 0;
const sync = (client: OrgClient, options: Partial<SyncOptions> = {}): ReturnType<typeof runSync> => {
  const at = new Date(T0 + ++night * DAY);
  return runSync(client, { dryRun: false, api: 'auto', ...FAST_SYNC, now: () => new Date(at), ...options });
};

describe('follow-up Tasks of the sync', () => {
  const sf = useSfServer();
  beforeEach(() => {
    night = 0;
  });

  it('makes one Task per move for the account owner, in their language, and none on a rerun', async () => {
    enableFollowUp(sf.server);
    const ids = seedPortfolio(sf.server, SEEDS);
    const first = await sync(sf.client());
    // The first sync scores every account for the first time: nothing moved, nothing to follow up.
    expect(first.followUp).toEqual({
      enabled: true,
      planned: 0,
      becameDue: 0,
      created: 0,
      existing: 0,
      failed: 0,
      api: 'none',
    });
    const [climber, faller, lossMaker] = moveAccounts(sf.server);
    // The faller's owner reads Finnish.
    const [finnish] = sf.server.store.insert('User', [
      {
        Username: 'myyja@cvp.local',
        LastName: 'Myyjä',
        Email: 'myyja@cvp.local',
        Alias: 'myyja',
        TimeZoneSidKey: 'Europe/Helsinki',
        LanguageLocaleKey: 'fi',
      },
    ]);
    sf.server.store.update(ACCOUNT, faller, { OwnerId: finnish });
    const heldAt = String(sf.server.store.get(ACCOUNT, climber)![C.scoredAt]);

    const second = await sync(sf.client());
    const tasks = followUpTasks(sf.server);
    expect(second.followUp.created).toBe(second.followUp.planned);
    expect(second.followUp.planned).toBe(tasks.size);
    expect([...tasks.keys()]).toEqual(expect.arrayContaining([climber, faller, lossMaker]));
    for (const list of tasks.values()) expect(list).toHaveLength(1);
    const up = tasks.get(climber)![0];
    expect(up).toMatchObject({
      OwnerId: sf.server.userId,
      Status: 'Not Started',
      Priority: 'Normal',
      ActivityDate: '2026-11-17',
      [T.key]: `${climber}@${new Date(heldAt).toISOString()}`,
    });
    expect(String(up.Subject)).toMatch(/^Portfolio follow-up: Account \d+ – tier [^→]+ → \S/);
    expect(String(up.Description)).toMatch(
      /^The account moved up from .+ \(rank \d+, was \d+\)\. Agree its new treatment/
    );
    const down = tasks.get(faller)![0];
    expect(finnish).not.toBe(sf.server.userId);
    expect(down).toMatchObject({ OwnerId: finnish, Priority: 'High' });
    expect(String(down.Subject)).toMatch(/^Salkun jatkotoimi: .+ asiakkuusluokka Avainasiakas → /);
    expect(String(tasks.get(lossMaker)![0].Subject)).toMatch(/into loss/);
    expect(ids).toEqual(expect.arrayContaining([climber, faller, lossMaker]));

    const third = await sync(sf.client());
    expect(third.followUp.planned).toBe(0);
    expect(followUpTasks(sf.server).size).toBe(tasks.size);
  });

  it('reports a refused Task, keeps its account at the state it moved from, and the rerun completes both', async () => {
    enableFollowUp(sf.server);
    seedPortfolio(sf.server, SEEDS);
    await sync(sf.client());
    const [climber, faller] = moveAccounts(sf.server);
    const rankBefore = sf.server.store.get(ACCOUNT, climber)![C.rank];
    sf.server.faults.failRecords((record, object) => object === T.object && record.WhatId === climber, {
      statusCode: 'INACTIVE_OWNER_OR_USER',
      message: 'operation performed with inactive user',
    });
    const refused = await sync(sf.client());
    expect(refused.followUp.failed).toBe(1);
    expect(refused.failures).toContainEqual(
      expect.objectContaining({ id: climber, object: T.object, code: 'INACTIVE_OWNER_OR_USER' })
    );
    expect(followUpTasks(sf.server).has(climber)).toBe(false);
    expect(followUpTasks(sf.server).has(faller)).toBe(true);
    // Held back: the next run must still see the move.
    expect(sf.server.store.get(ACCOUNT, climber)![C.rank]).toBe(rankBefore);
    expect(refused.written).toBe(refused.changed - 1);

    sf.server.faults.clear();
    const rerun = await sync(sf.client());
    expect(rerun.followUp).toMatchObject({ planned: 1, created: 1, failed: 0 });
    const tasks = followUpTasks(sf.server);
    expect(tasks.get(climber)).toHaveLength(1);
    expect(tasks.get(faller)).toHaveLength(1);
    expect(sf.server.store.get(ACCOUNT, climber)![C.rank]).not.toBe(rankBefore);
    expect(rerun.failures).toEqual([]);
  });

  it('finds the Task of a move whose account write failed, even once the owner closed it', async () => {
    enableFollowUp(sf.server);
    seedPortfolio(sf.server, SEEDS);
    await sync(sf.client());
    const [climber] = moveAccounts(sf.server);
    sf.server.faults.failRecords([climber], { statusCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: 'Locked' });
    const first = await sync(sf.client());
    expect(first.failures).toContainEqual(expect.objectContaining({ id: climber, object: ACCOUNT }));
    const [task] = followUpTasks(sf.server).get(climber)!;
    sf.server.store.update(T.object, String(task.Id), { Status: 'Completed' });
    sf.server.faults.clear();
    const rerun = await sync(sf.client());
    expect(rerun.followUp).toMatchObject({ planned: 1, existing: 1, created: 0 });
    expect(followUpTasks(sf.server).get(climber)).toHaveLength(1);
  });

  it('makes a new Task when the account moves again after the owner closed the last one', async () => {
    enableFollowUp(sf.server);
    seedPortfolio(sf.server, SEEDS);
    await sync(sf.client());
    const [climber] = moveAccounts(sf.server);
    await sync(sf.client());
    const [task] = followUpTasks(sf.server).get(climber)!;
    sf.server.store.update(T.object, String(task.Id), { Status: 'Completed' });
    // The customer's scores fall back: the account moves down again.
    const seed = SEEDS[sf.server.store.all(ACCOUNT).findIndex((a) => a.Id === climber)];
    sf.server.store.update(ACCOUNT, climber, {
      [A.loyalty]: seed.loyalty ?? null,
      [A.potential]: seed.potential ?? null,
      [A.reference]: seed.reference ?? null,
      [A.learning]: seed.learning ?? null,
      [A.contact]: null,
      [A.emotional]: null,
    });
    const back = await sync(sf.client());
    expect(back.digest.down.map((m) => m.id)).toContain(climber);
    const tasks = followUpTasks(sf.server).get(climber)!;
    expect(tasks).toHaveLength(2);
    expect(tasks[0][T.key]).not.toBe(tasks[1][T.key]);
  });

  it('calls nothing more with the setting off, and only the lookups and the write with it on', async () => {
    const clear = (): void => clearRecords(sf.server);
    const scenario = async (tasks: boolean): Promise<{ calls: number; created: number }> => {
      clear();
      night = 0;
      enableFollowUp(sf.server, { tasks });
      seedPortfolio(sf.server, SEEDS);
      await sync(sf.client());
      moveAccounts(sf.server);
      const result = await sync(sf.client());
      return { calls: result.apiCalls, created: followUpTasks(sf.server).size };
    };
    const off = await scenario(false);
    const on = await scenario(true);
    expect(off.created).toBe(0);
    expect(on.created).toBeGreaterThanOrEqual(3);
    // One chunk of moved accounts: the owner lookup and the key lookup side by side, then one create.
    expect(on.calls - off.calls).toBe(3);
    // With no default profile at all the sync reads no setting beyond the scope's one query.
    clear();
    seedPortfolio(sf.server, SEEDS);
    sf.server.calls.reset();
    await sync(sf.client());
    expect(callTexts(sf.server).some((p) => /Task|FeedItem|CollaborationGroup/.test(p))).toBe(false);
  });

  it('counts the Tasks it would make on a dry run and makes none', async () => {
    enableFollowUp(sf.server);
    seedPortfolio(sf.server, SEEDS);
    await sync(sf.client());
    moveAccounts(sf.server);
    const dry = await sync(sf.client(), { dryRun: true });
    expect(dry.followUp.planned).toBeGreaterThanOrEqual(3);
    expect(dry.followUp.created).toBe(0);
    expect(sf.server.store.count(T.object)).toBe(0);
    expect(endState(sf.server).accounts.length).toBe(30);
  });
});

describe('the movers digest as a Chatter post', () => {
  const sf = useSfServer();

  it('posts the digest to the group when an account moved, and not when none did', async () => {
    night = 0;
    const [group] = sf.server.store.insert(CHATTER.group, [{ Name: 'Key account review' }]);
    enableFollowUp(sf.server, { tasks: false, group: 'Key account review' });
    seedPortfolio(sf.server, SEEDS);
    const first = await sync(sf.client());
    expect(first.digestPost).toEqual({ group: 'Key account review', posted: false, reason: 'nothingMoved' });
    moveAccounts(sf.server);
    const second = await sync(sf.client());
    expect(second.digestPost).toEqual({ group: 'Key account review', posted: true, reason: 'posted' });
    const posts = sf.server.store.all(CHATTER.post);
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ ParentId: group, Type: 'TextPost' });
    expect(String(posts[0].Body)).toContain('# Portfolio movers');
    expect(String(posts[0].Body)).toMatch(/## Up a tier \(\d+\)/);
    expect(sf.server.store.count(T.object)).toBe(0);
  });

  it('reports a refused post in the result and writes the accounts anyway, so the rerun has nothing to post', async () => {
    night = 0;
    sf.server.store.insert(CHATTER.group, [{ Name: 'Key account review' }]);
    enableFollowUp(sf.server, { tasks: false, group: 'Key account review' });
    seedPortfolio(sf.server, SEEDS);
    await sync(sf.client());
    moveAccounts(sf.server);
    sf.server.faults.failRecords((_record, object) => object === CHATTER.post, {
      statusCode: 'INSUFFICIENT_ACCESS_OR_READONLY',
      message: 'You must be a member of this group to post',
    });
    const refused = await sync(sf.client());
    expect(refused.digestPost).toMatchObject({ posted: false, reason: 'failed' });
    expect(refused.failures).toContainEqual(
      expect.objectContaining({ object: CHATTER.post, code: 'INSUFFICIENT_ACCESS_OR_READONLY' })
    );
    sf.server.faults.clear();
    // The accounts landed: their moves are behind them, and so is the digest that named them.
    const rerun = await sync(sf.client());
    expect(rerun.digestPost.reason).toBe('nothingMoved');
    expect(sf.server.store.count(CHATTER.post)).toBe(0);
  });

  it('stops before writing anything when the group does not exist', async () => {
    enableFollowUp(sf.server, { group: 'No such group' });
    seedPortfolio(sf.server, SEEDS);
    const error = await sync(sf.client()).then(
      () => undefined,
      (e: unknown) => e as { name: string; message: string; actions?: string[] }
    );
    expect(error?.message).toMatch(/no active group of that name/);
    expect(error?.actions?.join(' ')).toMatch(/Movers Digest Chatter Group/);
    expect(sf.server.store.all(ACCOUNT).every((a) => a[C.rank] === null || a[C.rank] === undefined)).toBe(true);
  });
});

describe('the movers digest post in an org without Chatter', () => {
  const sf = useSfServer({ chatter: false });

  it('stops before writing anything and says to turn Chatter on or clear the group', async () => {
    enableFollowUp(sf.server, { group: 'Key account review' });
    seedPortfolio(sf.server, SEEDS);
    const error = await sync(sf.client()).then(
      () => undefined,
      (e: unknown) => e as { message: string; actions?: string[] }
    );
    expect(error?.message).toMatch(/Chatter is turned off/);
    expect(error?.actions?.join(' ')).toMatch(/Chatter Settings/);
    expect(sf.server.store.all(ACCOUNT).every((a) => a[C.rank] === null || a[C.rank] === undefined)).toBe(true);
  });
});
