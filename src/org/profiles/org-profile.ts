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
import {
  SCORING_PROFILE,
  SCORING_PROFILE_COMPARE,
  SCORING_PROFILE_REVIEW,
  SCORING_PROFILE_WEIGHTS,
} from '../../schema/fields.js';
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
 * The profile the sync compares with when neither the flag nor the setting names one (docs/method.md,
 * Profile comparison): "future" (tomorrow's key accounts), or "current" when the sync itself scores
 * with "future".
 */
export const defaultCompareKey = (baseKey: string): string => (baseKey === 'future' ? 'current' : 'future');

/** Where the comparison profile's key came from: the sync's flag, the default profile's field, or neither. */
export type CompareSource = 'flag' | 'setting' | 'default';

/** The keys the sync may be given: `flag` (--compare-profile) wins over `setting` (the default profile's field). */
export type CompareRequest = { flag?: string; setting?: string | null };

/** The comparison profile and where its key came from. */
export type Comparison = { profile: Profile; source: CompareSource };

async function readProfileRows(client: OrgClient): Promise<Row[]> {
  return queryAll(
    client,
    `SELECT Id, ${[...PROFILE_RECORD_FIELDS, ...PROFILE_VERSION_FIELDS].join(', ')} FROM ${SCORING_PROFILE.object} ORDER BY ${
      SCORING_PROFILE.key
    }`
  );
}

export async function resolveProfile(client: OrgClient, requested: string | undefined): Promise<ResolvedProfile> {
  if (requested !== undefined && looksLikeFile(requested)) {
    return { profile: await loadProfile(requested), source: 'file', warnings: [] };
  }
  return resolveFromRows(await readProfileRows(client), requested);
}

/** The profile as resolveProfile finds it, and the comparison profile, from the same read. */
export async function resolveWithComparison(
  client: OrgClient,
  requested: string | undefined,
  compare: CompareRequest
): Promise<ResolvedProfile & { comparison: Comparison }> {
  const rows = await readProfileRows(client);
  const resolved: ResolvedProfile =
    requested !== undefined && looksLikeFile(requested)
      ? { profile: await loadProfile(requested), source: 'file', warnings: [] }
      : resolveFromRows(rows, requested);
  const choice = compareChoice(resolved.profile.key, compare);
  return {
    ...resolved,
    comparison: { profile: comparisonOf(rows, resolved.profile.key, choice), source: choice.source },
  };
}

/** The key asked for, else the profile flagged default, else "current". */
function resolveFromRows(rows: readonly Row[], requested: string | undefined): ResolvedProfile {
  const warnings: string[] = [];
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
  return { ...profileOfKey(rows, key), warnings };
}

/** The comparison profile's key and where it came from; a blank flag or setting counts as not given. */
export function compareChoice(baseKey: string, compare: CompareRequest): { key: string; source: CompareSource } {
  const flag = compare.flag?.trim();
  if (flag) return { key: flag, source: 'flag' };
  const setting = compare.setting?.trim();
  if (setting) return { key: setting, source: 'setting' };
  return { key: defaultCompareKey(baseKey), source: 'default' };
}

/** Where the comparison key came from, in words. */
export const compareFrom = (source: CompareSource): string =>
  source === 'setting'
    ? messages.getMessage('compareFrom.setting', [SCORING_PROFILE_COMPARE.compareProfile])
    : messages.getMessage(`compareFrom.${source}`);

/** The keys a profile may be named by: the org's and the built-in ones. */
const availableKeys = (rows: readonly Row[]): string =>
  [...new Set([...rows.map((r) => textOf(r[SCORING_PROFILE.key]) ?? ''), 'current', 'future'])]
    .filter(Boolean)
    .join(', ');

/**
 * The comparison profile of that choice. A key that names no profile, or the ranking profile itself
 * (every account would keep its rank: no rising star, no faller), stops the run before anything is
 * written, naming where the key came from.
 */
export function comparisonOf(
  rows: readonly Row[],
  baseKey: string,
  choice: { key: string; source: CompareSource }
): Profile {
  const from = compareFrom(choice.source);
  if (choice.key === baseKey) throw messages.createError('error.CompareIsRanking', [choice.key, from]);
  try {
    return profileOfKey(rows, choice.key).profile;
  } catch (error) {
    if ((error as { name?: string }).name !== 'UnknownOrgProfileError') throw error;
    throw messages.createError('error.UnknownCompareProfile', [choice.key, from], [availableKeys(rows)]);
  }
}

/** The org's record of that key, else the built-in profile; an unknown key stops with the keys there are. */
function profileOfKey(rows: readonly Row[], key: string): { profile: Profile; source: ProfileSource; record?: Row } {
  const row = rows.find((r) => r[SCORING_PROFILE.key] === key);
  if (row) return { profile: fromRecord(row), source: 'org', record: row };
  const builtIn = builtInProfile(key);
  if (builtIn) return { profile: builtIn, source: 'built-in' };
  throw messages.createError('error.UnknownOrgProfile', [key], [availableKeys(rows)]);
}
