import { DIMENSIONS, SCORE_MAX, SCORE_MIN } from '../model/dimensions.js';
import { roundHalfUp, scoreCents } from '../model/rounding.js';
import type { Profile } from '../profiles/profile.js';
import { figureNeeded } from './figure-needed.js';

/** The portfolio's known figures, largest first: what a figure lift is banded against. */
export type BandFigures = { readonly revenuesDesc: Float64Array; readonly marginsDesc: Float64Array };

/**
 * One search for the smallest change that lifts an account a tier (docs/method.md, Explanation), on
 * numbers only: the caller fills the question, `search` answers in the same object. An export asks it
 * for every account (200,000 rows and more), and one object per account for the scores, the figures
 * and each trial was a quarter of a second of garbage there, so one scratch serves them all. Both
 * liftOf (explain.ts) and the export's column lift (lift-columns.ts) ask through it: one rule.
 */
export class LiftSearch {
  /** The weights of the profile, in DIMENSIONS order. */
  public readonly weights = new Float64Array(DIMENSIONS.length);
  /** The account's scores, in DIMENSIONS order; NaN for none. */
  public readonly scores = new Float64Array(DIMENSIONS.length);
  /**
   * Volume's and profitability's own figure (revenue, customer margin) where that score is banded
   * from it and the portfolio's figures are known, NaN otherwise: then it is lifted through its figure.
   */
  public readonly banded = new Float64Array(2);
  /** The answer: the dimension (index in DIMENSIONS), its score now (NaN for none) and the score it needs… */
  public dimension = -1;
  public from = Number.NaN;
  public to = 0;
  /** …the weighted score after the change… */
  public score = 0;
  /** …and the least figure that reaches the band, for a banded dimension (NaN otherwise). */
  public needed = Number.NaN;
  /** Σw and Σw×s over the scored dimensions, so each trial change is two additions, not a rescoring. */
  private weightSum = 0;
  private weighted = 0;
  /** The least whole score that a dimension reaches the target with, and its figure: the last trial. */
  private trialTo = 0;
  private trialNeeded = Number.NaN;

  /** Fills `weights` from a profile; a caller that asks many accounts with one profile does it once. */
  public useWeights(profile: Profile): void {
    for (let d = 0; d < DIMENSIONS.length; d++) this.weights[d] = profile.weights[DIMENSIONS[d]];
  }

  /**
   * The lift to a score of `threshold` (the next tier's), answered in this object; false when no
   * single change reaches it.
   *
   * The lift is the smallest raise of one dimension that brings the rounded score to the threshold.
   * Raising an already scored dimension is preferred over assessing a missing one (a missing assessment
   * is a gap to fill, not a lever); among equal raises the heavier weight wins, then the order of the
   * dimensions. A banded dimension moves only with its figure: where no figure reaches the band, it
   * cannot lift. `figures` is needed only when `banded` holds a figure.
   */
  public search(threshold: number, profile: Profile, figures?: BandFigures): boolean {
    const { weights, scores } = this;
    const target = scoreCents(threshold);
    this.sums();
    let found = -1;
    for (let d = 0; d < DIMENSIONS.length; d++) {
      if (weights[d] <= 0 || !this.trial(d, target, profile, figures)) continue;
      // Dimensions come in their order, so a later one wins only when strictly better.
      if (found < 0 || this.better(d, found)) {
        found = d;
        this.dimension = d;
        this.from = scores[d];
        this.to = this.trialTo;
        this.needed = this.trialNeeded;
      }
    }
    if (found < 0) return false;
    // Confirm with the scoring itself: the shortcut above sums in another order, and at an exact half
    // the last bit can decide the rounding.
    const confirmed = this.scoreWith(found, this.to);
    if (confirmed !== confirmed || scoreCents(confirmed) < target) return false;
    this.score = confirmed;
    return true;
  }

  private trial(d: number, target: number, profile: Profile, figures: BandFigures | undefined): boolean {
    const weight = this.weights[d];
    const from = this.scores[d];
    const missing = from !== from;
    const banded = d < 2 && figures !== undefined && this.banded[d] === this.banded[d];
    const baseSum = missing ? this.weightSum + weight : this.weightSum;
    const baseWeighted = missing ? this.weighted : this.weighted - weight * from;
    // Whole scores above the current one; an entered 4.6 can still be raised to 5.
    for (let to = missing ? SCORE_MIN : Math.floor(from) + 1; to <= SCORE_MAX; to++) {
      const score = roundHalfUp((baseWeighted + weight * to) / baseSum, 2);
      if (scoreCents(score) < target) continue;
      this.trialTo = to;
      this.trialNeeded = banded ? this.neededFor(d, to, profile, figures) : Number.NaN;
      // A banded score moves only with its figure; where no figure reaches the band, it cannot lift.
      return !banded || this.trialNeeded === this.trialNeeded;
    }
    return false;
  }

  private sums(): void {
    let weightSum = 0;
    let weighted = 0;
    for (let d = 0; d < DIMENSIONS.length; d++) {
      const v = this.scores[d];
      if (v === v) {
        weightSum += this.weights[d];
        weighted += this.weights[d] * v;
      }
    }
    this.weightSum = weightSum;
    this.weighted = weighted;
  }

  /** The trial of dimension d before the best so far (b): a scored one before a missing one, then the smaller raise, then the heavier weight. */
  private better(d: number, b: number): boolean {
    const missing = this.scores[d] !== this.scores[d];
    const bestMissing = this.from !== this.from;
    if (missing !== bestMissing) return !missing;
    const raise = this.trialTo - (missing ? 0 : this.scores[d]);
    const bestRaise = this.to - (bestMissing ? 0 : this.from);
    if (raise !== bestRaise) return raise < bestRaise;
    return this.weights[d] > this.weights[b];
  }

  /**
   * figureNeeded for the banded dimension `d` (0 volume, 1 profitability) at score `to`, NaN where no
   * figure reaches it. Customer margin's band starts at 0: a loss scores 1 wherever it stands.
   */
  private neededFor(d: number, to: number, profile: Profile, figures: BandFigures): number {
    const needed =
      d === 0
        ? figureNeeded(figures.revenuesDesc, this.banded[0], to, profile.bands.volume, -Infinity)
        : figureNeeded(figures.marginsDesc, this.banded[1], to, profile.bands.profitability, 0);
    return needed ?? Number.NaN;
  }

  /**
   * weightedScore of the scores with dimension `dimension` at `to`, summed in the scoring's order (so
   * to the same bit) without a copy of the scores; NaN for no score.
   */
  private scoreWith(dimension: number, to: number): number {
    const { weights, scores } = this;
    let weightSum = 0;
    let weighted = 0;
    for (let d = 0; d < DIMENSIONS.length; d++) {
      const v = d === dimension ? to : scores[d];
      if (v !== v) continue;
      weightSum += weights[d];
      weighted += weights[d] * v;
    }
    return weightSum > 0 ? roundHalfUp(weighted / weightSum, 2) : Number.NaN;
  }
}
