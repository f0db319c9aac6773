/**
 * The one name map: every object and field API name the code uses. The metadata under force-app is
 * checked against it (test/metadata), so a rename in one place without the other fails the build.
 *
 * Names carry the CVP_ prefix because the package has no namespace: it keeps them clear of an org's own.
 *
 * Units: Percent fields hold percent points (70 means 70 %), as the org stores and the API returns them;
 * the core's fractions (coverage, minimum coverage, shares) are multiplied by 100 on the way in.
 */
import type { AssessedDimensionKey, DimensionKey, LifecycleStage, Tier } from '../core/index.js';

export const ACCOUNT = 'Account';

/** Account fields a person enters. The sync never writes these. */
export const ACCOUNT_ASSESSED = {
  loyalty: 'CVP_Loyalty_Score__c',
  potential: 'CVP_Potential_Score__c',
  reference: 'CVP_Reference_Score__c',
  learning: 'CVP_Learning_Score__c',
  contact: 'CVP_Contact_Score__c',
  emotional: 'CVP_Emotional_Score__c',
  volumeEntered: 'CVP_Volume_Score_Entered__c',
  profitabilityEntered: 'CVP_Profitability_Score_Entered__c',
  commitment: 'CVP_Commitment__c',
  binding: 'CVP_Binding__c',
  lifecycleStage: 'CVP_Lifecycle_Stage__c',
} as const satisfies Record<AssessedDimensionKey, string> & Record<string, string>;

/** Account fields the sync computes and writes; read-only to people. */
export const ACCOUNT_COMPUTED = {
  weightedScore: 'CVP_Weighted_Score__c',
  coverage: 'CVP_Coverage__c',
  incomplete: 'CVP_Incomplete__c',
  rank: 'CVP_Rank__c',
  tier: 'CVP_Tier__c',
  treatment: 'CVP_Treatment__c',
  quadrant: 'CVP_Quadrant__c',
  abcClass: 'CVP_ABC_Class__c',
  volumeScore: 'CVP_Volume_Score__c',
  profitabilityScore: 'CVP_Profitability_Score__c',
  /** The key of the profile the scores were computed with (text: a profile may live only in a file). */
  scoringProfile: 'CVP_Scoring_Profile__c',
  scoredAt: 'CVP_Scored_At__c',
  revenue: 'CVP_Revenue__c',
  customerMargin: 'CVP_Customer_Margin__c',
  /** The profitability period the revenue and margin above come from, e.g. "2025-Q3". */
  period: 'CVP_Current_Period__c',
  /** The version of the scoring profile that computed these values (SCORING_PROFILE_VERSION); null off the org. */
  profileVersion: 'CVP_Profile_Version__c',
} as const;

/**
 * Account fields the sync computes over the whole portfolio (docs/method.md, Portfolio analysis and
 * Profile comparison), so that a component can list every loss-maker, riser or faller with one paged
 * query, and the Account page can show the account's place on the whale curve. Read-only to people.
 */
export const ACCOUNT_PLACE = {
  /** Share of the accounts with a margin that come before it on the whale curve, percent points. */
  curveAccountShare: 'CVP_Curve_Account_Share__c',
  /** Cumulative margin through it, most profitable first, as percent points of the total. */
  curveMarginShare: 'CVP_Curve_Margin_Share__c',
  /** The loss cause its treatment answers (primaryCause), only while it loses money. */
  lossCause: 'CVP_Loss_Cause__c',
  /** Its rank under the comparison profile. */
  compareRank: 'CVP_Compare_Rank__c',
  /** Rank − compare rank: positive when it rises under the comparison profile. */
  compareRankChange: 'CVP_Compare_Rank_Change__c',
} as const;

/**
 * What the sync keeps on the Account about its assessments (docs/method.md, Review due): computed, read-only
 * to people. The last assessment is a person's (a Manual value assessment); the latest history row is
 * any source's, kept so the sync compares with it without reading the whole history (docs/sync.md).
 */
export const ACCOUNT_REVIEW = {
  lastAssessedAt: 'CVP_Last_Assessed_At__c',
  lastAssessedBy: 'CVP_Last_Assessed_By__c',
  /** The day the account is due for reassessment; blank when its tier is never due. */
  reviewDueOn: 'CVP_Review_Due_On__c',
  latestHistoryAt: 'CVP_Latest_History_At__c',
  /** Fingerprint of the latest history row's scores, as text. */
  latestHistoryKey: 'CVP_Latest_History_Key__c',
} as const;

