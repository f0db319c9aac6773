/**
 * Follow-up scenarios on the local server: turn the default profile's follow-up settings on, move
 * accounts between two syncs as their customers' scores and figures change, and read the Tasks and
 * posts the sync made.
 */
import {
  ACCOUNT,
  ACCOUNT_ASSESSED as A,
  FOLLOW_UP_TASK as T,
  PROFITABILITY as P,
  SCORING_PROFILE,
  SCORING_PROFILE_FOLLOW_UP as F,
} from '../../src/schema/fields.js';
import type { SfServer } from '../sf-server/server.js';
import { loadBuiltInProfiles } from './org-admin.js';

const TOP = { [A.loyalty]: 5, [A.potential]: 5, [A.reference]: 5, [A.learning]: 5, [A.contact]: 5, [A.emotional]: 5 };
const BOTTOM = {
  [A.loyalty]: 1,
  [A.potential]: 1,
  [A.reference]: 1,
  [A.learning]: 1,
  [A.contact]: 1,
  [A.emotional]: 1,
};

/** The built-in default profile, with follow-up Tasks on and, when given, the digest group. */
export function enableFollowUp(server: SfServer, options: { tasks?: boolean; group?: string } = {}): void {
  loadBuiltInProfiles(server);
  const [profile] = server.store.all(SCORING_PROFILE.object);
  server.store.update(SCORING_PROFILE.object, String(profile.Id), {
    [F.tasks]: options.tasks ?? true,
    [F.digestGroup]: options.group ?? null,
  });
}

/**
 * Moves accounts as a year of business would: the lowest ranked climbs to the top scores, the highest
 * ranked falls to the bottom, and the most profitable one's costs turn its margin into a loss. Returns
 * the Ids of the accounts it changed, in that order.
 */
export function moveAccounts(server: SfServer): string[] {
  const ranked = server.store.all(ACCOUNT).sort((a, b) => Number(a.CVP_Rank__c) - Number(b.CVP_Rank__c));
  const climber = String(ranked[ranked.length - 1].Id);
  const faller = String(ranked[0].Id);
  server.store.update(ACCOUNT, climber, TOP);
  server.store.update(ACCOUNT, faller, BOTTOM);
  const profitable = ranked.find((a) => Number(a.CVP_Customer_Margin__c) > 0 && a.Id !== faller && a.Id !== climber)!;
  const row = server.store.all(P.object).find((r) => r[P.account] === profitable.Id)!;
  server.store.update(P.object, String(row.Id), { [P.directCosts]: Number(row[P.revenue]) * 2 });
  return [climber, faller, String(profitable.Id)];
}

/** The Tasks the sync made (those with a follow-up key), per account. */
export function followUpTasks(server: SfServer): Map<string, Array<Record<string, unknown>>> {
  const byAccount = new Map<string, Array<Record<string, unknown>>>();
  for (const task of server.store.all(T.object)) {
    if (!task[T.key]) continue;
    const id = String(task.WhatId);
    byAccount.set(id, [...(byAccount.get(id) ?? []), task]);
  }
  return byAccount;
}

/** The SOQL and paths of the calls the server saw, decoded, to tell which objects a run touched. */
export function callTexts(server: SfServer): string[] {
  return server.calls.log.map((c) => decodeURIComponent(c.path.replace(/\+/g, ' ')));
}

/** Clears every record but the org's own rows (the running user owns the accounts and must stay). */
export function clearRecords(server: SfServer): void {
  for (const object of server.store.objects())
    if (!/^(User|Organization|PermissionSet)/.test(object)) server.store.clear(object);
}
