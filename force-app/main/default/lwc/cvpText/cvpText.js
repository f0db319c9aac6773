/**
 * The words of the method, shared by every component: dimension names and what each level 1–5 means,
 * tiers, treatments, quadrants and lifecycle stages. Every text is a Custom Label (English, with Finnish
 * translations), so the components show the user's language.
 */
import LOCALE from '@salesforce/i18n/locale';
import LANG from '@salesforce/i18n/lang';
import CURRENCY from '@salesforce/i18n/currency';
import { LABELS } from './textLabels';

const L = LABELS;

export const COMMON = { notAssessed: L.notAssessed, loading: L.loading };

/** A trend's mark where the profile version changed, and its legend (c/cvpVersionMarks). */
export const VERSION_TEXT = { mark: L.versionMark, legend: L.versionMarkLegend };

/** Name and help text of the eight dimensions and of the two commitment-matrix assessments. */
export const DIMENSION_TEXT = {
    volume: { name: L.dimVolume, help: L.dimVolumeHelp },
    profitability: { name: L.dimProfitability, help: L.dimProfitabilityHelp },
    loyalty: { name: L.dimLoyalty, help: L.dimLoyaltyHelp },
    potential: { name: L.dimPotential, help: L.dimPotentialHelp },
    reference: { name: L.dimReference, help: L.dimReferenceHelp },
    learning: { name: L.dimLearning, help: L.dimLearningHelp },
    contact: { name: L.dimContact, help: L.dimContactHelp },
    emotional: { name: L.dimEmotional, help: L.dimEmotionalHelp },
    commitment: { name: L.dimCommitment, help: L.dimCommitmentHelp },
    binding: { name: L.dimBinding, help: L.dimBindingHelp }
};

// CVP_Level_<Score>_<1–5>: the five levels of a score are found by name, so a score's levels are five labels.
const levelsOf = (score) => [1, 2, 3, 4, 5].map((n) => L[`level${score}${n}`]);

/** What each level 1–5 means, per assessed score: index 0 is level 1. */
export const LEVELS = {
    loyalty: levelsOf('Loyalty'),
    potential: levelsOf('Potential'),
    reference: levelsOf('Reference'),
    learning: levelsOf('Learning'),
    contact: levelsOf('Contact'),
    emotional: levelsOf('Emotional'),
    commitment: levelsOf('Commitment'),
    binding: levelsOf('Binding')
};

export const TIER_LABEL = {
    keyAccount: L.tierKeyAccount,
    develop: L.tierDevelop,
    maintain: L.tierMaintain,
    lean: L.tierLean
};

export const TREATMENT_LABEL = {
    keyAccountManagement: L.treatmentKeyAccountManagement,
    growthPlan: L.treatmentGrowthPlan,
    standardService: L.treatmentStandardService,
    leanService: L.treatmentLeanService,
    reviewProfitability: L.treatmentReviewProfitability,
    cutUnpaidWork: L.treatmentCutUnpaidWork,
    growVolumeOrLean: L.treatmentGrowVolumeOrLean,
    reviewCosts: L.treatmentReviewCosts
};

export const QUADRANT_LABEL = {
    prisoner: L.quadrantPrisoner,
    ideal: L.quadrantIdeal,
    risk: L.quadrantRisk,
    emotionalBond: L.quadrantEmotionalBond
};

/** Lifecycle stages by their picklist API value (CVP_Lifecycle_Stage__c), in lifecycle order. */
export const STAGES = [
    { value: 'Pioneer', label: L.stagePioneer },
    { value: 'Growth', label: L.stageGrowth },
    { value: 'Established', label: L.stageEstablished },
    { value: 'Declining', label: L.stageDeclining },
    { value: 'Ending', label: L.stageEnding }
];

export function tierLabel(tier) {
    return tier ? TIER_LABEL[tier] || tier : L.tierNone;
}

export function treatmentLabel(treatment) {
    return treatment ? TREATMENT_LABEL[treatment] || treatment : '';
}

/**
 * "Raise {0} from {1} to {2}" with its placeholders filled; missing values leave an empty string. Whole
 * numbers (counts, ranks) are written as the user's locale writes them: "2,000", "2 000".
 */
export function format(template, ...values) {
    return String(template).replace(/\{(\d+)\}/g, (match, index) => {
        const value = values[Number(index)];
        if (value === undefined || value === null) return '';
        return Number.isInteger(value) ? formatNumber(value, 0) : String(value);
    });
}

