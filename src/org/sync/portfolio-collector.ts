/**
 * Turns the org's rows into the compact per-account data the sync keeps: the core's input (entered
 * scores and the figures of the latest profitability period), plus two fingerprints, of the computed
 * values the record holds and of its latest assessment. Whole records are never kept.
 *
 * Rows may come nested (a REST query with child sub-queries) or as three flat streams (Bulk API 2.0
 * has no sub-queries): profitability and assessment rows are therefore gathered per account id and
 * joined when the reading is done, whatever order they arrived in.
 */
import { ASSESSED_DIMENSIONS, AccountInputSchema, type Account } from '../../core/index.js';
import {
  ACCOUNT_ASSESSED as A,
  ACCOUNT_COMPUTED as C,
  ACCOUNT_REVIEW as R,
  LIFECYCLE_STAGE_VALUES,
  PROFITABILITY as P,
} from '../../schema/fields.js';
import { getterOf, numberOf, textOf, type FieldGetter, type Row } from '../api/row-values.js';
import { HistoryLog } from '../history/history-log.js';
import {
  heldReviewOf,
  REVIEW_READ_FIELDS,
  type HeldReview,
  type LatestHistory,
  type LatestManual,
} from '../history/review-state.js';
import { fingerprint, heldValues } from './computed-values.js';
import { heldPlace, placeFingerprint, PLACE_FIELDS } from './portfolio-place.js';

export type OrgAccount = {
  /** Validated for the core; `id` is the record Id. */
  input: Account;
  /** The profitability period the figures come from. */
  period: string | null;
  /** Fingerprint of the computed values the record holds (computed-values.ts). */
  held: number;
  /** Fingerprint of its place fields (portfolio-place.ts). */
  heldPlace: number;
  previousRank: number | null;
  previousTier: string | null;
  /** The quadrant and customer margin the record holds from the last sync (movers-digest.ts). */
  previousQuadrant: string | null;
  previousMargin: number | null;
  /** Fingerprint of the latest value assessment, or null when it has none. */
  lastAssessment: number | null;
  /** For the sync: what the record holds of its review, and the latest assessments known (review-state.ts). */
  review?: { held: HeldReview; manual: LatestManual | null; latest: LatestHistory | null };
  /** When a person last assessed the account, as the record holds it (an export carries it). */
  lastAssessedAt: string | null;
};

/** A value in the org the core cannot use: left out of the scoring and reported. */
/** Why a value was left out, as a code a person reads through messages (`message` is the validator's English). */
export type ReadIssueReason = 'noName' | 'unknownStage' | 'outOfRange' | 'notValid';
export type ReadIssue = {
  id: string;
  name: string;
  field: string;
  value: string;
  reason: ReadIssueReason;
  message: string;
};

type Figures = {
  period: string;
  revenue: number | null;
  directCosts: number | null;
  salesCosts: number | null;
  marketingCosts: number | null;
  serviceCosts: number | null;
  serviceHours: number | null;
};

const FIGURE_KEYS = ['revenue', 'directCosts', 'salesCosts', 'marketingCosts', 'serviceCosts', 'serviceHours'] as const;

/** Sets `key` when the value is not null: the core's input omits what is blank. */
function setDefined(target: Record<string, unknown>, key: string, value: number | null): void {
  if (value !== null) target[key] = value;
}

type Draft = {
  candidate: Record<string, unknown> & { scores: Record<string, number> };
  held: number;
  heldPlace: number;
  previousRank: number | null;
  previousTier: string | null;
  previousQuadrant: string | null;
  previousMargin: number | null;
  review?: HeldReview;
  lastAssessedAt: string | null;
};

const STAGE_OF_VALUE = new Map<string, string>(
  Object.entries(LIFECYCLE_STAGE_VALUES).map(([stage, value]) => [value.toLowerCase(), stage])
);

/** Entered score fields of the Account → the core's dimension keys. */
const ENTERED_SCORES: ReadonlyArray<readonly [string, string]> = [
  ['volume', A.volumeEntered],
  ['profitability', A.profitabilityEntered],
  ...ASSESSED_DIMENSIONS.map((d) => [d, A[d]] as const),
];

/** Core input key → the field it comes from, to name the field in a ReadIssue. */
const FIELD_OF_PATH: Readonly<Record<string, string>> = {
  revenue: P.revenue,
  directCosts: P.directCosts,
  salesCosts: P.salesCosts,
  marketingCosts: P.marketingCosts,
  serviceCosts: P.serviceCosts,
  serviceHours: P.serviceHours,
  commitment: A.commitment,
  binding: A.binding,
  lifecycleStage: A.lifecycleStage,
  name: 'Name',
  ...Object.fromEntries(ENTERED_SCORES.map(([key, field]) => [`scores.${key}`, field])),
};

export type CollectorOptions = {
  /** Read the computed fields the records hold (the sync compares with them; an export does not). */
  held: boolean;
  /** The history is read since this time (ms; history-log.ts); undefined: read whole. */
  historySince?: number;
};

export class PortfolioCollector {
  private readonly drafts = new Map<string, Draft>();
  private readonly figures = new Map<string, Figures>();
  private readonly history: HistoryLog;
  private readonly issues: ReadIssue[] = [];

  public constructor(private readonly options: CollectorOptions = { held: true }) {
    this.history = new HistoryLog(options.historySince);
  }

  public get size(): number {
    return this.drafts.size;
  }

