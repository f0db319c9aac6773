/**
 * The nightly sync: read the portfolio, score and rank it with src/core, write the computed values of
 * the accounts whose values changed, a history row for each account whose scores changed, and a
 * snapshot. Every write is of computed fields or new rows, never of what a person entered; every step
 * compares with what the org holds, so running it again after any failure converges.
 */
import type { ProgressSink } from '../../io/index.js';
import { loadMessages } from '../../messages.js';
import type { PortfolioScope, PortfolioSummary } from '../../core/index.js';
import type { OrgClient } from '../api/client.js';
import { DEFAULT_POLL, type PollOptions } from '../api/bulk-jobs.js';
import { ACCOUNT, VALUE_ASSESSMENT } from '../../schema/fields.js';
import { orgStopError, RunState } from '../api/org-errors.js';
import { resolveWithComparison, type CompareSource, type ProfileSource } from '../profiles/org-profile.js';
import type { RetryPolicy } from '../api/retry.js';
import { writeSnapshot, type SnapshotMode, type SnapshotOutcome } from '../write/write-snapshot.js';
import { queryAll } from '../api/rest-query.js';
import { soqlDateTime, soqlString } from '../api/soql.js';
import { settleAll } from '../api/settle-all.js';
import {
  BULK_WRITE_AT,
  DEFAULT_RECORD_RETRY,
  writeRecords,
  type WriteApi,
  type WriteOutcome,
} from '../write/write-records.js';
import { discardJob, stageJob, type StagedJob } from '../write/write-bulk.js';
import type { RecordFailure, WriteContext, WriteRecord } from '../write/write-types.js';
import { readScope } from '../profiles/portfolio-scope.js';
import { countKey, currentLanguage, type Language } from '../../i18n/index.js';
import { renderDigest } from '../follow-up/digest-text.js';
import { profileName } from '../../i18n/profile-name.js';
import { moversDigest, type MoversDigest } from '../follow-up/movers-digest.js';
import { followUpOff, writeFollowUps, type FollowUpResult } from '../follow-up/write-tasks.js';
import { findDigestGroup, postDigestOnce, type DigestPostResult } from '../follow-up/digest-post.js';
import { planVersion, recordedVersions } from '../profiles/profile-versions.js';
import { assessmentRecord } from '../history/history.js';
import { readHistoryWatermark, type HistoryWatermark } from '../history/history-watermark.js';
import { reviewRecord } from '../history/review-state.js';
import type { ReviewPlan } from '../history/review-plan.js';
import { readOrgPortfolio, type ReadApi } from './read-portfolio.js';
import type { ReadIssue } from './portfolio-collector.js';
import { planSync, type Mover, type SyncPlan } from './plan-changes.js';
import { accountUpdate } from './portfolio-place.js';
import { clearedRecord, readLeftScope, type LeftAccount } from './left-scope.js';
import { recordVersion, versionResult, type ProfileVersionResult } from './record-version.js';
import type { MoveCauses } from './move-causes.js';

const messages = loadMessages('portfolio.sync');

export type SyncPhase = 'read' | 'write' | 'history';

export type SyncOptions = {
  /** A profile key or a profile JSON file; the org's default profile when not given. */
  profile?: string;
  /**
   * The profile the accounts' compare ranks come from (a key); when not given, the default profile's
   * CVP_Compare_Profile__c, else "future" (defaultCompareKey).
   */
  compareProfile?: string;
  dryRun: boolean;
  api: ReadApi;
  /** Above this many accounts "auto" reads with Bulk API 2.0. */
  bulkReadAbove?: number;
  /** From this many changed records on, write with one Bulk API 2.0 job. */
  bulkWriteAt?: number;
  snapshot?: SnapshotMode;
  moversLimit?: number;
  poll?: PollOptions;
  maxRecords?: number;
  recordRetry?: RetryPolicy;
  now?: () => Date;
  /** Where the run reports how far it is; the command shows it as a progress bar. */
  progress?: ProgressSink<SyncPhase>;
  /** The language of a follow-up Task whose owner's language we do not speak, and of the Chatter post. */
  language?: Language;
};

