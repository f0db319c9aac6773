import type { PortfolioColumns } from '../model/columns.js';
import { median } from './median.js';

/**
 * Why an account loses money (docs/method.md, Portfolio analysis: the method names too little volume
 * and too much work as the causes of unprofitability).
 * - lowVolume: its volume score is 2 or less — too little business to carry the cost to serve.
 * - workload: its service cost or service hours per revenue exceed 1.5 × the portfolio median.
 * - costs: neither; the direct, sales or marketing costs (or the price) are the place to look.
 */
export const LOSS_CAUSES = ['lowVolume', 'workload', 'costs'] as const;
export type LossCause = (typeof LOSS_CAUSES)[number];

export const WORKLOAD_FACTOR = 1.5;

/** The service costs and hours per revenue above which an account's loss is put down to workload. */
export type WorkloadLimits = { readonly costs: number; readonly hours: number };

/**
 * The workload limits of a portfolio: 1.5 × the median service costs and hours per revenue, NaN where
 * no account has the ratio (then no loss is put down to workload).
 */
export function workloadLimits(columns: PortfolioColumns): WorkloadLimits {
  const { costs, hours } = knownRatios(columns);
  return { costs: WORKLOAD_FACTOR * median(costs), hours: WORKLOAD_FACTOR * median(hours) };
}

/**
 * The causes of one account's loss as bits (bit j = LOSS_CAUSES[j]); asked only of an account that
 * loses money. Worked out with the portfolio's limits so that the treatment (scoreColumns) and the
 * loss-maker list read the very same causes. `volume` is the volume score the weighted score used
 * (NaN for none); the figures are the account's (NaN for none).
 */
export function lossCauseBits(
  volume: number,
  revenue: number,
  serviceCosts: number,
  serviceHours: number,
  limits: WorkloadLimits
): number {
  let bits = 0;
  if (volume <= 2) bits |= 1;
  // NaN (no ratio, or no median) never compares greater; the same division as knownRatios.
  if (revenue > 0 && (serviceCosts / revenue > limits.costs || serviceHours / revenue > limits.hours)) bits |= 2;
  return bits === 0 ? 4 : bits;
}

/**
 * The known service costs and hours per revenue (of the accounts with revenue above 0), in input
 * order: a loop in a function of its own, so V8 optimizes it once (descending-order.ts says why).
 */
function knownRatios(columns: PortfolioColumns): { costs: Float64Array; hours: Float64Array } {
  const { revenue, serviceCosts, serviceHours } = columns;
  const n = columns.length;
  const costs = new Float64Array(n);
  const hours = new Float64Array(n);
  let c = 0;
  let h = 0;
  for (let i = 0; i < n; i++) {
    const r = revenue[i];
    if (!(r > 0)) continue;
    const cost = serviceCosts[i] / r;
    if (cost === cost) costs[c++] = cost;
    const hour = serviceHours[i] / r;
    if (hour === hour) hours[h++] = hour;
  }
  return { costs: costs.subarray(0, c), hours: hours.subarray(0, h) };
}

/** The causes in a mask, in LOSS_CAUSES order. */
export function causesOf(bits: number): LossCause[] {
  return LOSS_CAUSES.filter((_, j) => bits & (1 << j));
}

/**
 * The cause the treatment answers first (docs/method.md, Tier and treatment): the workload, then low
 * volume. The method's advice for too much work — cut the work you are not paid for — can be acted on
 * at once, while growing an account that already takes too much work grows its loss with it.
 */
export function primaryCause(bits: number): LossCause | null {
  if (bits & 2) return 'workload';
  if (bits & 1) return 'lowVolume';
  return bits & 4 ? 'costs' : null;
}
