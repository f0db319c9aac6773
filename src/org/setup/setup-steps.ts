/**
 * What is left to do after `portfolio setup`, derived from what the org says: the doctor's checks that
 * did not pass (with their actions), the permission sets nobody holds, and the first
 * sync while accounts are unscored. Nothing is listed from a fixed text: an org that has it all gets
 * an empty list.
 */
import { countKey, numberFormats } from '../../i18n/index.js';
import { loadMessages } from '../../messages.js';
import type { OrgClient } from '../api/client.js';
import { ACCOUNT, ACCOUNT_COMPUTED, PERMISSION_SETS } from '../../schema/fields.js';
import { countRows, queryAll } from '../api/rest-query.js';
import { soqlString } from '../api/soql.js';
import { textOf } from '../api/row-values.js';
import type { Check, CheckId } from './doctor.js';

const messages = loadMessages('portfolio.setup');

export type NextStepId = Exclude<CheckId, 'permissionSet'> | 'assignUsers' | 'assignSyncUser' | 'sync';
/** One thing to do: what and why, then the exact commands or clicks. */
export type NextStep = { id: NextStepId; text: string; actions: string[] };

/** How many users hold each of the package's permission sets. */
export type Holders = Record<(typeof PERMISSION_SETS)[keyof typeof PERMISSION_SETS], number>;

export type OrgState = { checks: readonly Check[]; holders: Holders; unscored: number };

export async function permissionSetHolders(client: OrgClient): Promise<Holders> {
  const names = Object.values(PERMISSION_SETS);
  const rows = await queryAll(
    client,
    `SELECT PermissionSet.Name FROM PermissionSetAssignment WHERE PermissionSetId IN (SELECT Id FROM PermissionSet WHERE Name IN (${names.map(soqlString).join(', ')}))`
  );
  const holders = Object.fromEntries(names.map((n) => [n, 0])) as Holders;
  for (const row of rows) {
    const name = textOf((row.PermissionSet as Record<string, unknown> | null)?.Name) as keyof Holders | null;
    if (name !== null && name in holders) holders[name]++;
  }
  return holders;
}

export const unscoredAccounts = (client: OrgClient): Promise<number> =>
  countRows(client, ACCOUNT, `${ACCOUNT_COMPUTED.scoredAt} = null`);

const assign = (permissionSet: string, targetOrg: string, user: string): string =>
  `sf org assign permset --name ${permissionSet} --target-org ${targetOrg} --on-behalf-of ${user}`;

export function nextSteps(state: OrgState, targetOrg: string): NextStep[] {
  const steps: NextStep[] = [];
  // One step per kind of check: seven objects short of a deploy need one deploy, not seven.
  const byId = new Map<CheckId, Check[]>();
  for (const c of state.checks) {
    // The running user's own permission set is the doctor's concern; setup looks at who holds what.
    if (c.status === 'pass' || c.id === 'permissionSet' || c.actions.length === 0) continue;
    byId.set(c.id, [...(byId.get(c.id) ?? []), c]);
  }
  for (const [id, checks] of byId) {
    steps.push({
      id: id as NextStepId,
      text: messages.getMessage('step.FromCheck', [checks[0].check, checks.map((c) => c.detail).join(' ')]),
      actions: [...new Set(checks.flatMap((c) => c.actions))],
    });
  }
  if (state.holders[PERMISSION_SETS.user] + state.holders[PERMISSION_SETS.manager] === 0) {
    steps.push({
      id: 'assignUsers',
      text: messages.getMessage('step.AssignUsers'),
      actions: [
        assign(PERMISSION_SETS.user, targetOrg, '<username>'),
        assign(PERMISSION_SETS.manager, targetOrg, '<username>'),
      ],
    });
  }
  if (state.holders[PERMISSION_SETS.integration] === 0) {
    steps.push({
      id: 'assignSyncUser',
      text: messages.getMessage('step.AssignSyncUser'),
      actions: [assign(PERMISSION_SETS.integration, targetOrg, '<sync-username>')],
    });
  }
  if (state.unscored > 0) {
    steps.push({
      id: 'sync',
      text: messages.getMessage(countKey('step.Sync', state.unscored), [numberFormats().integer(state.unscored)]),
      actions: [`sf portfolio sync --target-org ${targetOrg} --dry-run`, `sf portfolio sync --target-org ${targetOrg}`],
    });
  }
  return steps;
}