export type SyncResult = {
  profile: { key: string; name: string; source: ProfileSource };
  /** The profile the rising stars and fallers are ranked under, and where its key came from. */
  comparison: { key: string; name: string; nameFi?: string; source: CompareSource };
  /** The profile's Finnish name, when it has one; beside `profile`, which keeps the shape scripts read. */
  profileNameFi?: string;
  dryRun: boolean;
  api: { read: 'rest' | 'bulk'; accounts: WriteApi; history: WriteApi };
  accounts: number;
  /** Accounts whose computed values differ from what their records hold. */
  changed: number;
  unchanged: number;
  /** Account records written (0 on a dry run). */
  written: number;
  failed: number;
  history: { planned: number; written: number };
  snapshot: SnapshotOutcome;
  /** The accounts whose tier or rank moves most. */
  movers: Mover[];
  /** Who moved up or down a tier, into or out of loss, into another quadrant, or is overdue for review. */
  digest: MoversDigest;
  /** Follow-up Tasks for the owners of the accounts that moved (the default profile's setting). */
  followUp: FollowUpResult;
  /** The digest's Chatter post to the default profile's group. */
  digestPost: DigestPostResult;
  failures: RecordFailure[];
  readIssues: ReadIssue[];
  summary: PortfolioSummary;
  /** When this run scored: the value written to CVP_Scored_At__c and the history rows. */
  scoredAt: string;
  /** HTTP requests this run sent to the org. */
  apiCalls: number;
  warnings: string[];
  /** The portfolio scope the accounts were read with (the default profile's Account Types). */
  scope: PortfolioScope;
  /** Accounts outside the scope whose computed values an earlier sync wrote: cleared (or, dry, to clear). */
  leftScope: number;
  /** The profile version scored with (null off the org) and, when this run starts it, the one before. */
  profileVersion: ProfileVersionResult;
  /** Accounts whose tier or rank moved because the profile's figures changed, and because assessments did. */
  moved: MoveCauses;
  /** Accounts due for review (docs/method.md, Review due), and how much of the history this run read. */
  review: ReviewPlan & {
    /** "since": only the assessments changed from `historySince` on; "whole": every one (no watermark yet). */
    historyRead: 'since' | 'whole';
    historySince?: string;
  };
};

/** Whole seconds: SOQL datetime literals have no fractions, and the history is matched on this value. */
function runTime(now: () => Date): Date {
  const date = now();
  date.setUTCMilliseconds(0);
  return date;
}

export async function runSync(client: OrgClient, options: SyncOptions): Promise<SyncResult> {
  const state = new RunState();
  try {
    return await sync(client, options, state);
  } catch (error) {
    throw orgStopError(error, state.planned > 0 ? state : undefined);
  }
}

