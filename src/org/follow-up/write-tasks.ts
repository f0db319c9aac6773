/**
 * The follow-up Tasks of a sync: one for the owner of each account that moved (movers-digest.ts), and
 * one for the owner of each account whose review fell due since the last run (review-plan.ts), made
 * through the one OrgClient and the writers every other record goes through, never twice for one move or
 * one due date.
 *
 * They are written before the accounts' computed values, and an account whose Task the org refuses is
 * left out of this run's account write: its record keeps the state it moved from, so the next run sees
 * the same move, finds no Task under its key and makes it. Written the other way round, a refused Task
 * would be lost: the next run would find the account already at its new state, with nothing to follow up.
 * A refused review Task needs no account held back: its due date stays the same, and the run does not
 * count as landed (`complete`), so the next run looks again from the same day.
 * Nothing is called when the setting is off or no account moved or fell due.
 */
import type { Language } from '../../i18n/index.js';
import { ACCOUNT, ACCOUNT_COMPUTED as C, FOLLOW_UP_TASK as T } from '../../schema/fields.js';
import type { OrgClient } from '../api/client.js';
import type { PollOptions } from '../api/bulk-jobs.js';
import { queryAll } from '../api/rest-query.js';
import { textOf } from '../api/row-values.js';
import { soqlString } from '../api/soql.js';
import { settleAll } from '../api/settle-all.js';
import { writeRecords, type WriteApi, type WriteOptions } from '../write/write-records.js';
import type { RecordFailure, WriteRecord } from '../write/write-types.js';
import type { BecameDue } from '../history/review-plan.js';
import { followUpKey, followUpTask, reviewKey, reviewTask, type TaskOwner } from './task-text.js';
import type { AccountMove } from './movers-digest.js';

/** Accounts per lookup: 200 Ids and keys keep a query's URL well inside the limit. */
const LOOKUP_CHUNK = 200;

export type FollowUpResult = {
  /** The setting on the default profile. */
  enabled: boolean;
  /** Accounts that moved and so should have a Task. */
  planned: number;
  /** Accounts whose review fell due since the last run that landed, and so should have a Task. */
  becameDue: number;
  created: number;
  /** Tasks an earlier run already made for the same move (open or closed). */
  existing: number;
  failed: number;
  api: WriteApi;
};

export type FollowUpOutcome = {
  result: FollowUpResult;
  failures: RecordFailure[];
  /** Accounts whose Task did not land: their computed values wait for the next run. */
  heldBack: ReadonlySet<string>;
  /** False when a Task did not land: the run must not move its watermark past the moves and due dates. */
  complete: boolean;
};

export type FollowUpContext = {
  client: OrgClient;
  scoredAt: Date;
  language: Language;
  poll: PollOptions;
  writeOptions: WriteOptions;
};

const idList = (ids: readonly string[]): string => ids.map(soqlString).join(', ');

export const followUpOff = (enabled: boolean, planned = 0, becameDue = 0): FollowUpOutcome => ({
  result: { enabled, planned, becameDue, created: 0, existing: 0, failed: 0, api: 'none' },
  failures: [],
  heldBack: new Set(),
  complete: true,
});

/** The owner, owner's language and held scored-at of each account, and the follow-up keys its Tasks carry. */
async function lookUp(
  client: OrgClient,
  ids: readonly string[]
): Promise<{ owners: Map<string, TaskOwner>; keys: Set<string> }> {
  const [accounts, tasks] = await settleAll([
    queryAll(
      client,
      `SELECT Id, OwnerId, Owner.LanguageLocaleKey, ${C.scoredAt} FROM ${ACCOUNT} WHERE Id IN (${idList(ids)})`
    ),
    queryAll(client, `SELECT ${T.key} FROM ${T.object} WHERE WhatId IN (${idList(ids)}) AND ${T.key} != null`),
  ]);
  const owners = new Map<string, TaskOwner>();
  for (const row of accounts) {
    const owner = row.Owner as Record<string, unknown> | null | undefined;
    owners.set(String(row.Id), {
      ownerId: String(row.OwnerId),
      locale: textOf(owner?.LanguageLocaleKey),
      scoredAt: heldMoment(row[C.scoredAt]),
    });
  }
  return { owners, keys: new Set(tasks.map((t) => String(t[T.key]))) };
}

