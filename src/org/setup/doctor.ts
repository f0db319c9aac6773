/**
 * Checks an org for what the package's commands need, and says exactly what is missing: the API
 * version, every object and field of src/schema/fields.ts (by describe, with its type and whether the
 * running user may write what the sync writes), the running user's permission set, the scoring
 * profiles, the API requests left today and whether the Account record page reaches users. Reads
 * only; changes nothing. `portfolio setup` runs the same checks, one by one, around its writes.
 */
import { countKey, numberFormats } from '../../i18n/index.js';
import { loadMessages } from '../../messages.js';
import type { OrgClient } from '../api/client.js';
import {
  ACCOUNT,
  ACCOUNT_COMPUTED,
  ACCOUNT_RECORD_PAGE,
  APP,
  ACTIVITY,
  FIELD_GROUPS,
  FOLLOW_UP_TASK,
  PERMISSION_SETS,
  SCORING_PROFILE,
  SNAPSHOT,
  VALUE_ASSESSMENT,
  type FieldType,
} from '../../schema/fields.js';
import { orgStopError } from '../api/org-errors.js';
import { PROFILE_RECORD_FIELDS, recordToProfile } from '../profiles/profile-records.js';
import { queryAll } from '../api/rest-query.js';
import { OrgApiError } from '../api/org-api-error.js';
import { soqlString } from '../api/soql.js';
import { textOf } from '../api/row-values.js';
import { scopeCheck } from './scope-check.js';
import { followUpCheck } from './follow-up-check.js';
import { compareCheck } from './compare-check.js';

const messages = loadMessages('portfolio.doctor');

/** The API version the package's metadata is written for (sfdx-project.json), and the oldest the commands need. */
export const PACKAGE_API_VERSION = '62.0';
export const MIN_API_VERSION = '47.0';

export type CheckStatus = 'pass' | 'warn' | 'fail';
/** Which check a result is, for scripts and for `portfolio setup`; `check` is its label. */
export type CheckId =
  'apiVersion' | 'object' | 'permissionSet' | 'profiles' | 'scope' | 'compare' | 'followUp' | 'limits' | 'accountPage';
export type Check = { id: CheckId; check: string; status: CheckStatus; detail: string; actions: string[] };
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

export type DescribeField = {
  name: string;
  type: string;
  updateable: boolean;
  createable: boolean;
  picklistValues?: Array<{ value: string; active?: boolean }>;
};
export type Describe = { name: string; createable: boolean; updateable: boolean; fields: DescribeField[] };
/** Each object of fields.ts as the running user's describe shows it; undefined when the org has none. */
export type Described = ReadonlyMap<string, Describe | undefined>;

const CHECK_IDS: Record<string, CheckId> = {
  ApiVersion: 'apiVersion',
  Object: 'object',
  PermissionSet: 'permissionSet',
  Profiles: 'profiles',
  Scope: 'scope',
  Compare: 'compare',
  FollowUp: 'followUp',
  Limits: 'limits',
  AccountPage: 'accountPage',
};

const check = (name: string, status: CheckStatus, detail: string, actions: string[] = []): Check => ({
  id: CHECK_IDS[name],
  check: messages.getMessage(`check.${name}`),
  status,
  detail,
  actions,
});
const versionNumber = (v: string): number => Number(v);
/** The action names the version twice: once for this run, once for `sf config set`. */
const useVersion = (version: string): string => messages.getMessage('action.UseVersion', [version, version]);

export async function apiVersionCheck(client: OrgClient): Promise<Check> {
  const versions = (await client.request<Array<{ version: string }>>({ method: 'GET', path: '/services/data' })).body;
  const newest = versions.map((v) => v.version).sort((a, b) => versionNumber(b) - versionNumber(a))[0] ?? '?';
  const used = client.version;
  if (versionNumber(used) > versionNumber(newest)) {
    return check('ApiVersion', 'fail', messages.getMessage('detail.VersionTooNew', [used, newest]), [
      useVersion(newest),
    ]);
  }
  if (versionNumber(used) < versionNumber(MIN_API_VERSION)) {
    return check('ApiVersion', 'fail', messages.getMessage('detail.VersionTooOld', [used, MIN_API_VERSION]), [
      useVersion(versionNumber(newest) >= versionNumber(PACKAGE_API_VERSION) ? PACKAGE_API_VERSION : newest),
    ]);
  }
  const status = versionNumber(newest) < versionNumber(PACKAGE_API_VERSION) ? 'warn' : 'pass';
  return check('ApiVersion', status, messages.getMessage('detail.Version', [used, newest, PACKAGE_API_VERSION]));
}