async function sync(client: OrgClient, options: SyncOptions, state: RunState): Promise<SyncResult> {
  const scoredAt = runTime(options.now ?? ((): Date => new Date()));
  const progress = options.progress;
  const [{ scope, followUp: setting, compareProfile }, watermark] = await settleAll([
    readScope(client),
    readHistoryWatermark(client),
  ]);
  const language = options.language ?? currentLanguage();
  // The profile is looked up while the portfolio is read: the read does not depend on it.
  const [resolved, read, left, groupId] = await settleAll([
    resolveWithComparison(client, options.profile, { flag: options.compareProfile, setting: compareProfile }),
    readOrgPortfolio(client, {
      scope,
      api: options.api,
      bulkAbove: options.bulkReadAbove,
      forSync: true,
      poll: options.poll,
      maxRecords: options.maxRecords,
      historySince: watermark.since,
      onStart: (_api, total) => progress?.start('read', total),
      onProgress: ({ read: done }) => progress?.update(done),
    }),
    readLeftScope(client, scope),
    // A digest group that does not exist stops the run here, before anything is written.
    setting.digestGroup === null ? Promise.resolve(null) : findDigestGroup(client, setting.digestGroup),
  ]);
  progress?.stop();
  const { profile } = resolved;
  const comparison = resolved.comparison.profile;
  const version = planVersion(
    profile,
    resolved.record ? recordedVersions(resolved.record) : null,
    scoredAt.toISOString()
  );
  const runAt = scoredAt.toISOString();
  const plan = planSync(
    read.accounts,
    profile,
    options.moversLimit,
    comparison,
    {
      runAt,
      today: runAt.slice(0, 10),
      ...(watermark.through ? { dueSince: watermark.through.toISOString().slice(0, 10) } : {}),
    },
    version
  );
  // News, like the moves: the accounts that fell due since the last run, not every account overdue.
  const digest = moversDigest(plan.moves, {
    newlyScored: plan.newlyScored,
    overdue: plan.becameDue.map((d) => ({ id: d.id, name: d.name, rank: d.rank, tier: d.tier, dueSince: d.dueOn })),
  });
  const base = {
    profile: { key: profile.key, name: profile.name, source: resolved.source },
    ...(profile.nameFi ? { profileNameFi: profile.nameFi } : {}),
    comparison: {
      key: comparison.key,
      name: comparison.name,
      ...(comparison.nameFi ? { nameFi: comparison.nameFi } : {}),
      source: resolved.comparison.source,
    },
    dryRun: options.dryRun,
    accounts: plan.accounts,
    changed: plan.changes.length,
    unchanged: plan.unchanged,
    movers: plan.movers,
    digest,
    readIssues: read.issues,
    summary: plan.summary,
    scoredAt: scoredAt.toISOString(),
    warnings: [
      ...resolved.warnings,
      ...(left.length > 0
        ? [messages.getMessage(countKey(`warning.LeftScope${options.dryRun ? 'Dry' : ''}`, left.length), [left.length])]
        : []),
    ],
    scope,
    leftScope: left.length,
    profileVersion: versionResult(version, false),
    moved: plan.moveCauses,
    review: {
      ...plan.review,
      historyRead: watermark.since ? ('since' as const) : ('whole' as const),
      ...(watermark.since ? { historySince: watermark.since.toISOString() } : {}),
    },
  };
  if (options.dryRun) {
    return {
      ...base,
      api: { read: read.api, accounts: 'none', history: 'none' },
      written: 0,
      failed: 0,
      history: { planned: plan.history.length, written: 0 },
      snapshot: { written: false, reason: 'dryRun' },
      followUp: followUpOff(
        setting.tasks,
        setting.tasks ? plan.moves.length : 0,
        setting.tasks ? plan.becameDue.length : 0
      ).result,
      digestPost: { group: setting.digestGroup, posted: false, reason: setting.digestGroup ? 'dryRun' : 'off' },
      failures: [],
      apiCalls: client.calls,
    };
  }
  const header = { profile: profileName(profile), scoredAt: scoredAt.toISOString(), dryRun: false };
  const post = (): ReturnType<typeof postDigestOnce> =>
    postDigestOnce(
      client,
      { id: groupId, name: setting.digestGroup },
      digest,
      () => renderDigest(digest, header),
      options.recordRetry ?? DEFAULT_RECORD_RETRY
    );
  const written = await writeAll(
    client,
    options,
    plan,
    left,
    scoredAt,
    state,
    {
      tasks: setting.tasks,
      language,
      post,
    },
    watermark
  );
  // Recorded last, once every account and history row landed: a rerun after a stop then still sees the
  // version as new and tells the moves apart against the same previous figures.
  const complete = written.failures.length === 0 && written.history.planned === plan.history.length;
  const recorded = complete ? await recordVersion(client, version, options.recordRetry ?? DEFAULT_RECORD_RETRY) : null;
  return {
    ...base,
    ...written,
    failures: [...written.failures, ...(recorded?.failures ?? [])],
    profileVersion: versionResult(version, recorded?.written === 1),
    api: { read: read.api, ...written.api },
    apiCalls: client.calls,
  };
}