/** A date-time as the key writes it, whatever form the API returned it in (…Z or …+0000, with or without ms). */
function heldMoment(value: unknown): string | null {
  const text = textOf(value);
  if (text === null) return null;
  const time = Date.parse(text.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
  return Number.isNaN(time) ? text : new Date(time).toISOString();
}

export async function writeFollowUps(
  ctx: FollowUpContext,
  moves: readonly AccountMove[],
  becameDue: readonly BecameDue[],
  enabled: boolean
): Promise<FollowUpOutcome> {
  if (!enabled || moves.length + becameDue.length === 0)
    return followUpOff(enabled, enabled ? moves.length : 0, enabled ? becameDue.length : 0);
  const ids = [...new Set([...moves.map((m) => m.id), ...becameDue.map((d) => d.id)])];
  const owners = new Map<string, TaskOwner>();
  const keys = new Set<string>();
  for (let start = 0; start < ids.length; start += LOOKUP_CHUNK) {
    // eslint-disable-next-line no-await-in-loop
    const found = await lookUp(ctx.client, ids.slice(start, start + LOOKUP_CHUNK));
    for (const [id, owner] of found.owners) owners.set(id, owner);
    for (const key of found.keys) keys.add(key);
  }
  const moveTasks: WriteRecord[] = [];
  const reviewTasks: WriteRecord[] = [];
  let existing = 0;
  // An account deleted since it was read has no one to follow it up.
  for (const move of moves) {
    const owner = owners.get(move.id);
    if (!owner) continue;
    if (keys.has(followUpKey(move.id, owner.scoredAt))) existing++;
    else
      moveTasks.push({ key: move.id, name: move.name, fields: followUpTask(move, owner, ctx.scoredAt, ctx.language) });
  }
  for (const due of becameDue) {
    const owner = owners.get(due.id);
    if (!owner) continue;
    if (keys.has(reviewKey(due.id, due.dueOn))) existing++;
    else reviewTasks.push({ key: due.id, name: due.name, fields: reviewTask(due, owner, ctx.scoredAt, ctx.language) });
  }
  // Two jobs, because a Bulk API result is matched to its record by the account (WhatId), and an account
  // that moved and fell due has a Task in each.
  const [moved, due] = await settleAll([insertTasks(ctx, moveTasks), insertTasks(ctx, reviewTasks)]);
  const failures = [...moved.failures, ...due.failures];
  return {
    result: {
      enabled,
      planned: moves.length,
      becameDue: becameDue.length,
      created: moved.written + due.written,
      existing,
      failed: failures.length,
      api: moved.api === 'none' ? due.api : moved.api,
    },
    failures,
    heldBack: new Set(moved.failures.map((f) => f.id)),
    complete: failures.length === 0,
  };
}

function insertTasks(ctx: FollowUpContext, records: WriteRecord[]): ReturnType<typeof writeRecords> {
  return writeRecords(
    {
      client: ctx.client,
      object: T.object,
      operation: 'insert',
      poll: ctx.poll,
      keyField: 'WhatId',
      // After a lost answer: the Tasks the org did take carry their keys.
      reconcile: async (sent) => {
        const wanted = new Map(sent.map((r) => [String(r.fields[T.key]), r.key]));
        const rows = await queryAll(
          ctx.client,
          `SELECT ${T.key} FROM ${T.object} WHERE ${T.key} IN (${idList([...wanted.keys()])})`
        );
        return new Set(rows.map((r) => wanted.get(String(r[T.key]))).filter((k): k is string => k !== undefined));
      },
    },
    records,
    ctx.writeOptions
  );
}
