/**
 * Accounts that left the portfolio scope (an admin narrowed it, or someone changed an account's Type to
 * Partner) still hold the rank, tier and scores an earlier sync wrote. Left there, a partner would show
 * "Key account" on its page, and two accounts would share a rank. The sync clears those computed
 * fields, which only it writes; the value assessments stay, as history.
 */
import type { PortfolioScope } from '../../core/index.js';
import { ACCOUNT, ACCOUNT_COMPUTED as C, ACCOUNT_REVIEW } from '../../schema/fields.js';
import type { OrgClient } from '../api/client.js';
import { queryAll } from '../api/rest-query.js';
import { textOf } from '../api/row-values.js';
import { scopeCondition } from '../profiles/portfolio-scope.js';
import type { WriteRecord } from '../write/write-types.js';
import { PLACE_FIELDS } from './portfolio-place.js';

export type LeftAccount = { id: string; name: string };

/**
 * The query for them: outside the scope and scored. The cleared record has no CVP_Scored_At__c, so a
 * rerun finds only what is still to clear. Undefined when the scope takes every account.
 */
export function leftScopeSoql(scope: PortfolioScope): string | undefined {
  const condition = scopeCondition(scope);
  if (!condition) return undefined;
  return `SELECT Id, Name FROM ${ACCOUNT} WHERE ${C.scoredAt} != null AND (NOT (${condition})) ORDER BY Id`;
}

export async function readLeftScope(client: OrgClient, scope: PortfolioScope): Promise<LeftAccount[]> {
  const soql = leftScopeSoql(scope);
  if (!soql) return [];
  const rows = await queryAll(client, soql);
  return rows.map((r) => ({ id: String(r.Id), name: textOf(r.Name) ?? '' }));
}

/** Every computed field blank (the checkbox false, as it cannot be blank). */
export function clearedRecord(account: LeftAccount): WriteRecord {
  const fields: Record<string, string | number | boolean | null> = Object.fromEntries(
    [...Object.values(C), ...PLACE_FIELDS].map((field) => [field, null])
  );
  fields[C.incomplete] = false;
  // Out of the portfolio, it is due for no review: the workspace counts due accounts by this day alone.
  // Who last assessed it, and when, stay true and stay.
  fields[ACCOUNT_REVIEW.reviewDueOn] = null;
  return { key: account.id, name: account.name, fields };
}