async function writeAll(
  client: OrgClient,
  options: SyncOptions,
  plan: SyncPlan,
  left: readonly LeftAccount[],
  scoredAt: Date,
  state: RunState,
  followUp: { tasks: boolean; language: Language; post: () => ReturnType<typeof postDigestOnce> },
  watermark: HistoryWatermark
): Promise<
  Pick<SyncResult, 'written' | 'failed' | 'history' | 'snapshot' | 'failures' | 'followUp' | 'digestPost'> & {
    api: Omit<SyncResult['api'], 'read'>;
  }
> {
  // The snapshot's figures depend on the summary only: it is compared meanwhile. Its history watermark
  // moves on to this run only when every account record landed (history-watermark.ts): accounts held
  // back for their Task, or refused, keep what they held, so the snapshot waits for the account write.
  let landed!: { resolve: (allLanded: boolean) => void; reject: (error: unknown) => void };
  const accountsLanded = new Promise<boolean>((resolve, reject) => {
    landed = { resolve, reject };
  });
  accountsLanded.catch(() => undefined);
  const historyThrough = async (): Promise<string | null> =>
    (await accountsLanded) ? scoredAt.toISOString() : (watermark.through?.toISOString() ?? null);
  const writeOptions = {
    bulkAt: options.bulkWriteAt ?? BULK_WRITE_AT,
    recordRetry: options.recordRetry ?? DEFAULT_RECORD_RETRY,
  };
  // The follow-up Tasks and the digest's post come first: an account whose Task did not land keeps its
  // old values until the next run, which then sees the same move and makes the Task; a post made after
  // the accounts could be lost to a stop in between (src/org/follow-up says why).
  const accountsAfterTasks = async (): Promise<{
    records: Awaited<ReturnType<typeof writeComputedAndHistory>>;
    tasks: Awaited<ReturnType<typeof writeFollowUps>>;
    post: Awaited<ReturnType<typeof postDigestOnce>>;
    kept: SyncPlan;
  }> => {
    const [tasks, post] = await settleAll([
      writeFollowUps(
        { client, scoredAt, language: followUp.language, poll: options.poll ?? DEFAULT_POLL, writeOptions },
        plan.moves,
        plan.becameDue,
        followUp.tasks
      ),
      followUp.post(),
    ]);
    const kept =
      tasks.heldBack.size === 0
        ? plan
        : {
            ...plan,
            changes: plan.changes.filter((c) => !tasks.heldBack.has(c.id)),
            history: plan.history.filter((h) => !tasks.heldBack.has(h.accountId)),
          };
    const records = await writeComputedAndHistory(client, options, kept, left, scoredAt, state, (allLanded) =>
      landed.resolve(allLanded && tasks.complete)
    );
    return { records, tasks, post, kept };
  };
  const [{ records, tasks, post, kept }, snapshot] = await settleAll([
    accountsAfterTasks().catch((error: unknown) => {
      landed.reject(error);
      throw error;
    }),
    writeSnapshot(
      client,
      plan.summary,
      scoredAt,
      options.snapshot ?? 'changed',
      options.recordRetry ?? DEFAULT_RECORD_RETRY,
      plan.whole,
      { dueAccounts: plan.review.due, historyThrough },
      plan.version
    ),
  ]);
  const failures = [
    ...tasks.failures,
    ...post.failures,
    ...records.accounts.failures,
    ...records.history.failures,
    ...snapshot.failures,
  ];
  return {
    api: { accounts: records.accounts.api, history: records.history.api },
    written: records.accounts.written,
    failed: records.accounts.failures.length,
    history: { planned: kept.history.length, written: records.history.written },
    snapshot: snapshot.outcome,
    followUp: tasks.result,
    digestPost: post.result,
    failures,
  };
}

/**
 * The computed values of the changed accounts, then the history rows of those that landed. While the
 * org works through the accounts' Bulk API job, the history job is made and uploaded but not closed;
 * it is sent once every account has landed, and thrown away (and made again without them) if some
 * did not. An open job is never processed, so no history row can land before its account.
 */
