/**
 * A scoring profile of src/core as a CVP_Scoring_Profile__c record, and back. The org's default
 * profiles are made from the core's BUILT_IN_PROFILES through this file alone, so the two cannot drift
 * (test/metadata/profile-records.test.ts).
 *
 * Two unit changes happen here and nowhere else: the minimum coverage is a fraction in the core and
 * percent points in the org (0.7 ↔ 70), and fixed bands are a number array in the core and text in the
 * org ("10000;50000;100000;500000").
 */
import {
  DEFAULT_SCOPE,
  DIMENSIONS,
  type DimensionKey,
  formatTypeList,
  parseProfile,
  type ProfileIssue,
  type Result,
  type Profile,
  type ProfileInput,
  type PortfolioScope,
  roundHalfUp,
  TIERS,
} from '../../core/index.js';
import {
  SCORING_PROFILE as P,
  SCORING_PROFILE_REVIEW as R,
  SCORING_PROFILE_COMPARE as K,
  SCORING_PROFILE_FOLLOW_UP as F,
  SCORING_PROFILE_SCOPE as S,
  SCORING_PROFILE_WEIGHTS as W,
} from '../../schema/fields.js';

export type ProfileFieldValue = string | number | boolean | null;
/** Field API name → value, as jsforce sends and returns it. */
export type ProfileRecord = Record<string, ProfileFieldValue>;

export type ProfileFromRecord = { profile: Profile; isDefault: boolean };

/** Every field a profile record carries: the select list of a query, and what the drift test checks. */
export const PROFILE_RECORD_FIELDS: readonly string[] = [
  P.name,
  P.key,
  P.nameFi,
  P.description,
  P.isDefault,
  ...DIMENSIONS.map((d) => W[d]),
  P.tierKeyAccount,
  P.tierDevelop,
  P.tierMaintain,
  P.matrixHigh,
  P.minCoverage,
  P.volumeBands,
  P.profitabilityBands,
  P.derivedFrom,
  ...TIERS.map((t) => R[t]),
  S.includedTypes,
  S.excludedTypes,
  S.recordTypes,
  F.tasks,
  F.digestGroup,
  K.compareProfile,
];

const BAND_SEPARATOR = ';';

export function profileToRecord(
  profile: Profile,
  options: { isDefault: boolean; scope?: PortfolioScope }
): ProfileRecord {
  const scope = options.scope ?? DEFAULT_SCOPE;
  const record: ProfileRecord = {
    [P.name]: profile.name,
    [P.key]: profile.key,
    [P.nameFi]: profile.nameFi ?? null,
    [P.description]: profile.description ?? null,
    [P.isDefault]: options.isDefault,
    [P.tierKeyAccount]: profile.tiers.keyAccount,
    [P.tierDevelop]: profile.tiers.develop,
    [P.tierMaintain]: profile.tiers.maintain,
    [P.matrixHigh]: profile.matrixHigh,
    // Percent fields keep two decimals of a percent: a fraction keeps four.
    [P.minCoverage]: roundHalfUp(profile.minCoverage * 100, 2),
    [P.volumeBands]: bandsToText(profile.bands.volume),
    [P.profitabilityBands]: bandsToText(profile.bands.profitability),
    // Only the what-if's new profiles come from another one.
    [P.derivedFrom]: null,
    // The scope is read from the default profile only, so only a new default carries the default scope.
    [S.includedTypes]: options.isDefault ? formatTypeList(scope.includedTypes) || null : null,
    [S.excludedTypes]: options.isDefault ? formatTypeList(scope.excludedTypes) || null : null,
    [S.recordTypes]: options.isDefault ? formatTypeList(scope.recordTypes ?? []) || null : null,
    // Follow-up is off until an admin turns it on (docs/sync.md, Follow-up).
    [F.tasks]: false,
    [F.digestGroup]: null,
    // Blank: the sync compares with "future" (docs/sync.md, The comparison profile).
    [K.compareProfile]: null,
  };
  for (const d of DIMENSIONS) record[W[d]] = profile.weights[d];
  for (const t of TIERS) record[R[t]] = profile.review[t];
  return record;
}

/**
 * Reads a record as the org returns it (blank fields as null) and validates it with the core's own
 * schema, so a profile an admin broke in the org is reported with the same codes as a broken file.
 */
export function recordToProfile(record: Readonly<Record<string, unknown>>): Result<ProfileFromRecord, ProfileIssue[]> {
  const weights = Object.fromEntries(DIMENSIONS.map((d) => [d, numberOrUndefined(record[W[d]])])) as Record<
    DimensionKey,
    number
  >;
  const volume = textToBands(record[P.volumeBands]);
  const profitability = textToBands(record[P.profitabilityBands]);
  const minCoverage = numberOrUndefined(record[P.minCoverage]);
  const input: ProfileInput = {
    key: String(record[P.key] ?? ''),
    name: String(record[P.name] ?? ''),
    ...optionalText('nameFi', record[P.nameFi]),
    ...optionalText('description', record[P.description]),
    weights,
    tiers: {
      keyAccount: numberOrUndefined(record[P.tierKeyAccount]) as number,
      develop: numberOrUndefined(record[P.tierDevelop]) as number,
      maintain: numberOrUndefined(record[P.tierMaintain]) as number,
    },
    matrixHigh: numberOrUndefined(record[P.matrixHigh]),
    minCoverage: minCoverage === undefined ? undefined : roundHalfUp(minCoverage / 100, 4),
    bands: { ...(volume ? { volume } : {}), ...(profitability ? { profitability } : {}) },
    // A blank interval is "never due" (0), not the default: the admin cleared it (docs/method.md, Review due).
    review: Object.fromEntries(TIERS.map((t) => [t, numberOrUndefined(record[R[t]]) ?? 0])) as Profile['review'],
  };
  const parsed = parseProfile(input);
  if (!parsed.success) return parsed;
  return { success: true, data: { profile: parsed.data, isDefault: record[P.isDefault] === true } };
}

function bandsToText(bands: readonly number[] | undefined): string | null {
  return bands === undefined ? null : bands.map(String).join(BAND_SEPARATOR);
}

function textToBands(value: unknown): number[] | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  // A malformed part becomes NaN, which the core's schema rejects with the path of the band.
  return value.split(BAND_SEPARATOR).map((part) => (part.trim() === '' ? Number.NaN : Number(part)));
}

function numberOrUndefined(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

function optionalText<K extends string>(key: K, value: unknown): Partial<Record<K, string>> {
  return typeof value === 'string' && value !== '' ? ({ [key]: value } as Record<K, string>) : {};
}
