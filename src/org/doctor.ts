/**
 * Checks an org for what the package's commands need, and says exactly what is missing: the API
 * version, every object and field of src/org/fields.ts (by describe, with its type and whether the
 * running user may write what the sync writes), the running user's permission set, the scoring
 * profiles and the API requests left today. Reads only; changes nothing.
 */
import { loadMessages } from '../messages.js';
import type { OrgClient } from './client.js';
import {
  ACCOUNT,
  ACCOUNT_COMPUTED,
  FIELD_GROUPS,
  PERMISSION_SETS,
  SCORING_PROFILE,
  SNAPSHOT,
  VALUE_ASSESSMENT,
  type FieldType,
} from './fields.js';
import { orgStopError } from './org-errors.js';
import { PROFILE_RECORD_FIELDS, recordToProfile } from './profile-records.js';
import { queryAll } from './rest-query.js';
import { OrgApiError } from './retry.js';
import { soqlString, textOf } from './row-values.js';

const messages = loadMessages('portfolio.doctor');

/** The API version the package's metadata is written for (sfdx-project.json), and the oldest the commands need. */
export const PACKAGE_API_VERSION = '62.0';
export const MIN_API_VERSION = '47.0';

export type CheckStatus = 'pass' | 'warn' | 'fail';
export type Check = { check: string; status: CheckStatus; detail: string; actions: string[] };
export type DoctorResult = { ok: boolean; apiVersion: string; username?: string; checks: Check[] };

/** The describe type a field of each type of fields.ts has (the deploy NUT checks a real org against it too). */
export const DESCRIBE_TYPE: Record<FieldType, string> = {
  Checkbox: 'boolean',
  Currency: 'currency',
  Date: 'date',
  DateTime: 'datetime',
  LongTextArea: 'textarea',
  Lookup: 'reference',
  MasterDetail: 'reference',
  MultiselectPicklist: 'multipicklist',
  Number: 'double',
  Percent: 'percent',
  Picklist: 'picklist',
  Text: 'string',
  'Formula(Checkbox)': 'boolean',
  'Formula(Currency)': 'currency',
  'Formula(Percent)': 'percent',
};

type DescribeField = { name: string; type: string; updateable: boolean; createable: boolean };
type Describe = { name: string; createable: boolean; updateable: boolean; fields: DescribeField[] };

const check = (name: string, status: CheckStatus, detail: string, actions: string[] = []): Check => ({
  check: messages.getMessage(`check.${name}`),
  status,
  detail,
  actions,
});
const versionNumber = (v: string): number => Number(v);

async function apiVersionCheck(client: OrgClient): Promise<Check> {
  const versions = (await client.request<Array<{ version: string }>>({ method: 'GET', path: '/services/data' })).body;
  const newest = versions.map((v) => v.version).sort((a, b) => versionNumber(b) - versionNumber(a))[0] ?? '?';
  const used = client.version;
  if (versionNumber(used) > versionNumber(newest)) {
    return check('ApiVersion', 'fail', messages.getMessage('detail.VersionTooNew', [used, newest]), [
      messages.getMessage('action.UseVersion', [newest]),
    ]);
  }
  if (versionNumber(used) < versionNumber(MIN_API_VERSION)) {
    return check('ApiVersion', 'fail', messages.getMessage('detail.VersionTooOld', [used, MIN_API_VERSION]), [
      messages.getMessage('action.UseVersion', [
        versionNumber(newest) >= versionNumber(PACKAGE_API_VERSION) ? PACKAGE_API_VERSION : newest,
      ]),
    ]);
  }
  const status = versionNumber(newest) < versionNumber(PACKAGE_API_VERSION) ? 'warn' : 'pass';
  return check('ApiVersion', status, messages.getMessage('detail.Version', [used, newest, PACKAGE_API_VERSION]));
}

async function describe(client: OrgClient, object: string): Promise<Describe | undefined> {
  try {
    return (await client.request<Describe>({ method: 'GET', path: `/sobjects/${object}/describe` })).body;
  } catch (error) {
    if (error instanceof OrgApiError && (error.status === 404 || error.errorCode === 'NOT_FOUND')) return undefined;
    throw error;
  }
}

