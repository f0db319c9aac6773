/**
 * The sync's decisions, on plain data: score the portfolio with src/core, then for every account
 * decide whether its record needs writing (its computed values differ from what it holds) and whether
 * it gets a history row (its scores differ from its latest assessment). Nothing here talks to the org,
 * so every decision is tested without one.
 */
import { TIERS, scorePortfolio, summarise, type PortfolioSummary, type Profile } from '../../core/index.js';
import { isDigestMove, type AccountMove } from '../follow-up/movers-digest.js';
import { assessmentOfAccount, needsAssessment, type AssessmentValues } from '../history/history.js';
import { planReview, type BecameDue, type ReviewPlan, type ReviewPlanOptions } from '../history/review-plan.js';
import type { ReviewValues } from '../history/review-state.js';
import { computedValues, fingerprint, type ComputedValues } from './computed-values.js';
import type { OrgAccount } from './portfolio-collector.js';
import { countMoveCauses, type MoveCauses } from './move-causes.js';
import { placeFingerprint, portfolioPlaces, type PlaceValues, type WholeFigures } from './portfolio-place.js';

/** `review`: what the account should hold of its review (review-state.ts), written with its computed values. */
export type AccountChange = {
  id: string;
  name: string;
  values: ComputedValues;
  place: PlaceValues;
  review?: ReviewValues;
};
export type HistoryRow = { accountId: string; name: string; values: AssessmentValues };

/** An account whose tier or rank moves, for the dry-run report. */
export type Mover = {
  id: string;
  name: string;
  rank: number;
  previousRank: number | null;
  /** previousRank − rank: positive when the account climbs; null when it had no rank. */
  rankChange: number | null;
  tier: string | null;
  previousTier: string | null;
};

export type SyncPlan = {
  accounts: number;
  summary: PortfolioSummary;
  /** Records to write, in rank order. */
  changes: AccountChange[];
  unchanged: number;
  history: HistoryRow[];
  /** The accounts that move most: tier changes first, then the largest rank changes. */
  movers: Mover[];
  /** The whole-portfolio figures the snapshot keeps beside the summary (portfolio-place.ts). */
  whole: WholeFigures;
  /** Every account whose tier, quadrant or side of zero margin moved since the last sync (movers-digest.ts). */
  moves: AccountMove[];
  /** Accounts this run ranks that held no rank before. */
  newlyScored: number;
  /** How many accounts moved because the profile's figures changed, how many because assessments did. */
  moveCauses: MoveCauses;
  /** The profile version the values carry. */
  version: number | null;
  /** The accounts due for review (docs/method.md, Review due); counted when the plan has review options. */
  review: ReviewPlan;
  /** The accounts whose review fell due since the last run that landed (review-plan.ts), for their Tasks. */
  becameDue: BecameDue[];
};

/** The profile version the run scores with, and the previous version's figures when it is new. */
export type PlanVersion = { version: number | null; previousProfile: Profile | null };

const TIER_LEVEL = new Map<string | null, number>(TIERS.map((t, i) => [t, TIERS.length - i]));
const tierLevel = (tier: string | null): number => TIER_LEVEL.get(tier) ?? 0;

export function planSync(
  accounts: readonly OrgAccount[],
  profile: Profile,
  moversLimit = 10,
  compare?: Profile,
  reviewOptions?: ReviewPlanOptions,
  version: PlanVersion = { version: null, previousProfile: null }
): SyncPlan {
  const portfolio = scorePortfolio(
    accounts.map((a) => a.input),
    profile
  );
  const places = portfolioPlaces(portfolio, compare);
  const changes: AccountChange[] = [];
  const history: HistoryRow[] = [];
  const moved: Mover[] = [];
  const moves: AccountMove[] = [];
  let newlyScored = 0;
  const reviews = planReview(profile, reviewOptions);
  for (const ranked of portfolio.accounts) {
    const account = accounts[ranked.index];
    const id = account.input.id as string;
    const values = computedValues(ranked, profile.key, account.period, version.version);
    const place = places.of(ranked.index);
    const assessment = assessmentOfAccount(ranked, profile.key, version.version);
    const recorded = needsAssessment(assessment, account.lastAssessment);
    if (recorded) history.push({ accountId: id, name: ranked.name, values: assessment });
    const review = reviews.account(account, ranked, recorded ? assessment : null);
    if (fingerprint(values) !== account.held || placeFingerprint(place) !== account.heldPlace || review.changed) {
      changes.push({ id, name: ranked.name, values, place, ...(review.values ? { review: review.values } : {}) });
    }
    if (account.previousRank === null) newlyScored++;
    else if (
      // A digest move needs the tier, the quadrant or the margin to differ: most accounts are not asked.
      ranked.tier !== account.previousTier ||
      values.quadrant !== account.previousQuadrant ||
      values.customerMargin !== account.previousMargin
    ) {
      const move: AccountMove = {
        id,
        name: ranked.name,
        rank: ranked.rank,
        previousRank: account.previousRank,
        tier: ranked.tier,
        previousTier: account.previousTier,
        quadrant: values.quadrant,
        previousQuadrant: account.previousQuadrant,
        treatment: values.treatment,
        margin: values.customerMargin,
        previousMargin: account.previousMargin,
      };
      if (isDigestMove(move)) moves.push(move);
    }
    if (account.previousRank !== ranked.rank || account.previousTier !== ranked.tier) {
      moved.push({
        id,
        name: ranked.name,
        rank: ranked.rank,
        previousRank: account.previousRank,
        rankChange: account.previousRank === null ? null : account.previousRank - ranked.rank,
        tier: ranked.tier,
        previousTier: account.previousTier,
      });
    }
  }
  return {
    accounts: accounts.length,
    summary: summarise(portfolio),
    changes,
    unchanged: accounts.length - changes.length,
    history,
    movers: topMovers(moved, moversLimit),
    whole: places.snapshot,
    moves,
    newlyScored,
    moveCauses: countMoveCauses(accounts, portfolio, version.previousProfile),
    version: version.version,
    review: reviews.finish(),
    becameDue: reviews.becameDue(),
  };
}

/** Tier moves first (by how many tiers), then the largest rank moves; accounts new to ranking last. */
export function topMovers(moved: Mover[], limit: number): Mover[] {
  const steps = (m: Mover): number => Math.abs(tierLevel(m.tier) - tierLevel(m.previousTier));
  const size = (m: Mover): number => (m.rankChange === null ? -1 : Math.abs(m.rankChange));
  return moved.sort((a, b) => steps(b) - steps(a) || size(b) - size(a) || a.rank - b.rank).slice(0, limit);
}
