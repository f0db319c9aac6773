/**
 * The fields the value scorecard reads and writes, as schema references: the platform checks at
 * deploy time that each exists (names as in the name map, c/cvpSchema).
 */
import NAME from '@salesforce/schema/Account.Name';
import LOYALTY from '@salesforce/schema/Account.CVP_Loyalty_Score__c';
import POTENTIAL from '@salesforce/schema/Account.CVP_Potential_Score__c';
import REFERENCE from '@salesforce/schema/Account.CVP_Reference_Score__c';
import LEARNING from '@salesforce/schema/Account.CVP_Learning_Score__c';
import CONTACT from '@salesforce/schema/Account.CVP_Contact_Score__c';
import EMOTIONAL from '@salesforce/schema/Account.CVP_Emotional_Score__c';
import COMMITMENT from '@salesforce/schema/Account.CVP_Commitment__c';
import BINDING from '@salesforce/schema/Account.CVP_Binding__c';
import VOLUME_ENTERED from '@salesforce/schema/Account.CVP_Volume_Score_Entered__c';
import PROFITABILITY_ENTERED from '@salesforce/schema/Account.CVP_Profitability_Score_Entered__c';
import VOLUME_SCORE from '@salesforce/schema/Account.CVP_Volume_Score__c';
import PROFITABILITY_SCORE from '@salesforce/schema/Account.CVP_Profitability_Score__c';
import REVENUE from '@salesforce/schema/Account.CVP_Revenue__c';
import CUSTOMER_MARGIN from '@salesforce/schema/Account.CVP_Customer_Margin__c';
import PERIOD from '@salesforce/schema/Account.CVP_Current_Period__c';
import WEIGHTED_SCORE from '@salesforce/schema/Account.CVP_Weighted_Score__c';
import TIER from '@salesforce/schema/Account.CVP_Tier__c';
import TREATMENT from '@salesforce/schema/Account.CVP_Treatment__c';
import RANK from '@salesforce/schema/Account.CVP_Rank__c';
import SCORING_PROFILE from '@salesforce/schema/Account.CVP_Scoring_Profile__c';
import LAST_ASSESSED_AT from '@salesforce/schema/Account.CVP_Last_Assessed_At__c';
import LAST_ASSESSED_BY_NAME from '@salesforce/schema/Account.CVP_Last_Assessed_By__r.Name';
import ASSESSMENT_OBJECT from '@salesforce/schema/CVP_Value_Assessment__c';
import VA_ACCOUNT from '@salesforce/schema/CVP_Value_Assessment__c.CVP_Account__c';
import VA_ASSESSED_BY from '@salesforce/schema/CVP_Value_Assessment__c.CVP_Assessed_By__c';
import VA_ASSESSED_AT from '@salesforce/schema/CVP_Value_Assessment__c.CVP_Assessed_At__c';
import VA_COMMITMENT from '@salesforce/schema/CVP_Value_Assessment__c.CVP_Commitment__c';
import VA_BINDING from '@salesforce/schema/CVP_Value_Assessment__c.CVP_Binding__c';
import VA_WEIGHTED_SCORE from '@salesforce/schema/CVP_Value_Assessment__c.CVP_Weighted_Score__c';
import VA_TIER from '@salesforce/schema/CVP_Value_Assessment__c.CVP_Tier__c';
import VA_PROFILE_KEY from '@salesforce/schema/CVP_Value_Assessment__c.CVP_Profile_Key__c';
import VA_PROFILE_VERSION from '@salesforce/schema/CVP_Value_Assessment__c.CVP_Profile_Version__c';
import VA_COMMENT from '@salesforce/schema/CVP_Value_Assessment__c.CVP_Comment__c';
import VA_SOURCE from '@salesforce/schema/CVP_Value_Assessment__c.CVP_Source__c';
import VA_VOLUME from '@salesforce/schema/CVP_Value_Assessment__c.CVP_Volume_Score__c';
import VA_PROFITABILITY from '@salesforce/schema/CVP_Value_Assessment__c.CVP_Profitability_Score__c';
import VA_LOYALTY from '@salesforce/schema/CVP_Value_Assessment__c.CVP_Loyalty_Score__c';
import VA_POTENTIAL from '@salesforce/schema/CVP_Value_Assessment__c.CVP_Potential_Score__c';
import VA_REFERENCE from '@salesforce/schema/CVP_Value_Assessment__c.CVP_Reference_Score__c';
import VA_LEARNING from '@salesforce/schema/CVP_Value_Assessment__c.CVP_Learning_Score__c';
import VA_CONTACT from '@salesforce/schema/CVP_Value_Assessment__c.CVP_Contact_Score__c';
import VA_EMOTIONAL from '@salesforce/schema/CVP_Value_Assessment__c.CVP_Emotional_Score__c';

export { NAME };

/** What a person assesses on the account: six dimensions, and commitment and binding for the matrix. */
export const ASSESSED_FIELDS = {
    loyalty: LOYALTY,
    potential: POTENTIAL,
    reference: REFERENCE,
    learning: LEARNING,
    contact: CONTACT,
    emotional: EMOTIONAL,
    commitment: COMMITMENT,
    binding: BINDING
};

/** The figure-based dimensions: a score entered by hand wins over the one the sync banded. */
export const FIGURE_FIELDS = {
    volumeEntered: VOLUME_ENTERED,
    profitabilityEntered: PROFITABILITY_ENTERED,
    volumeScore: VOLUME_SCORE,
    profitabilityScore: PROFITABILITY_SCORE,
    revenue: REVENUE,
    margin: CUSTOMER_MARGIN,
    period: PERIOD
};

/** What the last sync wrote. */
export const SYNCED_FIELDS = {
    weightedScore: WEIGHTED_SCORE,
    tier: TIER,
    treatment: TREATMENT,
    rank: RANK,
    scoringProfile: SCORING_PROFILE
};

/** Who last assessed the account and when, as the sync keeps it (docs/method.md, Review due). */
export const REVIEW_FIELDS = {
    lastAssessedAt: LAST_ASSESSED_AT,
    lastAssessedByName: LAST_ASSESSED_BY_NAME
};

/** Optional, so a field the user may not read leaves a gap instead of failing the whole card. */
export const OPTIONAL_FIELDS = [
    ...Object.values(ASSESSED_FIELDS),
    ...Object.values(FIGURE_FIELDS),
    ...Object.values(SYNCED_FIELDS),
    ...Object.values(REVIEW_FIELDS)
];

export const HISTORY = {
    object: ASSESSMENT_OBJECT,
    account: VA_ACCOUNT,
    assessedBy: VA_ASSESSED_BY,
    assessedAt: VA_ASSESSED_AT,
    commitment: VA_COMMITMENT,
    binding: VA_BINDING,
    weightedScore: VA_WEIGHTED_SCORE,
    tier: VA_TIER,
    profileKey: VA_PROFILE_KEY,
    profileVersion: VA_PROFILE_VERSION,
    comment: VA_COMMENT,
    source: VA_SOURCE
};

/** The eight scores in effect, as the history row keeps them. */
export const HISTORY_SCORES = {
    volume: VA_VOLUME,
    profitability: VA_PROFITABILITY,
    loyalty: VA_LOYALTY,
    potential: VA_POTENTIAL,
    reference: VA_REFERENCE,
    learning: VA_LEARNING,
    contact: VA_CONTACT,
    emotional: VA_EMOTIONAL
};