/** Lookup relationships of ACCOUNT_REVIEW, as UI API field paths and GraphQL name them. */
export const ACCOUNT_REVIEW_RELATIONSHIPS = {
  lastAssessedBy: 'CVP_Last_Assessed_By__r',
} as const;

/**
 * Customer profitability per account and period (docs/method.md, Customer margin).
 * `externalId` is `<18-character account Id>:<period>`; a validation rule in the org enforces exactly
 * that, so one account and period can only ever have one row.
 */
export const PROFITABILITY = {
  object: 'CVP_Customer_Profitability__c',
  account: 'CVP_Account__c',
  period: 'CVP_Period__c',
  externalId: 'CVP_External_Id__c',
  revenue: 'CVP_Revenue__c',
  directCosts: 'CVP_Direct_Costs__c',
  salesCosts: 'CVP_Sales_Costs__c',
  marketingCosts: 'CVP_Marketing_Costs__c',
  serviceCosts: 'CVP_Service_Costs__c',
  serviceHours: 'CVP_Service_Hours__c',
  salesMargin: 'CVP_Sales_Margin__c',
  customerMargin: 'CVP_Customer_Margin__c',
  marginPct: 'CVP_Margin_Pct__c',
} as const;

/** Scoring profiles (a custom object, so components read them through LDS/GraphQL). */
export const SCORING_PROFILE = {
  object: 'CVP_Scoring_Profile__c',
  /** The English name of the profile. */
  name: 'Name',
  /** The profile key of src/core ("current", "future"): unique, the upsert key. */
  key: 'CVP_Key__c',
  nameFi: 'CVP_Name_Fi__c',
  description: 'CVP_Description__c',
  isDefault: 'CVP_Default__c',
  tierKeyAccount: 'CVP_Tier_Key_Account__c',
  tierDevelop: 'CVP_Tier_Develop__c',
  tierMaintain: 'CVP_Tier_Maintain__c',
  matrixHigh: 'CVP_Matrix_High__c',
  /** Percent points: 70 is a minimum coverage of 0.7. */
  minCoverage: 'CVP_Min_Coverage__c',
  /** Fixed band limits as text, four numbers separated by semicolons; blank means quintiles. */
  volumeBands: 'CVP_Volume_Bands__c',
  profitabilityBands: 'CVP_Profitability_Bands__c',
  /** The key of the profile the what-if made this one from (docs/workspace.md); blank otherwise. */
  derivedFrom: 'CVP_Derived_From__c',
} as const;

/**
 * The portfolio scope (src/core/portfolio/portfolio-scope.ts), read from the default profile: the portfolio is one
 * set of accounts, whichever profile scores it. Account Type API values separated by semicolons.
 */
export const SCORING_PROFILE_SCOPE = {
  /** Types that form the portfolio; blank: every Type. */
  includedTypes: 'CVP_Scope_Included_Types__c',
  /** Types left out of the portfolio (by default Prospect;Partner;Competitor). */
  excludedTypes: 'CVP_Scope_Excluded_Types__c',
  /** Account record type developer names that form the portfolio; blank: any. */
  recordTypes: 'CVP_Scope_Record_Types__c',
} as const;

/**
 * A profile's versions (docs/method.md, Profile versions). Only the sync writes these: the number and
 * fingerprint of the current figures, and every version's frozen figures as JSON (ProfileVersion[]).
 */
export const SCORING_PROFILE_VERSION = {
  version: 'CVP_Version__c',
  fingerprint: 'CVP_Version_Fingerprint__c',
  versions: 'CVP_Versions__c',
} as const;

/**
 * The sync's follow-up settings, read from the default profile with the scope (src/org/follow-up/write-tasks.ts):
 * whether it creates follow-up Tasks, and the Chatter group (by name) it posts the movers digest to.
 */
export const SCORING_PROFILE_FOLLOW_UP = {
  /** Checkbox, off by default. */
  tasks: 'CVP_Follow_Up_Tasks__c',
  /** A CollaborationGroup's Name; blank: no post. */
  digestGroup: 'CVP_Digest_Group__c',
} as const;

