/**
 * The next-tier lift as explain.ts found it before its search was shared with the export's column lift
 * (lift-search.ts): an object per account and per trial. Kept only as the oracle the new search is held
 * to (test/core/lift-columns.test.ts); the method's rule is in docs/method.md, Explanation.
 */
import {
  PROFITABILITY_TREATMENTS,
  SCORE_MAX,
  SCORE_MIN,
  type DimensionKey,
  type FigureDimensionKey,
  type ProfitabilityTreatment,
  type Tier,
  type Treatment,
  DIMENSIONS,
} from '../../src/core/model/dimensions.js';
import type { Profile } from '../../src/core/profiles/profile.js';
import { roundHalfUp, scoreCents } from '../../src/core/model/rounding.js';
import type { ScoreVector } from '../../src/core/scoring/scoring.js';
import { nextTier } from '../../src/core/scoring/tiers.js';
import {
  FIGURE_OF,
  type ExplainedAccount,
  type FigureContext,
  type FigureLift,
  type Lift,
  type ScoreLift,
} from '../../src/core/explanation/explain.js';

/** figureNeeded as it was: the account's place found by a binary search. */
export const referenceFigureNeeded = (...args: Parameters<typeof figureNeeded>): number | null => figureNeeded(...args);

export function referenceLiftOf(account: ExplainedAccount, profile: Profile, figures?: FigureContext): Lift | null {
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

function figureNeeded(
  desc: Float64Array,
  own: number,
  score: number,
  limits?: readonly number[],
  floor = -Infinity
): number | null {
  if (score < 2 || score > SCORE_MAX) return null;
  if (limits) return Math.max(limits[score - 2], floor);
  // Quintiles: score ≥ s exactly when at least m = ceil((s − 1) × n / 5) figures are strictly smaller
  // (banding.ts). The account moves, the others stay: it must pass the m-th smallest of the others.
  const n = desc.length;
  const m = Math.ceil(((score - 1) * n) / SCORE_MAX);
  if (m > n - 1) return null;
  const cut = mthSmallestOfOthers(desc, own, m);
  // Strictly above the cut, in whole units of money: the figure a person would write in a plan.
  return Math.max(Math.floor(cut) + 1, floor);
}

/** The m-th smallest figure (1-based) once one figure equal to `own` is taken out of `desc`. */
function mthSmallestOfOthers(desc: Float64Array, own: number, m: number): number {
  const n = desc.length;
  // smaller = how many figures are strictly below own: they sit at the end of desc.
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (desc[mid] < own) hi = mid;
    else lo = mid + 1;
  }
  const smaller = n - lo;
  // In ascending order own sits at position `smaller`; the others close up over it.
  const k = m - 1;
  const ascending = k < smaller ? k : k + 1;
  return desc[n - 1 - ascending];
}
