/**
 * The words of the method, shared by every component: dimension names and what each level 1–5 means,
 * tiers, treatments, quadrants and lifecycle stages. Every text is a Custom Label (English, with Finnish
 * translations), so the components show the user's language.
 */
import LOCALE from '@salesforce/i18n/locale';
import CURRENCY from '@salesforce/i18n/currency';
import DIM_VOLUME from '@salesforce/label/c.CVP_Dim_Volume';
import DIM_VOLUME_HELP from '@salesforce/label/c.CVP_Dim_Volume_Help';
import DIM_PROFITABILITY from '@salesforce/label/c.CVP_Dim_Profitability';
import DIM_PROFITABILITY_HELP from '@salesforce/label/c.CVP_Dim_Profitability_Help';
import DIM_LOYALTY from '@salesforce/label/c.CVP_Dim_Loyalty';
import DIM_LOYALTY_HELP from '@salesforce/label/c.CVP_Dim_Loyalty_Help';
import DIM_POTENTIAL from '@salesforce/label/c.CVP_Dim_Potential';
import DIM_POTENTIAL_HELP from '@salesforce/label/c.CVP_Dim_Potential_Help';
import DIM_REFERENCE from '@salesforce/label/c.CVP_Dim_Reference';
import DIM_REFERENCE_HELP from '@salesforce/label/c.CVP_Dim_Reference_Help';
import DIM_LEARNING from '@salesforce/label/c.CVP_Dim_Learning';
import DIM_LEARNING_HELP from '@salesforce/label/c.CVP_Dim_Learning_Help';
import DIM_CONTACT from '@salesforce/label/c.CVP_Dim_Contact';
import DIM_CONTACT_HELP from '@salesforce/label/c.CVP_Dim_Contact_Help';
import DIM_EMOTIONAL from '@salesforce/label/c.CVP_Dim_Emotional';
import DIM_EMOTIONAL_HELP from '@salesforce/label/c.CVP_Dim_Emotional_Help';
import DIM_COMMITMENT from '@salesforce/label/c.CVP_Dim_Commitment';
import DIM_COMMITMENT_HELP from '@salesforce/label/c.CVP_Dim_Commitment_Help';
import DIM_BINDING from '@salesforce/label/c.CVP_Dim_Binding';
import DIM_BINDING_HELP from '@salesforce/label/c.CVP_Dim_Binding_Help';
import LEVEL_LOYALTY_1 from '@salesforce/label/c.CVP_Level_Loyalty_1';
import LEVEL_LOYALTY_2 from '@salesforce/label/c.CVP_Level_Loyalty_2';
import LEVEL_LOYALTY_3 from '@salesforce/label/c.CVP_Level_Loyalty_3';
import LEVEL_LOYALTY_4 from '@salesforce/label/c.CVP_Level_Loyalty_4';
import LEVEL_LOYALTY_5 from '@salesforce/label/c.CVP_Level_Loyalty_5';
import LEVEL_POTENTIAL_1 from '@salesforce/label/c.CVP_Level_Potential_1';
import LEVEL_POTENTIAL_2 from '@salesforce/label/c.CVP_Level_Potential_2';
import LEVEL_POTENTIAL_3 from '@salesforce/label/c.CVP_Level_Potential_3';
import LEVEL_POTENTIAL_4 from '@salesforce/label/c.CVP_Level_Potential_4';
import LEVEL_POTENTIAL_5 from '@salesforce/label/c.CVP_Level_Potential_5';
import LEVEL_REFERENCE_1 from '@salesforce/label/c.CVP_Level_Reference_1';
import LEVEL_REFERENCE_2 from '@salesforce/label/c.CVP_Level_Reference_2';
import LEVEL_REFERENCE_3 from '@salesforce/label/c.CVP_Level_Reference_3';
import LEVEL_REFERENCE_4 from '@salesforce/label/c.CVP_Level_Reference_4';
import LEVEL_REFERENCE_5 from '@salesforce/label/c.CVP_Level_Reference_5';
import LEVEL_LEARNING_1 from '@salesforce/label/c.CVP_Level_Learning_1';
import LEVEL_LEARNING_2 from '@salesforce/label/c.CVP_Level_Learning_2';
import LEVEL_LEARNING_3 from '@salesforce/label/c.CVP_Level_Learning_3';
import LEVEL_LEARNING_4 from '@salesforce/label/c.CVP_Level_Learning_4';
import LEVEL_LEARNING_5 from '@salesforce/label/c.CVP_Level_Learning_5';
import LEVEL_CONTACT_1 from '@salesforce/label/c.CVP_Level_Contact_1';
import LEVEL_CONTACT_2 from '@salesforce/label/c.CVP_Level_Contact_2';
import LEVEL_CONTACT_3 from '@salesforce/label/c.CVP_Level_Contact_3';
import LEVEL_CONTACT_4 from '@salesforce/label/c.CVP_Level_Contact_4';
import LEVEL_CONTACT_5 from '@salesforce/label/c.CVP_Level_Contact_5';
import LEVEL_EMOTIONAL_1 from '@salesforce/label/c.CVP_Level_Emotional_1';
import LEVEL_EMOTIONAL_2 from '@salesforce/label/c.CVP_Level_Emotional_2';
import LEVEL_EMOTIONAL_3 from '@salesforce/label/c.CVP_Level_Emotional_3';
import LEVEL_EMOTIONAL_4 from '@salesforce/label/c.CVP_Level_Emotional_4';
import LEVEL_EMOTIONAL_5 from '@salesforce/label/c.CVP_Level_Emotional_5';
import LEVEL_COMMITMENT_1 from '@salesforce/label/c.CVP_Level_Commitment_1';
import LEVEL_COMMITMENT_2 from '@salesforce/label/c.CVP_Level_Commitment_2';
import LEVEL_COMMITMENT_3 from '@salesforce/label/c.CVP_Level_Commitment_3';
import LEVEL_COMMITMENT_4 from '@salesforce/label/c.CVP_Level_Commitment_4';
import LEVEL_COMMITMENT_5 from '@salesforce/label/c.CVP_Level_Commitment_5';
import LEVEL_BINDING_1 from '@salesforce/label/c.CVP_Level_Binding_1';
import LEVEL_BINDING_2 from '@salesforce/label/c.CVP_Level_Binding_2';
import LEVEL_BINDING_3 from '@salesforce/label/c.CVP_Level_Binding_3';
import LEVEL_BINDING_4 from '@salesforce/label/c.CVP_Level_Binding_4';
import LEVEL_BINDING_5 from '@salesforce/label/c.CVP_Level_Binding_5';
import TIER_KEY_ACCOUNT from '@salesforce/label/c.CVP_Tier_Key_Account';
import TIER_DEVELOP from '@salesforce/label/c.CVP_Tier_Develop';
import TIER_MAINTAIN from '@salesforce/label/c.CVP_Tier_Maintain';
import TIER_LEAN from '@salesforce/label/c.CVP_Tier_Lean';
import TIER_NONE from '@salesforce/label/c.CVP_Tier_None';
import TREATMENT_KAM from '@salesforce/label/c.CVP_Treatment_Key_Account_Management';
import TREATMENT_GROWTH from '@salesforce/label/c.CVP_Treatment_Growth_Plan';
import TREATMENT_STANDARD from '@salesforce/label/c.CVP_Treatment_Standard_Service';
import TREATMENT_LEAN from '@salesforce/label/c.CVP_Treatment_Lean_Service';
import TREATMENT_REVIEW from '@salesforce/label/c.CVP_Treatment_Review_Profitability';
import TREATMENT_CUT_WORK from '@salesforce/label/c.CVP_Treatment_Cut_Unpaid_Work';
import TREATMENT_GROW_OR_LEAN from '@salesforce/label/c.CVP_Treatment_Grow_Volume_Or_Lean';
import TREATMENT_REVIEW_COSTS from '@salesforce/label/c.CVP_Treatment_Review_Costs';
import QUADRANT_PRISONER from '@salesforce/label/c.CVP_Quadrant_Prisoner';
import QUADRANT_IDEAL from '@salesforce/label/c.CVP_Quadrant_Ideal';
import QUADRANT_RISK from '@salesforce/label/c.CVP_Quadrant_Risk';
import QUADRANT_EMOTIONAL_BOND from '@salesforce/label/c.CVP_Quadrant_Emotional_Bond';
import STAGE_PIONEER from '@salesforce/label/c.CVP_Stage_Pioneer';
import STAGE_GROWTH from '@salesforce/label/c.CVP_Stage_Growth';
import STAGE_ESTABLISHED from '@salesforce/label/c.CVP_Stage_Established';
import STAGE_DECLINING from '@salesforce/label/c.CVP_Stage_Declining';
import STAGE_ENDING from '@salesforce/label/c.CVP_Stage_Ending';
import NOT_ASSESSED from '@salesforce/label/c.CVP_Not_Assessed';
import LOADING from '@salesforce/label/c.CVP_Loading';