/**
 * The profile the sync compares the ranking with (docs/method.md, Profile comparison), read from the
 * default profile with the scope: the key of another profile; blank: "future" (org-profile.ts).
 */
export const SCORING_PROFILE_COMPARE = {
  compareProfile: 'CVP_Compare_Profile__c',
} as const;

/**
 * The follow-up Task the sync creates (a standard Task; the key is a custom field on Activity, which
 * Tasks and Events share). The key names the account and the moment of the state it moved from.
 */
export const FOLLOW_UP_TASK = {
  object: 'Task',
  key: 'CVP_Follow_Up_Key__c',
} as const;

/** The object metadata names the custom fields Tasks and Events share. */
export const ACTIVITY = 'Activity';

/** Chatter: the group the digest is posted to, and the post. */
export const CHATTER = {
  group: 'CollaborationGroup',
  post: 'FeedItem',
} as const;

/** Months between assessments per tier (docs/method.md, Review due); blank or 0: never due. */
export const SCORING_PROFILE_REVIEW = {
  keyAccount: 'CVP_Review_Months_Key_Account__c',
  develop: 'CVP_Review_Months_Develop__c',
  maintain: 'CVP_Review_Months_Maintain__c',
  lean: 'CVP_Review_Months_Lean__c',
} as const satisfies Record<Tier, string>;

/** One weight field per dimension, in percent (the eight sum to 100). */
export const SCORING_PROFILE_WEIGHTS = {
  volume: 'CVP_Weight_Volume__c',
  profitability: 'CVP_Weight_Profitability__c',
  loyalty: 'CVP_Weight_Loyalty__c',
  potential: 'CVP_Weight_Potential__c',
  reference: 'CVP_Weight_Reference__c',
  learning: 'CVP_Weight_Learning__c',
  contact: 'CVP_Weight_Contact__c',
  emotional: 'CVP_Weight_Emotional__c',
} as const satisfies Record<DimensionKey, string>;

/** A history row each time an account's scores change. */
export const VALUE_ASSESSMENT = {
  object: 'CVP_Value_Assessment__c',
  account: 'CVP_Account__c',
  assessedBy: 'CVP_Assessed_By__c',
  assessedAt: 'CVP_Assessed_At__c',
  commitment: 'CVP_Commitment__c',
  binding: 'CVP_Binding__c',
  weightedScore: 'CVP_Weighted_Score__c',
  tier: 'CVP_Tier__c',
  profileKey: 'CVP_Profile_Key__c',
  comment: 'CVP_Comment__c',
  /** Who recorded the assessment, as a code (SOURCE_VALUES): each reader sees it in their own language. */
  source: 'CVP_Source__c',
  /** The version of the scoring profile that produced the weighted score and tier. */
  profileVersion: 'CVP_Profile_Version__c',
} as const;

/** The eight scores of an assessment: the ones in effect (entered, or computed from figures). */
export const VALUE_ASSESSMENT_SCORES = {
  volume: 'CVP_Volume_Score__c',
  profitability: 'CVP_Profitability_Score__c',
  loyalty: 'CVP_Loyalty_Score__c',
  potential: 'CVP_Potential_Score__c',
  reference: 'CVP_Reference_Score__c',
  learning: 'CVP_Learning_Score__c',
  contact: 'CVP_Contact_Score__c',
  emotional: 'CVP_Emotional_Score__c',
} as const satisfies Record<DimensionKey, string>;

/** The joint customer vision (docs/method.md, Customer vision), one record per version. */
export const VISION = {
  object: 'CVP_Customer_Vision__c',
  name: 'Name',
  account: 'CVP_Account__c',
  status: 'CVP_Status__c',
  version: 'CVP_Version__c',
  agreedDate: 'CVP_Agreed_Date__c',
  customerParticipants: 'CVP_Customer_Participants__c',
  currentState: 'CVP_Current_State__c',
  developmentPlan: 'CVP_Development_Plan__c',
  sharedVision: 'CVP_Shared_Vision__c',
  communicationCadence: 'CVP_Communication_Cadence__c',
  communicationChannels: 'CVP_Communication_Channels__c',
  communicationPeople: 'CVP_Communication_People__c',
  followUp: 'CVP_Follow_Up__c',
  valueEncounter: 'CVP_Value_Encounter__c',
  valueRelationship: 'CVP_Value_Relationship__c',
  valueWhole: 'CVP_Value_Whole__c',
  competitiveEdges: 'CVP_Competitive_Edges__c',
  competitiveEdgesNotes: 'CVP_Competitive_Edges_Notes__c',
  nextReviewDate: 'CVP_Next_Review_Date__c',
  previousVersion: 'CVP_Previous_Version__c',
} as const;

