import type { Tier } from '../model/dimensions.js';
import type { Account } from '../model/input.js';
import { scorePortfolio, type ScoredPortfolio } from '../portfolio/portfolio.js';
import type { Profile } from './profile.js';

export type RankChange = {
  index: number;
  name: string;
  rank: number;
  compareRank: number;
  /** rank − compareRank: positive when the account rises under the compared profile. */
  rankChange: number;
  tier: Tier | null;
  compareTier: Tier | null;
  /** Coverage under each profile's minimum: a rising star may rest on few assessments (docs/method.md). */
  incomplete: boolean;
  compareIncomplete: boolean;
};

export type ProfileComparison = {
  base: ScoredPortfolio;
  compared: ScoredPortfolio;
  /** Per account, in the base rank order. */
  changes: RankChange[];
  /** Largest rises first; only accounts that rise. */
  risingStars: RankChange[];
  /** Largest falls first; only accounts that fall. */
  fallers: RankChange[];
};

/**
 * Ranks the same accounts under two profiles (docs/method.md, Value dimensions: "Future potential" reveals tomorrow's
 * key accounts). The rising stars are the accounts that climb most when the compared profile is used.
 */
export function compareProfiles(inputs: readonly Account[], base: Profile, other: Profile, top = 5): ProfileComparison {
  const a = scorePortfolio(inputs, base);
  const b = scorePortfolio(inputs, other);
  const compareRankOf = new Uint32Array(inputs.length);
  const compareTierOf: Array<Tier | null> = new Array<Tier | null>(inputs.length);
  const compareIncompleteOf = new Uint8Array(inputs.length);
  for (const acc of b.accounts) {
    compareRankOf[acc.index] = acc.rank;
    compareTierOf[acc.index] = acc.tier;
    compareIncompleteOf[acc.index] = acc.incomplete ? 1 : 0;
  }
  const changes = a.accounts.map((acc): RankChange => ({
    index: acc.index,
    name: acc.name,
    rank: acc.rank,
    compareRank: compareRankOf[acc.index],
    rankChange: acc.rank - compareRankOf[acc.index],
    tier: acc.tier,
    compareTier: compareTierOf[acc.index],
    incomplete: acc.incomplete,
    compareIncomplete: compareIncompleteOf[acc.index] === 1,
  }));
  const risingStars = changes
    .filter((c) => c.rankChange > 0)
    .sort((x, y) => y.rankChange - x.rankChange || x.compareRank - y.compareRank)
    .slice(0, top);
  const fallers = changes
    .filter((c) => c.rankChange < 0)
    .sort((x, y) => x.rankChange - y.rankChange || x.rank - y.rank)
    .slice(0, top);
  return { base: a, compared: b, changes, risingStars, fallers };
}
