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

/**
 * The causes of every account's loss as bits (bit j = LOSS_CAUSES[j]), 0 for an account that does not
 * lose money. Worked out on columns so that the treatment (scoreColumns) and the loss-maker list read
 * the very same causes. `volume` holds the volume score the weighted score used (NaN for none).
 */
export function lossCauseColumns(columns: PortfolioColumns, volume: Float64Array): Uint8Array {
  const { costs, hours } = knownRatios(columns);
  return markCauses(columns, volume, WORKLOAD_FACTOR * median(costs), WORKLOAD_FACTOR * median(hours));
}

/**
 * The known service costs and hours per revenue (of the accounts with revenue above 0), in input
 * order. Each loop of this file is a function of its own, so V8 optimizes it once (descending-order.ts
 * says why, with figures).
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

function markCauses(columns: PortfolioColumns, volume: Float64Array, costLimit: number, hourLimit: number): Uint8Array {
  const { revenue, margin, serviceCosts, serviceHours } = columns;
  const n = columns.length;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (!(margin[i] < 0)) continue;
    let bits = 0;
    if (volume[i] <= 2) bits |= 1;
    const r = revenue[i];
    // NaN (no ratio, or no median) never compares greater; the same division as knownRatios.
    if (r > 0 && (serviceCosts[i] / r > costLimit || serviceHours[i] / r > hourLimit)) bits |= 2;
    out[i] = bits === 0 ? 4 : bits;
  }
  return out;
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