export const COMMON = { notAssessed: NOT_ASSESSED, loading: LOADING };

/** Name and help text of the eight dimensions and of the two commitment-matrix assessments. */
export const DIMENSION_TEXT = {
    volume: { name: DIM_VOLUME, help: DIM_VOLUME_HELP },
    profitability: { name: DIM_PROFITABILITY, help: DIM_PROFITABILITY_HELP },
    loyalty: { name: DIM_LOYALTY, help: DIM_LOYALTY_HELP },
    potential: { name: DIM_POTENTIAL, help: DIM_POTENTIAL_HELP },
    reference: { name: DIM_REFERENCE, help: DIM_REFERENCE_HELP },
    learning: { name: DIM_LEARNING, help: DIM_LEARNING_HELP },
    contact: { name: DIM_CONTACT, help: DIM_CONTACT_HELP },
    emotional: { name: DIM_EMOTIONAL, help: DIM_EMOTIONAL_HELP },
    commitment: { name: DIM_COMMITMENT, help: DIM_COMMITMENT_HELP },
    binding: { name: DIM_BINDING, help: DIM_BINDING_HELP }
};

/** What each level 1–5 means, per assessed score: index 0 is level 1. */
export const LEVELS = {
    loyalty: [LEVEL_LOYALTY_1, LEVEL_LOYALTY_2, LEVEL_LOYALTY_3, LEVEL_LOYALTY_4, LEVEL_LOYALTY_5],
    potential: [LEVEL_POTENTIAL_1, LEVEL_POTENTIAL_2, LEVEL_POTENTIAL_3, LEVEL_POTENTIAL_4, LEVEL_POTENTIAL_5],
    reference: [LEVEL_REFERENCE_1, LEVEL_REFERENCE_2, LEVEL_REFERENCE_3, LEVEL_REFERENCE_4, LEVEL_REFERENCE_5],
    learning: [LEVEL_LEARNING_1, LEVEL_LEARNING_2, LEVEL_LEARNING_3, LEVEL_LEARNING_4, LEVEL_LEARNING_5],
    contact: [LEVEL_CONTACT_1, LEVEL_CONTACT_2, LEVEL_CONTACT_3, LEVEL_CONTACT_4, LEVEL_CONTACT_5],
    emotional: [LEVEL_EMOTIONAL_1, LEVEL_EMOTIONAL_2, LEVEL_EMOTIONAL_3, LEVEL_EMOTIONAL_4, LEVEL_EMOTIONAL_5],
    commitment: [LEVEL_COMMITMENT_1, LEVEL_COMMITMENT_2, LEVEL_COMMITMENT_3, LEVEL_COMMITMENT_4, LEVEL_COMMITMENT_5],
    binding: [LEVEL_BINDING_1, LEVEL_BINDING_2, LEVEL_BINDING_3, LEVEL_BINDING_4, LEVEL_BINDING_5]
};

