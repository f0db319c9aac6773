import { LightningElement, api, wire } from 'lwc';
import { getRelatedListRecords } from 'lightning/uiRelatedListApi';
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { reduceErrors } from 'c/ldsUtils';
import { format, formatDate, formatNumber } from 'c/cvpText';
import {
    LABELS,
    OBJECTIVE_OBJECT,
    OBJECTIVES_LIST,
    OBJECTIVE_STATUSES,
    OF,
    OWNER_SIDES,
    addDays,
    isOverdue,
    objectiveFromRecord,
    progressOf,
    statusShown,
    todayIso
} from 'c/cvpVisionText';

const EDITABLE = ['name', 'ownerSide', 'ownerName', 'measure', 'target', 'actual', 'dueDate', 'status', 'description'];
const labelOf = (options, value) => (options.find((o) => o.value === value) || {}).label || '';
const blank = (value) => value === null || value === undefined || String(value).trim() === '';

/**
 * The objectives of one vision (docs/method.md, Customer vision: follow-up): whose they are (ours, the customer's, joint),
 * the person, how they are measured, target against actual, due date and status. Progress is shown as a
 * bar and in words, overdue ones are flagged in words as well as colour, and an owner with a user can be
 * given a Task when the due date comes near.
 */
export default class CvpVisionObjectives extends LightningElement {
    @api visionId;
    /** Days before the due date from which the owner can be reminded. */
    @api reminderDays = 7;

    labels = LABELS;
    sideOptions = OWNER_SIDES;
    statusOptions = OBJECTIVE_STATUSES;

    records;
    loadError;
    /** The objective being added or edited: { id?, values }; kept as typed when a save fails. */
    form;
    formProblems = [];
    saveError;
    saving = false;

    @wire(getRelatedListRecords, {
        parentRecordId: '$visionId',
        relatedListId: OBJECTIVES_LIST,
        fields: [...EDITABLE.map((k) => OF[k]), OF.ownerUser].map((f) => `${OBJECTIVE_OBJECT}.${f}`),
        sortBy: [`${OBJECTIVE_OBJECT}.${OF.dueDate}`],
        pageSize: 100
    })
    wiredObjectives({ data, error }) {
        if (data) {
            this.records = data.records.map(objectiveFromRecord);
            this.loadError = undefined;
        } else if (error) {
            this.loadError = error;
        }
    }

    /** The objectives as plain data, for the builder's "start a new version". */
    @api
    objectiveList() {
        return (this.records || []).map((o) => ({ ...o }));
    }

    get isLoading() {
        return !this.records && !this.loadError;
    }

    get rows() {
        const today = todayIso();
        const soon = addDays(today, Number(this.reminderDays) || 0);
        return (this.records || []).map((o) => {
            const progress = progressOf(o);
            const overdue = isOverdue(o, today);
            const open = o.status !== 'Done' && o.status !== 'Dropped';
            return {
                ...o,
                side: labelOf(OWNER_SIDES, o.ownerSide),
                statusLabel: labelOf(OBJECTIVE_STATUSES, statusShown(o, today)),
                targetText: formatNumber(o.target, 0),
                actualText: formatNumber(o.actual, 0),
                hasProgress: progress !== null,
                progress: progress === null ? 0 : Math.min(progress, 100),
                progressText: progress === null ? '' : `${progress} %`,
                due: formatDate(o.dueDate),
                overdue,
                rowClass: overdue ? 'objective overdue' : 'objective',
                canRemind: Boolean(o.ownerUser && o.dueDate && open && o.dueDate <= soon),
                editLabel: `${LABELS.objEdit}: ${o.name || ''}`,
                remindLabel: `${LABELS.objRemind}: ${o.name || ''}`
            };
        });
    }

    get hasRows() {
        return this.rows.length > 0;
    }

    get showEmpty() {
        return Boolean(this.records) && this.records.length === 0 && !this.form;
    }

    get values() {
        return this.form ? this.form.values : {};
    }

    get hasProblems() {
        return this.formProblems.length > 0;
    }

    handleAdd() {
        this.form = { values: { status: 'NotStarted' } };
        this.formProblems = [];
        this.saveError = undefined;
    }

    handleEdit(event) {
        const objective = (this.records || []).find((o) => o.id === event.currentTarget.dataset.id);
        if (!objective) return;
        const values = {};
        for (const key of EDITABLE) values[key] = objective[key];
        this.form = { id: objective.id, values };
        this.formProblems = [];
        this.saveError = undefined;
    }

    handleCancel() {
        this.form = undefined;
        this.formProblems = [];
        this.saveError = undefined;
    }

    handleField(event) {
        const key = event.target.dataset.field;
        let value = event.detail && event.detail.value !== undefined ? event.detail.value : event.target.value;
        if ((key === 'target' || key === 'actual') && value !== null && value !== undefined)
            value = value === '' ? null : Number(value);
        this.form = { ...this.form, values: { ...this.form.values, [key]: value } };
    }

    validate(values) {
        const problems = [];
        if (blank(values.name)) problems.push({ key: 'name', text: LABELS.objNameRequired });
        if (blank(values.ownerSide)) problems.push({ key: 'ownerSide', text: LABELS.objSideRequired });
        if (!blank(values.target) && blank(values.measure))
            problems.push({ key: 'measure', text: LABELS.objMeasureRequired });
        return problems;
    }

    async handleSave() {
        const { id, values } = this.form;
        this.formProblems = this.validate(values);
        if (this.formProblems.length > 0) return;
        const fields = {};
        for (const key of EDITABLE) fields[OF[key]] = blank(values[key]) ? null : values[key];
        this.saving = true;
        this.saveError = undefined;
        try {
            if (id) {
                await updateRecord({ fields: { Id: id, ...fields } });
                this.records = this.records.map((o) => (o.id === id ? { ...o, ...values } : o));
            } else {
                const created = await createRecord({
                    apiName: OBJECTIVE_OBJECT,
                    fields: { ...fields, [OF.vision]: this.visionId }
                });
                this.records = [...(this.records || []), { id: created.id, ownerUser: null, ...values }];
            }
            this.form = undefined;
            this.dispatchEvent(
                new ShowToastEvent({ title: LABELS.objSaved, message: values.name, variant: 'success' })
            );
        } catch (error) {
            // The form stays open with what was typed; the error says why.
            this.saveError = error;
        } finally {
            this.saving = false;
        }
    }

    async handleRemind(event) {
        const objective = (this.records || []).find((o) => o.id === event.currentTarget.dataset.id);
        if (!objective) return;
        try {
            await createRecord({
                apiName: 'Task',
                fields: {
                    Subject: format(LABELS.objTaskSubject, objective.name),
                    ActivityDate: objective.dueDate,
                    OwnerId: objective.ownerUser,
                    WhatId: this.visionId,
                    Description: [objective.measure, objective.description].filter((x) => x).join('\n')
                }
            });
            this.dispatchEvent(
                new ShowToastEvent({ title: LABELS.reminderCreated, message: objective.name, variant: 'success' })
            );
        } catch (error) {
            this.dispatchEvent(
                new ShowToastEvent({
                    title: LABELS.actionFailed,
                    message: reduceErrors(error).join(', '),
                    variant: 'error'
                })
            );
        }
    }
}
