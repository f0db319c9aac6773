import {
  PROFITABILITY_TREATMENTS,
  TIERS,
  TREATMENTS,
  type ProfitabilityTreatment,
  type Tier,
} from '../model/dimensions.js';
import type { Profile } from '../profiles/profile.js';
import type { ScoredColumns } from '../scoring/score-columns.js';
import { nextTier } from '../scoring/tiers.js';
import { liftFound, type Lift } from './explain.js';
import { LiftSearch, type BandFigures } from './lift-search.js';

/** What ColumnLift.at found: nothing to reach, a profitability treatment, no single change, or a change. */
export const LIFT_NOTHING = 0;
export const LIFT_PROFITABILITY = 1;
export const LIFT_NONE = 2;
export const LIFT_CHANGE = 3;
export type LiftCode = typeof LIFT_NOTHING | typeof LIFT_PROFITABILITY | typeof LIFT_NONE | typeof LIFT_CHANGE;

/**
 * The columns of a ranked portfolio the lift reads (ScoredColumns and its PortfolioColumns hold them);
 * an export hands the same columns gathered into rank order a block of rows at a time.
 */
export type LiftColumns = {
  readonly scores: readonly Float64Array[];
  readonly revenue: Float64Array;
  readonly margin: Float64Array;
  readonly tier: Int8Array;
  readonly treatment: Int8Array;
  readonly volumeBand: Uint8Array;
  readonly profitabilityBand: Uint8Array;
};

/** The lift's columns of a ranked portfolio, by input index. */
export const liftColumnsOf = (s: ScoredColumns): LiftColumns => ({
  scores: s.columns.scores,
  revenue: s.columns.revenue,
  margin: s.columns.margin,
  tier: s.tier,
  treatment: s.treatment,
  volumeBand: s.volumeBand,
  profitabilityBand: s.profitabilityBand,
});

/**
 * The next-tier lift of each account of a ranked portfolio, read from its columns (score-columns.ts)
 * with no object per account: liftOf(account, profile, figures) for the account at index i of
 * `columns`, as a code and the answer of `search` (lift-search.ts). An export writes the lift of every
 * row, and building the account (ExplainedAccount) and its score vector per row was about a quarter of
 * a second at 200,000 rows. `lift(i)` gives the Lift object itself; a test holds the two to liftOf
 * for every account of random portfolios.
 */
export class ColumnLift {
  public readonly search = new LiftSearch();
  /** After at(i): the next tier's index in TIERS (LIFT_NONE, LIFT_CHANGE), or the treatment's in TREATMENTS (LIFT_PROFITABILITY). */
  public target = -1;
  private readonly columns: LiftColumns;
  private readonly figures: BandFigures;
  private readonly profile: Profile;
  /** By tier index: the next tier's index (−1 at the top) and its threshold. */
  private readonly next = new Int8Array(TIERS.length);
  private readonly threshold = new Float64Array(TIERS.length);
  /** By treatment index: 1 for a profitability treatment. */
  private readonly profitability = new Uint8Array(TREATMENTS.length);

  /** `figures`: the portfolio's known figures, largest first (a ScoredColumns holds them). */
  public constructor(columns: LiftColumns, figures: BandFigures, profile: Profile) {
    this.columns = columns;
    this.figures = figures;
    this.profile = profile;
    this.search.useWeights(profile);
    for (let t = 0; t < TIERS.length; t++) {
      const next = nextTier(TIERS[t], profile.tiers);
      this.next[t] = next ? TIERS.indexOf(next.tier) : -1;
      this.threshold[t] = next ? next.threshold : Number.NaN;
    }
    for (let t = 0; t < TREATMENTS.length; t++) {
      this.profitability[t] = (PROFITABILITY_TREATMENTS as readonly string[]).includes(TREATMENTS[t]) ? 1 : 0;
    }
  }

  /** The lift of the account at input index i, as a code; `target` and `search` hold the rest. */
  public at(i: number): LiftCode {
    const s = this.columns;
    const { scores, margin, revenue } = s;
    const m = margin[i];
    const treatment = s.treatment[i];
    // A loss-maker's lift is its profitability treatment (docs/method.md, Tier and treatment).
    if (m < 0 && treatment >= 0 && this.profitability[treatment] === 1) {
      this.target = treatment;
      return LIFT_PROFITABILITY;
    }
    const tier = s.tier[i];
    const next = tier < 0 ? -1 : this.next[tier];
    this.target = next;
    if (next < 0) return LIFT_NOTHING;
    const q = this.search;
    for (let d = 2; d < scores.length; d++) q.scores[d] = scores[d][i];
    // Volume and profitability as the weighted score used them: entered, else banded from the figure.
    const volume = scores[0][i];
    const profit = scores[1][i];
    const volumeBand = s.volumeBand[i];
    const profitBand = s.profitabilityBand[i];
    q.scores[0] = volume === volume ? volume : volumeBand > 0 ? volumeBand : Number.NaN;
    q.scores[1] = profit === profit ? profit : profitBand > 0 ? profitBand : Number.NaN;
    q.banded[0] = volume !== volume && volumeBand > 0 ? revenue[i] : Number.NaN;
    q.banded[1] = profit !== profit && profitBand > 0 ? m : Number.NaN;
    return q.search(this.threshold[tier], this.profile, this.figures) ? LIFT_CHANGE : LIFT_NONE;
  }

  /** The lift of the account at input index i as liftOf gives it. */
  public lift(i: number): Lift | null {
    const code = this.at(i);
    return this.found(code);
  }

  /** The Lift object of what at() found last, given its code. */
  public found(code: LiftCode): Lift | null {
    switch (code) {
      case LIFT_NOTHING:
        return null;
      case LIFT_PROFITABILITY:
        return { kind: 'profitability', treatment: TREATMENTS[this.target] as ProfitabilityTreatment };
      case LIFT_NONE:
        return { kind: 'none', nextTier: TIERS[this.target] };
      default:
        return liftFound(this.search, TIERS[this.target] as Tier);
    }
  }
}