/** One check per object: present, every field present with its type, and writable where the sync writes. */
async function schemaChecks(client: OrgClient): Promise<Check[]> {
  const objects = [...new Set(FIELD_GROUPS.map((g) => g.object))];
  const checks: Check[] = [];
  for (const object of objects) {
    // eslint-disable-next-line no-await-in-loop
    const described = await describe(client, object);
    const expected = FIELD_GROUPS.filter((g) => g.object === object).flatMap((g) =>
      Object.entries(g.names).map(([key, field]) => ({ field, type: g.types[key] }))
    );
    if (!described) {
      checks.push(
        check('Object', 'fail', messages.getMessage('detail.ObjectMissing', [object, expected.length]), [
          messages.getMessage('action.Deploy'),
          messages.getMessage('action.Permission'),
        ])
      );
      continue;
    }
    const byName = new Map(described.fields.map((f) => [f.name.toLowerCase(), f]));
    const missing = expected.filter((e) => !byName.has(e.field.toLowerCase())).map((e) => e.field);
    const wrongType = expected
      .filter(
        (e) => byName.has(e.field.toLowerCase()) && byName.get(e.field.toLowerCase())?.type !== DESCRIBE_TYPE[e.type]
      )
      .map((e) => `${e.field} (${byName.get(e.field.toLowerCase())?.type ?? '?'}, ${DESCRIBE_TYPE[e.type]} expected)`);
    const readOnly =
      object === ACCOUNT
        ? Object.values(ACCOUNT_COMPUTED).filter((f) => byName.get(f.toLowerCase())?.updateable === false)
        : [];
    const notCreatable =
      (object === VALUE_ASSESSMENT.object || object === SNAPSHOT.object) && !described.createable ? [object] : [];
    const problems = [
      ...(missing.length ? [messages.getMessage('detail.FieldsMissing', [missing.length, missing.join(', ')])] : []),
      ...(wrongType.length ? [messages.getMessage('detail.WrongType', [wrongType.join(', ')])] : []),
      ...(readOnly.length ? [messages.getMessage('detail.ReadOnly', [readOnly.join(', ')])] : []),
      ...(notCreatable.length ? [messages.getMessage('detail.NotCreatable', [object])] : []),
    ];
    if (problems.length === 0) {
      checks.push(check('Object', 'pass', messages.getMessage('detail.ObjectOk', [object, expected.length])));
    } else {
      const actions = [
        ...(missing.length || wrongType.length ? [messages.getMessage('action.Deploy')] : []),
        ...(missing.length || readOnly.length || notCreatable.length ? [messages.getMessage('action.Permission')] : []),
      ];
      checks.push(check('Object', 'fail', `${object}: ${problems.join(' ')}`, actions));
    }
  }
  return checks;
}

async function permissionCheck(client: OrgClient): Promise<{ check: Check; username?: string }> {
  const info = (
    await client.request<{ user_id: string; preferred_username?: string }>({
      method: 'GET',
      path: '/services/oauth2/userinfo',
    })
  ).body;
  const names = Object.values(PERMISSION_SETS);
  const rows = await queryAll(
    client,
    `SELECT PermissionSet.Name FROM PermissionSetAssignment WHERE AssigneeId = ${soqlString(info.user_id)}`
  );
  const assigned = rows
    .map((r) => textOf((r.PermissionSet as Record<string, unknown> | null)?.Name))
    .filter((n): n is string => n !== null && (names as readonly string[]).includes(n));
  const user = info.preferred_username ?? info.user_id;
  if (assigned.length === 0) {
    return {
      username: info.preferred_username,
      check: check('PermissionSet', 'fail', messages.getMessage('detail.NoPermissionSet', [user, names.join(', ')]), [
        messages.getMessage('action.AssignPermissionSet', [user]),
      ]),
    };
  }
  const status =
    assigned.includes(PERMISSION_SETS.integration) || assigned.includes(PERMISSION_SETS.manager) ? 'pass' : 'warn';
  const detail = messages.getMessage(status === 'pass' ? 'detail.PermissionSet' : 'detail.UserOnly', [
    user,
    assigned.join(', '),
  ]);
  return {
    username: info.preferred_username,
    check: check(
      'PermissionSet',
      status,
      detail,
      status === 'pass' ? [] : [messages.getMessage('action.AssignPermissionSet', [user])]
    ),
  };
}

async function profileCheck(client: OrgClient): Promise<Check> {
  const rows = await queryAll(client, `SELECT ${PROFILE_RECORD_FIELDS.join(', ')} FROM ${SCORING_PROFILE.object}`);
  const invalid = rows.filter((r) => !recordToProfile(r).success).map((r) => textOf(r[SCORING_PROFILE.key]) ?? '?');
  const defaults = rows.filter((r) => r[SCORING_PROFILE.isDefault] === true).length;
  if (invalid.length > 0) {
    return check('Profiles', 'fail', messages.getMessage('detail.ProfilesInvalid', [invalid.join(', ')]), [
      messages.getMessage('action.FixProfile'),
    ]);
  }
  if (rows.length === 0 || defaults !== 1) {
    return check('Profiles', 'warn', messages.getMessage('detail.ProfilesDefault', [rows.length, defaults]), [
      messages.getMessage('action.LoadProfiles'),
    ]);
  }
  return check('Profiles', 'pass', messages.getMessage('detail.Profiles', [rows.length]));
}

async function limitCheck(client: OrgClient): Promise<Check> {
  const limits = (
    await client.request<{ DailyApiRequests?: { Max: number; Remaining: number } }>({ method: 'GET', path: '/limits' })
  ).body;
  const daily = limits.DailyApiRequests;
  if (!daily) return check('Limits', 'warn', messages.getMessage('detail.LimitsUnknown'));
  const status = daily.Remaining < Math.min(1000, daily.Max / 10) ? 'warn' : 'pass';
  return check('Limits', status, messages.getMessage('detail.Limits', [daily.Remaining, daily.Max]));
}

export async function runDoctor(client: OrgClient): Promise<DoctorResult> {
  try {
    const checks = [await apiVersionCheck(client), ...(await schemaChecks(client))];
    const permission = await permissionCheck(client);
    checks.push(permission.check);
    // Without the profile object there is nothing to read; its absence is already reported above.
    if (!checks.some((c) => c.status === 'fail' && c.detail.startsWith(SCORING_PROFILE.object))) {
      checks.push(await profileCheck(client));
    }
    checks.push(await limitCheck(client));
    return {
      ok: checks.every((c) => c.status !== 'fail'),
      apiVersion: client.version,
      username: permission.username,
      checks,
    };
  } catch (error) {
    throw orgStopError(error);
  }
}
