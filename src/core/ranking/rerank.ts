import { DIMENSIONS, TIERS } from '../model/dimensions.js';
import { top20Share, whaleCurve, type WhaleCurve } from '../profitability/pareto.js';
import type { TierThresholds, Weights } from '../profiles/profile.js';
import { weightedColumns } from '../scoring/score-columns.js';
import { tierOfCents } from '../scoring/tiers.js';
import { descendingOrder } from './descending-order.js';
import { rankOrder } from './ranking.js';

/**
 * Trying other weights and tier thresholds on a portfolio (issue 16, "try before you change"): the
 * accounts are ranked again by the rules of docs/method.md (Weighted score, coverage, completeness;
 * Rank; Tier and treatment; Portfolio analysis for what the what-if reports) and compared with the
 * ranking they start from. Only the weights and thresholds change, so the
 * dimension scores (entered, or banded from the figures: banding does not depend on weights) and the
 * margins are fixed; whatever depends on them alone is worked out once, in rerankBase.
 */

/** The figures a what-if may change: the profile's weights (percent) and tier thresholds. */
export type Scoring = { readonly weights: Weights; readonly tiers: TierThresholds };

/** Each account's scores as the weighted score uses them, and the tie-break figures of the rank rule. */
export type RerankInput = {
  readonly names: readonly string[];
  /** One column per dimension in DIMENSIONS order; NaN = not scored. */
  readonly scores: readonly Float64Array[];
  /** NaN = no figure. */
  readonly margin: Float64Array;
  readonly revenue: Float64Array;
};

export type Ranked = {
  /** Weighted score in whole hundredths, −1 for none. */
  readonly cents: Int32Array;
  /** Index into TIERS, −1 for none. */
  readonly tier: Int8Array;
  /** Input indices in rank order. */
  readonly order: Uint32Array;
  /** The rank (1 = first) of input i at i. */
  readonly rankOf: Uint32Array;
};

export type RerankBase = Ranked & {
  readonly input: RerankInput;
  readonly scoring: Scoring;
  readonly byMargin: Uint32Array;
  /** The whale curve (docs/method.md, Portfolio analysis): most profitable first, so no weight moves it. */
  readonly whale: WhaleCurve;
  readonly top20MarginShare: number | null;
  /** All-zero bands: the scores come in already effective, so the band fallback of weightedColumns never applies. */
  readonly noBands: readonly [Uint8Array, Uint8Array];
};

/** Portfolio figures that follow the ranking, for the start and for the what-if. */
export type RankFigures = {
  /** Accounts per tier in TIERS order, then those with no score. */
  readonly tierCounts: Int32Array;
  /** Share of the total margin earned by the key accounts; null when the total is not positive. */
  readonly keyAccountMarginShare: number | null;
  /**
   * The whale curve walked in rank order instead of margin order: how much of the margin the top of
   * the ranking holds. It lies on or under the margin-ordered curve; the closer, the more the weights
   * put the profitable accounts on top.
   */
  readonly rankCurve: WhaleCurve;
  /** The margin of the top 20 % of the ranking as a share of the total (top20Share on rankCurve's order). */
  readonly top20RankMarginShare: number | null;
};

export type Rerank = Ranked & {
  readonly base: RerankBase;
  /**
   * Accounts moving between tiers: moves[from × SLOTS + to], slots in TIERS order and then "no score"
   * (index TIERS.length). The diagonal counts the accounts that stay.
   */
  readonly moves: Int32Array;
  /** Input indices of the accounts whose tier changed, in the new rank order. */
  readonly changed: Uint32Array;
  /** Accounts whose rank changed at all. */
  readonly rankChanges: number;
  readonly figures: RankFigures;
  readonly baseFigures: RankFigures;
};

/** Tier slots of `moves`: the tiers, then "no score". */
export const TIER_SLOTS = TIERS.length + 1;

