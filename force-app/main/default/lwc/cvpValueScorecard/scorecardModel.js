/**
 * The scorecard's arithmetic, kept apart from the component: what the account holds, and what the
 * method makes of it under a profile, recomputed with the core on every edit.
 */
import { getFieldValue } from 'lightning/uiRecordApi';
import { ASSESSED_DIMENSIONS, DIMENSIONS, emptyScores, explain, tierOf, treatmentOf, weightedScore } from 'c/cvpCore';
import { ASSESSED_FIELDS, FIGURE_FIELDS, REVIEW_FIELDS, SYNCED_FIELDS } from './scorecardFields';

/** The scores a person assesses here: the six dimensions, then commitment and binding. */
export const ASSESSED_KEYS = [...ASSESSED_DIMENSIONS, 'commitment', 'binding'];

const numberOrNull = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const read = (record, field) => {
    const value = getFieldValue(record, field);
    return value === undefined ? null : value;
};

/** The account as the scorecard needs it, from a getRecord response. */
export function readAccount(record) {
    const assessed = {};
    ASSESSED_KEYS.forEach((key) => {
        assessed[key] = numberOrNull(read(record, ASSESSED_FIELDS[key]));
    });
    const volumeEntered = numberOrNull(read(record, FIGURE_FIELDS.volumeEntered));
    const profitabilityEntered = numberOrNull(read(record, FIGURE_FIELDS.profitabilityEntered));
    return {
        assessed,
        // An entered score wins over the one the sync banded from the figure (docs/method.md, Factual banding).
        volume: volumeEntered !== null ? volumeEntered : numberOrNull(read(record, FIGURE_FIELDS.volumeScore)),
        profitability:
            profitabilityEntered !== null
                ? profitabilityEntered
                : numberOrNull(read(record, FIGURE_FIELDS.profitabilityScore)),
        volumeEntered: volumeEntered !== null,
        profitabilityEntered: profitabilityEntered !== null,
        revenue: numberOrNull(read(record, FIGURE_FIELDS.revenue)),
        margin: numberOrNull(read(record, FIGURE_FIELDS.margin)),
        period: read(record, FIGURE_FIELDS.period),
        synced: {
            weightedScore: numberOrNull(read(record, SYNCED_FIELDS.weightedScore)),
            tier: read(record, SYNCED_FIELDS.tier),
            treatment: read(record, SYNCED_FIELDS.treatment),
            rank: numberOrNull(read(record, SYNCED_FIELDS.rank)),
            profileKey: read(record, SYNCED_FIELDS.scoringProfile)
        },
        review: {
            lastAssessedAt: read(record, REVIEW_FIELDS.lastAssessedAt),
            lastAssessedBy: read(record, REVIEW_FIELDS.lastAssessedByName)
        }
    };
}

/**
 * Score, tier, treatment, coverage and explanation of the account with the edited assessments, under
 * a profile. Volume and profitability come from the sync (they are banded within the whole portfolio,
 * which a single record page cannot see); everything else from the edits.
 */
export function liveResult(account, edits, profile) {
    const scores = emptyScores();
    scores.volume = account.volume;
    scores.profitability = account.profitability;
    ASSESSED_DIMENSIONS.forEach((d) => {
        scores[d] = edits[d];
    });
    const ws = weightedScore(scores, profile.weights);
    const tier = tierOf(ws.score, profile.tiers);
    const treatment = treatmentOf(
        tier,
        account.margin,
        scores.potential,
        causeOfTreatment((account.synced || {}).treatment)
    );
    return {
        scores,
        score: ws.score,
        coverage: ws.coverage,
        incomplete: ws.coverage < profile.minCoverage,
        tier,
        treatment,
        // The margin and treatment let the core answer a loss-maker with its profitability treatment.
        explanation: explain({ scores, tier, margin: account.margin, treatment }, profile)
    };
}

/**
 * The cause of a loss, as the sync's treatment answered it (docs/method.md, Tier and treatment): one
 * record cannot see the portfolio medians the workload cause needs, so the sync's reading is kept.
 */
const CAUSE_OF_TREATMENT = { cutUnpaidWork: 'workload', growVolumeOrLean: 'lowVolume', reviewCosts: 'costs' };

function causeOfTreatment(treatment) {
    return CAUSE_OF_TREATMENT[treatment] || null;
}

/** The fields an update writes: the edited assessments the user may edit, and nothing else. */
export function changedFields(recordId, baseline, edits, isEditable) {
    const fields = { Id: recordId };
    ASSESSED_KEYS.forEach((key) => {
        if (edits[key] !== baseline[key] && isEditable(key)) fields[ASSESSED_FIELDS[key].fieldApiName] = edits[key];
    });
    return fields;
}

export function isDirty(baseline, edits) {
    return ASSESSED_KEYS.some((key) => edits[key] !== baseline[key]);
}

/** Contribution of each dimension, by key, from the explanation. */
export function contributionsByKey(explanation) {
    const byKey = {};
    DIMENSIONS.forEach((d) => {
        byKey[d] = null;
    });
    explanation.contributions.forEach((c) => {
        byKey[c.dimension] = c;
    });
    return byKey;
}