/** An objective of a vision: who owns it, how it is measured, when it is due. */
export const OBJECTIVE = {
  object: 'CVP_Vision_Objective__c',
  name: 'Name',
  vision: 'CVP_Vision__c',
  ownerSide: 'CVP_Owner_Side__c',
  ownerName: 'CVP_Owner_Name__c',
  ownerUser: 'CVP_Owner_User__c',
  measure: 'CVP_Measure__c',
  target: 'CVP_Target__c',
  actual: 'CVP_Actual__c',
  dueDate: 'CVP_Due_Date__c',
  status: 'CVP_Status__c',
  description: 'CVP_Description__c',
  overdue: 'CVP_Overdue__c',
} as const;

/** The portfolio summary (docs/method.md, Portfolio analysis) at a point in time, per profile. Shares in percent points. */
export const SNAPSHOT = {
  object: 'CVP_Portfolio_Snapshot__c',
  takenAt: 'CVP_Taken_At__c',
  profileKey: 'CVP_Profile_Key__c',
  accounts: 'CVP_Accounts__c',
  keyAccounts: 'CVP_Key_Accounts__c',
  developAccounts: 'CVP_Develop_Accounts__c',
  maintainAccounts: 'CVP_Maintain_Accounts__c',
  leanAccounts: 'CVP_Lean_Accounts__c',
  prisonerAccounts: 'CVP_Prisoner_Accounts__c',
  idealAccounts: 'CVP_Ideal_Accounts__c',
  riskAccounts: 'CVP_Risk_Accounts__c',
  emotionalBondAccounts: 'CVP_Emotional_Bond_Accounts__c',
  aAccounts: 'CVP_A_Accounts__c',
  bAccounts: 'CVP_B_Accounts__c',
  cAccounts: 'CVP_C_Accounts__c',
  totalRevenue: 'CVP_Total_Revenue__c',
  totalMargin: 'CVP_Total_Margin__c',
  top20MarginShare: 'CVP_Top20_Margin_Share__c',
  top20RevenueShare: 'CVP_Top20_Revenue_Share__c',
  whalePeakShare: 'CVP_Whale_Peak_Share__c',
  keyAccountMarginShare: 'CVP_Key_Account_Margin_Share__c',
  averageScore: 'CVP_Average_Score__c',
  unprofitableAccounts: 'CVP_Unprofitable_Accounts__c',
  incompleteAccounts: 'CVP_Incomplete_Accounts__c',
  profileVersion: 'CVP_Profile_Version__c',
} as const;

/** What a snapshot keeps of the analyses over every account in scope (the whale curve as versioned JSON). */
export const SNAPSHOT_WHOLE = {
  whaleCurve: 'CVP_Whale_Curve__c',
  /** Sum of the negative customer margins (≤ 0). */
  lossTotal: 'CVP_Loss_Total__c',
  /** The profile the accounts' compare ranks come from. */
  compareProfileKey: 'CVP_Compare_Profile_Key__c',
} as const;

/** What a snapshot records of the reviews (docs/sync.md). */
export const SNAPSHOT_REVIEW = {
  /** Accounts due for reassessment on the day of the snapshot: a figure, compared like the others. */
  dueAccounts: 'CVP_Review_Due_Accounts__c',
  /** Every value assessment changed before this is reflected on the accounts: the next sync's watermark. */
  historyThrough: 'CVP_History_Through__c',
} as const;

/** Child relationship names, as SOQL sub-queries and GraphQL name them. */
export const RELATIONSHIPS = {
  accountProfitability: 'CVP_Profitability__r',
  accountValueAssessments: 'CVP_Value_Assessments__r',
  accountVisions: 'CVP_Customer_Visions__r',
  visionObjectives: 'CVP_Objectives__r',
  visionLaterVersions: 'CVP_Later_Versions__r',
} as const;

