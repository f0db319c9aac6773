/**
 * The built-in scoring profiles of src/core in an org: which are missing (matched on the profile key),
 * and creating exactly those. A profile that exists is never written, so an admin's weights survive;
 * the default flag goes on the new default profile only when no profile in the org has it.
 * `portfolio setup` and scripts/org/load-sample.js both create profiles through here.
 */
import { BUILT_IN_PROFILES, DEFAULT_PROFILE_KEY, defaultScopeFor } from '../../core/index.js';
import type { OrgClient } from '../api/client.js';
import { SCORING_PROFILE as P } from '../../schema/fields.js';
import { profileToRecord, type ProfileRecord } from '../profiles/profile-records.js';
import { queryAll } from '../api/rest-query.js';
import { textOf } from '../api/row-values.js';
import type { Describe } from './doctor.js';

export type ProfileStatus = 'created' | 'present';
export type ProfileOutcome = { key: string; name: string; status: ProfileStatus; isDefault: boolean };

export type ProfilePlan = {
  /** Every built-in profile, as it is now or will be once the records are created. */
  outcomes: ProfileOutcome[];
  /** The records to create, in the order of BUILT_IN_PROFILES. */
  records: ProfileRecord[];
};

type SaveResult = { id?: string; success: boolean; errors?: Array<{ statusCode?: string; message?: string }> };

/**
 * The org's profiles and the built-ins they lack; reads only. A new default profile carries the default
 * portfolio scope fitted to the org's Account Type values (`typeValues`, from describe) when given.
 */
export async function planProfiles(client: OrgClient, typeValues?: readonly string[]): Promise<ProfilePlan> {
  const rows = await queryAll(client, `SELECT ${P.key}, ${P.isDefault} FROM ${P.object}`);
  const existing = new Map(rows.map((r) => [textOf(r[P.key]), r[P.isDefault] === true]));
  const orgHasDefault = rows.some((r) => r[P.isDefault] === true);
  const outcomes: ProfileOutcome[] = [];
  const records: ProfileRecord[] = [];
  for (const profile of BUILT_IN_PROFILES) {
    if (existing.has(profile.key)) {
      outcomes.push({ key: profile.key, name: profile.name, status: 'present', isDefault: existing.get(profile.key)! });
      continue;
    }
    const isDefault = !orgHasDefault && profile.key === DEFAULT_PROFILE_KEY;
    records.push(profileToRecord(profile, { isDefault, scope: defaultScopeFor(typeValues) }));
    outcomes.push({ key: profile.key, name: profile.name, status: 'created', isDefault });
  }
  return { outcomes, records };
}

/**
 * The fields of a profile record the running user cannot set, by describe (object permission and
 * field-level security together); the object itself when it is not createable at all.
 */
export function notCreatable(described: Describe | undefined, record: ProfileRecord): string[] {
  if (!described) return [P.object];
  if (!described.createable) return [P.object];
  const createable = new Set(described.fields.filter((f) => f.createable).map((f) => f.name.toLowerCase()));
  return Object.keys(record).filter((field) => !createable.has(field.toLowerCase()));
}

/** The reasons the org gave, one per refused record. */
export class ProfilesRefused extends Error {
  public constructor(public readonly reasons: string[]) {
    super(reasons.join('; '));
    this.name = 'ProfilesRefused';
  }
}

/**
 * Creates the planned records in one sObject Collections call, all or none: a half-made set of
 * built-ins would leave the default flag on a profile whose partner is missing. A create is not
 * retried when its answer is lost (the client's policy); running setup again finds what was made.
 */
export async function createProfiles(client: OrgClient, records: readonly ProfileRecord[]): Promise<void> {
  if (records.length === 0) return;
  const results = (
    await client.request<SaveResult[]>(
      {
        method: 'POST',
        path: '/composite/sobjects',
        body: { allOrNone: true, records: records.map((r) => ({ attributes: { type: P.object }, ...r })) },
      },
      { idempotent: false }
    )
  ).body;
  const reasons = results.flatMap((r, i) =>
    r.success
      ? []
      : (r.errors ?? []).map((e) => `${String(records[i][P.key])}: ${e.statusCode ?? '?'} ${e.message ?? ''}`.trim())
  );
  if (reasons.length > 0) throw new ProfilesRefused(reasons);
}
