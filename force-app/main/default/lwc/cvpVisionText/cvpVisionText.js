/**
 * The customer vision (docs/method.md, Customer vision) as plain data, shared by the builder, the objectives and the
 * customer view: the sections with the method's prompt for each, the statuses, the 9E, and the rules
 * (what agreeing needs, progress, overdue, when a review is due, what a new version copies).
 * Field names come from the name map through c/cvpSchema (VISION, OBJECTIVE).
 */
import { OBJECTIVE, RELATIONSHIPS, VISION } from 'c/cvpSchema';
import { directionOf, objectiveOverdue, objectiveProgress, objectiveStatusShown } from 'c/cvpCore';
import { LABELS } from './visionLabels';

export { LABELS };

export const VISION_OBJECT = VISION.object;
export const OBJECTIVE_OBJECT = OBJECTIVE.object;

/** Related-list ids of the wire adapters: an account's visions, a vision's objectives. */
export const VISIONS_LIST = RELATIONSHIPS.accountVisions;
export const OBJECTIVES_LIST = RELATIONSHIPS.visionObjectives;

/** The vision's fields by the components' own short keys (the templates and JOINT_KEYS use these). */
export const F = {
    name: VISION.name,
    account: VISION.account,
    status: VISION.status,
    version: VISION.version,
    agreedDate: VISION.agreedDate,
    participants: VISION.customerParticipants,
    currentState: VISION.currentState,
    developmentPlan: VISION.developmentPlan,
    sharedVision: VISION.sharedVision,
    cadence: VISION.communicationCadence,
    channels: VISION.communicationChannels,
    people: VISION.communicationPeople,
    followUp: VISION.followUp,
    valueEncounter: VISION.valueEncounter,
    valueRelationship: VISION.valueRelationship,
    valueWhole: VISION.valueWhole,
    edges: VISION.competitiveEdges,
    edgesNotes: VISION.competitiveEdgesNotes,
    nextReview: VISION.nextReviewDate,
    previousVersion: VISION.previousVersion
};

/** The objective's fields the components read and write: all but the overdue formula, by the name map's keys. */
export const OF = Object.fromEntries(
    [
        'name',
        'vision',
        'ownerSide',
        'ownerName',
        'ownerUser',
        'measure',
        'target',
        'actual',
        'dueDate',
        'status',
        'description'
    ].map((key) => [key, OBJECTIVE[key]])
);

/** The long-text sections in the method's order, each with its prompt. */
export const SECTIONS = [
    { key: 'currentState', title: LABELS.currentState, prompt: LABELS.currentStatePrompt },
    { key: 'developmentPlan', title: LABELS.developmentPlan, prompt: LABELS.developmentPlanPrompt },
    { key: 'sharedVision', title: LABELS.sharedVision, prompt: LABELS.sharedVisionPrompt }
];

/** The joint text fields: what the builder edits, the customer view shows and a new version copies. */
export const JOINT_KEYS = [
    'currentState',
    'developmentPlan',
    'sharedVision',
    'cadence',
    'channels',
    'people',
    'followUp',
    'valueEncounter',
    'valueRelationship',
    'valueWhole',
    'edges',
    'edgesNotes',
    'nextReview'
];

export const STATUS = { draft: 'Draft', agreed: 'Agreed', underReview: 'UnderReview' };
export const STATUS_LABEL = {
    Draft: LABELS.statusDraft,
    Agreed: LABELS.statusAgreed,
    UnderReview: LABELS.statusUnderReview
};

export const EDGES = [
    { value: 'Ethics', label: LABELS.edgeEthics },
    { value: 'Aesthetics', label: LABELS.edgeAesthetics },
    { value: 'Emotion', label: LABELS.edgeEmotion },
    { value: 'Epic', label: LABELS.edgeEpic },
    { value: 'Energy', label: LABELS.edgeEnergy },
    { value: 'Education', label: LABELS.edgeEducation },
    { value: 'Enthusiasm', label: LABELS.edgeEnthusiasm },
    { value: 'Economy', label: LABELS.edgeEconomy },
    { value: 'Efficiency', label: LABELS.edgeEfficiency }
];

export const OWNER_SIDES = [
    { value: 'Ours', label: LABELS.objSideOurs },
    { value: 'Customer', label: LABELS.objSideCustomer },
    { value: 'Joint', label: LABELS.objSideJoint }
];

export const OBJECTIVE_STATUSES = [
    { value: 'NotStarted', label: LABELS.objStatusNotStarted },
    { value: 'OnTrack', label: LABELS.objStatusOnTrack },
    { value: 'AtRisk', label: LABELS.objStatusAtRisk },
    { value: 'Done', label: LABELS.objStatusDone },
    { value: 'Dropped', label: LABELS.objStatusDropped }
];

const valueOf = (record, field) => {
    const cell = record && record.fields ? record.fields[field] : undefined;
    return cell && cell.value !== undefined ? cell.value : null;
};

/** A UI API record (getRelatedListRecords) as a plain vision: id, status, version and the joint texts. */
export function visionFromRecord(record) {
    const vision = { id: record.id };
    for (const [key, field] of Object.entries(F)) vision[key] = valueOf(record, field);
    return vision;
}

export function objectiveFromRecord(record) {
    const objective = { id: record.id };
    for (const [key, field] of Object.entries(OF)) objective[key] = valueOf(record, field);
    return objective;
}

/** The record fields of the given keys, for updateRecord/createRecord; blank text is written as null. */
export function fieldsOf(values, keys) {
    const fields = {};
    for (const key of keys) {
        const value = values[key];
        fields[F[key]] = value === '' || value === undefined ? null : value;
    }
    return fields;
}

/** Agreeing records when and with whom: both are required (docs/method.md, Customer vision: the vision is written jointly). */
export function agreementProblems(agreedDate, participants) {
    const problems = [];
    if (!agreedDate) problems.push('agreedDate');
    if (!participants || !String(participants).trim()) problems.push('participants');
    return problems;
}

/** The fields of a new Draft version made from an agreed one: the joint content, not the agreement. */
export function newVersionFields(agreed, accountId, name) {
    return {
        ...fieldsOf(agreed, JOINT_KEYS),
        [F.account]: accountId,
        [F.name]: name,
        [F.status]: STATUS.draft,
        [F.version]: (Number(agreed.version) || 0) + 1,
        [F.previousVersion]: agreed.id
    };
}

export function todayIso(now = new Date()) {
    const pad = (n) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function addDays(iso, days) {
    const date = new Date(`${iso}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + days);
    return date.toISOString().slice(0, 10);
}

/**
 * Progress toward the target as a whole percent, or null when there is nothing to measure against;
 * the right way round for a reduction such as downtime (the core's objectiveProgress).
 */
export function progressOf(objective) {
    const num = (v) => (v === null || v === undefined || v === '' ? null : Number(v));
    const direction = directionOf({ measure: objective.measure || '', name: objective.name || '' });
    return objectiveProgress(num(objective.target), num(objective.actual), direction);
}

export function isOverdue(objective, today) {
    return objectiveOverdue(objective.dueDate || null, objective.status || null, today);
}

/** The status to show: never "On track" for an overdue objective (the core's objectiveStatusShown). */
export function statusShown(objective, today) {
    return objectiveStatusShown(objective.dueDate || null, objective.status || null, today);
}

/** A review is due when its date is within `days` days (or past) of an agreed or reviewed vision. */
export function reviewDue(vision, today, days) {
    if (!vision || !vision.nextReview || vision.status === STATUS.draft) return false;
    return vision.nextReview <= addDays(today, days);
}
