/**
 * The movers digest: which accounts a sync moved up or down a tier, into or out of a loss, into another
 * quadrant, and which fell due for review. Pure: it reads the plan's
 * per-account moves and says nothing to the org, so the digest file, the --json result, the Chatter
 * post and the follow-up Tasks all start from the same lists.
 *
 * A move is measured against what the account's record held from the last sync. An account scored for
 * the first time has nothing to move from: it is counted as new, never as a mover, so the first sync of
 * an org (or of a newly scoped account) starts no follow-up (docs/method.md, Tier and treatment).
 */
import { TIERS } from '../../core/index.js';

/** One account's state before and after this run, as the plan saw it. */
export type AccountMove = {
  id: string;
  name: string;
  rank: number;
  previousRank: number | null;
  tier: string | null;
  previousTier: string | null;
  quadrant: string | null;
  previousQuadrant: string | null;
  /** The treatment the account's new tier and quadrant call for (docs/method.md, Tier and treatment). */
  treatment: string | null;
  /** Customer margin of the latest period, in the org's currency; null when the account has no figures. */
  margin: number | null;
  previousMargin: number | null;
};

/**
 * An account whose review fell due since the last run that landed (docs/method.md, Review due): the sync
 * passes these, not every account overdue, so the digest stays news (review-plan.ts, `becameDue`).
 */
export type ReviewDue = {
  id: string;
  name: string;
  rank: number | null;
  tier: string | null;
  /** The date (YYYY-MM-DD) the review fell due; null when the account was never assessed. */
  dueSince: string | null;
};

export const DIGEST_SECTIONS = ['up', 'down', 'intoLoss', 'outOfLoss', 'quadrant', 'overdue'] as const;
export type DigestSection = (typeof DIGEST_SECTIONS)[number];

export type MoversDigest = {
  /** Per section, how many accounts it has in all (the lists are cut at `limit`). */
  counts: Record<DigestSection, number>;
  up: AccountMove[];
  down: AccountMove[];
  intoLoss: AccountMove[];
  outOfLoss: AccountMove[];
  /** Accounts whose quadrant changed (the tier may have stayed). */
  quadrant: AccountMove[];
  overdue: ReviewDue[];
  /** Accounts scored for the first time this run: no previous state to move from. */
  newlyScored: number;
  /** The most accounts each list holds. */
  limit: number;
};

/** Each list holds at most this many: a digest is read by a person, the counts say how many in all. */
export const DIGEST_LIMIT = 50;

const TIER_LEVEL = new Map<string | null, number>(TIERS.map((t, i) => [t, TIERS.length - i]));
/** Key account 4 … lean 1; an unscored account (no tier) 0. */
export const tierLevel = (tier: string | null): number => TIER_LEVEL.get(tier) ?? 0;

const inLoss = (margin: number | null): boolean => margin !== null && margin < 0;

/** True when the account held computed values from an earlier sync: a state to move from. */
export const wasScored = (move: AccountMove): boolean => move.previousRank !== null;

export const tierChange = (move: AccountMove): number =>
  wasScored(move) ? tierLevel(move.tier) - tierLevel(move.previousTier) : 0;

export const quadrantChanged = (move: AccountMove): boolean =>
  wasScored(move) && move.quadrant !== move.previousQuadrant;

export const wentIntoLoss = (move: AccountMove): boolean =>
  wasScored(move) && move.previousMargin !== null && !inLoss(move.previousMargin) && inLoss(move.margin);

export const cameOutOfLoss = (move: AccountMove): boolean =>
  wasScored(move) && inLoss(move.previousMargin) && move.margin !== null && !inLoss(move.margin);

/** True when the move is one the digest reports (and a follow-up may be made for). */
export const isDigestMove = (move: AccountMove): boolean =>
  tierChange(move) !== 0 || quadrantChanged(move) || wentIntoLoss(move) || cameOutOfLoss(move);

const byRank = (a: { rank: number | null }, b: { rank: number | null }): number =>
  (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY);

export function moversDigest(
  moves: readonly AccountMove[],
  options: {
    limit?: number;
    overdue?: readonly ReviewDue[];
    /** How many accounts are overdue in all, when `overdue` lists only the first of them. */
    overdueTotal?: number;
    newlyScored?: number;
  } = {}
): MoversDigest {
  const limit = options.limit ?? DIGEST_LIMIT;
  const steps = (m: AccountMove): number => Math.abs(tierChange(m));
  const bigFirst = (a: AccountMove, b: AccountMove): number => steps(b) - steps(a) || byRank(a, b);
  const margin = (m: AccountMove): number => m.margin ?? 0;
  const lists: Omit<MoversDigest, 'counts' | 'newlyScored' | 'limit'> = {
    up: moves.filter((m) => tierChange(m) > 0).sort(bigFirst),
    down: moves.filter((m) => tierChange(m) < 0).sort(bigFirst),
    // The deepest new loss first: that is the account a review must look at.
    intoLoss: moves.filter(wentIntoLoss).sort((a, b) => margin(a) - margin(b) || byRank(a, b)),
    outOfLoss: moves.filter(cameOutOfLoss).sort((a, b) => margin(b) - margin(a) || byRank(a, b)),
    quadrant: moves.filter(quadrantChanged).sort(byRank),
    // Never assessed first, then the longest overdue.
    overdue: [...(options.overdue ?? [])].sort(
      (a, b) => (a.dueSince ?? '').localeCompare(b.dueSince ?? '') || byRank(a, b)
    ),
  };
  const counts = Object.fromEntries(DIGEST_SECTIONS.map((s) => [s, lists[s].length])) as Record<DigestSection, number>;
  counts.overdue = Math.max(counts.overdue, options.overdueTotal ?? 0);
  return {
    counts,
    up: lists.up.slice(0, limit),
    down: lists.down.slice(0, limit),
    intoLoss: lists.intoLoss.slice(0, limit),
    outOfLoss: lists.outOfLoss.slice(0, limit),
    quadrant: lists.quadrant.slice(0, limit),
    overdue: lists.overdue.slice(0, limit),
    newlyScored: options.newlyScored ?? moves.filter((m) => !wasScored(m)).length,
    limit,
  };
}

/** True when the digest has nothing to say: no mover, no overdue account. */
export const digestIsEmpty = (digest: MoversDigest): boolean => DIGEST_SECTIONS.every((s) => digest.counts[s] === 0);