/** Ranks the portfolio under its current scoring: the start every what-if is compared with. */
export function rerankBase(input: RerankInput, scoring: Scoring): RerankBase {
  const n = input.names.length;
  if (input.scores.length !== DIMENSIONS.length) throw new Error('One score column per dimension is needed.');
  const byMargin = descendingOrder(input.margin);
  const noBands: [Uint8Array, Uint8Array] = [new Uint8Array(n), new Uint8Array(n)];
  const ranked = rankWith(input, byMargin, noBands, scoring);
  const marginsDesc = knownInOrder(input.margin, byMargin);
  return {
    ...ranked,
    input,
    scoring,
    byMargin,
    whale: whaleCurve(marginsDesc),
    top20MarginShare: top20Share(marginsDesc),
    noBands,
  };
}

/** The portfolio ranked under other weights and thresholds, and what changed against the base. */
export function rerank(base: RerankBase, scoring: Scoring): Rerank {
  const ranked = rankWith(base.input, base.byMargin, base.noBands, scoring);
  const n = ranked.tier.length;
  const moves = new Int32Array(TIER_SLOTS * TIER_SLOTS);
  const slot = (t: number): number => (t < 0 ? TIERS.length : t);
  let rankChanges = 0;
  let changedCount = 0;
  for (let i = 0; i < n; i++) {
    moves[slot(base.tier[i]) * TIER_SLOTS + slot(ranked.tier[i])]++;
    if (base.tier[i] !== ranked.tier[i]) changedCount++;
    if (base.rankOf[i] !== ranked.rankOf[i]) rankChanges++;
  }
  const changed = new Uint32Array(changedCount);
  for (let r = 0, k = 0; r < n; r++) {
    const i = ranked.order[r];
    if (base.tier[i] !== ranked.tier[i]) changed[k++] = i;
  }
  return {
    ...ranked,
    base,
    moves,
    changed,
    rankChanges,
    figures: rankFigures(base.input.margin, ranked),
    baseFigures: rankFigures(base.input.margin, base),
  };
}

function rankWith(
  input: RerankInput,
  byMargin: Uint32Array,
  noBands: readonly [Uint8Array, Uint8Array],
  scoring: Scoring
): Ranked {
  const n = input.names.length;
  const { cents } = weightedColumns(input.scores, noBands, scoring.weights);
  // Scores lie in 1.00–5.00: the tier of each of those values, looked up instead of compared per account.
  const tierByCents = Int8Array.from({ length: 501 }, (_, c) => TIERS.indexOf(tierOfCents(c, scoring.tiers)));
  const tier = new Int8Array(n);
  for (let i = 0; i < n; i++) tier[i] = cents[i] < 0 ? -1 : tierByCents[cents[i]];
  const order = rankOrder({ cents, margin: input.margin, revenue: input.revenue, names: input.names }, byMargin);
  const rankOf = new Uint32Array(n);
  for (let r = 0; r < n; r++) rankOf[order[r]] = r + 1;
  return { cents, tier, order, rankOf };
}

function rankFigures(margin: Float64Array, ranked: Ranked): RankFigures {
  const tierCounts = new Int32Array(TIER_SLOTS);
  const KEY = TIERS.indexOf('keyAccount');
  let keyMargin = 0;
  for (let i = 0; i < ranked.tier.length; i++) {
    const t = ranked.tier[i];
    tierCounts[t < 0 ? TIERS.length : t]++;
    if (t === KEY && margin[i] === margin[i]) keyMargin += margin[i];
  }
  const inRankOrder = knownInOrder(margin, ranked.order);
  const rankCurve = whaleCurve(inRankOrder);
  return {
    tierCounts,
    keyAccountMarginShare: rankCurve.peakShare === null ? null : keyMargin / rankCurve.total,
    rankCurve,
    top20RankMarginShare: top20Share(inRankOrder),
  };
}

/** The known figures of `values` in the given order (NaN left out). */
function knownInOrder(values: Float64Array, order: Uint32Array): Float64Array {
  let known = 0;
  for (const i of order) if (values[i] === values[i]) known++;
  const out = new Float64Array(known);
  let j = 0;
  for (const i of order) {
    const v = values[i];
    if (v === v) out[j++] = v;
  }
  return out;
}
