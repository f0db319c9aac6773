import { bandFigures, sortedAscending } from './banding.js';
import {
  type AbcClass,
  type LifecycleStage,
  type Quadrant,
  type Tier,
  type Treatment,
} from './dimensions.js';
import type { Account } from './input.js';
import { abcClasses } from './pareto.js';
import type { Profile } from './profile.js';
import { rankOrder } from './ranking.js';
import { scoreCents } from './rounding.js';
import { weightedScore, type ScoreVector } from './scoring.js';
import { quadrantOf, tierOf, treatmentOf } from './tiers.js';
import { customerMargin } from './waterfall.js';

/** Where an effective score came from. */
export type ScoreSource = 'entered' | 'figure';

export type RankedAccount = {
  /** Position in the input, so callers can join back to their rows. */
  index: number;
  id?: string;
  name: string;
  rank: number;
  /** Weighted score rounded half up to 2 decimals; null when nothing weighted is scored. */
  score: number | null;
  coverage: number;
  incomplete: boolean;
  tier: Tier | null;
  treatment: Treatment | null;
  quadrant: Quadrant | null;
  abcClass: AbcClass;
  /** The scores the weighted score used: entered, or banded from a figure. */
  scores: ScoreVector;
  volumeSource: ScoreSource | null;
  profitabilitySource: ScoreSource | null;
  revenue: number | null;
  margin: number | null;
  lifecycleStage: LifecycleStage | null;
  commitment: number | null;
  binding: number | null;
};

export type ScoredPortfolio = {
  profile: Profile;
  /** In rank order: accounts[0] has rank 1. */
  accounts: RankedAccount[];
  /** The same objects in input order (byInput[i].index === i): cheaper to walk for totals. */
  byInput: RankedAccount[];
  /** The input accounts, for analyses that need the figures (waterfall, loss causes). */
  inputs: readonly Account[];
  /** The known margins, largest first: what the 80/20, ABC and whale-curve analyses read. */
  marginsDesc: Float64Array;
  /** The known revenues, largest first. */
  revenuesDesc: Float64Array;
};

const toFigure = (v: number | null | undefined): number => v ?? Number.NaN;

/**
 * Scores, bands, ranks and classifies a portfolio with one profile: the whole of DESIGN.md 1.2–1.5
 * per account. Inputs must already be valid (AccountInputSchema); this runs on trusted data so that
 * a million accounts are not validated twice.
 */
export function scorePortfolio(inputs: readonly Account[], profile: Profile): ScoredPortfolio {
  const n = inputs.length;
  const revenue = new Float64Array(n);
  const margin = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    revenue[i] = toFigure(inputs[i].revenue);
    margin[i] = toFigure(customerMargin(inputs[i]));
  }
  const revenueSorted = sortedAscending(revenue);
  const marginSorted = sortedAscending(margin);
  const volumeBand = bandFigures(revenue, profile.bands.volume, revenueSorted);
  const profitBand = bandFigures(margin, profile.bands.profitability, marginSorted);
  const marginsDesc = marginSorted.reverse();

  const cents = new Int32Array(n);
  const names: string[] = new Array<string>(n);
  const byInput: RankedAccount[] = new Array<RankedAccount>(n);
  for (let i = 0; i < n; i++) {
    const input = inputs[i];
    const scores = effectiveScores(input, volumeBand[i], profitBand[i], margin[i]);
    const ws = weightedScore(scores, profile.weights);
    const tier = tierOf(ws.score, profile.tiers);
    const m = Number.isNaN(margin[i]) ? null : margin[i];
    cents[i] = ws.score === null ? -1 : Math.min(500, Math.max(0, scoreCents(ws.score)));
    names[i] = input.name;
    byInput[i] = {
      index: i,
      rank: 0,
      abcClass: 'C',
      id: input.id,
      name: input.name,
      score: ws.score,
      coverage: ws.coverage,
      incomplete: ws.coverage < profile.minCoverage,
      tier,
      treatment: treatmentOf(tier, m, scores.potential),
      quadrant: quadrantOf(input.commitment ?? null, input.binding ?? null, profile.matrixHigh),
      scores,
      volumeSource: sourceOf(input.scores.volume, volumeBand[i]),
      profitabilitySource: sourceOf(input.scores.profitability, profitBand[i]),
      revenue: input.revenue ?? null,
      margin: m,
      lifecycleStage: input.lifecycleStage ?? null,
      commitment: input.commitment ?? null,
      binding: input.binding ?? null,
    };
  }

  const abc = abcClasses(margin, marginsDesc);
  const order = rankOrder({ cents, margin, revenue, names });
  const accounts: RankedAccount[] = new Array<RankedAccount>(n);
  for (let r = 0; r < n; r++) {
    const account = byInput[order[r]];
    account.rank = r + 1;
    account.abcClass = abc[order[r]];
    accounts[r] = account;
  }
  return { profile, accounts, byInput, inputs, marginsDesc, revenuesDesc: revenueSorted.reverse() };
}

/**
 * The scores the weighted score uses: an entered score wins over one banded from a figure
 * (DESIGN.md 1.2); band 0 means the account had no figure. Built as one literal: a million of them
 * allocate noticeably faster than objects grown key by key.
 */
function effectiveScores(input: Account, volumeBand: number, profitBand: number, margin: number): ScoreVector {
  const s = input.scores;
  return {
    volume: s.volume ?? (volumeBand > 0 ? volumeBand : null),
    // A loss-maker scores 1 whatever its place among other loss-makers (DESIGN.md 1.2).
    profitability: s.profitability ?? (profitBand > 0 ? (margin < 0 ? 1 : profitBand) : null),
    loyalty: s.loyalty ?? null,
    potential: s.potential ?? null,
    reference: s.reference ?? null,
    learning: s.learning ?? null,
    contact: s.contact ?? null,
    emotional: s.emotional ?? null,
  };
}

function sourceOf(entered: number | null | undefined, band: number): ScoreSource | null {
  if (entered !== null && entered !== undefined) return 'entered';
  return band > 0 ? 'figure' : null;
}
