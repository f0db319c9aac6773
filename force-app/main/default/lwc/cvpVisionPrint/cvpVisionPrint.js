import { LightningElement, api, wire } from 'lwc';
import { getRelatedListRecords } from 'lightning/uiRelatedListApi';
import { format, formatDate, formatNumber } from 'c/cvpText';
import {
    EDGES,
    LABELS,
    OBJECTIVE_OBJECT,
    OBJECTIVES_LIST,
    OBJECTIVE_STATUSES,
    OF,
    OWNER_SIDES,
    SECTIONS,
    STATUS_LABEL,
    isOverdue,
    objectiveFromRecord,
    progressOf,
    statusShown,
    todayIso
} from 'c/cvpVisionText';

const labelOf = (options, value) => (options.find((o) => o.value === value) || {}).label || '';

/**
 * What the customer sees: built from the joint fields of a plain vision (see c/cvpVisionText JOINT_KEYS)
 * and its objectives. The account's scores, tier, treatment and quadrant are never passed in, so they
 * cannot show; the objectives' owner user (ours) is not shown either.
 */
export default class CvpVisionPrint extends LightningElement {
    /** A plain vision from c/cvpVisionText visionFromRecord. */
    @api vision;
    @api accountName;

    labels = LABELS;
    objectiveRecords;
    objectivesError;

    @wire(getRelatedListRecords, {
        parentRecordId: '$visionId',
        relatedListId: OBJECTIVES_LIST,
        fields: [
            OF.name,
            OF.ownerSide,
            OF.ownerName,
            OF.measure,
            OF.target,
            OF.actual,
            OF.dueDate,
            OF.status,
            OF.description
        ].map((f) => `${OBJECTIVE_OBJECT}.${f}`),
        sortBy: [`${OBJECTIVE_OBJECT}.${OF.dueDate}`],
        pageSize: 100
    })
    wiredObjectives({ data, error }) {
        if (data) {
            this.objectiveRecords = data.records;
            this.objectivesError = undefined;
        } else if (error) {
            this.objectivesError = error;
        }
    }

    get visionId() {
        return this.vision ? this.vision.id : undefined;
    }

    get heading() {
        return this.accountName ? `${LABELS.title}: ${this.accountName}` : LABELS.title;
    }

    get versionLine() {
        const v = this.vision || {};
        return format(LABELS.versionLine, v.version, STATUS_LABEL[v.status] || '');
    }

    get facts() {
        const v = this.vision || {};
        const facts = [
            { key: 'agreed', label: LABELS.agreedDate, value: formatDate(v.agreedDate) },
            { key: 'participants', label: LABELS.participants, value: v.participants },
            { key: 'review', label: LABELS.nextReview, value: formatDate(v.nextReview) }
        ];
        return facts.filter((f) => f.value !== null && f.value !== undefined && String(f.value).trim() !== '');
    }

    get sections() {
        const v = this.vision || {};
        const texts = [
            ...SECTIONS.map((s) => ({ key: s.key, title: s.title, text: v[s.key] })),
            { key: 'followUp', title: LABELS.followUp, text: v.followUp }
        ];
        return texts.filter((s) => s.text && String(s.text).trim());
    }

    get communication() {
        const v = this.vision || {};
        return [
            { key: 'cadence', label: LABELS.cadence, value: v.cadence },
            { key: 'channels', label: LABELS.channels, value: v.channels },
            { key: 'people', label: LABELS.people, value: v.people }
        ].filter((c) => c.value && String(c.value).trim());
    }

    get hasCommunication() {
        return this.communication.length > 0;
    }

    get values() {
        const v = this.vision || {};
        return [
            { key: 'encounter', label: LABELS.valueEncounter, value: v.valueEncounter },
            { key: 'relationship', label: LABELS.valueRelationship, value: v.valueRelationship },
            { key: 'whole', label: LABELS.valueWhole, value: v.valueWhole }
        ].filter((c) => c.value && String(c.value).trim());
    }

    get hasValues() {
        return this.values.length > 0;
    }

    get edges() {
        const chosen = new Set(String((this.vision || {}).edges || '').split(';'));
        return EDGES.filter((e) => chosen.has(e.value));
    }

    get edgesNotes() {
        return (this.vision || {}).edgesNotes || '';
    }

    get hasEdges() {
        return this.edges.length > 0 || Boolean(this.edgesNotes.trim());
    }

    get objectives() {
        const today = todayIso();
        return (this.objectiveRecords || []).map(objectiveFromRecord).map((o) => {
            const progress = progressOf(o);
            const overdue = isOverdue(o, today);
            return {
                id: o.id,
                name: o.name,
                owner: [labelOf(OWNER_SIDES, o.ownerSide), o.ownerName].filter((x) => x).join(': '),
                measure: o.measure || '',
                target: formatNumber(o.target, 0),
                actual: formatNumber(o.actual, 0),
                progress: progress === null ? '' : `${progress} %`,
                due: formatDate(o.dueDate),
                overdue,
                rowClass: overdue ? 'overdue' : '',
                status: labelOf(OBJECTIVE_STATUSES, statusShown(o, today))
            };
        });
    }

    get hasObjectives() {
        return this.objectives.length > 0;
    }
}
