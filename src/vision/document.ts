/**
 * The customer-safe document: what a key account manager may hand to the customer. It is built from an
 * allow-list of the joint fields of a vision and its objectives (docs/method.md, Customer vision); anything else on the
 * records (scores, tiers, treatments, quadrants, ABC classes, internal notes) has no place in the type,
 * so a renderer cannot show it even by mistake.
 */
import {
  COMPETITIVE_EDGES,
  OBJECTIVE,
  OBJECTIVE_OWNER_SIDES,
  OBJECTIVE_STATUSES,
  VISION,
  VISION_STATUSES,
} from '../schema/fields.js';
import { directionOf, objectiveOverdue, objectiveProgress, objectiveStatusShown } from '../core/index.js';

export type VisionStatus = (typeof VISION_STATUSES)[number];
export type OwnerSide = (typeof OBJECTIVE_OWNER_SIDES)[number];
export type ObjectiveStatus = (typeof OBJECTIVE_STATUSES)[number];
export type CompetitiveEdge = (typeof COMPETITIVE_EDGES)[number];

export type SafeObjective = {
  readonly name: string;
  readonly ownerSide: OwnerSide | null;
  readonly ownerName: string;
  readonly measure: string;
  readonly target: number | null;
  readonly actual: number | null;
  readonly dueDate: string | null;
  readonly status: ObjectiveStatus | null;
  readonly description: string;
};

export type SafeVersion = {
  readonly version: number | null;
  readonly status: VisionStatus | null;
  readonly agreedDate: string | null;
  readonly customerParticipants: string;
  readonly currentState: string;
  readonly developmentPlan: string;
  readonly sharedVision: string;
  readonly communicationCadence: string;
  readonly communicationChannels: string;
  readonly communicationPeople: string;
  readonly followUp: string;
  readonly valueEncounter: string;
  readonly valueRelationship: string;
  readonly valueWhole: string;
  readonly competitiveEdges: readonly CompetitiveEdge[];
  readonly competitiveEdgesNotes: string;
  readonly nextReviewDate: string | null;
  readonly objectives: readonly SafeObjective[];
};

export type CustomerSafeDocument = {
  readonly customerName: string;
  readonly current: SafeVersion;
  /** Earlier agreed versions, newest first; empty unless asked for. */
  readonly earlier: readonly SafeVersion[];
};

/** A record as the REST API returns it: field name → value, plus `attributes`. */
export type RecordRow = Readonly<Record<string, unknown>>;

/** The vision fields a customer may see: the joint content and its status. */
export const JOINT_VISION_FIELDS = [
  VISION.version,
  VISION.status,
  VISION.agreedDate,
  VISION.customerParticipants,
  VISION.currentState,
  VISION.developmentPlan,
  VISION.sharedVision,
  VISION.communicationCadence,
  VISION.communicationChannels,
  VISION.communicationPeople,
  VISION.followUp,
  VISION.valueEncounter,
  VISION.valueRelationship,
  VISION.valueWhole,
  VISION.competitiveEdges,
  VISION.competitiveEdgesNotes,
  VISION.nextReviewDate,
] as const;

/** The objective fields a customer may see. The owner user lookup is ours and stays out. */
export const JOINT_OBJECTIVE_FIELDS = [
  OBJECTIVE.name,
  OBJECTIVE.ownerSide,
  OBJECTIVE.ownerName,
  OBJECTIVE.measure,
  OBJECTIVE.target,
  OBJECTIVE.actual,
  OBJECTIVE.dueDate,
  OBJECTIVE.status,
  OBJECTIVE.description,
] as const;

const text = (row: RecordRow, field: string): string => {
  const value = row[field];
  return typeof value === 'string' ? value : '';
};
const num = (row: RecordRow, field: string): number | null => {
  const value = row[field];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
};
const date = (row: RecordRow, field: string): string | null => {
  const value = row[field];
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
};
function oneOf<T extends string>(values: readonly T[], value: unknown): T | null {
  return typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : null;
}

export function safeObjective(row: RecordRow): SafeObjective {
  return {
    name: text(row, OBJECTIVE.name),
    ownerSide: oneOf(OBJECTIVE_OWNER_SIDES, row[OBJECTIVE.ownerSide]),
    ownerName: text(row, OBJECTIVE.ownerName),
    measure: text(row, OBJECTIVE.measure),
    target: num(row, OBJECTIVE.target),
    actual: num(row, OBJECTIVE.actual),
    dueDate: date(row, OBJECTIVE.dueDate),
    status: oneOf(OBJECTIVE_STATUSES, row[OBJECTIVE.status]),
    description: text(row, OBJECTIVE.description),
  };
}

/** A multi-select picklist arrives as "Ethics;Energy"; only the 9E values pass. */
function edges(value: unknown): CompetitiveEdge[] {
  if (typeof value !== 'string') return [];
  const chosen = new Set(value.split(';').map((v) => v.trim()));
  return COMPETITIVE_EDGES.filter((edge) => chosen.has(edge));
}

export function safeVersion(row: RecordRow, objectives: readonly RecordRow[]): SafeVersion {
  return {
    version: num(row, VISION.version),
    status: oneOf(VISION_STATUSES, row[VISION.status]),
    agreedDate: date(row, VISION.agreedDate),
    customerParticipants: text(row, VISION.customerParticipants),
    currentState: text(row, VISION.currentState),
    developmentPlan: text(row, VISION.developmentPlan),
    sharedVision: text(row, VISION.sharedVision),
    communicationCadence: text(row, VISION.communicationCadence),
    communicationChannels: text(row, VISION.communicationChannels),
    communicationPeople: text(row, VISION.communicationPeople),
    followUp: text(row, VISION.followUp),
    valueEncounter: text(row, VISION.valueEncounter),
    valueRelationship: text(row, VISION.valueRelationship),
    valueWhole: text(row, VISION.valueWhole),
    competitiveEdges: edges(row[VISION.competitiveEdges]),
    competitiveEdgesNotes: text(row, VISION.competitiveEdgesNotes),
    nextReviewDate: date(row, VISION.nextReviewDate),
    objectives: objectives.map(safeObjective),
  };
}

export type VisionSource = { readonly vision: RecordRow; readonly objectives: readonly RecordRow[] };

/**
 * The document from the records as read. `customerName` is the account's name and nothing else of the
 * account is taken.
 */
export function buildCustomerSafeDocument(
  customerName: string,
  current: VisionSource,
  earlier: readonly VisionSource[] = []
): CustomerSafeDocument {
  return {
    customerName,
    current: safeVersion(current.vision, current.objectives),
    earlier: earlier.map((source) => safeVersion(source.vision, source.objectives)),
  };
}

/** Progress toward the target, the right way round for a reduction (core/vision/objective-progress.ts). */
export function progressPercent(
  objective: Pick<SafeObjective, 'target' | 'actual' | 'measure'> & { readonly name?: string }
): number | null {
  return objectiveProgress(objective.target, objective.actual, directionOf(objective));
}

/** Past its due date (`today` as YYYY-MM-DD) and neither done nor dropped. */
export function isOverdue(objective: Pick<SafeObjective, 'dueDate' | 'status'>, today: string): boolean {
  return objectiveOverdue(objective.dueDate, objective.status, today);
}

/** The status to show: never "On track" for an overdue objective (core/vision/objective-progress.ts). */
export function statusShown(
  objective: Pick<SafeObjective, 'dueDate' | 'status'>,
  today: string
): ObjectiveStatus | null {
  return objectiveStatusShown(objective.dueDate, objective.status, today);
}
