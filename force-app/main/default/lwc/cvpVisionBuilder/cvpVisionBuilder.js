import { LightningElement, api, wire } from 'lwc';
import { getRecord, getFieldValue, createRecord, updateRecord } from 'lightning/uiRecordApi';
import { getRelatedListRecords } from 'lightning/uiRelatedListApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import USER_ID from '@salesforce/user/Id';
import ACCOUNT_NAME from '@salesforce/schema/Account.Name';
import { reduceErrors } from 'c/ldsUtils';
import { format, formatDate } from 'c/cvpText';
import {
    EDGES,
    F,
    JOINT_KEYS,
    LABELS,
    OBJECTIVE_OBJECT,
    OF,
    SECTIONS,
    STATUS,
    STATUS_LABEL,
    VISION_OBJECT,
    VISIONS_LIST,
    agreementProblems,
    fieldsOf,
    newVersionFields,
    reviewDue,
    todayIso,
    visionFromRecord
} from 'c/cvpVisionText';

const DRAFT_KEY = 'cvpVisionDraft:';
const FIELD_NAMES = Object.values(F).map((f) => `${VISION_OBJECT}.${f}`);
/** The objective fields a new version carries over: all but the vision, which is the new one (the owner user too: the reminders go on). */
const OBJECTIVE_COPY = Object.keys(OF).filter((key) => key !== 'vision');

function readStoredDraft(id) {
    try {
        const text = window.sessionStorage.getItem(DRAFT_KEY + id);
        return text ? JSON.parse(text) : null;
    } catch {
        return null;
    }
}

function storeDraft(id, draft) {
    try {
        if (draft) window.sessionStorage.setItem(DRAFT_KEY + id, JSON.stringify(draft));
        else window.sessionStorage.removeItem(DRAFT_KEY + id);
    } catch {
        // Storage may be off (private mode, quota): the beforeunload guard still protects the text.
    }
}

const same = (a, b) => (a === null || a === undefined ? '' : a) === (b === null || b === undefined ? '' : b);

/**
 * The customer vision on the Account page (docs/method.md, Customer vision): written with the customer
 * in the method's sections, each with its prompt; saved explicitly, with the typed text kept in the tab's
 * session storage and a leave-page warning until it is saved, and kept on screen when a save fails.
 * Draft → Agreed with customer (date and customer participants) → Under review; an agreed version is not
 * edited but followed by a new version copied from it, and earlier agreed versions stay readable.
 */
export default class CvpVisionBuilder extends LightningElement {
    @api recordId;
    /** Design attribute: days before the review date from which a reminder task is offered. */
    @api reviewReminderDays = 7;

    labels = LABELS;
    sections = SECTIONS;
    edgeOptions = EDGES;

    accountName;
    visions;
    loadError;
    recordError;
    /** The edited values of the latest version, keyed as JOINT_KEYS. */
    draft;
    restored = false;
    saveError;
    actionError;
    busy = false;
    agreeing = false;
    agreeDate;
    agreeParticipants;
    agreeProblems = [];
    /** null, 'customer' (the customer view of the latest version) or the id of an earlier version. */
    viewing = null;

    beforeUnload = (event) => {
        if (this.isDirty) {
            event.preventDefault();
            event.returnValue = '';
        }
    };

    connectedCallback() {
        window.addEventListener('beforeunload', this.beforeUnload);
    }

    disconnectedCallback() {
        window.removeEventListener('beforeunload', this.beforeUnload);
    }

    @wire(getRecord, { recordId: '$recordId', fields: [ACCOUNT_NAME] })
    wiredAccount({ data, error }) {
        if (data) {
            this.accountName = getFieldValue(data, ACCOUNT_NAME);
            this.recordError = undefined;
        } else if (error) {
            this.recordError = error;
        }
    }

    @wire(getRelatedListRecords, {
        parentRecordId: '$recordId',
        relatedListId: VISIONS_LIST,
        fields: FIELD_NAMES,
        sortBy: [`-${VISION_OBJECT}.${F.version}`],
        pageSize: 50
    })
    wiredVisions({ data, error }) {
        if (data) {
            this.setVisions(data.records.map(visionFromRecord));
            this.loadError = undefined;
        } else if (error) {
            this.loadError = error;
        }
    }

