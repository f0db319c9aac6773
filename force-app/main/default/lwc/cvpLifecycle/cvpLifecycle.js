import { LightningElement, api, wire } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { encodeDefaultFieldValues } from 'lightning/pageReferenceUtils';
import { getRecord, getFieldValue } from 'lightning/uiRecordApi';
import { getRelatedListRecords } from 'lightning/uiRelatedListApi';
import NAME from '@salesforce/schema/Account.Name';
import STAGE from '@salesforce/schema/Account.CVP_Lifecycle_Stage__c';
import VISION_OBJECT from '@salesforce/schema/CVP_Customer_Vision__c';
import VISION_NAME from '@salesforce/schema/CVP_Customer_Vision__c.Name';
import VISION_ACCOUNT from '@salesforce/schema/CVP_Customer_Vision__c.CVP_Account__c';
import VISION_STATUS from '@salesforce/schema/CVP_Customer_Vision__c.CVP_Status__c';
import VISION_VERSION from '@salesforce/schema/CVP_Customer_Vision__c.CVP_Version__c';
import VISION_NEXT_REVIEW from '@salesforce/schema/CVP_Customer_Vision__c.CVP_Next_Review_Date__c';
import { COMMON, STAGES, format, formatDate } from 'c/cvpText';
import { LABELS } from './lifecycleLabels';
import { RELATIONSHIPS } from 'c/cvpSchema';

// A wire's configuration names module constants, not member expressions.
const RELATED_LIST_ID = RELATIONSHIPS.accountVisions;

/** What each stage asks of the key account manager, by the picklist API value. */
const STAGE_ADVICE = {
    Pioneer: LABELS.stagePioneer,
    Growth: LABELS.stageGrowth,
    Established: LABELS.stageEstablished,
    Declining: LABELS.stageDeclining,
    Ending: LABELS.stageEnding
};

const qualified = (field) => `${field.objectApiName}.${field.fieldApiName}`;
const PIONEER = STAGES[0].value;

/**
 * The account's lifecycle stage (docs/method.md, Lifecycle) on a path, what the stage asks for, and the joint
 * customer vision: docs/method.md (Customer vision) says to write it at the latest after the pioneer phase, so an account past
 * Pioneer without one gets a prompt and a button that opens a new vision for it.
 */
export default class CvpLifecycle extends NavigationMixin(LightningElement) {
    @api recordId;
    /** Design attribute: hide the prompt to start a customer vision. */
    @api hideVisionPrompt = false;

    labels = LABELS;
    common = COMMON;
    stages = STAGES;

    stage;
    accountName;
    visions;
    recordLoaded = false;
    recordError;
    visionError;

    @wire(getRecord, { recordId: '$recordId', fields: [NAME], optionalFields: [STAGE] })
    wiredRecord({ data, error }) {
        if (data) {
            this.stage = getFieldValue(data, STAGE) || null;
            this.accountName = getFieldValue(data, NAME);
            this.recordLoaded = true;
            this.recordError = undefined;
        } else if (error) {
            this.recordError = error;
        }
    }

    @wire(getRelatedListRecords, {
        parentRecordId: '$recordId',
        relatedListId: RELATED_LIST_ID,
        fields: [VISION_NAME, VISION_STATUS, VISION_VERSION, VISION_NEXT_REVIEW].map(qualified),
        sortBy: [`-${qualified(VISION_VERSION)}`],
        pageSize: 5
    })
    wiredVisions({ data, error }) {
        if (data) {
            this.visions = data.records;
            this.visionError = undefined;
        } else if (error) {
            this.visionError = error;
        }
    }

    get errors() {
        return [this.recordError, this.visionError].filter((e) => e);
    }

    get hasErrors() {
        return this.errors.length > 0;
    }

    get isLoading() {
        return !this.recordLoaded && !this.recordError;
    }

    get hasStage() {
        return Boolean(this.stage);
    }

    get stageLabel() {
        const found = STAGES.find((s) => s.value === this.stage);
        return found ? found.label : this.stage;
    }

    get stageAdvice() {
        return STAGE_ADVICE[this.stage] || '';
    }

    /** The newest version of the vision, by version number (the list is sorted, but not trusted to be). */
    get latestVision() {
        if (!this.visions || this.visions.length === 0) return null;
        const version = (r) => (r.fields[VISION_VERSION.fieldApiName] || {}).value || 0;
        const latest = this.visions.reduce((best, r) => (version(r) > version(best) ? r : best));
        const field = (f) => latest.fields[f.fieldApiName] || {};
        return {
            id: latest.id,
            text: format(
                LABELS.visionCurrent,
                field(VISION_NAME).value,
                field(VISION_VERSION).value,
                field(VISION_STATUS).displayValue || field(VISION_STATUS).value
            ),
            reviewText: field(VISION_NEXT_REVIEW).value
                ? format(LABELS.visionReview, formatDate(field(VISION_NEXT_REVIEW).value))
                : ''
        };
    }

    get visionsLoaded() {
        return Array.isArray(this.visions);
    }

    /** Past Pioneer and no vision: the seed's "at the latest after the pioneer phase" has come. */
    get showVisionPrompt() {
        return (
            !this.hideVisionPrompt &&
            this.visionsLoaded &&
            !this.latestVision &&
            this.hasStage &&
            this.stage !== PIONEER
        );
    }

    /** A pioneer account without a vision: a reminder that one is due after this phase. */
    get showVisionDue() {
        return !this.hideVisionPrompt && this.visionsLoaded && !this.latestVision && this.stage === PIONEER;
    }

    handleStartVision() {
        this[NavigationMixin.Navigate]({
            type: 'standard__objectPage',
            attributes: { objectApiName: VISION_OBJECT.objectApiName, actionName: 'new' },
            state: {
                defaultFieldValues: encodeDefaultFieldValues({
                    [VISION_ACCOUNT.fieldApiName]: this.recordId,
                    [VISION_NAME.fieldApiName]: format(LABELS.visionName, this.accountName),
                    [VISION_STATUS.fieldApiName]: 'Draft',
                    [VISION_VERSION.fieldApiName]: 1
                }),
                nooverride: '1'
            }
        });
    }

    handleOpenVision() {
        this[NavigationMixin.Navigate]({
            type: 'standard__recordPage',
            attributes: {
                recordId: this.latestVision.id,
                objectApiName: VISION_OBJECT.objectApiName,
                actionName: 'view'
            }
        });
    }
}