export const TIER_LABEL = {
    keyAccount: TIER_KEY_ACCOUNT,
    develop: TIER_DEVELOP,
    maintain: TIER_MAINTAIN,
    lean: TIER_LEAN
};

export const TREATMENT_LABEL = {
    keyAccountManagement: TREATMENT_KAM,
    growthPlan: TREATMENT_GROWTH,
    standardService: TREATMENT_STANDARD,
    leanService: TREATMENT_LEAN,
    reviewProfitability: TREATMENT_REVIEW,
    cutUnpaidWork: TREATMENT_CUT_WORK,
    growVolumeOrLean: TREATMENT_GROW_OR_LEAN,
    reviewCosts: TREATMENT_REVIEW_COSTS
};

export const QUADRANT_LABEL = {
    prisoner: QUADRANT_PRISONER,
    ideal: QUADRANT_IDEAL,
    risk: QUADRANT_RISK,
    emotionalBond: QUADRANT_EMOTIONAL_BOND
};

/** Lifecycle stages by their picklist API value (CVP_Lifecycle_Stage__c), in lifecycle order. */
export const STAGES = [
    { value: 'Pioneer', label: STAGE_PIONEER },
    { value: 'Growth', label: STAGE_GROWTH },
    { value: 'Established', label: STAGE_ESTABLISHED },
    { value: 'Declining', label: STAGE_DECLINING },
    { value: 'Ending', label: STAGE_ENDING }
];

export function tierLabel(tier) {
    return tier ? TIER_LABEL[tier] || tier : TIER_NONE;
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

/** A date-time (ISO text) as the user's locale writes the date ("12 Sept 2025", "12.9.2025"). */
export function formatDate(iso) {
    if (!iso) return '';
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return '';
    return new Intl.DateTimeFormat(LOCALE, { year: 'numeric', month: 'short', day: 'numeric' }).format(date);
}

/** A fraction as a whole percent in the user's locale (0.7 → "70 %"). */
export function formatPercent(fraction) {
    if (fraction === null || fraction === undefined || Number.isNaN(fraction)) return '';
    return new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}

/** Combobox options for a 1–5 score: "Not assessed", then each level with its meaning. */
export function levelOptions(key, current) {
    const levels = LEVELS[key] || [];
    const options = [{ label: NOT_ASSESSED, value: '' }];
    levels.forEach((meaning, i) => options.push({ label: `${i + 1} – ${meaning}`, value: String(i + 1) }));
    // Commitment and binding keep one decimal (an average of assessors): offer a stored fraction as it is.
    if (current !== null && current !== undefined && !Number.isInteger(current)) {
        options.push({ label: formatNumber(current, 1), value: String(current) });
    }
    return options;
}

/** The meaning of a score's level; fractions take the level they round down to. */
export function levelMeaning(key, score) {
    if (score === null || score === undefined) return NOT_ASSESSED;
    const levels = LEVELS[key];
    if (!levels) return '';
    const index = Math.min(levels.length, Math.max(1, Math.floor(score))) - 1;
    return levels[index];
}
