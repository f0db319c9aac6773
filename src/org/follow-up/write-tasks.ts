/**
 * The follow-up Tasks of a sync: one for the owner of each account that moved (movers-digest.ts), made
 * through the one OrgClient and the writers every other record goes through, never twice for one move.
 *
 * They are written before the accounts' computed values, and an account whose Task the org refuses is
 * left out of this run's account write: its record keeps the state it moved from, so the next run sees
 * the same move, finds no Task under its key and makes it. Written the other way round, a refused Task
 * would be lost: the next run would find the account already at its new state, with nothing to follow up.
 * Nothing is called when the setting is off or no account moved.
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
import { followUpKey, followUpTask, type TaskOwner } from './task-text.js';
import type { AccountMove } from './movers-digest.js';

/** Accounts per lookup: 200 Ids and keys keep a query's URL well inside the limit. */
const LOOKUP_CHUNK = 200;

export type FollowUpResult = {
  /** The setting on the default profile. */
  enabled: boolean;
  /** Accounts that moved and so should have a Task. */
  planned: number;
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
};

export type FollowUpContext = {
  client: OrgClient;
  scoredAt: Date;
  language: Language;
  poll: PollOptions;
  writeOptions: WriteOptions;
};

const idList = (ids: readonly string[]): string => ids.map(soqlString).join(', ');

export const followUpOff = (enabled: boolean, planned = 0): FollowUpOutcome => ({
  result: { enabled, planned, created: 0, existing: 0, failed: 0, api: 'none' },
  failures: [],
  heldBack: new Set(),
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
  enabled: boolean
): Promise<FollowUpOutcome> {
  if (!enabled || moves.length === 0) return followUpOff(enabled, enabled ? moves.length : 0);
  const records: WriteRecord[] = [];
  let existing = 0;
  for (let start = 0; start < moves.length; start += LOOKUP_CHUNK) {
    const chunk = moves.slice(start, start + LOOKUP_CHUNK);
    // eslint-disable-next-line no-await-in-loop
    const { owners, keys } = await lookUp(
      ctx.client,
      chunk.map((m) => m.id)
    );
    for (const move of chunk) {
      const owner = owners.get(move.id);
      // An account deleted since it was read has no one to follow it up.
      if (!owner) continue;
      if (keys.has(followUpKey(move.id, owner.scoredAt))) existing++;
      else
        records.push({ key: move.id, name: move.name, fields: followUpTask(move, owner, ctx.scoredAt, ctx.language) });
    }
  }
  const outcome = await writeRecords(
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
  return {
    result: {
      enabled,
      planned: moves.length,
      created: outcome.written,
      existing,
      failed: outcome.failures.length,
      api: outcome.api,
    },
    failures: outcome.failures,
    heldBack: new Set(outcome.failures.map((f) => f.id)),
  };
}
