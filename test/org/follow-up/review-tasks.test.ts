/**
 * Follow-up Tasks for reviews that fall due (docs/sync.md, Follow-up): one for the owner of each
 * account whose review fell due since the last run that landed, never two for one due date, none for
 * accounts long overdue when the setting is turned on, and a refused Task tried again by the next run.
 */
import {
  ACCOUNT,
  ACCOUNT_COMPUTED as C,
  FOLLOW_UP_TASK as T,
  VALUE_ASSESSMENT as V,
} from '../../../src/schema/fields.js';
import { addMonths, DEFAULT_REVIEW_INTERVALS, reviewIntervalOf, type Tier } from '../../../src/core/index.js';
import type { OrgClient } from '../../../src/org/api/client.js';
import { runSync, type SyncOptions } from '../../../src/org/sync/sync.js';
import { enableFollowUp, followUpTasks } from '../../helpers/follow-up.js';
import { FAST_SYNC, seedPortfolio, syntheticSeeds, useSfServer } from '../../helpers/org-server.js';

const SEEDS = syntheticSeeds(20);
const DAY = 86_400_000;
const T0 = Date.parse('2026-11-01T02:00:00Z');
const nightDay = (n: number): string => new Date(T0 + n * DAY).toISOString().slice(0, 10);

let night = 0;
const sync = (client: OrgClient, options: Partial<SyncOptions> = {}): ReturnType<typeof runSync> => {
  const at = new Date(T0 + ++night * DAY);
  return runSync(client, { dryRun: false, api: 'auto', ...FAST_SYNC, now: () => new Date(at), ...options });
};

describe('follow-up Tasks for reviews that fall due', () => {
  const sf = useSfServer();
  beforeEach(() => {
    night = 0;
  });

  /** A person's assessment of the account on `day`, recorded just after the first night's run. */
  function assess(id: string, day: string): void {
    sf.server.store.insert(V.object, [
      {
        [V.account]: id,
        [V.assessedAt]: `${day}T09:00:00.000Z`,
        [V.weightedScore]: 3,
        [V.tier]: 'maintain',
        [V.profileKey]: 'current',
        [V.source]: 'Manual',
        [V.assessedBy]: sf.server.userId,
        SystemModstamp: new Date(T0 + 1.5 * DAY).toISOString(),
      },
    ]);
  }

  /** Two scored accounts: one whose review falls due on the second night, one overdue for years. */
  async function firstNight(): Promise<{ fallsDue: string; longOverdue: string }> {
    enableFollowUp(sf.server);
    seedPortfolio(sf.server, SEEDS);
    const first = await sync(sf.client());
    // Nothing fell due since a run before it: the first run makes no review Task.
    expect(first.followUp).toMatchObject({ enabled: true, becameDue: 0, created: 0 });
    const [a, b] = sf.server.store.all(ACCOUNT);
    const months = reviewIntervalOf(DEFAULT_REVIEW_INTERVALS, a[C.tier] as Tier);
    assess(String(a.Id), addMonths(nightDay(2), -months));
    assess(String(b.Id), '2020-01-15');
    return { fallsDue: String(a.Id), longOverdue: String(b.Id) };
  }

  it('makes one Task for the owner of the account that fell due, and none on a rerun', async () => {
    const { fallsDue, longOverdue } = await firstNight();
    const second = await sync(sf.client());
    expect(second.followUp).toMatchObject({ becameDue: 1, created: 1, failed: 0 });
    const tasks = followUpTasks(sf.server);
    expect(tasks.get(fallsDue)).toHaveLength(1);
    expect(tasks.has(longOverdue)).toBe(false);
    const [task] = tasks.get(fallsDue)!;
    expect(task).toMatchObject({
      OwnerId: sf.server.userId,
      Priority: 'Normal',
      Status: 'Not Started',
      [T.key]: `${fallsDue}~review@${nightDay(2)}`,
    });
    expect(String(task.Subject)).toMatch(/^Portfolio follow-up: .+ – review due$/);
    expect(String(task.Description)).toMatch(
      /^Its value assessment is due: last assessed \d+ months ago, and .+ accounts are reviewed every \d+ months\./
    );
    // Both are overdue; the digest names the one that fell due since the last run, as news.
    expect(second.review.due).toBeGreaterThanOrEqual(2);
    expect(second.digest.overdue.map((d) => d.id)).toEqual([fallsDue]);

    const third = await sync(sf.client());
    expect(third.followUp).toMatchObject({ created: 0, failed: 0 });
    expect(followUpTasks(sf.server).get(fallsDue)).toHaveLength(1);
  });

  it('reports a refused review Task and makes it on the next run', async () => {
    const { fallsDue } = await firstNight();
    sf.server.faults.failRecords((record, object) => object === T.object && record.WhatId === fallsDue, {
      statusCode: 'INACTIVE_OWNER_OR_USER',
      message: 'operation performed with inactive user',
    });
    const refused = await sync(sf.client());
    expect(refused.followUp).toMatchObject({ becameDue: 1, created: 0, failed: 1 });
    expect(refused.failures).toContainEqual(expect.objectContaining({ id: fallsDue, object: T.object }));

    sf.server.faults.clear();
    // Nights later: the watermark stayed at the first night, so the due date is still in view.
    night += 3;
    const rerun = await sync(sf.client());
    expect(rerun.followUp).toMatchObject({ created: 1, failed: 0 });
    expect(followUpTasks(sf.server).get(fallsDue)).toHaveLength(1);
  });

  it('counts on a dry run the accounts that fell due, and makes no Task', async () => {
    await firstNight();
    const dry = await sync(sf.client(), { dryRun: true });
    expect(dry.followUp).toMatchObject({ becameDue: 1, created: 0, api: 'none' });
    expect(followUpTasks(sf.server).size).toBe(0);
  });
});
