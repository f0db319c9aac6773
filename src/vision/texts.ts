/**
 * The document's words in the two languages of the method. Finnish follows the method's own
 * words (docs/method.md, Customer vision): the asiakkuusvisio sections, the 9E, the three levels of value.
 */
import type { CompetitiveEdge, ObjectiveStatus, OwnerSide, VisionStatus } from './document.js';

export const LANGUAGES = ['en', 'fi'] as const;
export type Language = (typeof LANGUAGES)[number];

export type DocumentTexts = {
  readonly title: string;
  readonly version: string;
  readonly status: string;
  readonly agreedOn: string;
  readonly participants: string;
  readonly nextReview: string;
  readonly currentState: string;
  readonly developmentPlan: string;
  readonly sharedVision: string;
  readonly communication: string;
  readonly cadence: string;
  readonly channels: string;
  readonly people: string;
  readonly followUp: string;
  readonly value: string;
  readonly valueEncounter: string;
  readonly valueRelationship: string;
  readonly valueWhole: string;
  readonly edges: string;
  readonly objectives: string;
  readonly noObjectives: string;
  readonly objective: string;
  readonly owner: string;
  readonly measure: string;
  readonly target: string;
  readonly actual: string;
  readonly progress: string;
  readonly due: string;
  readonly overdue: string;
  readonly earlier: string;
  readonly empty: string;
  readonly statuses: Readonly<Record<VisionStatus, string>>;
  readonly sides: Readonly<Record<OwnerSide, string>>;
  readonly objectiveStatuses: Readonly<Record<ObjectiveStatus, string>>;
  readonly edgeNames: Readonly<Record<CompetitiveEdge, string>>;
  readonly locale: string;
};

const EN: DocumentTexts = {
  title: 'Customer vision',
  version: 'Version',
  status: 'Status',
  agreedOn: 'Agreed on',
  participants: 'Participants',
  nextReview: 'Next review',
  currentState: 'Current state',
  developmentPlan: 'Development plan',
  sharedVision: 'Shared vision and mission',
  communication: 'Communication',
  cadence: 'Cadence',
  channels: 'Channels',
  people: 'People',
  followUp: 'Follow-up',
  value: 'The value we create together',
  valueEncounter: 'In each encounter',
  valueRelationship: 'In the relationship',
  valueWhole: 'For your goals as a whole',
  edges: 'What we build on',
  objectives: 'Objectives',
  noObjectives: 'No objectives yet.',
  objective: 'Objective',
  owner: 'Owner',
  measure: 'Measure',
  target: 'Target',
  actual: 'Actual',
  progress: 'Progress',
  due: 'Due',
  overdue: 'overdue',
  earlier: 'Earlier agreed versions',
  empty: '—',
  statuses: { Draft: 'Draft', Agreed: 'Agreed', UnderReview: 'Under review' },
  sides: { Ours: 'Supplier', Customer: 'Customer', Joint: 'Joint' },
  objectiveStatuses: {
    NotStarted: 'Not started',
    OnTrack: 'On track',
    AtRisk: 'At risk',
    Done: 'Done',
    Dropped: 'Dropped',
  },
  edgeNames: {
    Ethics: 'Ethics',
    Aesthetics: 'Aesthetics',
    Emotion: 'Emotion',
    Epic: 'Epic (our story)',
    Energy: 'Energy',
    Education: 'Education',
    Enthusiasm: 'Enthusiasm',
    Economy: 'Economy',
    Efficiency: 'Efficiency',
  },
  locale: 'en-GB',
};

const FI: DocumentTexts = {
  title: 'Asiakkuusvisio',
  version: 'Versio',
  status: 'Tila',
  agreedOn: 'Sovittu',
  participants: 'Osallistujat',
  nextReview: 'Seuraava katselmointi',
  currentState: 'Nykytila',
  developmentPlan: 'Kehityssuunnitelma',
  sharedVision: 'Yhteinen visio ja missio',
  communication: 'Viestintä',
  cadence: 'Rytmi',
  channels: 'Kanavat',
  people: 'Yhteyshenkilöt',
  followUp: 'Seuranta',
  value: 'Yhdessä tuottamamme arvo',
  valueEncounter: 'Asiakaskohtaamisen tasolla',
  valueRelationship: 'Asiakkuuden tasolla',
  valueWhole: 'Kokonaisuuden tasolla',
  edges: 'Mihin rakennamme',
  objectives: 'Tavoitteet',
  noObjectives: 'Ei vielä tavoitteita.',
  objective: 'Tavoite',
  owner: 'Vastuu',
  measure: 'Mittari',
  target: 'Tavoitearvo',
  actual: 'Toteuma',
  progress: 'Edistyminen',
  due: 'Määräaika',
  overdue: 'myöhässä',
  earlier: 'Aiemmat sovitut versiot',
  empty: '—',
  statuses: { Draft: 'Luonnos', Agreed: 'Sovittu', UnderReview: 'Katselmoitavana' },
  sides: { Ours: 'Toimittaja', Customer: 'Asiakas', Joint: 'Yhteinen' },
  objectiveStatuses: {
    NotStarted: 'Ei aloitettu',
    OnTrack: 'Aikataulussa',
    AtRisk: 'Vaarassa',
    Done: 'Valmis',
    Dropped: 'Luovuttu',
  },
  edgeNames: {
    Ethics: 'Etiikka',
    Aesthetics: 'Estetiikka',
    Emotion: 'Emootio',
    Epic: 'Epiikka (tarinamme)',
    Energy: 'Energia',
    Education: 'Informatiivisuus',
    Enthusiasm: 'Innostuneisuus',
    Economy: 'Ekonomia',
    Efficiency: 'Tehokkuus',
  },
  locale: 'fi-FI',
};

export function documentTexts(language: Language): DocumentTexts {
  return language === 'fi' ? FI : EN;
}
