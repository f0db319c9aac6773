/**
 * Scoring profiles for the components: the org's CVP_Scoring_Profile__c records (read through the
 * GraphQL wire adapter) merged over the core's built-in profiles, so a component always has a profile
 * even in an org where none was loaded yet.
 *
 * The CLI validates profile records with the core's zod schema (src/org/profiles/profile-records.ts); the module
 * inside the org carries no zod, so the rules a component relies on are checked here by hand: eight
 * non-negative weights summing to 100, tier thresholds 1–5 in descending order. A record that breaks
 * them is left out and named, never half-used. Fixed band limits are not read: banding is the sync's
 * work, the components use the bands it wrote.
 */
import LANG from '@salesforce/i18n/lang';
import {
    BUILT_IN_PROFILES,
    DEFAULT_PROFILE_KEY,
    DEFAULT_REVIEW_INTERVALS,
    DIMENSIONS,
    TIERS,
    figuresFingerprint
} from 'c/cvpCore';
import { SCORING_PROFILE, SCORING_PROFILE_REVIEW, SCORING_PROFILE_VERSION, SCORING_PROFILE_WEIGHTS } from 'c/cvpSchema';
import NAME from '@salesforce/schema/CVP_Scoring_Profile__c.Name';
import KEY from '@salesforce/schema/CVP_Scoring_Profile__c.CVP_Key__c';
import NAME_FI from '@salesforce/schema/CVP_Scoring_Profile__c.CVP_Name_Fi__c';
import IS_DEFAULT from '@salesforce/schema/CVP_Scoring_Profile__c.CVP_Default__c';
import TIER_KEY_ACCOUNT from '@salesforce/schema/CVP_Scoring_Profile__c.CVP_Tier_Key_Account__c';
import TIER_DEVELOP from '@salesforce/schema/CVP_Scoring_Profile__c.CVP_Tier_Develop__c';
import TIER_MAINTAIN from '@salesforce/schema/CVP_Scoring_Profile__c.CVP_Tier_Maintain__c';
import MATRIX_HIGH from '@salesforce/schema/CVP_Scoring_Profile__c.CVP_Matrix_High__c';
import MIN_COVERAGE from '@salesforce/schema/CVP_Scoring_Profile__c.CVP_Min_Coverage__c';

/** Weight field of each dimension, from the name map. */
const WEIGHT_FIELDS = SCORING_PROFILE_WEIGHTS;

const DEFAULTS = { matrixHigh: 3.5, minCoverage: 0.7 };

const valueOf = (node, field) => (node && node[field] ? node[field].value : null);
const isNumber = (value) => typeof value === 'number' && Number.isFinite(value);

/**
 * Months between reviews per tier (docs/method.md, Review due). A blank field is 0, never due, as the sync
 * reads it; a field the query did not ask for keeps the default.
 */
function reviewOf(node) {
    const review = {};
    for (const tier of TIERS) {
        const field = SCORING_PROFILE_REVIEW[tier];
        if (!node || node[field] === undefined) review[tier] = DEFAULT_REVIEW_INTERVALS[tier];
        else {
            const months = valueOf(node, field);
            review[tier] = isNumber(months) && months >= 0 ? Math.floor(months) : 0;
        }
    }
    return review;
}

/** One GraphQL node of CVP_Scoring_Profile__c as a core profile, or null when it breaks the rules. */
export function profileFromNode(node) {
    const key = valueOf(node, KEY.fieldApiName);
    if (typeof key !== 'string' || key === '') return null;
    const weights = {};
    let sum = 0;
    for (const d of DIMENSIONS) {
        const w = valueOf(node, WEIGHT_FIELDS[d]);
        if (!isNumber(w) || w < 0) return null;
        weights[d] = w;
        sum += w;
    }
    if (Math.abs(sum - 100) > 1e-6) return null;
    const tiers = {
        keyAccount: valueOf(node, TIER_KEY_ACCOUNT.fieldApiName),
        develop: valueOf(node, TIER_DEVELOP.fieldApiName),
        maintain: valueOf(node, TIER_MAINTAIN.fieldApiName)
    };
    const inRange = (v) => isNumber(v) && v >= 1 && v <= 5;
    if (!inRange(tiers.keyAccount) || !inRange(tiers.develop) || !inRange(tiers.maintain)) return null;
    if (!(tiers.keyAccount > tiers.develop && tiers.develop > tiers.maintain)) return null;
    const matrixHigh = valueOf(node, MATRIX_HIGH.fieldApiName);
    const minCoverage = valueOf(node, MIN_COVERAGE.fieldApiName);
    const name = valueOf(node, NAME.fieldApiName) || key;
    return {
        key,
        name,
        nameFi: valueOf(node, NAME_FI.fieldApiName) || undefined,
        weights,
        tiers,
        matrixHigh: inRange(matrixHigh) ? matrixHigh : DEFAULTS.matrixHigh,
        // Percent points in the org (70), a fraction in the core (0.7).
        minCoverage:
            isNumber(minCoverage) && minCoverage >= 0 && minCoverage <= 100 ? minCoverage / 100 : DEFAULTS.minCoverage,
        bands: {},
        review: reviewOf(node),
        isDefault: valueOf(node, IS_DEFAULT.fieldApiName) === true
    };
}

