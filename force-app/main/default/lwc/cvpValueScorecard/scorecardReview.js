/**
 * When the account was last assessed, by whom, and whether its review is due and why
 * (docs/method.md, Review due), judged with the core under the profile the card scores with.
 */
import { reviewState } from 'c/cvpCore';
import { format, formatDate, formatNumber, reviewTiersLabel, todayDay } from 'c/cvpText';
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
            formatNumber(state.reason.monthsAgo, 0),
            reviewTiersLabel(state.reason.tier),
            formatNumber(state.reason.intervalMonths, 0)
        );
    }
    return {
        lastAssessedText,
        reviewDue: state.due,
        reviewReasonText,
        nextReviewText: !state.due && state.dueOn ? format(LABELS.reviewNext, formatDate(state.dueOn)) : ''
    };
}
