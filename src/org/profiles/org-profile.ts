/**
 * Which scoring profile a sync or an export uses: the org's CVP_Scoring_Profile__c with the key asked
 * for, else the built-in profile of that key, else a profile JSON file (as `portfolio rank` takes).
 * With no key: the profile flagged default in the org, else "current".
 */
import { builtInProfile, DEFAULT_PROFILE_KEY, DIMENSIONS, type Profile } from '../../core/index.js';
import { loadMessages } from '../../messages.js';
import { loadProfile } from '../../profile/load-profile.js';
import { profileProblemLines } from '../../profile/profile-problems.js';
import type { OrgClient } from '../api/client.js';
import { SCORING_PROFILE, SCORING_PROFILE_REVIEW, SCORING_PROFILE_WEIGHTS } from '../../schema/fields.js';
import { queryAll } from '../api/rest-query.js';
import { textOf, type Row } from '../api/row-values.js';
import { PROFILE_RECORD_FIELDS, recordToProfile } from './profile-records.js';
import { PROFILE_VERSION_FIELDS } from './profile-versions.js';

const messages = loadMessages('portfolio.sync');

export type ProfileSource = 'org' | 'built-in' | 'file';
export type ResolvedProfile = {
  profile: Profile;
  source: ProfileSource;
  warnings: string[];
  /** The org record (with its Id and the sync's version fields) when the profile comes from the org. */
  record?: Row;
  /** The comparison profile, when asked for (ResolveOptions.compare). */
  comparison?: Profile;
};

const looksLikeFile = (value: string): boolean => /[\\/]|\.json$/i.test(value);

/** The org field a profile issue's path points at, so an admin knows which field to fix. */
function fieldOfPath(path: ReadonlyArray<string | number>): string {
  const [head, sub] = path.map(String);
  if (head === 'weights' && sub && (DIMENSIONS as readonly string[]).includes(sub)) {
    return SCORING_PROFILE_WEIGHTS[sub as (typeof DIMENSIONS)[number]];
  }
  if (head === 'review' && sub && sub in SCORING_PROFILE_REVIEW) {
    return SCORING_PROFILE_REVIEW[sub as keyof typeof SCORING_PROFILE_REVIEW];
  }
  const byKey: Record<string, string> = {
    key: SCORING_PROFILE.key,
    name: SCORING_PROFILE.name,
    minCoverage: SCORING_PROFILE.minCoverage,
    matrixHigh: SCORING_PROFILE.matrixHigh,
    tiers: `${SCORING_PROFILE.tierKeyAccount}, ${SCORING_PROFILE.tierDevelop}, ${SCORING_PROFILE.tierMaintain}`,
    bands: sub === 'volume' ? SCORING_PROFILE.volumeBands : SCORING_PROFILE.profitabilityBands,
  };
  return byKey[head] ?? (path.join('.') || 'profile');
}

function fromRecord(row: Row): Profile {
  const parsed = recordToProfile(row);
  if (parsed.success) return parsed.data.profile;
  const lines = profileProblemLines(parsed.error, fieldOfPath);
  throw messages.createError('error.OrgProfileInvalid', [textOf(row[SCORING_PROFILE.key]) ?? '?', lines]);
}

/**
 * The profile the sync compares with (docs/method.md, Profile comparison): the key asked for, else
 * "future" (tomorrow's key accounts), or "current" when the sync itself scores with "future".
 */
export const defaultCompareKey = (baseKey: string): string => (baseKey === 'future' ? 'current' : 'future');

export type ResolveOptions = {
  /** Also resolve a comparison profile (a key; true for the default one) from the same read. */
  compare?: string | true;
};

export async function resolveProfile(
  client: OrgClient,
  requested: string | undefined,
  options: ResolveOptions = {}
): Promise<ResolvedProfile> {
  const fromFile = requested !== undefined && looksLikeFile(requested);
  if (fromFile && options.compare === undefined) {
    return { profile: await loadProfile(requested), source: 'file', warnings: [] };
  }
  const rows = await queryAll(
    client,
    `SELECT Id, ${[...PROFILE_RECORD_FIELDS, ...PROFILE_VERSION_FIELDS].join(', ')} FROM ${SCORING_PROFILE.object} ORDER BY ${
      SCORING_PROFILE.key
    }`
  );
  const warnings: string[] = [];
  let resolved: ResolvedProfile;
  if (fromFile) resolved = { profile: await loadProfile(requested), source: 'file', warnings };
  else {
    let key = requested;
    if (!key) {
      const defaults = rows.filter(
        (r) => r[SCORING_PROFILE.isDefault] === true || r[SCORING_PROFILE.isDefault] === 'true'
      );
      if (defaults.length > 1) {
        const keys = defaults.map((r) => textOf(r[SCORING_PROFILE.key]) ?? '?');
        warnings.push(messages.getMessage('warning.SeveralDefaultProfiles', [keys.join(', '), keys[0]]));
      }
      key = textOf(defaults[0]?.[SCORING_PROFILE.key]) ?? DEFAULT_PROFILE_KEY;
    }
    resolved = { ...profileOfKey(rows, key), warnings };
  }
  if (options.compare === undefined) return resolved;
  const compareKey = options.compare === true ? defaultCompareKey(resolved.profile.key) : options.compare;
  return { ...resolved, comparison: profileOfKey(rows, compareKey).profile };
}

/** The org's record of that key, else the built-in profile; an unknown key stops with the keys there are. */
function profileOfKey(rows: readonly Row[], key: string): { profile: Profile; source: ProfileSource; record?: Row } {
  const row = rows.find((r) => r[SCORING_PROFILE.key] === key);
  if (row) return { profile: fromRecord(row), source: 'org', record: row };
  const builtIn = builtInProfile(key);
  if (builtIn) return { profile: builtIn, source: 'built-in' };
  const available = [...new Set([...rows.map((r) => textOf(r[SCORING_PROFILE.key]) ?? ''), 'current', 'future'])];
  throw messages.createError('error.UnknownOrgProfile', [key, available.filter(Boolean).join(', ')]);
}
