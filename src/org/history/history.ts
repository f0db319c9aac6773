/**
 * Value-assessment history (CVP_Value_Assessment__c): one row each time an account's scores change.
 * "Changed" means the scores in effect, the weighted score, the tier, commitment, binding, the profile or
 * its version differ from the account's latest assessment; an account scored the same as last time gets
 * no row, so the history holds changes, not nightly copies.
 */
import { DIMENSIONS, type RankedAccount } from '../../core/index.js';
import { ASSESSMENT_SOURCES, VALUE_ASSESSMENT as V, VALUE_ASSESSMENT_SCORES as S } from '../../schema/fields.js';
import { fingerprintOf, getterOf, numberOf, scaled, textOf, type FieldGetter, type Row } from '../api/row-values.js';

export type AssessmentValues = {
  scores: ReadonlyArray<number | null>;
  weightedScore: number | null;
  tier: string | null;
  commitment: number | null;
  binding: number | null;
  profileKey: string | null;
  /** The profile version that produced the weighted score and tier; null off the org or before versions. */
  profileVersion: number | null;
};

/** The fields the sync reads of an assessment, to compare, and writes, to record one. */
export const ASSESSMENT_FIELDS: readonly string[] = [
  V.account,
  V.assessedAt,
  ...DIMENSIONS.map((d) => S[d]),
  V.weightedScore,
  V.tier,
  V.commitment,
  V.binding,
  V.profileKey,
  V.profileVersion,
];

export function assessmentOfRow(row: Row | FieldGetter): AssessmentValues {
  const get = getterOf(row);
  return {
    scores: DIMENSIONS.map((d) => scaled(numberOf(get(S[d])), 0)),
    weightedScore: scaled(numberOf(get(V.weightedScore)), 2),
    tier: textOf(get(V.tier)),
    commitment: scaled(numberOf(get(V.commitment)), 1),
    binding: scaled(numberOf(get(V.binding)), 1),
    profileKey: textOf(get(V.profileKey)),
    profileVersion: scaled(numberOf(get(V.profileVersion)), 0),
  };
}

export function assessmentOfAccount(
  account: RankedAccount,
  profileKey: string,
  profileVersion: number | null = null
): AssessmentValues {
  return {
    scores: DIMENSIONS.map((d) => scaled(account.scores[d], 0)),
    weightedScore: scaled(account.score, 2),
    tier: account.tier,
    commitment: scaled(account.commitment, 1),
    binding: scaled(account.binding, 1),
    profileKey,
    profileVersion,
  };
}

export function assessmentFingerprint(values: AssessmentValues): number {
  return fingerprintOf([
    ...values.scores,
    values.weightedScore,
    values.tier,
    values.commitment,
    values.binding,
    values.profileKey,
    values.profileVersion,
  ]);
}

/** True when the account has anything to record: a score, or an earlier assessment to differ from. */
export function needsAssessment(current: AssessmentValues, previous: number | null): boolean {
  const hasScore = current.weightedScore !== null || current.scores.some((s) => s !== null);
  if (previous === null) return hasScore;
  return assessmentFingerprint(current) !== previous;
}

export function assessmentRecord(
  accountId: string,
  values: AssessmentValues,
  assessedAt: string
): Record<string, string | number | null> {
  const record: Record<string, string | number | null> = {
    [V.account]: accountId,
    [V.assessedAt]: assessedAt,
    [V.weightedScore]: values.weightedScore,
    [V.tier]: values.tier,
    [V.commitment]: values.commitment,
    [V.binding]: values.binding,
    [V.profileKey]: values.profileKey,
    [V.profileVersion]: values.profileVersion,
    // The comment is for a person's words; the sync says who recorded the row with a code, which each
    // reader sees in their own language (the field's picklist translation).
    [V.source]: 'Sync' satisfies (typeof ASSESSMENT_SOURCES)[number],
  };
  DIMENSIONS.forEach((d, i) => {
    record[S[d]] = values.scores[i];
  });
  return record;
}
