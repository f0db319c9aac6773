import { LightningElement, api, wire } from 'lwc';
import { getRecord, getFieldValue } from 'lightning/uiRecordApi';
import { gql, graphql } from 'lightning/graphql';
import NAME from '@salesforce/schema/Account.Name';
import COMMITMENT from '@salesforce/schema/Account.CVP_Commitment__c';
import BINDING from '@salesforce/schema/Account.CVP_Binding__c';
import SCORING_PROFILE from '@salesforce/schema/Account.CVP_Scoring_Profile__c';
import { mergeProfiles, pickProfile } from 'c/cvpProfiles';
import { COMMON, DIMENSION_TEXT, QUADRANT_LABEL, format, formatDate, formatNumber } from 'c/cvpText';
import { BOX, assessmentsOf, geometry, placement } from './matrixModel';
import { LABELS } from './matrixLabels';
import { SCORING_PROFILE as SCORING_PROFILE_SCHEMA, VALUE_ASSESSMENT } from 'c/cvpSchema';

/** What each quadrant means and what the method advises: commit the customer, never imprison. */
const QUADRANT_TEXT = {
    prisoner: { description: LABELS.prisonerDesc, advice: LABELS.prisonerAdvice },
    ideal: { description: LABELS.idealDesc, advice: LABELS.idealAdvice },
    risk: { description: LABELS.riskDesc, advice: LABELS.riskAdvice },
    emotionalBond: { description: LABELS.emotionalBondDesc, advice: LABELS.emotionalBondAdvice }
};

const numberOrNull = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const one = (value) => (value === null ? '–' : formatNumber(value, 1));

/**
 * The commitment matrix (docs/method.md, Commitment matrix): the customer's own commitment against how strongly
 * we bind it, the account's quadrant (Prisoner, Ideal, Risk, Emotional bond) with the seed's advice for
 * it, and its movement since the last value assessment that differs from today.
 */
export default class CvpCommitmentMatrix extends LightningElement {
    @api recordId;
    /** Design attribute: the profile whose "high" threshold splits the matrix; blank uses the sync's. */
    @api profileKey;

    labels = LABELS;
    common = COMMON;
    axisCommitment = DIMENSION_TEXT.commitment.name;
    axisBinding = DIMENSION_TEXT.binding.name;
    viewBox = `0 0 ${BOX.size} ${BOX.size}`;

    current;
    syncedProfileKey;
    profileConnection;
    assessments = [];
    recordError;
    graphqlError;
    view;

    @wire(getRecord, {
        recordId: '$recordId',
        fields: [NAME],
        optionalFields: [COMMITMENT, BINDING, SCORING_PROFILE]
    })
    wiredRecord({ data, error }) {
        if (data) {
            this.current = {
                commitment: numberOrNull(getFieldValue(data, COMMITMENT)),
                binding: numberOrNull(getFieldValue(data, BINDING))
            };
            this.syncedProfileKey = getFieldValue(data, SCORING_PROFILE) || null;
            this.recordError = undefined;
            this.recompute();
        } else if (error) {
            this.recordError = error;
        }
    }