  public addAccount(row: Row | FieldGetter): void {
    const get = getterOf(row);
    const id = String(get('Id'));
    const scores: Record<string, number> = {};
    for (const [key, field] of ENTERED_SCORES) setDefined(scores, key, numberOf(get(field)));
    const candidate: Draft['candidate'] = { id, name: textOf(get('Name')) ?? '', scores };
    setDefined(candidate, 'commitment', numberOf(get(A.commitment)));
    setDefined(candidate, 'binding', numberOf(get(A.binding)));
    const stageValue = textOf(get(A.lifecycleStage));
    if (stageValue !== null) {
      const stage = STAGE_OF_VALUE.get(stageValue.toLowerCase());
      if (stage) candidate.lifecycleStage = stage;
      else
        this.issue(candidate, A.lifecycleStage, stageValue, 'unknownStage', 'not a lifecycle stage the method knows');
    }
    const held = this.options.held ? heldValues(get) : undefined;
    this.drafts.set(id, {
      candidate,
      held: held ? fingerprint(held) : 0,
      heldPlace: this.options.held ? placeFingerprint(heldPlace(get)) : 0,
      previousRank: held?.rank ?? null,
      previousTier: held?.tier ?? null,
      previousQuadrant: held?.quadrant ?? null,
      previousMargin: held?.customerMargin ?? null,
      ...(this.options.held ? { review: heldReviewOf(get) } : {}),
      lastAssessedAt: textOf(get(R.lastAssessedAt)),
    });
  }

  /** A profitability row of an account; only the latest period is kept (periods sort as text). */
  public addProfitability(row: Row | FieldGetter, accountId?: string): void {
    const get = getterOf(row);
    const account = accountId ?? textOf(get(P.account));
    const period = textOf(get(P.period));
    if (account === null || period === null) return;
    const known = this.figures.get(account);
    if (known && known.period >= period) return;
    this.figures.set(account, {
      period,
      revenue: numberOf(get(P.revenue)),
      directCosts: numberOf(get(P.directCosts)),
      salesCosts: numberOf(get(P.salesCosts)),
      marketingCosts: numberOf(get(P.marketingCosts)),
      serviceCosts: numberOf(get(P.serviceCosts)),
      serviceHours: numberOf(get(P.serviceHours)),
    });
  }

  /** An assessment row of an account; only the latest (by CVP_Assessed_At__c) and a person's latest are kept. */
  public addAssessment(row: Row | FieldGetter, accountId?: string): void {
    this.history.add(row, accountId);
  }

  /** The accounts, joined with their figures and assessments, in the order they were read. */
  public finish(): { accounts: OrgAccount[]; issues: ReadIssue[] } {
    const accounts: OrgAccount[] = [];
    for (const [id, draft] of this.drafts) {
      const figures = this.figures.get(id);
      // The draft is this collector's own and is cleared below: the figures join it in place.
      const candidate = draft.candidate;
      if (figures) for (const key of FIGURE_KEYS) setDefined(candidate, key, figures[key]);
      const latest = this.history.latestOf(id, draft.review);
      accounts.push({
        input: this.validate(candidate),
        period: figures?.period ?? null,
        held: draft.held,
        heldPlace: draft.heldPlace,
        previousRank: draft.previousRank,
        previousTier: draft.previousTier,
        previousQuadrant: draft.previousQuadrant,
        previousMargin: draft.previousMargin,
        lastAssessment: latest?.fingerprint ?? null,
        lastAssessedAt: draft.lastAssessedAt,
        ...(draft.review
          ? { review: { held: draft.review, manual: this.history.manualOf(id, draft.review), latest } }
          : {}),
      });
    }
    this.drafts.clear();
    this.figures.clear();
    this.history.clear();
    return { accounts, issues: this.issues };
  }

  /**
   * The core takes valid input only. A value the org holds but the method cannot use (a score of 7
   * loaded past the validation rules, a negative cost) is dropped and reported, never guessed at.
   */
  private validate(input: Draft['candidate']): Account {
    const first = AccountInputSchema.safeParse(input);
    if (first.success) return first.data;
    // The rare account with problems is mended on a copy.
    const candidate = structuredClone(input);
    for (let pass = 0; pass < 3; pass++) {
      const parsed = AccountInputSchema.safeParse(candidate);
      if (parsed.success) return parsed.data;
      for (const problem of parsed.error.issues) {
        const path = problem.path.map(String);
        if (path[0] === 'name') {
          candidate.name = `(${String(candidate.id)})`;
          this.issue(candidate, 'Name', '', 'noName', 'the account has no name');
          continue;
        }
        const holder = path.length === 2 ? (candidate[path[0]] as Record<string, unknown>) : candidate;
        const key = path[path.length - 1];
        const value = holder?.[key];
        if (holder) delete holder[key];
        const reason = problem.code === 'too_big' || problem.code === 'too_small' ? 'outOfRange' : 'notValid';
        this.issue(candidate, FIELD_OF_PATH[path.join('.')] ?? path.join('.'), String(value), reason, problem.message);
      }
    }
    return AccountInputSchema.parse({ id: candidate.id, name: candidate.name });
  }

  private issue(
    candidate: Draft['candidate'],
    field: string,
    value: string,
    reason: ReadIssueReason,
    message: string
  ): void {
    this.issues.push({ id: String(candidate.id), name: String(candidate.name), field, value, reason, message });
  }
}

/** The Account fields a read selects. */
export function accountFields(options: CollectorOptions): string[] {
  const computed = options.held ? [...Object.values(C).filter((f) => f !== C.scoredAt), ...PLACE_FIELDS] : [];
  // An export reads when each account was last assessed, so the file ranks offline with the same reviews.
  return ['Id', 'Name', ...Object.values(A), ...computed, ...(options.held ? REVIEW_READ_FIELDS : [R.lastAssessedAt])];
}

export const PROFITABILITY_FIELDS: readonly string[] = [
  P.account,
  P.period,
  P.revenue,
  P.directCosts,
  P.salesCosts,
  P.marketingCosts,
  P.serviceCosts,
  P.serviceHours,
];
