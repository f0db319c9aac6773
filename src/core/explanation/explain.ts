import {
  DIMENSIONS,
  PROFITABILITY_TREATMENTS,
  SCORE_MAX,
  SCORE_MIN,
  type DimensionKey,
  type FigureDimensionKey,
  type ProfitabilityTreatment,
  type Tier,
  type Treatment,
} from '../model/dimensions.js';
import type { RankedAccount, ScoredPortfolio } from '../portfolio/portfolio.js';
import type { Profile } from '../profiles/profile.js';
import { roundHalfUp, scoreCents } from '../model/rounding.js';
import type { ScoreVector } from '../scoring/scoring.js';
import { nextTier } from '../scoring/tiers.js';
import { figureNeeded } from './figure-needed.js';

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
  const bandable = figures ? figureSources(account, figures, profile) : {};
  return findLift(account.scores, profile, next, bandable) ?? { kind: 'none', nextTier: next.tier };
}

const isProfitabilityTreatment = (t: Treatment | null): t is ProfitabilityTreatment =>
  t !== null && (PROFITABILITY_TREATMENTS as readonly string[]).includes(t);

/**
 * For each dimension banded from the account's own figure: that figure, and the portfolio's figures
 * and band limits figureNeeded reads. Data, not a closure per dimension: an export asks every account.
 */
type Banded = { current: number; desc: Float64Array; limits: readonly number[] | undefined; floor: number };
type Bandable = Partial<Record<FigureDimensionKey, Banded>>;

const neededFor = (b: Banded, score: number): number | null =>
  figureNeeded(b.desc, b.current, score, b.limits, b.floor);

function figureSources(account: ExplainedAccount, figures: FigureContext, profile: Profile): Bandable {
  const out: Bandable = {};
  const { revenue, margin } = account;
  if (account.volumeSource === 'figure' && revenue != null) {
    out.volume = { current: revenue, desc: figures.revenuesDesc, limits: profile.bands.volume, floor: -Infinity };
  }
  if (account.profitabilitySource === 'figure' && margin != null) {
    out.profitability = { current: margin, desc: figures.marginsDesc, limits: profile.bands.profitability, floor: 0 };
  }
  return out;
}

/** A trial change, in scores, before it is reported as a score or a figure. */
type Trial = { dimension: DimensionKey; from: number | null; to: number; score: number; needed: number | null };

function findLift(
  scores: ScoreVector,
  profile: Profile,
  next: { tier: Tier; threshold: number },
  bandable: Bandable
): ScoreLift | FigureLift | null {
  const target = scoreCents(next.threshold);
  // Σw and Σw×s over the scored dimensions, so each trial change is two additions, not a rescoring.
  let weightSum = 0;
  let weighted = 0;
  for (const d of DIMENSIONS) {
    const s = scores[d];
    if (s !== null) {
      weightSum += profile.weights[d];
      weighted += profile.weights[d] * s;
    }
  }
  let best: Trial | null = null;
  for (const d of DIMENSIONS) {
    const weight = profile.weights[d];
    if (weight <= 0) continue;
    const from = scores[d];
    const banded = d === 'volume' || d === 'profitability' ? bandable[d] : undefined;
    const baseSum = from === null ? weightSum + weight : weightSum;
    const baseWeighted = from === null ? weighted : weighted - weight * from;
    // Whole scores above the current one; an entered 4.6 can still be raised to 5.
    for (let to = from === null ? SCORE_MIN : Math.floor(from) + 1; to <= SCORE_MAX; to++) {
      const score = roundHalfUp((baseWeighted + weight * to) / baseSum, 2);
      if (scoreCents(score) < target) continue;
      // A banded score moves only with its figure; where no figure reaches the band, this dimension cannot lift.
      const needed = banded ? neededFor(banded, to) : null;
      if (banded && needed === null) break;
      const candidate = { dimension: d, from, to, score, needed };
      // Dimensions come in their order, so a later one wins only when strictly better.
      if (!best || betterLift(candidate, best, profile)) best = candidate;
      break;
    }
  }
  if (!best) return null;
  // Confirm with the scoring itself: the shortcut above sums in another order, and at an exact half
  // the last bit can decide the rounding.
  const confirmed = scoreWith(scores, best.dimension, best.to, profile);
  if (confirmed === null || scoreCents(confirmed) < target) return null;
  return reported({ ...best, score: confirmed }, next.tier, bandable);
}

/**
 * weightedScore({ ...scores, [dimension]: to }, profile.weights).score, summed in the same order (so to
 * the same bit) without a copy of the scores per account.
 */
function scoreWith(scores: ScoreVector, dimension: DimensionKey, to: number, profile: Profile): number | null {
  let weightSum = 0;
  let weighted = 0;
  for (const d of DIMENSIONS) {
    const s = d === dimension ? to : scores[d];
    if (s === null) continue;
    const w = profile.weights[d];
    weightSum += w;
    weighted += w * s;
  }
  return weightSum > 0 ? roundHalfUp(weighted / weightSum, 2) : null;
}

/** The chosen change as the lift reports it: the figure needed where the score is banded from one. */
function reported(best: Trial, tier: Tier, bandable: Bandable): ScoreLift | FigureLift {
  const { dimension, from, to, score, needed } = best;
  const banded = dimension === 'volume' || dimension === 'profitability' ? bandable[dimension] : undefined;
  if (banded && needed !== null && from !== null && (dimension === 'volume' || dimension === 'profitability')) {
    const figure = FIGURE_OF[dimension];
    return {
      kind: 'figure',
      dimension,
      figure,
      current: banded.current,
      needed,
      fromScore: from,
      toScore: to,
      score,
      tier,
    };
  }
  return { kind: 'score', dimension, from, to, score, tier };
}

/** A scored dimension before a missing one, then the smaller raise, then the heavier weight. */
function betterLift(a: Trial, b: Trial, profile: Profile): boolean {
  const aMissing = a.from === null ? 1 : 0;
  const bMissing = b.from === null ? 1 : 0;
  if (aMissing !== bMissing) return aMissing < bMissing;
  const aRaise = a.to - (a.from ?? 0);
  const bRaise = b.to - (b.from ?? 0);
  if (aRaise !== bRaise) return aRaise < bRaise;
  return profile.weights[a.dimension] > profile.weights[b.dimension];
}
