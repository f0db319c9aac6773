/**
 * The account's place on the portfolio's whale curve (docs/method.md, Portfolio analysis), from the two
 * fields the sync computes over every account in scope: the share of accounts that earn more than it
 * does, and the cumulative margin through it as a share of the total. A marker on a 0–100 % track of
 * the accounts, with the sentence beside it; nothing when the sync has not placed the account (no
 * customer margin, or not synced yet).
 */
import { format, formatPercent } from 'c/cvpText';
import { LABELS } from './waterfallLabels';

/** Track geometry in the SVG's own units (viewBox 0 0 200 24). */
const TRACK = { left: 6, right: 194 };

/** Percent points as the org returns them → the view, or null. */
export function curvePlace(accountSharePoints, marginSharePoints) {
    if (typeof accountSharePoints !== 'number' || !Number.isFinite(accountSharePoints)) return null;
    const before = Math.min(1, Math.max(0, accountSharePoints / 100));
    const margin = typeof marginSharePoints === 'number' ? marginSharePoints / 100 : null;
    return {
        x: (TRACK.left + before * (TRACK.right - TRACK.left)).toFixed(1),
        left: TRACK.left,
        right: TRACK.right,
        text: format(LABELS.curvePlace, formatPercent(before), margin === null ? '–' : formatPercent(margin))
    };
}