async function writeComputedAndHistory(
  client: OrgClient,
  options: SyncOptions,
  plan: SyncPlan,
  left: readonly LeftAccount[],
  scoredAt: Date,
  state: RunState,
  onAccountsWritten: (allLanded: boolean) => void
): Promise<{ accounts: WriteOutcome; history: WriteOutcome }> {
  const at = scoredAt.toISOString();
  const writeOptions = {
    bulkAt: options.bulkWriteAt ?? BULK_WRITE_AT,
    recordRetry: options.recordRetry ?? DEFAULT_RECORD_RETRY,
  };
  const poll = options.poll ?? DEFAULT_POLL;
  const progress = options.progress;
  const tick = (count: number): void => progress?.update(state.add(count));

  const historyOf = (rows: SyncPlan['history']): WriteRecord[] =>
    rows.map((h) => ({ key: h.accountId, name: h.name, fields: assessmentRecord(h.accountId, h.values, at) }));
  const historyContext: WriteContext = {
    client,
    object: VALUE_ASSESSMENT.object,
    operation: 'insert',
    poll,
    onWritten: tick,
    keyField: VALUE_ASSESSMENT.account,
    reconcile: (records) => assessmentsTaken(client, scoredAt, records),
  };
  let staging: Promise<{ records: WriteRecord[]; job: StagedJob | undefined }> | undefined;
  // Best effort: a staged job that could not be aborted stays open, and an open job is never processed.
  const discard = async (job: StagedJob | undefined): Promise<void> => {
    if (job) await discardJob(historyContext, job).catch(() => undefined);
  };
  const stageHistory = (): void => {
    if (staging !== undefined || plan.history.length < writeOptions.bulkAt) return;
    const records = historyOf(plan.history);
    // A job that cannot be staged is simply made later, the usual way.
    staging = stageJob(historyContext, records).then(
      (job) => ({ records, job }),
      () => ({ records, job: undefined })
    );
  };

  // Accounts that left the scope are cleared in the same write: they have no history rows to wait for.
  const accountRecords: WriteRecord[] = [
    ...plan.changes.map((c) => ({
      key: c.id,
      name: c.name,
      fields: { ...accountUpdate(c, at), ...(c.review ? reviewRecord(c.review) : {}) },
    })),
    ...left.map(clearedRecord),
  ];
  state.plan(accountRecords.length);
  progress?.start('write', accountRecords.length);
  let accounts: WriteOutcome;
  try {
    accounts = await writeRecords(
      { client, object: ACCOUNT, operation: 'update', poll, onWritten: tick, onJobRunning: stageHistory },
      accountRecords,
      writeOptions
    );
  } catch (error) {
    await discard((await staging)?.job);
    throw error;
  }
  progress?.stop();

  // An account whose computed values did not land gets no history row either: the next run writes both.
  const failedAccounts = new Set(accounts.failures.map((f) => f.id));
  onAccountsWritten(failedAccounts.size === 0);
  const prepared = await staging;
  let staged = prepared?.job;
  if (failedAccounts.size > 0) {
    await discard(staged);
    staged = undefined;
  }
  const historyRecords =
    prepared && failedAccounts.size === 0
      ? prepared.records
      : historyOf(plan.history.filter((h) => !failedAccounts.has(h.accountId)));
  state.plan(historyRecords.length);
  progress?.start('history', historyRecords.length);
  const history = await writeRecords(historyContext, historyRecords, writeOptions, staged);
  progress?.stop();
  return { accounts, history };
}

/** The accounts among `records` that already have this run's assessment row (after a lost answer). */
async function assessmentsTaken(
  client: OrgClient,
  scoredAt: Date,
  records: readonly WriteRecord[]
): Promise<ReadonlySet<string>> {
  const V = VALUE_ASSESSMENT;
  const ids = records.map((r) => soqlString(r.key)).join(', ');
  const rows = await queryAll(
    client,
    `SELECT ${V.account} FROM ${V.object} WHERE ${V.assessedAt} = ${soqlDateTime(scoredAt)} AND ${V.account} IN (${ids})`
  );
  return new Set(rows.map((r) => String(r[V.account])));
}
