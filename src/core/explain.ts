import { DIMENSIONS, SCORE_MAX, SCORE_MIN, type DimensionKey, type Tier } from './dimensions.js';
import type { RankedAccount } from './portfolio.js';
import type { Profile } from './profile.js';
import { roundHalfUp, scoreCents } from './rounding.js';
import { weightedScore, type ScoreVector } from './scoring.js';
import { nextTier } from './tiers.js';

export type Contribution = {
  dimension: DimensionKey;
  weight: number;
  score: number | null;
  /** weight × score (0 where unscored). */
  contribution: number;
  /** What the dimension adds to the weighted score: contribution / Σ(weight of scored dimensions). */
  points: number;
};

export type Lift = {
  dimension: DimensionKey;
  from: number | null;
  to: number;
  /** The weighted score and tier after the change. */
  score: number;
  tier: Tier;
};

export type Explanation = {
  contributions: Contribution[];
  /** The next tier up and its threshold; null at the top tier or with no score. */
  nextTier: { tier: Tier; threshold: number } | null;
  /** The smallest single-dimension change that reaches the next tier; null when none can. */
  lift: Lift | null;
};

/**
 * Why an account scores what it does, and what would move it up (issue 2).
 *
 * The lift is the smallest raise of one dimension that brings the rounded score to the next tier's
 * threshold. Raising an already scored dimension is preferred over assessing a missing one (a missing
 * assessment is a gap to fill, not a lever); among equal raises the heavier weight wins, then the
 * order of the dimensions.
 */
export function explain(account: RankedAccount, profile: Profile): Explanation {
  const { scores } = account;
  const scoredWeight = DIMENSIONS.reduce((sum, d) => sum + (scores[d] === null ? 0 : profile.weights[d]), 0);
  const contributions = DIMENSIONS.map((d): Contribution => {
    const weight = profile.weights[d];
    const score = scores[d];
    const contribution = score === null ? 0 : weight * score;
    return { dimension: d, weight, score, contribution, points: scoredWeight > 0 ? contribution / scoredWeight : 0 };
  });
  const next = account.tier === null ? null : nextTier(account.tier, profile.tiers);
  return { contributions, nextTier: next, lift: next ? findLift(scores, profile, next) : null };
}

/** explain(account, profile).lift alone, for a caller that shows only the lift (an export's row). */
export function liftOf(scores: ScoreVector, tier: Tier | null, profile: Profile): Lift | null {
  const next = tier === null ? null : nextTier(tier, profile.tiers);
  return next ? findLift(scores, profile, next) : null;
}

function findLift(scores: ScoreVector, profile: Profile, next: { tier: Tier; threshold: number }): Lift | null {
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
  let best: Lift | null = null;
  for (const d of DIMENSIONS) {
    const weight = profile.weights[d];
    if (weight <= 0) continue;
    const from = scores[d];
    const baseSum = from === null ? weightSum + weight : weightSum;
    const baseWeighted = from === null ? weighted : weighted - weight * from;
    // Whole scores above the current one; an entered 4.6 can still be raised to 5.
    for (let to = from === null ? SCORE_MIN : Math.floor(from) + 1; to <= SCORE_MAX; to++) {
      const score = roundHalfUp((baseWeighted + weight * to) / baseSum, 2);
      if (scoreCents(score) < target) continue;
      const candidate = { dimension: d, from, to, score, tier: next.tier };
      // Dimensions come in their order, so a later one wins only when strictly better.
      if (!best || betterLift(candidate, best, profile)) best = candidate;
      break;
    }
  }
  if (!best) return null;
  // Confirm with the scoring itself: the shortcut above sums in another order, and at an exact half
  // the last bit can decide the rounding.
  const confirmed = weightedScore({ ...scores, [best.dimension]: best.to }, profile.weights).score;
  return confirmed !== null && scoreCents(confirmed) >= target ? { ...best, score: confirmed } : null;
}

/** A scored dimension before a missing one, then the smaller raise, then the heavier weight. */
function betterLift(a: Lift, b: Lift, profile: Profile): boolean {
  const aMissing = a.from === null ? 1 : 0;
  const bMissing = b.from === null ? 1 : 0;
  if (aMissing !== bMissing) return aMissing < bMissing;
  const aRaise = a.to - (a.from ?? 0);
  const bRaise = b.to - (b.from ?? 0);
  if (aRaise !== bRaise) return aRaise < bRaise;
  return profile.weights[a.dimension] > profile.weights[b.dimension];
}
