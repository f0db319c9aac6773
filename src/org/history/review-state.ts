/**
 * What the sync keeps on an Account about its assessments (ACCOUNT_REVIEW, docs/method.md, Review due):
 * who last assessed it and when (a person's Manual assessment), the day it is due again, and the
 * latest history row of any source (its time and a fingerprint of its scores), so the sync compares with
 * the history without reading it whole (docs/sync.md, What the sync reads and writes).
 */
import { dayOf, reviewDueOn, reviewState, type Profile, type ReviewState, type Tier } from '../../core/index.js';
import { ACCOUNT_REVIEW as R } from '../../schema/fields.js';
import { fingerprintOf, getterOf, textOf, type FieldGetter, type Row } from '../api/row-values.js';
import { dayOfText, instantText } from './instant.js';

export type ReviewValues = {
  lastAssessedAt: string | null;
  lastAssessedBy: string | null;
  reviewDueOn: string | null;
  latestHistoryAt: string | null;
  latestHistoryKey: string | null;
};

/** What the record holds, and the day the account was created (a never-assessed account is due from then). */
export type HeldReview = { values: ReviewValues; createdOn: string | null; fingerprint: number };

/** The Account fields a sync reads for the review. */
export const REVIEW_READ_FIELDS: readonly string[] = ['CreatedDate', ...Object.values(R)];

export { timeOf } from './instant.js';

/** One number for the values as the org stores them: times compare as instants, whatever their notation. */
export function reviewFingerprint(values: ReviewValues): number {
  return fingerprintOf([
    instantText(values.lastAssessedAt),
    values.lastAssessedBy,
    dayOfText(values.reviewDueOn),
    instantText(values.latestHistoryAt),
    values.latestHistoryKey,
  ]);
}

export function heldReviewOf(row: Row | FieldGetter): HeldReview {
  const get = getterOf(row);
  const values: ReviewValues = {
    lastAssessedAt: textOf(get(R.lastAssessedAt)),
    lastAssessedBy: textOf(get(R.lastAssessedBy)),
    reviewDueOn: textOf(get(R.reviewDueOn)),
    latestHistoryAt: textOf(get(R.latestHistoryAt)),
    latestHistoryKey: textOf(get(R.latestHistoryKey)),
  };
  return { values, createdOn: dayOfText(textOf(get('CreatedDate'))), fingerprint: reviewFingerprint(values) };
}

/** The fields of an Account update for the review: computed fields only, never an assessed one. */
export function reviewRecord(values: ReviewValues): Record<string, string | null> {
  return {
    [R.lastAssessedAt]: values.lastAssessedAt,
    [R.lastAssessedBy]: values.lastAssessedBy,
    [R.reviewDueOn]: values.reviewDueOn,
    [R.latestHistoryAt]: values.latestHistoryAt,
    [R.latestHistoryKey]: values.latestHistoryKey,
  };
}

/** The latest row of the history of one account: when, and the fingerprint of its scores. */
export type LatestHistory = { at: string; fingerprint: number };
/** A person's latest assessment of one account. */
export type LatestManual = { at: string; by: string | null };

/** An account due for review, for the sync's report. */
export type DueAccount = {
  id: string;
  name: string;
  rank: number;
  tier: Tier | null;
  dueOn: string | null;
  lastAssessedAt: string | null;
  /** Whole months since the last assessment; null when never assessed. */
  monthsAgo: number | null;
  intervalMonths: number;
};

/**
 * The review values an account should hold after this run. `history` is this run's history row when it
 * writes one (then the account records the row it is about to get), else the latest row known.
 */
export function wantedReview(
  manual: LatestManual | null,
  history: LatestHistory | null,
  tier: Tier | null,
  profile: Profile,
  createdOn: string | null,
  dueOn: string | null = reviewDueOn(manual?.at ?? null, tier, profile.review, createdOn)
): ReviewValues {
  return {
    lastAssessedAt: manual?.at ?? null,
    lastAssessedBy: manual?.by ?? null,
    reviewDueOn: dueOn,
    latestHistoryAt: history?.at ?? null,
    latestHistoryKey: history ? String(history.fingerprint) : null,
  };
}

/** The account as a due account on `today`, or null when it is not due. */
export function dueAccount(
  account: { id: string; name: string; rank: number; tier: Tier | null },
  lastAssessedAt: string | null,
  profile: Profile,
  today: string,
  createdOn: string | null,
  state: ReviewState = reviewState(lastAssessedAt, account.tier, profile.review, today, createdOn)
): DueAccount | null {
  if (!state.due || !state.reason) return null;
  return {
    ...account,
    dueOn: state.dueOn,
    lastAssessedAt: dayOf(lastAssessedAt),
    monthsAgo: state.reason.code === 'overdue' ? state.reason.monthsAgo : null,
    intervalMonths: state.reason.intervalMonths,
  };
}

/**
 * reviewState for one profile and day, remembered by its inputs: accounts share their tiers and most
 * share their assessment and creation times, and the date arithmetic (and the two due-day computations
 * an account had, its wanted values and its due state) was a tenth of the plan at 100,000 accounts.
 */
export function reviewStates(
  profile: Profile,
  today: string
): (lastAssessedAt: string | null, tier: Tier | null, createdOn: string | null) => ReviewState {
  const known = new Map<string, ReviewState>();
  return (lastAssessedAt, tier, createdOn) => {
    const key = `${tier ?? ''}|${lastAssessedAt ?? ''}|${createdOn ?? ''}`;
    let state = known.get(key);
    if (state === undefined) {
      // Bounded: a portfolio of distinct times gains nothing from remembering them all.
      if (known.size >= 20_000) known.clear();
      state = reviewState(lastAssessedAt, tier, profile.review, today, createdOn);
      known.set(key, state);
    }
    return state;
  };
}