    @wire(graphql, {
        query: gql`
            query cvpCommitment($accountId: ID) {
                uiapi {
                    query {
                        CVP_Scoring_Profile__c(first: 50, orderBy: { Name: { order: ASC } }) {
                            edges {
                                node {
                                    Id
                                    Name { value }
                                    CVP_Key__c { value }
                                    CVP_Name_Fi__c { value }
                                    CVP_Default__c { value }
                                    CVP_Weight_Volume__c { value }
                                    CVP_Weight_Profitability__c { value }
                                    CVP_Weight_Loyalty__c { value }
                                    CVP_Weight_Potential__c { value }
                                    CVP_Weight_Reference__c { value }
                                    CVP_Weight_Learning__c { value }
                                    CVP_Weight_Contact__c { value }
                                    CVP_Weight_Emotional__c { value }
                                    CVP_Tier_Key_Account__c { value }
                                    CVP_Tier_Develop__c { value }
                                    CVP_Tier_Maintain__c { value }
                                    CVP_Matrix_High__c { value }
                                    CVP_Min_Coverage__c { value }
                                    CVP_Review_Months_Key_Account__c { value }
                                    CVP_Review_Months_Develop__c { value }
                                    CVP_Review_Months_Maintain__c { value }
                                    CVP_Review_Months_Lean__c { value }
                                    CVP_Scope_Included_Types__c { value }
                                    CVP_Scope_Excluded_Types__c { value }
                                    CVP_Scope_Record_Types__c { value }
                                    CVP_Volume_Bands__c { value }
                                    CVP_Profitability_Bands__c { value }
                                    CVP_Version__c { value }
                                    CVP_Version_Fingerprint__c { value }
                                }
                            }
                        }
                        CVP_Value_Assessment__c(
                            where: { CVP_Account__c: { eq: $accountId } }
                            orderBy: { CVP_Assessed_At__c: { order: DESC } }
                            first: 10
                        ) {
                            edges {
                                node {
                                    Id
                                    CVP_Assessed_At__c { value }
                                    CVP_Commitment__c { value }
                                    CVP_Binding__c { value }
                                }
                            }
                        }
                    }
                }
            }
        `,
        variables: '$variables'
    })
    wiredGraphql({ data, errors }) {
        if (data) {
            this.profileConnection = data.uiapi.query[SCORING_PROFILE_SCHEMA.object];
            this.assessments = assessmentsOf(data.uiapi.query[VALUE_ASSESSMENT.object]);
            this.graphqlError = undefined;
            this.recompute();
        }
        if (errors) this.graphqlError = errors;
    }

    get variables() {
        return { accountId: this.recordId };
    }

    get errors() {
        return [this.recordError, this.graphqlError].filter((e) => e);
    }

    get hasErrors() {
        return this.errors.length > 0;
    }

    get isLoading() {
        return !this.current && !this.recordError;
    }

    recompute() {
        if (!this.current) return;
        const set = mergeProfiles(this.profileConnection);
        const high = pickProfile(set.profiles, this.profileKey, this.syncedProfileKey, set.defaultKey).matrixHigh;
        const { quadrant, baseline, before, moved } = placement(this.current, this.assessments, high);
        const shape = geometry(high, this.current, baseline, quadrant, QUADRANT_LABEL);
        this.view = {
            ...shape,
            quadrant,
            isPlaced: quadrant !== null,
            quadrantName: quadrant ? QUADRANT_LABEL[quadrant] : '',
            description: quadrant ? QUADRANT_TEXT[quadrant].description : '',
            advice: quadrant ? QUADRANT_TEXT[quadrant].advice : '',
            valuesText: format(LABELS.values, one(this.current.commitment), one(this.current.binding)),
            chartDesc: quadrant
                ? format(
                      LABELS.chartDesc,
                      one(this.current.commitment),
                      one(this.current.binding),
                      QUADRANT_LABEL[quadrant],
                      one(high)
                  )
                : LABELS.unassessed,
            movementText: this.movementText(quadrant, baseline, before, moved),
            changeText: baseline
                ? format(
                      LABELS.changeValues,
                      one(baseline.commitment),
                      one(this.current.commitment),
                      one(baseline.binding),
                      one(this.current.binding)
                  )
                : '',
            moved
        };
    }

    movementText(quadrant, baseline, before, moved) {
        if (!baseline) return LABELS.noHistory;
        const when = formatDate(baseline.at);
        if (before === null) return format(LABELS.wasUnassessed, when);
        if (moved) return format(LABELS.moved, QUADRANT_LABEL[before], quadrant ? QUADRANT_LABEL[quadrant] : '–', when);
        return format(LABELS.still, QUADRANT_LABEL[quadrant], when);
    }
}
