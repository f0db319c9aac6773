import type { Quadrant, Tier, Treatment } from '../model/dimensions.js';
import type { LossCause } from '../profitability/loss-causes.js';
import type { TierThresholds } from '../profiles/profile.js';
import { scoreCents } from '../model/rounding.js';

/** Tier of a (rounded) weighted score; null for an account with no score. Compared in whole cents. */
export function tierOf(score: number | null, thresholds: TierThresholds): Tier | null {
  return score === null ? null : tierOfCents(scoreCents(score), thresholds);
}

/** Tier of a score in whole hundredths (scoreCents). */
export function tierOfCents(cents: number, thresholds: TierThresholds): Tier {
  if (cents >= scoreCents(thresholds.keyAccount)) return 'keyAccount';
  if (cents >= scoreCents(thresholds.develop)) return 'develop';
  if (cents >= scoreCents(thresholds.maintain)) return 'maintain';
  return 'lean';
}

/** The tier one step up, with its threshold; null at the top. */
export function nextTier(tier: Tier, thresholds: TierThresholds): { tier: Tier; threshold: number } | null {
  switch (tier) {
    case 'lean':
      return { tier: 'maintain', threshold: thresholds.maintain };
    case 'maintain':
      return { tier: 'develop', threshold: thresholds.develop };
    case 'develop':
      return { tier: 'keyAccount', threshold: thresholds.keyAccount };
    default:
      return null;
  }
}

const TREATMENT_OF_TIER: Record<Tier, Treatment> = {
  keyAccount: 'keyAccountManagement',
  develop: 'growthPlan',
  maintain: 'standardService',
  lean: 'leanService',
};

/** What a loss-maker with potential is told to do, by the cause of its loss (docs/method.md, Tier and treatment). */
const TREATMENT_OF_CAUSE: Record<LossCause, Treatment> = {
  workload: 'cutUnpaidWork',
  lowVolume: 'growVolumeOrLean',
  costs: 'reviewCosts',
};

/**
 * Recommended service model (docs/method.md, Tier and treatment). Every loss-maker gets a
 * profitability treatment whatever its tier — docs/method.md, Tier and treatment: profitability is the firm's condition of
 * existence, and serving a loss-maker better only deepens the loss. With potential ≤ 2 it is sent to
 * review; otherwise it gets the action its cause calls for (`cause`, loss-causes.ts primaryCause),
 * and a look at prices and costs when the cause is not known. With no potential assessed it is
 * treated as one with potential (choice, docs/method.md): a missing assessment is not evidence of
 * no potential.
 */
export function treatmentOf(
  tier: Tier | null,
  margin: number | null,
  potential: number | null,
  cause: LossCause | null = null
): Treatment | null {
  if (margin !== null && margin < 0) {
    if (potential !== null && potential <= 2) return 'reviewProfitability';
    return TREATMENT_OF_CAUSE[cause ?? 'costs'];
  }
  return tier === null ? null : TREATMENT_OF_TIER[tier];
}

/** Commitment matrix (docs/method.md); null unless both scores are known. */
export function quadrantOf(commitment: number | null, binding: number | null, high: number): Quadrant | null {
  if (commitment === null || binding === null) return null;
  const committed = commitment >= high;
  const bound = binding >= high;
  if (bound) return committed ? 'ideal' : 'prisoner';
  return committed ? 'emotionalBond' : 'risk';
}
