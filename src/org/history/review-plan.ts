/**
 * The review part of the sync's plan (docs/method.md, Review due): per account, what it should hold of
 * its review (review-state.ts) and whether that differs from what it holds; over the portfolio, how
 * many accounts are due and which, most overdue first.
 */
import type { Profile, RankedAccount } from '../../core/index.js';
import type { OrgAccount } from '../sync/portfolio-collector.js';
import { assessmentFingerprint, type AssessmentValues } from './history.js';
import {
  dueAccount,
  reviewFingerprint,
  reviewStates,
  wantedReview,
  type DueAccount,
  type ReviewValues,
} from './review-state.js';

export type ReviewPlanOptions = {
  /** This run's time: the time of the history rows it writes. */
  runAt: string;
  /** The day the due dates are judged on (the run's day in UTC). */
  today: string;
  /** How many due accounts the plan names; 10 when undefined. */
  dueLimit?: number;
  /**
   * The day of the last run whose accounts all landed: accounts whose review fell due after that day
   * (that run judged the ones due on its own day) have just become due, and get a follow-up Task when the setting is on. None
   * when undefined: a first run (or one that reads the whole history) does not flood owners with Tasks
   * for every account long overdue.
   */
  dueSince?: string;
};

export type ReviewPlan = {
  /** Accounts due for review on `today`. */
  due: number;
  /** The first of them, longest due first (never assessed before overdue ones of the same day). */
  dueAccounts: DueAccount[];
};

/** Every account that became due since `dueSince`, for the follow-up Tasks (not part of the --json result). */
export type BecameDue = DueAccount & { dueOn: string };

/** Longest due first; the same day in rank order (days compare as text; no collator for 100,000 accounts). */
const byDueDay = (a: DueAccount, b: DueAccount): number => {
  const x = a.dueOn ?? '';
  const y = b.dueOn ?? '';
  return x < y ? -1 : x > y ? 1 : a.rank - b.rank;
};

export function planReview(
  profile: Profile,
  options: ReviewPlanOptions | undefined
): {
  account: (
    account: OrgAccount,
    ranked: RankedAccount,
    recorded: AssessmentValues | null
  ) => { changed: boolean; values?: ReviewValues };
  finish: () => ReviewPlan;
  becameDue: () => BecameDue[];
} {
  const due: DueAccount[] = [];
  const since = options?.dueSince;
  const stateOf = reviewStates(profile, options?.today ?? '');
  // A due day after today (an account whose creation time runs ahead of this run's clock) is not one yet.
  const isNewlyDue = (d: DueAccount): d is BecameDue =>
    since !== undefined && d.dueOn !== null && d.dueOn > since && d.dueOn <= (options?.today ?? '');
  return {
    account(account, ranked, recorded): { changed: boolean; values?: ReviewValues } {
      const review = account.review;
      if (!options || !review) return { changed: false };
      // An account about to get a history row records that row, so the next run need not read it back.
      const latest = recorded ? { at: options.runAt, fingerprint: assessmentFingerprint(recorded) } : review.latest;
      const createdOn = review.held.createdOn;
      // One state gives both the day the account should hold and whether it is due today.
      const state = stateOf(review.manual?.at ?? null, ranked.tier, createdOn);
      const values = wantedReview(review.manual, latest, ranked.tier, profile, createdOn, state.dueOn);
      const dueNow = dueAccount(
        { id: String(account.input.id), name: ranked.name, rank: ranked.rank, tier: ranked.tier },
        values.lastAssessedAt,
        profile,
        options.today,
        createdOn,
        state
      );
      if (dueNow) due.push(dueNow);
      return { changed: reviewFingerprint(values) !== review.held.fingerprint, values };
    },
    finish(): ReviewPlan {
      // Undated due accounts (never assessed, creation day unknown) come first: they have waited longest.
      return { due: due.length, dueAccounts: [...due].sort(byDueDay).slice(0, options?.dueLimit ?? 10) };
    },
    becameDue: (): BecameDue[] => due.filter(isNewlyDue),
  };
}
