import { ABC_CLASSES, QUADRANTS, TIERS, type AbcClass, type Quadrant, type Tier } from '../model/dimensions.js';
import { top20Share, whaleCurve } from '../profitability/pareto.js';
import type { ScoredColumns } from '../scoring/score-columns.js';
import { isPositiveAmount, roundHalfUp } from '../model/rounding.js';
import type { ScoredPortfolio } from './portfolio.js';

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
  /** Accounts with a class; those with no customer margin have none and are counted in noMargin. */
  abc: Record<AbcClass, number>;
  /**
   * Accounts whose customer margin is unknown (no revenue, or no cost at all): how many, and the
   * first NO_MARGIN_LISTED of them in rank order, so a person knows whose cost data to fetch.
   */
  noMargin: { count: number; accounts: AccountRef[] };
};

/** An account named in a summary: its name, and its id where the input had one. */
export type AccountRef = { name: string; id?: string };

/** How many accounts without a margin the summary names (it counts them all). */
export const NO_MARGIN_LISTED = 10;

const share = (v: number | null): number | null => (v === null ? null : roundHalfUp(v, 4));

/** The portfolio's headline figures (docs/method.md, Portfolio analysis): what a snapshot keeps and the report shows. */
export function summarise(portfolio: Pick<ScoredPortfolio, 'scored' | 'inputs'>): PortfolioSummary {
  const { inputs } = portfolio;
  return summariseColumns(portfolio.scored, (i) => inputs[i].id);
}

/** The same, on the columnar results (scoreColumns), so a million accounts are summed without objects. */
export function summariseColumns(
  scoredColumns: ScoredColumns,
  idOf: (index: number) => string | undefined = (): undefined => undefined
): PortfolioSummary {
  const { columns, cents, tier, quadrant, abc: abcCode, scoredMask, coverageByMask } = scoredColumns;
  const minCoverage = scoredColumns.profile.minCoverage;
  const { revenue, margin } = columns;
  const n = columns.length;
  const tierCounts = new Int32Array(TIERS.length + 1);
  const quadrantCounts = new Int32Array(QUADRANTS.length + 1);
  const abcCounts = new Int32Array(ABC_CLASSES.length);
  let scored = 0;
  let scoreSum = 0;
  let incomplete = 0;
  let unprofitable = 0;
  let totalMargin = 0;
  let totalRevenue = 0;
  let keyMargin = 0;
  let noMargin = 0;
  const noMarginAccounts: AccountRef[] = [];
  const KEY = TIERS.indexOf('keyAccount');
  // −1 (none) counts in the last slot: "unscored", "unassessed".
  for (let i = 0; i < n; i++) {
    tierCounts[tier[i] < 0 ? TIERS.length : tier[i]]++;
    quadrantCounts[quadrant[i] < 0 ? QUADRANTS.length : quadrant[i]]++;
    if (abcCode[i] >= 0) abcCounts[abcCode[i]]++;
    if (coverageByMask[scoredMask[i]] < minCoverage) incomplete++;
    if (cents[i] >= 0) {
      scored++;
      // Exactly the rounded score (scoreAt), summed in input order.
      scoreSum += cents[i] / 100;
    }
    const r = revenue[i];
    if (r === r) totalRevenue += r;
    const m = margin[i];
    if (m === m) {
      totalMargin += m;
      if (m < 0) unprofitable++;
      if (tier[i] === KEY) keyMargin += m;
    } else noMargin++;
  }
  // Named in rank order, so the list is the same whatever order the rows came in, highest ranked first.
  for (let r = 0; r < n && noMarginAccounts.length < Math.min(noMargin, NO_MARGIN_LISTED); r++) {
    const i = scoredColumns.order[r];
    if (margin[i] === margin[i]) continue;
    const id = idOf(i);
    noMarginAccounts.push(id === undefined ? { name: columns.names[i] } : { name: columns.names[i], id });
  }
  const tiers = countsBy([...TIERS, 'unscored'] as const, tierCounts);
  const quadrants = countsBy([...QUADRANTS, 'unassessed'] as const, quadrantCounts);
  const abc = countsBy(ABC_CLASSES, abcCounts);
  const whale = whaleCurve(scoredColumns.marginsDesc);
  return {
    profile: scoredColumns.profile.key,
    accounts: n,
    scored,
    incomplete,
    totalRevenue: roundHalfUp(totalRevenue, 2),
    totalMargin: roundHalfUp(totalMargin, 2),
    top20MarginShare: share(top20Share(scoredColumns.marginsDesc)),
    top20RevenueShare: share(top20Share(scoredColumns.revenuesDesc)),
    whalePeakShare: share(whale.peakShare),
    whalePeakAccounts: whale.peakAccounts,
    lossTail: roundHalfUp(whale.lossTail, 2),
    unprofitable,
    averageScore: scored > 0 ? roundHalfUp(scoreSum / scored, 2) : null,
    keyAccountMarginShare: isPositiveAmount(totalMargin) ? share(keyMargin / totalMargin) : null,
    tiers,
    quadrants,
    abc,
    noMargin: { count: noMargin, accounts: noMarginAccounts },
  };
}

function countsBy<K extends string>(keys: readonly K[], counts: Int32Array): Record<K, number> {
  return Object.fromEntries(keys.map((k, j) => [k, counts[j]])) as Record<K, number>;
}
