/**
 * Vision and objective records in the REST API's shape, and the internal words that must never reach a
 * customer-safe document: the label texts of messages/labels.md, the Finnish tier, treatment and
 * quadrant labels, and every computed Account field's API name.
 */
import { readFileSync } from 'node:fs';
import { ACCOUNT_COMPUTED, OBJECTIVE, VISION } from '../../src/schema/fields.js';
import { repoPath } from './paths.js';

export const ACCOUNT_ID = '001000000000001AAA';
export const VISION_ID = 'a0A000000000001AAA';
export const EARLIER_VISION_ID = 'a0A000000000002AAA';

/** Values a customer may read; each is distinctive so a test can find it in any format. */
export const JOINT_TEXT = {
  currentState: 'Harbour logistics, three sites; we deliver crane maintenance since 2021.',
  developmentPlan: 'Extend preventive maintenance to the northern terminal.',
  sharedVision: 'Zero unplanned crane stops by 2027, planned together each quarter.',
  cadence: 'Monthly steering call',
  channels: 'Teams, site visits',
  people: 'Anna Virtanen (customer), Ben Ortiz (ours)',
  followUp: 'Quarterly review of the objectives below.',
  valueEncounter: 'Every visit ends with a written service note.',
  valueRelationship: 'Spare parts held for their cranes.',
  valueWhole: 'Supports their goal of a safer port.',
  edgesNotes: 'Our engineers train their operators.',
  participants: 'Anna Virtanen, Mikko Lahti',
  objectiveName: 'Cut crane downtime',
  objectiveMeasure: 'Downtime hours per month',
  objectiveOwner: 'Mikko Lahti',
} as const;

export function visionRow(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    attributes: { type: VISION.object, url: `/services/data/v62.0/sobjects/${VISION.object}/${VISION_ID}` },
    Id: VISION_ID,
    [VISION.version]: 2,
    [VISION.status]: 'Agreed',
    [VISION.agreedDate]: '2026-03-15',
    [VISION.customerParticipants]: JOINT_TEXT.participants,
    [VISION.currentState]: JOINT_TEXT.currentState,
    [VISION.developmentPlan]: JOINT_TEXT.developmentPlan,
    [VISION.sharedVision]: JOINT_TEXT.sharedVision,
    [VISION.communicationCadence]: JOINT_TEXT.cadence,
    [VISION.communicationChannels]: JOINT_TEXT.channels,
    [VISION.communicationPeople]: JOINT_TEXT.people,
    [VISION.followUp]: JOINT_TEXT.followUp,
    [VISION.valueEncounter]: JOINT_TEXT.valueEncounter,
    [VISION.valueRelationship]: JOINT_TEXT.valueRelationship,
    [VISION.valueWhole]: JOINT_TEXT.valueWhole,
    [VISION.competitiveEdges]: 'Education;Efficiency',
    [VISION.competitiveEdgesNotes]: JOINT_TEXT.edgesNotes,
    [VISION.nextReviewDate]: '2026-06-15',
    ...overrides,
  };
}

export function objectiveRow(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    attributes: { type: OBJECTIVE.object, url: `/services/data/v62.0/sobjects/${OBJECTIVE.object}/a0B000000000001AAA` },
    [OBJECTIVE.vision]: VISION_ID,
    [OBJECTIVE.name]: JOINT_TEXT.objectiveName,
    [OBJECTIVE.ownerSide]: 'Customer',
    [OBJECTIVE.ownerName]: JOINT_TEXT.objectiveOwner,
    [OBJECTIVE.measure]: JOINT_TEXT.objectiveMeasure,
    [OBJECTIVE.target]: 10,
    [OBJECTIVE.actual]: 6,
    [OBJECTIVE.dueDate]: '2026-01-31',
    [OBJECTIVE.status]: 'OnTrack',
    [OBJECTIVE.description]: '',
    ...overrides,
  };
}

/** The English label texts of messages/labels.md (tiers, treatments, quadrants, dimensions, causes). */
export function englishLabelTexts(): string[] {
  const text = readFileSync(repoPath('messages', 'labels.md'), 'utf8');
  return text
    .split(/^# .*$/m)
    .map((body) => body.trim())
    .filter(Boolean);
}

/** The Finnish tier, treatment and quadrant labels of the org's translation ("Vanki", …). */
export function finnishInternalLabels(): string[] {
  const xml = readFileSync(repoPath('force-app-unpackaged', 'main', 'default', 'translations', 'fi.translation-meta.xml'), 'utf8');
  return [
    ...xml.matchAll(
      /<customLabels>\s*<label>([^<]*)<\/label>\s*<name>CVP_(?:Quadrant|Tier|Treatment)_[A-Za-z_]+<\/name>/g
    ),
  ]
    .map((m) => m[1].trim())
    .filter(Boolean);
}

/** Distinctive internal figures, so a number leaking is caught as surely as a word. */
export const INTERNAL_NUMBERS = ['87.65', '0.4321', '7777'];

/** Every computed Account field, filled with an internal value or label. */
export function internalValues(labels: readonly string[]): Record<string, unknown> {
  const names = Object.values(ACCOUNT_COMPUTED);
  return Object.fromEntries(
    names.map((name, i) => [name, i < 3 ? Number(INTERNAL_NUMBERS[i]) : labels[i % labels.length]])
  );
}

export function forbiddenTerms(): string[] {
  return [...englishLabelTexts(), ...finnishInternalLabels(), ...Object.values(ACCOUNT_COMPUTED), ...INTERNAL_NUMBERS];
}

/** Whole-word, case-sensitive: "Develop" must not match "Development plan", "Risk" not "At risk". */
export function leakedTerms(text: string, terms: readonly string[]): string[] {
  return terms.filter((term) => {
    const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?<![\\p{L}\\p{N}_])${escaped}(?![\\p{L}\\p{N}_])`, 'u').test(text);
  });
}
