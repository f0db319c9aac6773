/**
 * The what-if without UI: the draft a person edits, its issues in words, and the record a saved draft
 * becomes. The ranking itself is the core's
 * (c/cvpCore rerank), the rules of the draft too (draftIssues mirrors the profile schema).
 */
import { DIMENSIONS, draftIssues, nextVersionKey, nextVersionName, weightSum } from 'c/cvpCore';
import { SCORING_PROFILE, SCORING_PROFILE_WEIGHTS } from 'c/cvpSchema';
import { format, formatNumber } from 'c/cvpText';
import { LABELS } from './whatIfLabels';

export const TIER_KEYS = ['keyAccount', 'develop', 'maintain'];

/** The profile's figures as a draft (plain numbers, copied: the profile is never changed). */
export function draftOf(profile) {
    return {
        weights: Object.fromEntries(DIMENSIONS.map((d) => [d, profile.weights[d]])),
        tiers: Object.fromEntries(TIER_KEYS.map((t) => [t, profile.tiers[t]]))
    };
}

/** A typed value as a number: '' and text that is no number become NaN, which draftIssues names. */
export function numberOf(value) {
    if (value === '' || value === null || value === undefined) return Number.NaN;
    const n = Number(value);
    return Number.isFinite(n) ? n : Number.NaN;
}

export function sameDraft(a, b) {
    return DIMENSIONS.every((d) => a.weights[d] === b.weights[d]) && TIER_KEYS.every((t) => a.tiers[t] === b.tiers[t]);
}

const MESSAGE = {
    notNumber: LABELS.errNotNumber,
    negative: LABELS.errNegative,
    range: LABELS.errRange,
    order: LABELS.errOrder
};

/** The draft's issues in words: by field (for the input) and for the whole (the sum, the order). */
export function issueTexts(draft) {
    const byField = {};
    const general = [];
    draftIssues(draft.weights, draft.tiers).forEach((issue) => {
        if (issue.code === 'sum') general.push(format(LABELS.errSum, formatNumber(weightSum(draft.weights), 2)));
        else if (issue.field === 'tiers') general.push(MESSAGE.order);
        else byField[issue.field] = MESSAGE[issue.code];
    });
    return { byField, general, valid: general.length === 0 && Object.keys(byField).length === 0 };
}

/**
 * The fields of the new CVP_Scoring_Profile__c record: the draft's weights and thresholds, the rest of
 * the profile as it is, a new key and name numbered after the keys already taken. Never the default:
 * a person makes it the default on purpose, in the record.
 */
export function newProfileFields(profile, draft, takenKeys) {
    const key = nextVersionKey(profile.key, takenKeys);
    const fields = {
        [SCORING_PROFILE.name]: nextVersionName(profile.name, key),
        [SCORING_PROFILE.key]: key,
        [SCORING_PROFILE.isDefault]: false,
        // The link to the profile it was tried out on (docs/sync.md, Profile versions).
        [SCORING_PROFILE.derivedFrom]: profile.key,
        [SCORING_PROFILE.tierKeyAccount]: draft.tiers.keyAccount,
        [SCORING_PROFILE.tierDevelop]: draft.tiers.develop,
        [SCORING_PROFILE.tierMaintain]: draft.tiers.maintain,
        [SCORING_PROFILE.matrixHigh]: profile.matrixHigh,
        // A fraction in the core, percent points in the org.
        [SCORING_PROFILE.minCoverage]: Math.round(profile.minCoverage * 10000) / 100
    };
    if (profile.nameFi) fields[SCORING_PROFILE.nameFi] = nextVersionName(profile.nameFi, key);
    DIMENSIONS.forEach((d) => {
        fields[SCORING_PROFILE_WEIGHTS[d]] = draft.weights[d];
    });
    return fields;
}

/** The fields the panel edits: the eight weights and the three tier thresholds. */
const EDITED_FIELDS = DIMENSIONS.map((d) => SCORING_PROFILE_WEIGHTS[d]).concat([
    SCORING_PROFILE.tierKeyAccount,
    SCORING_PROFILE.tierDevelop,
    SCORING_PROFILE.tierMaintain
]);

/**
 * Whether the UI API's object info (getObjectInfo) lets the user change the profile's figures: the
 * object and every field the panel edits updateable. No info (no access, or not answered) is no.
 */
export function mayUpdateFigures(info) {
    if (!info || info.updateable !== true || !info.fields) return false;
    return EDITED_FIELDS.every((field) => Boolean(info.fields[field] && info.fields[field].updateable));
}

/**
 * The update of the profile's own record for "Save as new version": its Id and the draft's weights and
 * thresholds, nothing else. The rest of the record (names, the matrix line, the minimum coverage, the
 * versions the sync keeps) stays as it is; the next sync sees new figures and records a new version.
 */
export function versionFields(recordId, draft) {
    const fields = { Id: recordId };
    DIMENSIONS.forEach((d) => {
        fields[SCORING_PROFILE_WEIGHTS[d]] = draft.weights[d];
    });
    fields[SCORING_PROFILE.tierKeyAccount] = draft.tiers.keyAccount;
    fields[SCORING_PROFILE.tierDevelop] = draft.tiers.develop;
    fields[SCORING_PROFILE.tierMaintain] = draft.tiers.maintain;
    return fields;
}