    setVisions(visions) {
        const sorted = [...visions].sort((a, b) => (Number(b.version) || 0) - (Number(a.version) || 0));
        const before = this.current;
        this.visions = sorted;
        const current = this.current;
        if (!current) {
            this.draft = undefined;
            return;
        }
        // A refresh of the same version never overwrites text being typed.
        if (before && before.id === current.id && this.isDirty) return;
        const stored = readStoredDraft(current.id);
        const saved = this.valuesOf(current);
        if (stored && JOINT_KEYS.some((k) => !same(stored[k], saved[k]))) {
            this.draft = { ...saved, ...stored };
            this.restored = true;
        } else {
            this.draft = saved;
            this.restored = false;
        }
    }

    valuesOf(vision) {
        const values = {};
        for (const key of JOINT_KEYS) values[key] = vision[key] === undefined ? null : vision[key];
        return values;
    }

    get current() {
        return this.visions && this.visions.length > 0 ? this.visions[0] : null;
    }

    get isLoading() {
        return !this.visions && !this.loadError;
    }

    get loadErrors() {
        return [this.loadError, this.recordError].filter((e) => e);
    }

    get hasLoadErrors() {
        return this.loadErrors.length > 0;
    }

    get isEmpty() {
        return Array.isArray(this.visions) && this.visions.length === 0;
    }

    get hasVision() {
        return Boolean(this.current);
    }

    get isDraft() {
        return this.hasVision && (this.current.status || STATUS.draft) === STATUS.draft;
    }

    get isAgreed() {
        return this.hasVision && this.current.status === STATUS.agreed;
    }

    get isLocked() {
        return this.hasVision && !this.isDraft;
    }

    /** Keys the user may change: everything in a draft; only the next review date once agreed. */
    get editableKeys() {
        return this.isDraft ? JOINT_KEYS : ['nextReview'];
    }

    get isDirty() {
        if (!this.current || !this.draft) return false;
        const saved = this.valuesOf(this.current);
        return this.editableKeys.some((k) => !same(this.draft[k], saved[k]));
    }

    get saveDisabled() {
        return this.busy || !this.isDirty;
    }

    get newVersionDisabled() {
        return this.busy || this.isDirty;
    }

    get versionLine() {
        return format(
            LABELS.versionLine,
            this.current.version,
            STATUS_LABEL[this.current.status] || LABELS.statusDraft
        );
    }

    get sectionFields() {
        return SECTIONS.map((s) => ({
            ...s,
            value: this.draft ? this.draft[s.key] : null,
            promptId: `prompt-${s.key}`
        }));
    }

    get chosenEdges() {
        const text = this.draft && this.draft.edges ? this.draft.edges : '';
        return text ? text.split(';') : [];
    }

    get reviewIsDue() {
        return reviewDue(
            { ...this.current, nextReview: this.draft && this.draft.nextReview },
            todayIso(),
            Number(this.reviewReminderDays) || 0
        );
    }

    get reviewDueText() {
        return format(LABELS.reviewDue, formatDate(this.draft.nextReview));
    }

    get earlierVersions() {
        return (this.visions || [])
            .slice(1)
            .filter((v) => v.agreedDate)
            .map((v) => ({
                ...v,
                text: `${format(LABELS.versionLine, v.version, STATUS_LABEL[v.status] || '')} · ${LABELS.agreedDate} ${formatDate(v.agreedDate)}`,
                readLabel: `${LABELS.read}: ${format(LABELS.versionLine, v.version, '')}`
            }));
    }

    get hasEarlierVersions() {
        return this.earlierVersions.length > 0;
    }

    get viewedVision() {
        if (this.viewing === 'customer') return { ...this.current, ...this.draft };
        return (this.visions || []).find((v) => v.id === this.viewing) || null;
    }

    get isViewing() {
        return Boolean(this.viewing && this.viewedVision);
    }

    get hasAgreeProblems() {
        return this.agreeProblems.length > 0;
    }

    toast(title, message, variant) {
        this.dispatchEvent(new ShowToastEvent({ title, message, variant }));
    }

    change(key, value) {
        this.draft = { ...this.draft, [key]: value === '' ? null : value };
        if (this.current) storeDraft(this.current.id, this.isDirty ? this.draft : null);
    }

    handleText(event) {
        this.change(event.target.dataset.field, event.detail ? event.detail.value : event.target.value);
    }

    handleEdges(event) {
        this.change('edges', (event.detail.value || []).join(';'));
    }

    handleDiscard() {
        this.draft = this.valuesOf(this.current);
        this.restored = false;
        this.saveError = undefined;
        storeDraft(this.current.id, null);
    }

    async handleCreate() {
        this.busy = true;
        this.actionError = undefined;
        try {
            const fields = {
                [F.account]: this.recordId,
                [F.name]: format(LABELS.nameTemplate, this.accountName || ''),
                [F.status]: STATUS.draft,
                [F.version]: 1
            };
            const created = await createRecord({ apiName: VISION_OBJECT, fields });
            this.setVisions([{ id: created.id, ...this.plain(fields) }]);
        } catch (error) {
            this.actionError = error;
        } finally {
            this.busy = false;
        }
    }