/**
 * Picklist API values. The computed picklists (tier, treatment, quadrant, ABC class) use the core's keys
 * as they are (TIERS, TREATMENTS, QUADRANTS, ABC_CLASSES of src/core/model/dimensions.ts).
 */
export const LIFECYCLE_STAGE_VALUES = {
  pioneer: 'Pioneer',
  growth: 'Growth',
  established: 'Established',
  declining: 'Declining',
  ending: 'Ending',
} as const satisfies Record<LifecycleStage, string>;

/** Who recorded a value assessment (CVP_Source__c); a person's entry defaults to Manual. */
export const ASSESSMENT_SOURCES = ['Sync', 'Manual'] as const;
export const VISION_STATUSES = ['Draft', 'Agreed', 'UnderReview'] as const;
export const OBJECTIVE_OWNER_SIDES = ['Ours', 'Customer', 'Joint'] as const;
export const OBJECTIVE_STATUSES = ['NotStarted', 'OnTrack', 'AtRisk', 'Done', 'Dropped'] as const;
/** The method's 9E: the competitive edges a vision can build on (docs/method.md, Customer vision). */
export const COMPETITIVE_EDGES = [
  'Ethics',
  'Aesthetics',
  'Emotion',
  'Epic',
  'Energy',
  'Education',
  'Enthusiasm',
  'Economy',
  'Efficiency',
] as const;

export const PERMISSION_SETS = {
  user: 'CVP_User',
  manager: 'CVP_Manager',
  integration: 'CVP_Integration',
  admin: 'CVP_Admin',
} as const;
export const APP = 'CVP_Customer_Value';
/** The Lightning record page the package gives Account; the app makes it the Account page. */
export const ACCOUNT_RECORD_PAGE = 'CVP_Account_Record_Page';

/**
 * The type each named field has in force-app, as the field file's <type>; formula fields as
 * `Formula(<result type>)`, because code must never try to write them.
 */
export type FieldType =
  | 'Checkbox'
  | 'Currency'
  | 'Date'
  | 'DateTime'
  | 'LongTextArea'
  | 'Lookup'
  | 'MasterDetail'
  | 'MultiselectPicklist'
  | 'Number'
  | 'Percent'
  | 'Picklist'
  | 'Text'
  | 'Formula(Checkbox)'
  | 'Formula(Currency)'
  | 'Formula(Percent)';

type TypesOf<M> = Record<Exclude<keyof M, 'object'>, FieldType>;

const SCORE = 'Number';

const ACCOUNT_ASSESSED_TYPES = {
  loyalty: SCORE,
  potential: SCORE,
  reference: SCORE,
  learning: SCORE,
  contact: SCORE,
  emotional: SCORE,
  volumeEntered: SCORE,
  profitabilityEntered: SCORE,
  commitment: SCORE,
  binding: SCORE,
  lifecycleStage: 'Picklist',
} as const satisfies TypesOf<typeof ACCOUNT_ASSESSED>;

const ACCOUNT_COMPUTED_TYPES = {
  weightedScore: 'Number',
  coverage: 'Percent',
  incomplete: 'Checkbox',
  rank: 'Number',
  tier: 'Picklist',
  treatment: 'Picklist',
  quadrant: 'Picklist',
  abcClass: 'Picklist',
  volumeScore: SCORE,
  profitabilityScore: SCORE,
  scoringProfile: 'Text',
  scoredAt: 'DateTime',
  revenue: 'Currency',
  customerMargin: 'Currency',
  period: 'Text',
  profileVersion: 'Number',
} as const satisfies TypesOf<typeof ACCOUNT_COMPUTED>;

const ACCOUNT_PLACE_TYPES = {
  curveAccountShare: 'Percent',
  curveMarginShare: 'Percent',
  lossCause: 'Picklist',
  compareRank: 'Number',
  compareRankChange: 'Number',
} as const satisfies TypesOf<typeof ACCOUNT_PLACE>;

const PROFITABILITY_TYPES = {
  account: 'MasterDetail',
  period: 'Text',
  externalId: 'Text',
  revenue: 'Currency',
  directCosts: 'Currency',
  salesCosts: 'Currency',
  marketingCosts: 'Currency',
  serviceCosts: 'Currency',
  serviceHours: 'Number',
  salesMargin: 'Formula(Currency)',
  customerMargin: 'Formula(Currency)',
  marginPct: 'Formula(Percent)',
} as const satisfies TypesOf<typeof PROFITABILITY>;

