import { LightningElement, api, wire } from 'lwc';
import { getRecord, updateRecord, createRecord, notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import { getObjectInfo } from 'lightning/uiObjectInfoApi';
import { gql, graphql } from 'lightning/graphql';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import USER_ID from '@salesforce/user/Id';
import ACCOUNT_OBJECT from '@salesforce/schema/Account';
import { DIMENSIONS } from 'c/cvpCore';
import { reduceErrors } from 'c/ldsUtils';
import { mergeProfiles, pickProfile, profileName, profileOptions } from 'c/cvpProfiles';
import { COMMON, format, formatNumber, tierLabel } from 'c/cvpText';
import { ASSESSED_FIELDS, HISTORY, HISTORY_SCORES, NAME, OPTIONAL_FIELDS } from './scorecardFields';
import { ASSESSED_KEYS, changedFields, isDirty, readAccount } from './scorecardModel';
import { buildView } from './scorecardView';
import { historyRows } from './scorecardHistory';
import { defaultTrendProfile, profileTrend, trendProfiles } from './scorecardTrend';
import { assessedVersion } from './scorecardVersion';
import { LABELS } from './scorecardLabels';
import { SCORING_PROFILE, VALUE_ASSESSMENT } from 'c/cvpSchema';

/**
 * The value scorecard of an account (docs/method.md, Value dimensions): the eight dimensions, the assessed ones
 * editable 1–5 with the meaning of each level, the weighted score, tier, treatment and coverage
 * recomputed with the core as the user edits, what would lift the account to the next tier, and the
 * history of past assessments. Saving writes the assessed fields through LDS and a history row.
 */
export default class CvpValueScorecard extends LightningElement {
    @api recordId;
    /** Design attribute: the profile to score with; blank uses the one the sync used, then the org's default. */
    @api profileKey;
    /** Design attribute: keep the profile fixed (no profile picker). */
    @api lockProfile = false;
    /** Design attribute: how many past assessments the history shows. */
    @api historySize = 5;

    labels = LABELS;
    common = COMMON;

    record;
    account;
    objectInfo;
    profileConnection;
    history = [];
    /** The profile whose score trend is shown, once the user picked one. */
    chosenTrendKey = null;
    graphqlResult;
    recordError;
    objectInfoError;
    graphqlError;

    /** The assessed values as last loaded or saved, and as edited now. */
    baseline;
    edits;
    chosenProfileKey;
    comment = '';
    saving = false;
    saveError;
    saveErrorMessage;
    /** What the template shows (scorecardView.buildView), recomputed on every change. */
    view;

    @wire(getRecord, { recordId: '$recordId', fields: [NAME], optionalFields: OPTIONAL_FIELDS })
    wiredRecord({ data, error }) {
        if (data) {
            this.record = data;
            this.recordError = undefined;
            this.account = readAccount(data);
            // A fresh value from the server replaces the form only when nothing is being edited.
            if (!this.edits || !isDirty(this.baseline, this.edits)) {
                this.baseline = { ...this.account.assessed };
                this.edits = { ...this.account.assessed };
            }
            this.recompute();
        } else if (error) {
            this.recordError = error;
        }
    }

    @wire(getObjectInfo, { objectApiName: ACCOUNT_OBJECT })
    wiredObjectInfo({ data, error }) {
        if (data) {
            this.objectInfo = data;
            this.objectInfoError = undefined;
            this.recompute();
        } else if (error) {
            this.objectInfoError = error;
        }
    }

    @wire(graphql, {
        query: gql`
            query cvpScorecard($accountId: ID, $first: Int) {
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
                            first: $first
                        ) {
                            edges {
                                node {
                                    Id
                                    CVP_Assessed_At__c { value }
                                    CVP_Weighted_Score__c { value }
                                    CVP_Tier__c { value }
                                    CVP_Profile_Key__c { value }
                                    CVP_Profile_Version__c { value }
                                    CVP_Comment__c { value }
                                    CVP_Source__c { value displayValue }
                                }
                            }
                        }
                    }
                }
            }
        `,
        variables: '$variables'
    })
    wiredGraphql(result) {
        this.graphqlResult = result;
        const { data, errors } = result;
        if (data) {
            this.profileConnection = data.uiapi.query[SCORING_PROFILE.object];
            this.setHistory(data.uiapi.query[VALUE_ASSESSMENT.object]);
            this.graphqlError = undefined;
            this.recompute();
        }
        if (errors) this.graphqlError = errors;
    }

    get variables() {
        const size = Number(this.historySize);
        return { accountId: this.recordId, first: Number.isInteger(size) && size > 0 ? Math.min(size, 50) : 5 };
    }

    // ---- state -------------------------------------------------------------------------------------

    get isLoading() {
        return !this.account && !this.recordError;
    }

    get isReady() {
        return Boolean(this.view);
    }

    recompute() {
        if (!this.account || !this.edits) return;
        this.view = buildView({
            account: this.account,
            baseline: this.baseline,
            edits: this.edits,
            profile: this.profile,
            isEditable: (key) => this.isEditable(key)
        });
    }

    get loadErrors() {
        return [this.recordError, this.objectInfoError, this.graphqlError].filter((e) => e);
    }

    get hasLoadErrors() {
        return this.loadErrors.length > 0;
    }

    get profileSet() {
        return mergeProfiles(this.profileConnection);
    }

    get profile() {
        const set = this.profileSet;
        const synced = this.account ? this.account.synced.profileKey : null;
        return pickProfile(set.profiles, this.chosenProfileKey, this.profileKey, synced, set.defaultKey);
    }

    get profileChoices() {
        return profileOptions(this.profileSet.profiles);
    }

    get selectedProfileKey() {
        return this.profile.key;
    }

    get profileLabel() {
        return profileName(this.profile);
    }

    get canChooseProfile() {
        return !this.lockProfile && this.profileChoices.length > 1;
    }

    get invalidProfilesText() {
        const invalid = this.profileSet.invalid;
        return invalid.length > 0 ? format(LABELS.invalidProfiles, invalid.join(', ')) : '';
    }

    isEditable(key) {
        const info = this.objectInfo && this.objectInfo.fields[ASSESSED_FIELDS[key].fieldApiName];
        // Field-level security: what the user may not edit is shown read-only.
        return Boolean(info && info.updateable);
    }

    // ---- history -----------------------------------------------------------------------------------

    get hasHistory() {
        return this.history.length > 0;
    }

    setHistory(connection) {
        this.history = historyRows(connection);
    }

    get trendKey() {
        const keys = trendProfiles(this.history);
        if (keys.includes(this.chosenTrendKey)) return this.chosenTrendKey;
        return defaultTrendProfile(this.history, this.account ? this.profile.key : null);
    }

    get trendChoices() {
        const names = new Map(this.profileSet.profiles.map((p) => [p.key, profileName(p)]));
        return trendProfiles(this.history).map((key) => ({ label: names.get(key) || key, value: key }));
    }

    get hasTrendChoices() {
        return this.trendChoices.length > 1;
    }

    /** One profile's line; a mark where its version changed, so a jump from new weights reads as such. */
    get trend() {
        const line = profileTrend(this.history, this.trendKey);
        if (!line) return null;
        const versions = line.marks.map((m) => m.label).join(' ');
        return {
            ...line,
            hasMarks: line.marks.length > 0,
            label: [
                format(LABELS.historyTrend, line.count, formatNumber(line.first, 2), formatNumber(line.last, 2)),
                versions
            ]
                .filter((t) => t)
                .join(' ')
        };
    }

    handleTrendProfileChange(event) {
        this.chosenTrendKey = event.detail.value;
    }

    // ---- editing and saving ------------------------------------------------------------------------

    get saveDisabled() {
        return this.saving || !this.isReady || (!this.view.dirty && this.comment.trim() === '');
    }

    get undoDisabled() {
        return this.saving || !this.isReady || !this.view.dirty;
    }

    handleProfileChange(event) {
        this.chosenProfileKey = event.detail.value;
        this.recompute();
    }

    handleScoreChange(event) {
        const key = event.target.name;
        if (!ASSESSED_KEYS.includes(key)) return;
        const raw = event.detail.value;
        this.edits = { ...this.edits, [key]: raw === '' || raw === null ? null : Number(raw) };
        this.recompute();
    }

    handleCommentChange(event) {
        this.comment = event.detail.value || '';
    }

    handleUndo() {
        this.edits = { ...this.baseline };
        this.saveError = undefined;
        this.recompute();
    }

    async handleSave() {
        const live = this.view.live;
        const profile = this.profile;
        const edits = { ...this.edits };
        const fields = changedFields(this.recordId, this.baseline, edits, (key) => this.isEditable(key));
        this.saving = true;
        this.saveError = undefined;
        try {
            if (Object.keys(fields).length > 1) await updateRecord({ fields });
        } catch (error) {
            this.fail(error, LABELS.saveFailed);
            this.saving = false;
            return;
        }
        this.baseline = edits;
        this.recompute();
        try {
            await createRecord({
                apiName: HISTORY.object.objectApiName,
                fields: this.historyFields(live, profile, edits)
            });
            this.comment = '';
            this.dispatchEvent(
                new ShowToastEvent({
                    title: LABELS.savedTitle,
                    message: format(
                        LABELS.savedMessage,
                        live.score === null ? '–' : formatNumber(live.score, 2),
                        tierLabel(live.tier)
                    ),
                    variant: 'success'
                })
            );
        } catch (error) {
            this.fail(error, LABELS.historyFailed);
        }
        // The record page, the other CVP components and the history read the new values.
        await notifyRecordUpdateAvailable([{ recordId: this.recordId }]);
        if (this.graphqlResult && typeof this.graphqlResult.refresh === 'function') {
            try {
                await this.graphqlResult.refresh();
            } catch (error) {
                this.graphqlError = error;
            }
        }
        this.saving = false;
    }

    historyFields(live, profile, edits) {
        const fields = {
            [HISTORY.account.fieldApiName]: this.recordId,
            [HISTORY.assessedBy.fieldApiName]: USER_ID,
            [HISTORY.assessedAt.fieldApiName]: new Date().toISOString(),
            [HISTORY.commitment.fieldApiName]: edits.commitment,
            [HISTORY.binding.fieldApiName]: edits.binding,
            [HISTORY.weightedScore.fieldApiName]: live.score,
            [HISTORY.tier.fieldApiName]: live.tier,
            [HISTORY.profileKey.fieldApiName]: profile.key,
            [HISTORY.profileVersion.fieldApiName]: assessedVersion(this.profileConnection, profile),
            [HISTORY.source.fieldApiName]: 'Manual',
            [HISTORY.comment.fieldApiName]: this.comment.trim() === '' ? null : this.comment.trim()
        };
        DIMENSIONS.forEach((d) => {
            fields[HISTORY_SCORES[d].fieldApiName] = live.scores[d];
        });
        return fields;
    }

    fail(error, message) {
        this.saveError = error;
        this.saveErrorMessage = message;
        this.dispatchEvent(
            new ShowToastEvent({
                title: message,
                message: reduceErrors(error).join(', '),
                variant: 'error',
                mode: 'sticky'
            })
        );
    }
}