/**
 * The profiles a component offers: the org's valid records, then the built-ins the org does not
 * override. `invalid` names the records left out; `defaultKey` is the org's default, else the core's.
 */
export function mergeProfiles(connection) {
    const edges = (connection && connection.edges) || [];
    const fromOrg = [];
    const invalid = [];
    edges.forEach((edge) => {
        const profile = profileFromNode(edge.node);
        if (profile) fromOrg.push(profile);
        else
            invalid.push(valueOf(edge.node, NAME.fieldApiName) || valueOf(edge.node, KEY.fieldApiName) || edge.node.Id);
    });
    const keys = new Set(fromOrg.map((p) => p.key));
    const profiles = fromOrg.concat(BUILT_IN_PROFILES.filter((p) => !keys.has(p.key)));
    const orgDefault = fromOrg.find((p) => p.isDefault);
    return { profiles, invalid, defaultKey: orgDefault ? orgDefault.key : DEFAULT_PROFILE_KEY };
}

/** The first of the keys that names an offered profile; the first profile otherwise. */
export function pickProfile(profiles, ...keys) {
    for (const key of keys) {
        const found = key ? profiles.find((p) => p.key === key) : undefined;
        if (found) return found;
    }
    return profiles[0];
}

/** The name a person reads: the Finnish name for Finnish users when the profile has one. */
export function profileName(profile) {
    if (!profile) return '';
    return String(LANG).toLowerCase().startsWith('fi') && profile.nameFi ? profile.nameFi : profile.name;
}

export function profileOptions(profiles) {
    return profiles.map((p) => ({ label: profileName(p), value: p.key }));
}

/** Fixed band limits as the sync reads them: four numbers separated by semicolons; blank is none. */
function bandsOf(node, field) {
    const text = valueOf(node, field);
    if (typeof text !== 'string' || text.trim() === '') return null;
    return text.split(';').map((part) => (part.trim() === '' ? Number.NaN : Number(part)));
}

/**
 * The org record of a profile (docs/sync.md, Profile versions): its Id, the version the sync recorded
 * on it, and `frozen`: whether the figures it holds now are that version's (the recorded fingerprint is
 * the fingerprint of its figures). Not frozen when an admin changed them since the last sync, or no sync
 * has recorded a version yet. Null for a profile the org has no valid record of (a built-in).
 */
export function profileRecord(connection, profile) {
    const edges = (connection && connection.edges) || [];
    const edge = profile ? edges.find((e) => valueOf(e.node, SCORING_PROFILE.key) === profile.key) : undefined;
    // A record that breaks the rules is not the profile shown (a built-in of the same key stands in).
    if (!edge || !profileFromNode(edge.node)) return null;
    const node = edge.node;
    const version = valueOf(node, SCORING_PROFILE_VERSION.version);
    const fingerprint = valueOf(node, SCORING_PROFILE_VERSION.fingerprint);
    const figures = {
        weights: profile.weights,
        tiers: profile.tiers,
        matrixHigh: profile.matrixHigh,
        minCoverage: profile.minCoverage,
        bands: {
            volume: bandsOf(node, SCORING_PROFILE.volumeBands),
            profitability: bandsOf(node, SCORING_PROFILE.profitabilityBands)
        }
    };
    const recorded = typeof version === 'number' && Boolean(fingerprint);
    return {
        recordId: node.Id,
        version: recorded ? version : null,
        frozen: recorded && figuresFingerprint(figures) === fingerprint
    };
}