const SCORING_PROFILE_TYPES = {
  name: 'Text',
  key: 'Text',
  nameFi: 'Text',
  description: 'LongTextArea',
  isDefault: 'Checkbox',
  tierKeyAccount: 'Number',
  tierDevelop: 'Number',
  tierMaintain: 'Number',
  matrixHigh: 'Number',
  minCoverage: 'Percent',
  volumeBands: 'Text',
  profitabilityBands: 'Text',
  derivedFrom: 'Text',
} as const satisfies TypesOf<typeof SCORING_PROFILE>;

const ALL_NUMBER = <M extends Record<string, string>>(map: M): Record<keyof M, 'Number'> =>
  Object.fromEntries(Object.keys(map).map((k) => [k, 'Number'])) as Record<keyof M, 'Number'>;

const VALUE_ASSESSMENT_TYPES = {
  account: 'MasterDetail',
  assessedBy: 'Lookup',
  assessedAt: 'DateTime',
  commitment: SCORE,
  binding: SCORE,
  weightedScore: 'Number',
  tier: 'Picklist',
  profileKey: 'Text',
  comment: 'LongTextArea',
  source: 'Picklist',
  profileVersion: 'Number',
} as const satisfies TypesOf<typeof VALUE_ASSESSMENT>;

const VISION_TYPES = {
  name: 'Text',
  account: 'MasterDetail',
  status: 'Picklist',
  version: 'Number',
  agreedDate: 'Date',
  customerParticipants: 'LongTextArea',
  currentState: 'LongTextArea',
  developmentPlan: 'LongTextArea',
  sharedVision: 'LongTextArea',
  communicationCadence: 'Text',
  communicationChannels: 'Text',
  communicationPeople: 'LongTextArea',
  followUp: 'LongTextArea',
  valueEncounter: 'LongTextArea',
  valueRelationship: 'LongTextArea',
  valueWhole: 'LongTextArea',
  competitiveEdges: 'MultiselectPicklist',
  competitiveEdgesNotes: 'LongTextArea',
  nextReviewDate: 'Date',
  previousVersion: 'Lookup',
} as const satisfies TypesOf<typeof VISION>;

const OBJECTIVE_TYPES = {
  name: 'Text',
  vision: 'MasterDetail',
  ownerSide: 'Picklist',
  ownerName: 'Text',
  ownerUser: 'Lookup',
  measure: 'Text',
  target: 'Number',
  actual: 'Number',
  dueDate: 'Date',
  status: 'Picklist',
  description: 'LongTextArea',
  overdue: 'Formula(Checkbox)',
} as const satisfies TypesOf<typeof OBJECTIVE>;

const SNAPSHOT_TYPES = {
  takenAt: 'DateTime',
  profileKey: 'Text',
  accounts: 'Number',
  keyAccounts: 'Number',
  developAccounts: 'Number',
  maintainAccounts: 'Number',
  leanAccounts: 'Number',
  prisonerAccounts: 'Number',
  idealAccounts: 'Number',
  riskAccounts: 'Number',
  emotionalBondAccounts: 'Number',
  aAccounts: 'Number',
  bAccounts: 'Number',
  cAccounts: 'Number',
  totalRevenue: 'Currency',
  totalMargin: 'Currency',
  top20MarginShare: 'Percent',
  top20RevenueShare: 'Percent',
  whalePeakShare: 'Percent',
  keyAccountMarginShare: 'Percent',
  averageScore: 'Number',
  unprofitableAccounts: 'Number',
  incompleteAccounts: 'Number',
  profileVersion: 'Number',
} as const satisfies TypesOf<typeof SNAPSHOT>;

type FieldGroup = {
  readonly object: string;
  readonly names: Readonly<Record<string, string>>;
  readonly types: Readonly<Record<string, FieldType>>;
};

const withoutObject = (map: Readonly<Record<string, string>>): Record<string, string> =>
  Object.fromEntries(Object.entries(map).filter(([key]) => key !== 'object'));