let pluralRules;

/**
 * A count with its noun as the user's language says it: `one` where that language treats the count as
 * one ("1 month", "1 kuukausi"), else `other` ("6 months", "6 kuukautta"). Custom Labels have no plural
 * forms, so a counted phrase is two labels, CVP_…  and CVP_…_One, chosen by the language's plural rules
 * (the language of the labels, not the locale of the numbers). `values` fill {1} on.
 */
export function countText(count, other, one, ...values) {
    if (!pluralRules) pluralRules = new Intl.PluralRules(LANG);
    return format(pluralRules.select(count) === 'one' ? one : other, count, ...values);
}

const numberFormats = new Map();

/** A number as the user's locale writes it, with a fixed number of decimals ("3,45" in Finnish). */
export function formatNumber(value, decimals = 2) {
    if (value === null || value === undefined || Number.isNaN(value)) return '';
    let formatter = numberFormats.get(decimals);
    if (!formatter) {
        formatter = new Intl.NumberFormat(LOCALE, {
            minimumFractionDigits: decimals,
            maximumFractionDigits: decimals
        });
        numberFormats.set(decimals, formatter);
    }
    return formatter.format(value);
}

/** An amount of money in the user's currency and locale, without cents ("120 000 €"). */
export function formatMoney(value) {
    if (value === null || value === undefined || Number.isNaN(value)) return '';
    return new Intl.NumberFormat(LOCALE, { style: 'currency', currency: CURRENCY, maximumFractionDigits: 0 }).format(
        value
    );
}

/** Today as the review rule counts days (docs/method.md, Review due): the user's calendar day, yyyy-mm-dd. */
export function todayDay(now = new Date()) {
    const pad = (n) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A date-time or a day (ISO text) as the user's locale writes the date ("12 Sept 2025", "12.9.2025"). */
export function formatDate(iso) {
    if (!iso) return '';
    // A plain day is the user's calendar day: parsed as UTC midnight it would show the day before west of Greenwich.
    const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    const date = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(iso);
    if (Number.isNaN(date.getTime())) return '';
    return new Intl.DateTimeFormat(LOCALE, { year: 'numeric', month: 'short', day: 'numeric' }).format(date);
}

/** Months counted in a review reason: how long ago, and how often (docs/method.md, Review due). */
export const REVIEW_MONTHS = {
    ago: L.reviewMonthsAgo,
    agoOne: L.reviewMonthsAgoOne,
    every: L.reviewMonthsEvery,
    everyOne: L.reviewMonthsEveryOne
};

/** A tier as a plural group ("key accounts"), for the review reason (docs/method.md, Review due). */
export function reviewTiersLabel(tier) {
    const label = {
        keyAccount: L.reviewTiersKeyAccount,
        develop: L.reviewTiersDevelop,
        maintain: L.reviewTiersMaintain,
        lean: L.reviewTiersLean
    };
    return label[tier] || L.reviewTiersLean;
}

/** A fraction as a whole percent in the user's locale (0.7 → "70 %"). */
let percentFormat;

export function formatPercent(fraction) {
    if (fraction === null || fraction === undefined || Number.isNaN(fraction)) return '';
    // One formatter for every call: making one costs far more than formatting (a chart's table has hundreds).
    if (!percentFormat) percentFormat = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 0 });
    return percentFormat.format(fraction);
}

/** Combobox options for a 1–5 score: "Not assessed", then each level with its meaning. */
export function levelOptions(key, current) {
    const levels = LEVELS[key] || [];
    const options = [{ label: L.notAssessed, value: '' }];
    levels.forEach((meaning, i) => options.push({ label: `${i + 1} – ${meaning}`, value: String(i + 1) }));
    // Commitment and binding keep one decimal (an average of assessors): offer a stored fraction as it is.
    if (current !== null && current !== undefined && !Number.isInteger(current)) {
        options.push({ label: formatNumber(current, 1), value: String(current) });
    }
    return options;
}

/** The meaning of a score's level; fractions take the level they round down to. */
export function levelMeaning(key, score) {
    if (score === null || score === undefined) return L.notAssessed;
    const levels = LEVELS[key];
    if (!levels) return '';
    const index = Math.min(levels.length, Math.max(1, Math.floor(score))) - 1;
    return levels[index];
}