async function describe(client: OrgClient, object: string): Promise<Describe | undefined> {
  try {
    // Activity's custom fields are on Task (and Event) in an org; there is no Activity to describe.
    const as = object === ACTIVITY ? FOLLOW_UP_TASK.object : object;
    return (await client.request<Describe>({ method: 'GET', path: `/sobjects/${as}/describe` })).body;
  } catch (error) {
    if (error instanceof OrgApiError && (error.status === 404 || error.errorCode === 'NOT_FOUND')) return undefined;
    throw error;
  }
}

const OBJECTS = [...new Set(FIELD_GROUPS.map((g) => g.object))];

const expectedFields = (object: string): Array<{ field: string; type: FieldType }> =>
  FIELD_GROUPS.filter((g) => g.object === object).flatMap((g) =>
    Object.entries(g.names).map(([key, field]) => ({ field, type: g.types[key] }))
  );

/** The active values of Account's Type picklist, by describe; undefined when the field is not visible. */
export function accountTypeValues(described: Described): string[] | undefined {
  const type = described.get(ACCOUNT)?.fields.find((f) => f.name === 'Type');
  return type?.picklistValues?.filter((v) => v.active !== false).map((v) => v.value);
}

/** The scope check as a Check (src/org/setup/scope-check.ts). */
export async function portfolioScopeCheck(client: OrgClient, described: Described): Promise<Check> {
  const scope = await scopeCheck(client, accountTypeValues(described));
  return check('Scope', scope.status, scope.detail, scope.actions);
}

/** One describe call per object of fields.ts. */
export async function describeObjects(client: OrgClient): Promise<Described> {
  const described = new Map<string, Describe | undefined>();
  for (const object of OBJECTS) {
    // eslint-disable-next-line no-await-in-loop
    described.set(object, await describe(client, object));
  }
  return described;
}

/**
 * What a deploy would add: objects the org lacks and fields missing or of another type, as
 * `Object` or `Object.Field`. A field the running user cannot see counts as missing: the org
 * answers the same for both.
 */
export function missingFromOrg(described: Described): string[] {
  return OBJECTS.flatMap((object) => {
    const found = described.get(object);
    if (!found) return [object];
    const byName = new Map(found.fields.map((f) => [f.name.toLowerCase(), f]));
    return expectedFields(object)
      .filter((e) => byName.get(e.field.toLowerCase())?.type !== DESCRIBE_TYPE[e.type])
      .map((e) => `${object}.${e.field}`);
  });
}

