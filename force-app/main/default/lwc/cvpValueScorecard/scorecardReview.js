/**
 * When the account was last assessed, by whom, and whether its review is due and why
 * (docs/method.md, Review due), judged with the core under the profile the card scores with.
 */
import { reviewState } from 'c/cvpCore';
import { format, formatDate, formatNumber, reviewTiersLabel } from 'c/cvpText';
import { LABELS } from './scorecardLabels';

/** Today as the rule counts days: the user's calendar day. */
export function today(now = new Date()) {
    const pad = (n) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

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
