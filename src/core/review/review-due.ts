/**
 * When an account's assessment is due again (docs/method.md, Review due). Dates are calendar days as
 * ISO text ("2026-05-31"): the rule is about days, not instants, and text compares in order.
 */
import type { Tier } from '../model/dimensions.js';

/** Months between reviews per tier (ReviewIntervalsSchema checks them); 0 = that tier is never due. */
export type ReviewIntervals = { keyAccount: number; develop: number; maintain: number; lean: number };

/** The documented default (docs/method.md, Review due): key accounts twice a year, the rest less often. */
export const DEFAULT_REVIEW_INTERVALS: Readonly<ReviewIntervals> = Object.freeze({
  keyAccount: 6,
  develop: 12,
  maintain: 12,
  lean: 24,
});

/** Why an account is due: never assessed, or its last assessment is older than its tier's interval. */
export type ReviewReason =
  | { code: 'neverAssessed'; intervalMonths: number; tier: Tier | null }
  | { code: 'overdue'; monthsAgo: number; intervalMonths: number; tier: Tier | null };

export type ReviewState = {
  due: boolean;
  /** The day the account is (or was) due; null when its tier is never due or it has no date to count from. */
  dueOn: string | null;
  reason: ReviewReason | null;
};

/** The interval of a tier in months; an account with no tier (no score yet) counts as lean. */
export function reviewIntervalOf(intervals: ReviewIntervals, tier: Tier | null): number {
  return intervals[tier ?? 'lean'];
}

/** The calendar day of an ISO date or date-time, or null when it is not one. */
export function dayOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

/** `day` plus whole months; a day past the end of the target month falls on its last day (31 Aug + 6 → 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Whole months from `from` to `to` (14 months ago stays 14 until the 15th month is complete). */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  const months = (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
  return Math.max(0, months);
}

/**
 * The day the account is due. Assessed: the last assessment's day plus its tier's interval. Never
 * assessed: `since` (the day the account entered the portfolio; the org's creation date), so a new
 * account is due at once. Null when the tier's interval is 0, or never assessed with no `since`.
 */
export function reviewDueOn(
  lastAssessedOn: string | null,
  tier: Tier | null,
  intervals: ReviewIntervals,
  since: string | null = null
): string | null {
  const interval = reviewIntervalOf(intervals, tier);
  if (interval === 0) return null;
  const last = dayOf(lastAssessedOn);
  return last === null ? dayOf(since) : addMonths(last, interval);
}

/** Whether the account is due on `today`, and why. A never-assessed account is due whenever its tier has an interval. */
export function reviewState(
  lastAssessedOn: string | null,
  tier: Tier | null,
  intervals: ReviewIntervals,
  today: string,
  since: string | null = null
): ReviewState {
  const intervalMonths = reviewIntervalOf(intervals, tier);
  const dueOn = reviewDueOn(lastAssessedOn, tier, intervals, since);
  if (intervalMonths === 0) return { due: false, dueOn, reason: null };
  const last = dayOf(lastAssessedOn);
  if (last === null) return { due: true, dueOn, reason: { code: 'neverAssessed', intervalMonths, tier } };
  if (dueOn !== null && dueOn > today) return { due: false, dueOn, reason: null };
  return { due: true, dueOn, reason: { code: 'overdue', monthsAgo: monthsBetween(last, today), intervalMonths, tier } };
}