    /** Record fields back to the plain keys of c/cvpVisionText. */
    plain(fields) {
        const values = {};
        for (const [key, field] of Object.entries(F)) if (field in fields) values[key] = fields[field];
        return values;
    }

    /** Writes `extra` record fields with the edited text; on failure the text stays as typed. */
    async write(extra, keys = this.editableKeys) {
        const fields = { Id: this.current.id, ...fieldsOf(this.draft, keys), ...extra };
        this.busy = true;
        this.saveError = undefined;
        try {
            await updateRecord({ fields });
            const merged = { ...this.current, ...this.plain(fields) };
            storeDraft(this.current.id, null);
            this.visions = [merged, ...this.visions.slice(1)];
            this.draft = this.valuesOf(merged);
            this.restored = false;
            return true;
        } catch (error) {
            this.saveError = error;
            return false;
        } finally {
            this.busy = false;
        }
    }

    async handleSave() {
        if (await this.write({})) this.toast(LABELS.saved, this.accountName, 'success');
    }

    handleAgreeStart() {
        this.agreeing = true;
        this.agreeDate = todayIso();
        this.agreeParticipants = this.current.participants || '';
        this.agreeProblems = [];
    }

    handleAgreeCancel() {
        this.agreeing = false;
        this.agreeProblems = [];
    }

    handleAgreeDate(event) {
        this.agreeDate = event.detail.value;
    }

    handleAgreeParticipants(event) {
        this.agreeParticipants = event.detail.value;
    }

    async handleAgreeConfirm() {
        const problems = agreementProblems(this.agreeDate, this.agreeParticipants);
        this.agreeProblems = problems.length > 0 ? [{ key: 'agree', text: LABELS.agreeMissing }] : [];
        if (problems.length > 0) return;
        const ok = await this.write(
            {
                [F.status]: STATUS.agreed,
                [F.agreedDate]: this.agreeDate,
                [F.participants]: this.agreeParticipants.trim()
            },
            JOINT_KEYS
        );
        if (ok) {
            this.agreeing = false;
            this.toast(LABELS.statusAgreed, this.accountName, 'success');
        }
    }

    async handleStartReview() {
        if (await this.write({ [F.status]: STATUS.underReview }))
            this.toast(LABELS.statusUnderReview, this.accountName, 'success');
    }

    async handleNewVersion() {
        const agreed = this.current;
        const objectives = this.objectivesComponent ? this.objectivesComponent.objectiveList() : [];
        this.busy = true;
        this.actionError = undefined;
        try {
            const fields = newVersionFields(agreed, this.recordId, format(LABELS.nameTemplate, this.accountName || ''));
            const created = await createRecord({ apiName: VISION_OBJECT, fields });
            // Open objectives go on into the new version; done and dropped ones stay with the agreed one.
            const open = objectives.filter((o) => o.status !== 'Done' && o.status !== 'Dropped');
            for (const objective of open) {
                const copy = { [OF.vision]: created.id };
                for (const key of OBJECTIVE_COPY) copy[OF[key]] = objective[key] === undefined ? null : objective[key];
                // eslint-disable-next-line no-await-in-loop
                await createRecord({ apiName: OBJECTIVE_OBJECT, fields: copy });
            }
            this.setVisions([{ id: created.id, ...this.plain(fields) }, ...this.visions]);
            this.toast(format(LABELS.newVersionCreated, fields[F.version]), this.accountName, 'success');
        } catch (error) {
            this.actionError = error;
        } finally {
            this.busy = false;
        }
    }

    get objectivesComponent() {
        return this.template.querySelector('c-cvp-vision-objectives');
    }

    async handleRemindReview() {
        try {
            await createRecord({
                apiName: 'Task',
                fields: {
                    Subject: format(LABELS.reviewTaskSubject, this.accountName || ''),
                    ActivityDate: this.draft.nextReview,
                    OwnerId: USER_ID,
                    WhatId: this.current.id
                }
            });
            this.toast(LABELS.reminderCreated, this.accountName, 'success');
        } catch (error) {
            this.toast(LABELS.actionFailed, reduceErrors(error).join(', '), 'error');
        }
    }

    handleCustomerView() {
        this.viewing = 'customer';
    }

    handleRead(event) {
        this.viewing = event.currentTarget.dataset.id;
    }

    handleCloseView() {
        this.viewing = null;
    }

    handlePrint() {
        window.print();
    }
}
