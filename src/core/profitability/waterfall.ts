import { roundHalfUp } from '../model/rounding.js';

export type WaterfallInput = {
  revenue?: number | null;
  directCosts?: number | null;
  salesCosts?: number | null;
  marketingCosts?: number | null;
  serviceCosts?: number | null;
};

export type Waterfall = {
  revenue: number;
  directCosts: number;
  salesMargin: number;
  salesCosts: number;
  marketingCosts: number;
  serviceCosts: number;
  customerMargin: number;
  /** Customer margin as percent of revenue, 2 decimals; null when revenue is 0. */
  marginPct: number | null;
};

const COSTS = ['directCosts', 'salesCosts', 'marketingCosts', 'serviceCosts'] as const;

/**
 * Money to the cent. The figures are money (cents at most), so a difference of them is a whole number
 * of cents up to the float error of the subtraction (233222.40000000002); that error is a billionth of
 * a cent, never near a half, so Math.round finds the cent the subtraction meant — and cheaply, which a
 * million accounts need. Beyond 2^53 cents (90 trillion) a float holds no cents to round to.
 */
export const cents = (value: number): number =>
  // + 0 turns the −0 of a rounded −0.000001 into 0, which no table should show as "−0".
  Math.abs(value) < 9e13 ? Math.round(value * 100) / 100 + 0 : value;

/**
 * The profitability waterfall (docs/method.md, Customer margin): revenue − direct costs = sales margin; sales margin −
 * sales, marketing and service costs = customer margin.
 *
 * Choice (docs/method.md): it exists when revenue is known and at least one cost is known; the costs not
 * given count as 0 (a small firm often books only direct costs). With no cost at all the margin is
 * unknown rather than equal to revenue, which would make every such account look maximally profitable.
 */
export function waterfall(input: WaterfallInput): Waterfall | null {
  const revenue = input.revenue;
  if (revenue === null || revenue === undefined) return null;
  if (COSTS.every((c) => input[c] === null || input[c] === undefined)) return null;
  const directCosts = input.directCosts ?? 0;
  const salesCosts = input.salesCosts ?? 0;
  const marketingCosts = input.marketingCosts ?? 0;
  const serviceCosts = input.serviceCosts ?? 0;
  const salesMargin = cents(revenue - directCosts);
  const margin = cents(revenue - directCosts - salesCosts - marketingCosts - serviceCosts);
  return {
    revenue,
    directCosts,
    salesMargin,
    salesCosts,
    marketingCosts,
    serviceCosts,
    customerMargin: margin,
    marginPct: revenue === 0 ? null : roundHalfUp((margin / revenue) * 100, 2),
  };
}

/** Customer margin only, without building the waterfall (the hot path of large portfolios). */
export function customerMargin(input: WaterfallInput): number | null {
  const revenue = input.revenue;
  if (revenue === null || revenue === undefined) return null;
  const { directCosts, salesCosts, marketingCosts, serviceCosts } = input;
  if (directCosts == null && salesCosts == null && marketingCosts == null && serviceCosts == null) return null;
  // The same order of subtraction and the same rounding as waterfall(), so both give the very same figure.
  return cents(revenue - (directCosts ?? 0) - (salesCosts ?? 0) - (marketingCosts ?? 0) - (serviceCosts ?? 0));
}
