import {
  DIMENSIONS,
  PROFITABILITY_TREATMENTS,
  type DimensionKey,
  type FigureDimensionKey,
  type ProfitabilityTreatment,
  type Tier,
  type Treatment,
} from '../model/dimensions.js';
import type { RankedAccount, ScoredPortfolio } from '../portfolio/portfolio.js';
import type { Profile } from '../profiles/profile.js';
import { nextTier } from '../scoring/tiers.js';
import { LiftSearch } from './lift-search.js';

export type Contribution = {
  dimension: DimensionKey;
  weight: number;
  score: number | null;
  /** weight × score (0 where unscored). */
  contribution: number;
  /** What the dimension adds to the weighted score: contribution / Σ(weight of scored dimensions). */
  points: number;
};

/**
 * What would move an account up a tier, as data a renderer phrases in its own language (docs/method.md,
 * Explanation). Each kind names something a person can act on:
 * - score: assess or raise a dimension a person scores (or a figure dimension whose score was entered);
 * - figure: bring the figure a banded score is computed from (revenue for volume, customer margin
 * for profitability) to the amount needed — a person cannot raise a computed score itself;
 * - profitability: the account loses money, so the profitability treatment comes before any tier;
 * - none: the account has a next tier but no single change reaches it.
 */
export type Lift = ScoreLift | FigureLift | ProfitabilityLift | NoLift;

export type ScoreLift = {
  kind: 'score';
  dimension: DimensionKey;
  from: number | null;
  to: number;
  /** The weighted score and tier after the change. */
  score: number;
  tier: Tier;
};

export type FigureLift = {
  kind: 'figure';
  dimension: FigureDimensionKey;
  figure: LiftFigure;
  /** The account's figure today and the least figure that reaches the band (currency-free amounts). */
  current: number;
  needed: number;
  fromScore: number;
  toScore: number;
  score: number;
  tier: Tier;
};

export type ProfitabilityLift = { kind: 'profitability'; treatment: ProfitabilityTreatment };

export type NoLift = { kind: 'none'; nextTier: Tier };

/** The figure each banded dimension is computed from. */
export const FIGURE_OF = { volume: 'revenue', profitability: 'customerMargin' } as const;
export type LiftFigure = (typeof FIGURE_OF)[FigureDimensionKey];

export type Explanation = {
  contributions: Contribution[];
  /** The next tier up and its threshold; null at the top tier or with no score. */
  nextTier: { tier: Tier; threshold: number } | null;
  /**
   * What to change: null only when there is nothing to reach (top tier or no score) and the account
   * does not lose money.
   */
  lift: Lift | null;
};

/** What explain reads of an account: the scores and tier, and, where known, its figures and their sources. */
export type ExplainedAccount = Pick<RankedAccount, 'scores' | 'tier'> &
  Partial<Pick<RankedAccount, 'treatment' | 'margin' | 'revenue' | 'volumeSource' | 'profitabilitySource'>>;

/** The portfolio's known figures, largest first: what a figure lift is banded against. */
export type FigureContext = Pick<ScoredPortfolio, 'revenuesDesc' | 'marginsDesc'>;

/**
 * Why an account scores what it does, and what would move it up (issue 2; docs/method.md, Explanation).
 *
 * The lift is the smallest raise of one dimension that brings the rounded score to the next tier's
 * threshold. Raising an already scored dimension is preferred over assessing a missing one (a missing
 * assessment is a gap to fill, not a lever); among equal raises the heavier weight wins, then the
 * order of the dimensions. A score banded from a figure is reported as the figure needed, which takes
 * the portfolio's figures (`figures`); without them it is reported as a score. A loss-maker's lift is
 * its profitability treatment (docs/method.md, Tier and treatment: profitability is the firm's condition of existence).
 */
export function explain(account: ExplainedAccount, profile: Profile, figures?: FigureContext): Explanation {
  const { scores } = account;
  const scoredWeight = DIMENSIONS.reduce((sum, d) => sum + (scores[d] === null ? 0 : profile.weights[d]), 0);
  const contributions = DIMENSIONS.map((d): Contribution => {
    const weight = profile.weights[d];
    const score = scores[d];
    const contribution = score === null ? 0 : weight * score;
    return { dimension: d, weight, score, contribution, points: scoredWeight > 0 ? contribution / scoredWeight : 0 };
  });
  const next = account.tier === null ? null : nextTier(account.tier, profile.tiers);
  return { contributions, nextTier: next, lift: liftFor(account, profile, next, figures) };
}

/** explain(account, profile, figures).lift alone, for a caller that shows only the lift (an export's row). */
export function liftOf(account: ExplainedAccount, profile: Profile, figures?: FigureContext): Lift | null {
  const next = account.tier === null ? null : nextTier(account.tier, profile.tiers);
  return liftFor(account, profile, next, figures);
}

/** One scratch for every lift asked here: its search answers in it (lift-search.ts). */
const search = new LiftSearch();

function liftFor(
  account: ExplainedAccount,
  profile: Profile,
  next: { tier: Tier; threshold: number } | null,
  figures?: FigureContext
): Lift | null {
  const treatment = account.treatment ?? null;
  if (account.margin != null && account.margin < 0 && isProfitabilityTreatment(treatment)) {
    return { kind: 'profitability', treatment };
  }
  if (!next) return null;
  search.useWeights(profile);
  const { scores, revenue, margin } = account;
  for (let d = 0; d < DIMENSIONS.length; d++) {
    const v = scores[DIMENSIONS[d]];
    search.scores[d] = v ?? Number.NaN;
  }
  // A score banded from the account's own figure is lifted through that figure (figureNeeded).
  search.banded[0] = figures && account.volumeSource === 'figure' && revenue != null ? revenue : Number.NaN;
  search.banded[1] = figures && account.profitabilitySource === 'figure' && margin != null ? margin : Number.NaN;
  if (!search.search(next.threshold, profile, figures)) return { kind: 'none', nextTier: next.tier };
  return liftFound(search, next.tier);
}

const isProfitabilityTreatment = (t: Treatment | null): t is ProfitabilityTreatment =>
  t !== null && (PROFITABILITY_TREATMENTS as readonly string[]).includes(t);

/**
 * The change LiftSearch.search found (in `s`), as the lift reports it: the figure needed where the score is
 * banded from one, else the score.
 */
export function liftFound(s: LiftSearch, tier: Tier): ScoreLift | FigureLift {
  const dimension = DIMENSIONS[s.dimension];
  const from = s.from === s.from ? s.from : null;
  const { to, score, needed } = s;
  if (needed === needed && from !== null && (dimension === 'volume' || dimension === 'profitability')) {
    return {
      kind: 'figure',
      dimension,
      figure: FIGURE_OF[dimension],
      current: s.banded[s.dimension],
      needed,
      fromScore: from,
      toScore: to,
      score,
      tier,
    };
  }
  return { kind: 'score', dimension, from, to, score, tier };
}
