/**
 * Everything the scorecard's template shows, computed once per change (an edit, a new record, another
 * profile) rather than once per template reference.
 */
import { ASSESSED_DIMENSIONS, DIMENSIONS } from 'c/cvpCore';
import {
    COMMON,
    DIMENSION_TEXT,
    format,
    formatMoney,
    formatNumber,
    formatPercent,
    levelMeaning,
    levelOptions,
    tierLabel,
    treatmentLabel
} from 'c/cvpText';
import { contributionsByKey, isDirty, liveResult } from './scorecardModel';
import { LABELS } from './scorecardLabels';
import { reviewView, today } from './scorecardReview';

const TIER_BADGE = {
    keyAccount: 'slds-theme_success',
    develop: 'slds-theme_info',
    maintain: 'slds-theme_shade',
    lean: 'slds-theme_warning'
};

const scoreText = (score) => (score === null ? '–' : formatNumber(score, 2));
const levelText = (value) => formatNumber(value, Number.isInteger(value) ? 0 : 1);

/** @param state { account, baseline, edits, profile, isEditable(key) } */
export function buildView(state) {
    const { account, baseline, edits, profile } = state;
    const live = liveResult(account, edits, profile);
    return {
        live,
        dirty: isDirty(baseline, edits),
        scoreText: scoreText(live.score),
        hasScore: live.score !== null,
        tierText: tierLabel(live.tier),
        tierBadgeClass: TIER_BADGE[live.tier] || '',
        treatmentText: treatmentLabel(live.treatment) || '–',
        coverageText: formatPercent(live.coverage),
        incompleteText:
            live.incomplete && live.score !== null
                ? format(LABELS.incomplete, formatPercent(live.coverage), formatPercent(profile.minCoverage))
                : '',
        lastSyncText: lastSyncText(account.synced),
        review: reviewView(account.review, live.tier, profile, state.today || today()),
        dimensionRows: dimensionRows(state, live),
        commitmentRows: ['commitment', 'binding'].map((key) => ({
            key,
            name: DIMENSION_TEXT[key].name,
            help: DIMENSION_TEXT[key].help,
            ...assessedRow(state, key)
        })),
        liftText: liftText(live),
        liftDimension: (live.explanation.lift && live.explanation.lift.dimension) || ''
    };
}

function lastSyncText(synced) {
    if (!synced || synced.rank === null) return '';
    return format(LABELS.lastSync, synced.rank, scoreText(synced.weightedScore), tierLabel(synced.tier));
}

function dimensionRows(state, live) {
    const contributions = contributionsByKey(live.explanation);
    return DIMENSIONS.map((key) => {
        const c = contributions[key];
        const weight = state.profile.weights[key];
        const points = c ? c.points : 0;
        const row = {
            key,
            name: DIMENSION_TEXT[key].name,
            help: DIMENSION_TEXT[key].help,
            weightText: format(LABELS.weight, formatPercent(weight / 100)),
            pointsText: weight > 0 ? format(LABELS.points, formatNumber(points, 2)) : LABELS.notCounted,
            barStyle: `width: ${Math.round(Math.min(100, Math.max(0, (points / 5) * 100)) * 10) / 10}%`
        };
        const detail = ASSESSED_DIMENSIONS.includes(key)
            ? assessedRow(state, key)
            : figureRow(state.account, key, live.scores[key]);
        return { ...row, ...detail };
    });
}

function assessedRow(state, key) {
    const value = state.edits[key];
    // Field-level security: what the user may not edit is shown read-only.
    const editable = state.isEditable(key);
    return {
        editable,
        options: levelOptions(key, value),
        value: value === null ? '' : String(value),
        meaning: levelMeaning(key, value),
        readOnlyText: value === null ? COMMON.notAssessed : `${levelText(value)} – ${levelMeaning(key, value)}`,
        readOnlyNote: LABELS.readOnly
    };
}

function figureRow(account, key, score) {
    const entered = key === 'volume' ? account.volumeEntered : account.profitabilityEntered;
    const figure = key === 'volume' ? account.revenue : account.margin;
    let note;
    if (entered) note = LABELS.entered;
    else if (figure === null) note = LABELS.noFigure;
    else
        note = format(
            key === 'volume' ? LABELS.fromRevenue : LABELS.fromMargin,
            formatMoney(figure),
            account.period || '–'
        );
    return {
        editable: false,
        readOnlyText: score === null ? LABELS.noScoreValue : formatNumber(score, 0),
        readOnlyNote: note
    };
}

/** "What would lift this account to the next tier" (the core's explain(), in words). */
function liftText(live) {
    const { score, explanation } = live;
    const lift = explanation.lift;
    // A loss-maker is told its profitability treatment, whatever its tier (docs/method.md, Explanation).
    if (lift && lift.kind === 'profitability') return treatmentLabel(lift.treatment);
    if (score === null) return LABELS.noScore;
    if (!explanation.nextTier) return LABELS.topTier;
    if (!lift || lift.kind === 'none') {
        return format(
            LABELS.noLift,
            tierLabel(explanation.nextTier.tier),
            formatNumber(explanation.nextTier.threshold, 2)
        );
    }
    const name = DIMENSION_TEXT[lift.dimension].name;
    if (lift.from === null) {
        return format(LABELS.liftAssess, name, lift.to, scoreText(lift.score), tierLabel(lift.tier));
    }
    return format(LABELS.liftRaise, name, levelText(lift.from), lift.to, scoreText(lift.score), tierLabel(lift.tier));
}
