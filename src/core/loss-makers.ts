import type { ScoredPortfolio } from './portfolio.js';

/**
 * Why an account loses money (DESIGN.md 1.4; seeds 003 and 004 name too little volume and too much
 * work as the main causes).
 * - lowVolume: its volume score is 2 or less — too little business to carry the cost to serve.
 * - workload: its service cost or service hours per revenue exceed 1.5 × the portfolio median.
 * - costs: neither; the direct, sales or marketing costs are the place to look.
 */
export type LossCause = 'lowVolume' | 'workload' | 'costs';

export type LossMaker = {
  index: number;
  name: string;
  rank: number;
  margin: number;
  revenue: number | null;
  causes: LossCause[];
};

export const WORKLOAD_FACTOR = 1.5;

export function lossMakers(portfolio: ScoredPortfolio): LossMaker[] {
  const { inputs, accounts } = portfolio;
  const costRatio = (i: number): number | null => {
    const a = inputs[i];
    return a.revenue && a.revenue > 0 && a.serviceCosts != null ? a.serviceCosts / a.revenue : null;
  };
  const hourRatio = (i: number): number | null => {
    const a = inputs[i];
    return a.revenue && a.revenue > 0 && a.serviceHours != null ? a.serviceHours / a.revenue : null;
  };
  const costMedian = median(inputs.map((_, i) => costRatio(i)));
  const hourMedian = median(inputs.map((_, i) => hourRatio(i)));
  const heavy = (ratio: number | null, med: number | null): boolean =>
    ratio !== null && med !== null && ratio > WORKLOAD_FACTOR * med;

  return accounts
    .filter((a) => a.margin !== null && a.margin < 0)
    .map((a) => {
      const causes: LossCause[] = [];
      if (a.scores.volume !== null && a.scores.volume <= 2) causes.push('lowVolume');
      if (heavy(costRatio(a.index), costMedian) || heavy(hourRatio(a.index), hourMedian)) causes.push('workload');
      if (causes.length === 0) causes.push('costs');
      return { index: a.index, name: a.name, rank: a.rank, margin: a.margin as number, revenue: a.revenue, causes };
    })
    .sort((x, y) => x.margin - y.margin || x.rank - y.rank);
}

function median(values: Array<number | null>): number | null {
  const known = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (known.length === 0) return null;
  const mid = known.length >> 1;
  return known.length % 2 ? known[mid] : (known[mid - 1] + known[mid]) / 2;
}
