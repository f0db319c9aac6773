/**
 * When the account was last assessed, by whom, and whether its review is due and why
 * (docs/method.md, Review due), judged with the core under the profile the card scores with.
 */
import { reviewState } from 'c/cvpCore';
import { countText, format, formatDate, REVIEW_MONTHS, reviewTiersLabel, todayDay } from 'c/cvpText';
import { LABELS } from './scorecardLabels';

export { todayDay as today };

/** @param review { lastAssessedAt, lastAssessedBy } as the record holds them; tier: the tier shown. */
export function reviewView(review, tier, profile, day) {
    const at = review ? review.lastAssessedAt : null;
    const by = review ? review.lastAssessedBy : null;
    let lastAssessedText = LABELS.neverAssessed;
    if (at)
        lastAssessedText = by
            ? format(LABELS.lastAssessed, formatDate(at), by)
            : format(LABELS.lastAssessedOn, formatDate(at));
    const state = reviewState(at, tier, profile.review, day);
    let reviewReasonText = '';
    if (state.reason && state.reason.code === 'neverAssessed') reviewReasonText = LABELS.reviewNever;
    else if (state.reason) {
        reviewReasonText = format(
            LABELS.reviewOverdue,
            countText(state.reason.monthsAgo, REVIEW_MONTHS.ago, REVIEW_MONTHS.agoOne),
            reviewTiersLabel(state.reason.tier),
            countText(state.reason.intervalMonths, REVIEW_MONTHS.every, REVIEW_MONTHS.everyOne)
        );
    }
    return {
        lastAssessedText,
        reviewDue: state.due,
        reviewReasonText,
        nextReviewText: !state.due && state.dueOn ? format(LABELS.reviewNext, formatDate(state.dueOn)) : ''
    };
}
