import { causesOf, type LossCause } from './loss-causes.js';
import type { ScoredPortfolio } from './portfolio.js';

export { WORKLOAD_FACTOR, type LossCause } from './loss-causes.js';

export type LossMaker = {
  index: number;
  name: string;
  rank: number;
  margin: number;
  revenue: number | null;
  /** Coverage under the profile's minimum: its rank rests on too few assessments (docs/method.md). */
  incomplete: boolean;
  /** Why it loses money (loss-causes.ts), the same causes its treatment answers. */
  causes: LossCause[];
};

/** The accounts with a negative customer margin, largest loss first (docs/method.md, Portfolio analysis). */
export function lossMakers(portfolio: ScoredPortfolio): LossMaker[] {
  const bits = portfolio.scored.lossCauses;
  return portfolio.accounts
    .filter((a) => a.margin !== null && a.margin < 0)
    .map((a) => ({
      index: a.index,
      name: a.name,
      rank: a.rank,
      margin: a.margin as number,
      revenue: a.revenue,
      incomplete: a.incomplete,
      causes: causesOf(bits[a.index]),
    }))
    .sort((x, y) => x.margin - y.margin || x.rank - y.rank);
}
