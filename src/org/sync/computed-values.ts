/**
 * The computed Account fields (ACCOUNT_COMPUTED) as one normalised value set: what the core computed
 * for an account, and what its record already holds, in the same form and rounded to the scale each
 * field has in the org. The sync writes an account only when the two differ.
 *
 * CVP_Scored_At__c is left out of the comparison: it changes on every run by nature, so comparing it
 * would write every account every night. It is written with the other values, so it says when the
 * account's computed values last changed.
 */
import type { RankedAccount } from '../../core/index.js';
import { ACCOUNT_COMPUTED as C } from '../../schema/fields.js';
import {
  booleanOf,
  fingerprintOf,
  getterOf,
  numberOf,
  scaled,
  textOf,
  type FieldGetter,
  type Row,
} from '../api/row-values.js';

export type ComputedValues = {
  weightedScore: number | null;
  /** Percent points, as the org's Percent field holds them. */
  coverage: number | null;
  incomplete: boolean;
  rank: number | null;
  tier: string | null;
  treatment: string | null;
  quadrant: string | null;
  abcClass: string | null;
  volumeScore: number | null;
  profitabilityScore: number | null;
  scoringProfile: string | null;
  revenue: number | null;
  customerMargin: number | null;
  period: string | null;
  /** The profile version that computed these values (docs/sync.md, Profile versions); null off the org. */
  profileVersion: number | null;
};

/** The compared fields in a fixed order: the order of the fingerprint. */
export const COMPARED_KEYS = [
  'weightedScore',
  'coverage',
  'incomplete',
  'rank',
  'tier',
  'treatment',
  'quadrant',
  'abcClass',
  'volumeScore',
  'profitabilityScore',
  'scoringProfile',
  'revenue',
  'customerMargin',
  'period',
  'profileVersion',
] as const satisfies ReadonlyArray<keyof ComputedValues>;

/** Decimal places of each numeric field in force-app (scale), so a value compares as the org stores it. */
const SCALE = {
  weightedScore: 2,
  coverage: 2,
  rank: 0,
  volumeScore: 0,
  profitabilityScore: 0,
  revenue: 2,
  customerMargin: 2,
  profileVersion: 0,
} as const;

/** What the core computed for one account, in the org's units. */
export function computedValues(
  account: RankedAccount,
  profileKey: string,
  period: string | null,
  profileVersion: number | null = null
): ComputedValues {
  return {
    weightedScore: scaled(account.score, SCALE.weightedScore),
    coverage: scaled(account.coverage * 100, SCALE.coverage),
    incomplete: account.incomplete,
    rank: account.rank,
    tier: account.tier,
    treatment: account.treatment,
    quadrant: account.quadrant,
    abcClass: account.abcClass,
    volumeScore: scaled(account.scores.volume, SCALE.volumeScore),
    profitabilityScore: scaled(account.scores.profitability, SCALE.profitabilityScore),
    scoringProfile: profileKey,
    revenue: scaled(account.revenue, SCALE.revenue),
    customerMargin: scaled(account.margin, SCALE.customerMargin),
    period,
    profileVersion,
  };
}

/** What an Account row (REST or Bulk) holds in the computed fields. */
export function heldValues(row: Row | FieldGetter): ComputedValues {
  const get = getterOf(row);
  return {
    weightedScore: scaled(numberOf(get(C.weightedScore)), SCALE.weightedScore),
    coverage: scaled(numberOf(get(C.coverage)), SCALE.coverage),
    incomplete: booleanOf(get(C.incomplete)),
    rank: scaled(numberOf(get(C.rank)), SCALE.rank),
    tier: textOf(get(C.tier)),
    treatment: textOf(get(C.treatment)),
    quadrant: textOf(get(C.quadrant)),
    abcClass: textOf(get(C.abcClass)),
    volumeScore: scaled(numberOf(get(C.volumeScore)), SCALE.volumeScore),
    profitabilityScore: scaled(numberOf(get(C.profitabilityScore)), SCALE.profitabilityScore),
    scoringProfile: textOf(get(C.scoringProfile)),
    revenue: scaled(numberOf(get(C.revenue)), SCALE.revenue),
    customerMargin: scaled(numberOf(get(C.customerMargin)), SCALE.customerMargin),
    period: textOf(get(C.period)),
    profileVersion: scaled(numberOf(get(C.profileVersion)), SCALE.profileVersion),
  };
}

/** One number standing for the whole value set: equal values give equal fingerprints. */
export function fingerprint(values: ComputedValues): number {
  // -0 and 0 are the same stored value; String(-0) is "0" already, NaN (unreadable) never matches.
  // Listed, not mapped over COMPARED_KEYS: twice per account a run (test/org/sync-fast-paths.test.ts
  // holds the two to the same order).
  return fingerprintOf([
    values.weightedScore,
    values.coverage,
    values.incomplete,
    values.rank,
    values.tier,
    values.treatment,
    values.quadrant,
    values.abcClass,
    values.volumeScore,
    values.profitabilityScore,
    values.scoringProfile,
    values.revenue,
    values.customerMargin,
    values.period,
    values.profileVersion,
  ]);
}

/** The fields of one Account update: every computed field and nothing else. */
export function computedRecord(
  values: ComputedValues,
  scoredAt: string
): Record<string, string | number | boolean | null> {
  return {
    [C.weightedScore]: values.weightedScore,
    [C.coverage]: values.coverage,
    [C.incomplete]: values.incomplete,
    [C.rank]: values.rank,
    [C.tier]: values.tier,
    [C.treatment]: values.treatment,
    [C.quadrant]: values.quadrant,
    [C.abcClass]: values.abcClass,
    [C.volumeScore]: values.volumeScore,
    [C.profitabilityScore]: values.profitabilityScore,
    [C.scoringProfile]: values.scoringProfile,
    [C.scoredAt]: scoredAt,
    [C.revenue]: values.revenue,
    [C.customerMargin]: values.customerMargin,
    [C.period]: values.period,
    [C.profileVersion]: values.profileVersion,
  };
}

/** Every field an Account update may carry, in the order a Bulk API CSV lists them. */
export const COMPUTED_FIELDS: readonly string[] = Object.values(C);
