import { ABC_CLASSES, QUADRANTS, TIERS, type AbcClass, type Quadrant, type Tier } from './dimensions.js';
import { top20Share, whaleCurve } from './pareto.js';
import type { ScoredPortfolio } from './portfolio.js';
import { isPositiveAmount, roundHalfUp } from './rounding.js';

export type PortfolioSummary = {
  profile: string;
  accounts: number;
  /** Accounts with a weighted score. */
  scored: number;
  incomplete: number;
  totalRevenue: number;
  totalMargin: number;
  /** Shares are fractions (0.62 = 62 %), 4 decimals; null where they have no meaning. */
  top20MarginShare: number | null;
  top20RevenueShare: number | null;
  whalePeakShare: number | null;
  whalePeakAccounts: number;
  /** Sum of the negative margins. */
  lossTail: number;
  unprofitable: number;
  averageScore: number | null;
  keyAccountMarginShare: number | null;
  tiers: Record<Tier | 'unscored', number>;
  quadrants: Record<Quadrant | 'unassessed', number>;
  abc: Record<AbcClass, number>;
};

const share = (v: number | null): number | null => (v === null ? null : roundHalfUp(v, 4));

/** The portfolio's headline figures (DESIGN.md 1.4): what a snapshot keeps and the report shows. */
export function summarise(portfolio: ScoredPortfolio): PortfolioSummary {
  // Walked in input order: the objects lie in memory in that order, which matters at a million.
  const accounts = portfolio.byInput;
  const n = accounts.length;
  const tiers = Object.fromEntries([...TIERS, 'unscored'].map((t) => [t, 0])) as Record<Tier | 'unscored', number>;
  const quadrants = Object.fromEntries([...QUADRANTS, 'unassessed'].map((q) => [q, 0])) as Record<
    Quadrant | 'unassessed',
    number
  >;
  const abc = Object.fromEntries(ABC_CLASSES.map((c) => [c, 0])) as Record<AbcClass, number>;
  let scored = 0;
  let scoreSum = 0;
  let incomplete = 0;
  let unprofitable = 0;
  let totalMargin = 0;
  let totalRevenue = 0;
  let keyMargin = 0;
  for (let r = 0; r < n; r++) {
    const a = accounts[r];
    tiers[a.tier ?? 'unscored']++;
    quadrants[a.quadrant ?? 'unassessed']++;
    abc[a.abcClass]++;
    if (a.incomplete) incomplete++;
    if (a.score !== null) {
      scored++;
      scoreSum += a.score;
    }
    if (a.revenue !== null) totalRevenue += a.revenue;
    if (a.margin !== null) {
      totalMargin += a.margin;
      if (a.margin < 0) unprofitable++;
      if (a.tier === 'keyAccount') keyMargin += a.margin;
    }
  }
  const whale = whaleCurve(portfolio.marginsDesc);
  return {
    profile: portfolio.profile.key,
    accounts: n,
    scored,
    incomplete,
    totalRevenue: roundHalfUp(totalRevenue, 2),
    totalMargin: roundHalfUp(totalMargin, 2),
    top20MarginShare: share(top20Share(portfolio.marginsDesc)),
    top20RevenueShare: share(top20Share(portfolio.revenuesDesc)),
    whalePeakShare: share(whale.peakShare),
    whalePeakAccounts: whale.peakAccounts,
    lossTail: roundHalfUp(whale.lossTail, 2),
    unprofitable,
    averageScore: scored > 0 ? roundHalfUp(scoreSum / scored, 2) : null,
    keyAccountMarginShare: isPositiveAmount(totalMargin) ? share(keyMargin / totalMargin) : null,
    tiers,
    quadrants,
    abc,
  };
}