/** One check per object: present, every field present with its type, and writable where the sync writes. */
export function schemaChecks(described: Described): Check[] {
  const checks: Check[] = [];
  for (const object of OBJECTS) {
    const found = described.get(object);
    const expected = expectedFields(object);
    if (!found) {
      checks.push(
        check('Object', 'fail', messages.getMessage('detail.ObjectMissing', [object, expected.length]), [
          messages.getMessage('action.Deploy'),
          messages.getMessage('action.Permission'),
        ])
      );
      continue;
    }
    const byName = new Map(found.fields.map((f) => [f.name.toLowerCase(), f]));
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
      (object === VALUE_ASSESSMENT.object || object === SNAPSHOT.object) && !found.createable ? [object] : [];
    const problems = [
      ...(missing.length
        ? [
            messages.getMessage(countKey('detail.FieldsMissing', missing.length), [
              numberFormats().integer(missing.length),
              missing.join(', '),
            ]),
          ]
        : []),
      ...(wrongType.length
        ? [messages.getMessage(countKey('detail.WrongType', wrongType.length), [wrongType.join(', ')])]
        : []),
      ...(readOnly.length
        ? [messages.getMessage(countKey('detail.ReadOnly', readOnly.length), [readOnly.join(', ')])]
        : []),
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

export async function permissionCheck(client: OrgClient): Promise<{ check: Check; username?: string }> {
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

export async function profileCheck(client: OrgClient): Promise<Check> {
  const rows = await queryAll(client, `SELECT ${PROFILE_RECORD_FIELDS.join(', ')} FROM ${SCORING_PROFILE.object}`);
  const invalid = rows.filter((r) => !recordToProfile(r).success).map((r) => textOf(r[SCORING_PROFILE.key]) ?? '?');
  const defaults = rows.filter((r) => r[SCORING_PROFILE.isDefault] === true).length;
  if (invalid.length > 0) {
    return check(
      'Profiles',
      'fail',
      messages.getMessage(countKey('detail.ProfilesInvalid', invalid.length), [invalid.join(', ')]),
      [messages.getMessage('action.FixProfile')]
    );
  }
  if (rows.length === 0) {
    return check('Profiles', 'warn', messages.getMessage('detail.ProfilesNone'), [
      messages.getMessage('action.LoadProfiles'),
    ]);
  }
  if (defaults !== 1) {
    return check(
      'Profiles',
      'warn',
      messages.getMessage(countKey('detail.ProfilesDefault', rows.length), [rows.length, defaults]),
      [messages.getMessage('action.FlagDefault')]
    );
  }
  return check('Profiles', 'pass', messages.getMessage(countKey('detail.Profiles', rows.length), [rows.length]));
}

export async function limitCheck(client: OrgClient): Promise<Check> {
  const limits = (
    await client.request<{ DailyApiRequests?: { Max: number; Remaining: number } }>({ method: 'GET', path: '/limits' })
  ).body;
  const daily = limits.DailyApiRequests;
  if (!daily) return check('Limits', 'warn', messages.getMessage('detail.LimitsUnknown'));
  const status = daily.Remaining < Math.min(1000, daily.Max / 10) ? 'warn' : 'pass';
  const n = numberFormats();
  return check(
    'Limits',
    status,
    messages.getMessage('detail.Limits', [n.integer(daily.Remaining), n.integer(daily.Max)])
  );
}

type ActionOverride = {
  actionName?: string | null;
  content?: string | null;
  formFactor?: string | null;
  pageOrSobjectType?: string | null;
  type?: string | null;
  profile?: string | null;
};
type AppMetadata = { actionOverrides?: ActionOverride[] | null; profileActionOverrides?: ActionOverride[] | null };

/** Desktop and phone, as Lightning App Builder's activation names them in metadata; their words are messages. */
const FORM_FACTORS = { Large: 'desktop', Small: 'phone' } as const;
const formFactor = (name: (typeof FORM_FACTORS)[keyof typeof FORM_FACTORS]): string =>
  messages.getMessage(`formFactor.${name}`);

const same = (a: string | null | undefined, b: string): boolean => (a ?? '').toLowerCase() === b.toLowerCase();
const accountView = (o: ActionOverride): boolean =>
  same(o.actionName, 'View') && same(o.pageOrSobjectType, ACCOUNT) && same(o.type, 'Flexipage');

/**
 * The app's metadata through the Tooling API, or the error code that kept it from us. A user without
 * "View Setup and Configuration" gets INVALID_TYPE for every Tooling object; that is a reason to check
 * by hand, not to stop.
 */
async function appMetadata(client: OrgClient): Promise<{ metadata?: AppMetadata; unreadable?: string }> {
  // Metadata may be selected only when one row can match; NamespacePrefix keeps an installed app of the
  // same name out.
  const soql = `SELECT Metadata FROM CustomApplication WHERE DeveloperName = ${soqlString(APP)} AND NamespacePrefix = null`;
  try {
    const page = (
      await client.request<{ records: Array<{ Metadata?: AppMetadata | null }> }>({
        method: 'GET',
        path: `/tooling/query?q=${encodeURIComponent(soql)}`,
      })
    ).body;
    return { metadata: page.records[0]?.Metadata ?? undefined };
  } catch (error) {
    if (error instanceof OrgApiError && error.kind === 'fatal') return { unreadable: error.errorCode };
    throw error;
  }
}

/**
 * Whether the Account record page reaches users of the app: an app default (per form factor) or a
 * per-profile assignment, both held in the app's own metadata. An org default lives in the Account
 * object's metadata, which only the SOAP Metadata API reads; where the app says nothing, the check
 * says so and gives the steps to look by hand rather than guess.
 */
export async function accountPageCheck(client: OrgClient): Promise<Check> {
  const byHand = messages.getMessage('action.ActivatePage');
  const { metadata, unreadable } = await appMetadata(client);
  if (unreadable) {
    return check('AccountPage', 'warn', messages.getMessage('detail.PageUnreadable', [unreadable]), [byHand]);
  }
  if (!metadata) {
    return check('AccountPage', 'warn', messages.getMessage('detail.AppMissing', [APP]), [
      messages.getMessage('action.Deploy'),
    ]);
  }
  const appDefaults = (metadata.actionOverrides ?? []).filter(accountView);
  const ours = appDefaults.filter((o) => same(o.content, ACCOUNT_RECORD_PAGE));
  const covered = (Object.keys(FORM_FACTORS) as Array<keyof typeof FORM_FACTORS>).filter((f) =>
    ours.some((o) => same(o.formFactor, f))
  );
  if (covered.length === 2) return check('AccountPage', 'pass', messages.getMessage('detail.PageActive'));
  if (covered.length === 1) {
    const missing = covered[0] === 'Large' ? FORM_FACTORS.Small : FORM_FACTORS.Large;
    return check(
      'AccountPage',
      'warn',
      messages.getMessage('detail.PageOneFormFactor', [formFactor(FORM_FACTORS[covered[0]]), formFactor(missing)]),
      [byHand]
    );
  }
  const profiles = [
    ...new Set(
      (metadata.profileActionOverrides ?? [])
        .filter((o) => accountView(o) && same(o.content, ACCOUNT_RECORD_PAGE))
        .map((o) => o.profile ?? '?')
    ),
  ];
  if (profiles.length > 0) {
    return check(
      'AccountPage',
      'warn',
      messages.getMessage(countKey('detail.PageProfilesOnly', profiles.length), [profiles.join(', ')]),
      [byHand]
    );
  }
  const other = appDefaults.map((o) => o.content ?? '?');
  const detail =
    other.length > 0
      ? messages.getMessage('detail.PageOther', [[...new Set(other)].join(', ')])
      : messages.getMessage('detail.PageNotActive');
  return check('AccountPage', 'warn', detail, [byHand]);
}

export async function runDoctor(client: OrgClient): Promise<DoctorResult> {
  try {
    const described = await describeObjects(client);
    const checks = [await apiVersionCheck(client), ...schemaChecks(described)];
    const permission = await permissionCheck(client);
    checks.push(permission.check);
    // Without the profile object there is nothing to read; its absence is already reported above.
    if (!checks.some((c) => c.status === 'fail' && c.detail.startsWith(SCORING_PROFILE.object))) {
      const profiles = await profileCheck(client);
      checks.push(profiles);
      const scope = await scopeCheck(client, accountTypeValues(described));
      checks.push(check('Scope', scope.status, scope.detail, scope.actions));
      // A profile that does not parse is already a failed check; the comparison could not be resolved.
      if (profiles.status !== 'fail') {
        const compare = await compareCheck(client, scope.compareProfile);
        checks.push(check('Compare', compare.status, compare.detail, compare.actions));
      }
      // Shown only once an admin turned follow-up on: off, there is nothing to check.
      const followUp = await followUpCheck(client, described.get(ACTIVITY), scope.followUp);
      if (followUp) checks.push(check('FollowUp', followUp.status, followUp.detail, followUp.actions));
    }
    checks.push(await limitCheck(client), await accountPageCheck(client));
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
