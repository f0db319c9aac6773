/**
 * The doctor's portfolio-scope check: which accounts the sync and the workspace rank (the default
 * profile's Account Types), how many that is, and whether every Type named exists in the org's Type
 * picklist. A misspelt Type does not fail a query, it silently leaves the scope wider or narrower than
 * meant, so the check names it.
 */
import { scopeFilters, unknownTypes, type PortfolioScope } from '../../core/index.js';
import { loadMessages } from '../../messages.js';
import { ACCOUNT, SCORING_PROFILE } from '../../schema/fields.js';
import type { OrgClient } from '../api/client.js';
import { countRows, queryAll } from '../api/rest-query.js';
import { textOf } from '../api/row-values.js';
import { readScope, scopeCondition, type FollowUpSetting } from '../profiles/portfolio-scope.js';
import { soqlString } from '../api/soql.js';

const messages = loadMessages('portfolio.doctor');

export type ScopeOutcome = {
  status: 'pass' | 'warn';
  detail: string;
  actions: string[];
  scope: PortfolioScope;
  /** Accounts in the scope, and in the org. */
  accounts: number;
  total: number;
  /** The follow-up settings on the same default profile (read in the same query). */
  followUp: FollowUpSetting;
  /** The comparison profile's key on the same default profile; null when blank. */
  compareProfile: string | null;
};

function describeScope(scope: PortfolioScope): string {
  const list = (values: readonly string[]): string => values.join(', ');
  const parts = [
    ...(scope.includedTypes.length > 0 ? [messages.getMessage('scope.Included', [list(scope.includedTypes)])] : []),
    ...(scope.excludedTypes.length > 0 ? [messages.getMessage('scope.Excluded', [list(scope.excludedTypes)])] : []),
    ...((scope.recordTypes ?? []).length > 0
      ? [messages.getMessage('scope.RecordTypes', [list(scope.recordTypes ?? [])])]
      : []),
  ];
  return parts.length > 0 ? parts.join('; ') : messages.getMessage('scope.Every');
}

/** The developer names of Account's active record types (read only when the scope names some). */
async function accountRecordTypes(client: OrgClient): Promise<string[]> {
  const rows = await queryAll(
    client,
    `SELECT DeveloperName FROM RecordType WHERE SobjectType = ${soqlString(ACCOUNT)} AND IsActive = true`
  );
  return rows.map((r) => textOf(r.DeveloperName) ?? '');
}

/** `typeValues`: the active values of Account's Type picklist; undefined when describe does not show it. */
export async function scopeCheck(client: OrgClient, typeValues: readonly string[] | undefined): Promise<ScopeOutcome> {
  const { scope, profileKey, followUp, compareProfile } = await readScope(client);
  const named = scope.recordTypes ?? [];
  const recordTypes = named.length > 0 ? await accountRecordTypes(client) : [];
  if (named.length > 0 && recordTypes.length === 0) {
    // Without record types on Account, SOQL knows no RecordType there: counting would fail, and so would a sync.
    return {
      scope,
      followUp,
      compareProfile,
      accounts: 0,
      total: await countRows(client, ACCOUNT),
      status: 'warn',
      detail: messages.getMessage('detail.ScopeNoRecordTypes', [named.join(', ')]),
      actions: [messages.getMessage('action.FixScope', [SCORING_PROFILE.object])],
    };
  }
  const condition = scopeCondition(scope);
  const [accounts, total] = await Promise.all([
    countRows(client, ACCOUNT, condition),
    condition ? countRows(client, ACCOUNT) : Promise.resolve(undefined),
  ]);
  const all = total ?? accounts;
  const detail = messages.getMessage('detail.Scope', [
    profileKey ?? messages.getMessage('scope.NoDefault'),
    describeScope(scope),
    accounts,
    all,
  ]);
  const outcome = { scope, followUp, compareProfile, accounts, total: all };
  const unknown = typeValues ? unknownTypes(scope, typeValues) : [];
  const unknownRecordTypes = named.filter((n) => !recordTypes.includes(n));
  const problems = [
    ...(unknown.length > 0
      ? [messages.getMessage('detail.ScopeUnknownTypes', [unknown.join(', '), (typeValues ?? []).join(', ')])]
      : []),
    ...(unknownRecordTypes.length > 0
      ? [messages.getMessage('detail.ScopeUnknownRecordTypes', [unknownRecordTypes.join(', '), recordTypes.join(', ')])]
      : []),
  ];
  if (problems.length > 0) {
    return {
      ...outcome,
      status: 'warn',
      detail: [detail, ...problems].join(' '),
      actions: [messages.getMessage('action.FixScope', [SCORING_PROFILE.object])],
    };
  }
  if (scopeFilters(scope) && accounts === 0 && all > 0) {
    return {
      ...outcome,
      status: 'warn',
      detail: `${detail} ${messages.getMessage('detail.ScopeEmpty')}`,
      actions: [messages.getMessage('action.FixScope', [SCORING_PROFILE.object])],
    };
  }
  return { ...outcome, status: 'pass', detail, actions: [] };
}