/** Every group of names above, with the object it belongs to and the type of each field. */
export const FIELD_GROUPS: readonly FieldGroup[] = [
  { object: ACCOUNT, names: ACCOUNT_ASSESSED, types: ACCOUNT_ASSESSED_TYPES },
  { object: ACCOUNT, names: ACCOUNT_COMPUTED, types: ACCOUNT_COMPUTED_TYPES },
  { object: ACCOUNT, names: ACCOUNT_PLACE, types: ACCOUNT_PLACE_TYPES },
  { object: PROFITABILITY.object, names: withoutObject(PROFITABILITY), types: PROFITABILITY_TYPES },
  {
    object: ACCOUNT,
    names: ACCOUNT_REVIEW,
    types: {
      lastAssessedAt: 'DateTime',
      lastAssessedBy: 'Lookup',
      reviewDueOn: 'Date',
      latestHistoryAt: 'DateTime',
      latestHistoryKey: 'Text',
    } satisfies TypesOf<typeof ACCOUNT_REVIEW>,
  },
  { object: SCORING_PROFILE.object, names: SCORING_PROFILE_REVIEW, types: ALL_NUMBER(SCORING_PROFILE_REVIEW) },
  {
    object: SNAPSHOT.object,
    names: SNAPSHOT_REVIEW,
    types: { dueAccounts: 'Number', historyThrough: 'DateTime' } satisfies TypesOf<typeof SNAPSHOT_REVIEW>,
  },
  { object: SCORING_PROFILE.object, names: withoutObject(SCORING_PROFILE), types: SCORING_PROFILE_TYPES },
  {
    object: SCORING_PROFILE.object,
    names: SCORING_PROFILE_SCOPE,
    types: { includedTypes: 'Text', excludedTypes: 'Text', recordTypes: 'Text' } satisfies TypesOf<
      typeof SCORING_PROFILE_SCOPE
    >,
  },
  {
    object: SCORING_PROFILE.object,
    names: SCORING_PROFILE_FOLLOW_UP,
    types: { tasks: 'Checkbox', digestGroup: 'Text' } satisfies TypesOf<typeof SCORING_PROFILE_FOLLOW_UP>,
  },
  { object: SCORING_PROFILE.object, names: SCORING_PROFILE_COMPARE, types: { compareProfile: 'Text' } },
  {
    object: SCORING_PROFILE.object,
    names: SCORING_PROFILE_VERSION,
    types: { version: 'Number', fingerprint: 'Text', versions: 'LongTextArea' } satisfies TypesOf<
      typeof SCORING_PROFILE_VERSION
    >,
  },
  { object: ACTIVITY, names: { key: FOLLOW_UP_TASK.key }, types: { key: 'Text' } },
  { object: SCORING_PROFILE.object, names: SCORING_PROFILE_WEIGHTS, types: ALL_NUMBER(SCORING_PROFILE_WEIGHTS) },
  { object: VALUE_ASSESSMENT.object, names: withoutObject(VALUE_ASSESSMENT), types: VALUE_ASSESSMENT_TYPES },
  { object: VALUE_ASSESSMENT.object, names: VALUE_ASSESSMENT_SCORES, types: ALL_NUMBER(VALUE_ASSESSMENT_SCORES) },
  { object: VISION.object, names: withoutObject(VISION), types: VISION_TYPES },
  { object: OBJECTIVE.object, names: withoutObject(OBJECTIVE), types: OBJECTIVE_TYPES },
  { object: SNAPSHOT.object, names: withoutObject(SNAPSHOT), types: SNAPSHOT_TYPES },
  {
    object: SNAPSHOT.object,
    names: SNAPSHOT_WHOLE,
    types: { whaleCurve: 'LongTextArea', lossTotal: 'Currency', compareProfileKey: 'Text' } satisfies TypesOf<
      typeof SNAPSHOT_WHOLE
    >,
  },
];

/** `Object.Field` → the type force-app must give it. */
export const FIELD_TYPES: ReadonlyMap<string, FieldType> = new Map(
  FIELD_GROUPS.flatMap((group) =>
    Object.entries(group.names).map(([key, field]) => [`${group.object}.${field}`, group.types[key]] as const)
  )
);

/** The package's own objects (Account is the org's). */
export const CUSTOM_OBJECTS = [
  SCORING_PROFILE.object,
  PROFITABILITY.object,
  VALUE_ASSESSMENT.object,
  VISION.object,
  OBJECTIVE.object,
  SNAPSHOT.object,
] as const;
