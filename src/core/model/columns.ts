import { customerMargin } from '../profitability/waterfall.js';
import { DIMENSIONS } from './dimensions.js';
import type { Account } from './input.js';

/**
 * A portfolio as columns: one typed array per figure, NaN for "not known". The method works on these
 * (scoreColumns), so a million accounts are scored without a million result objects; the object API
 * (scorePortfolio) packs its accounts into columns and reads the results back out.
 */
export type PortfolioColumns = {
  readonly length: number;
  readonly names: readonly string[];
  readonly revenue: Float64Array;
  /** Customer margin of the waterfall (docs/method.md, Customer margin). */
  readonly margin: Float64Array;
  /** Service costs and hours, for the workload cause of a loss (docs/method.md, Portfolio analysis). */
  readonly serviceCosts: Float64Array;
  readonly serviceHours: Float64Array;
  /** Entered scores, one column per dimension in DIMENSIONS order. */
  readonly scores: readonly Float64Array[];
  readonly commitment: Float64Array;
  readonly binding: Float64Array;
};

const orNaN = (v: number | null | undefined): number => v ?? Number.NaN;

/** A column's value as the object API gives it: null where the column holds NaN. */
export const nullIfNaN = (v: number): number | null => (v === v ? v : null);

/** Packs validated accounts (AccountInputSchema) into columns. */
export function columnsOf(accounts: readonly Account[]): PortfolioColumns {
  const n = accounts.length;
  const columns: PortfolioColumns = {
    length: n,
    names: new Array<string>(n),
    revenue: new Float64Array(n),
    margin: new Float64Array(n),
    serviceCosts: new Float64Array(n),
    serviceHours: new Float64Array(n),
    scores: DIMENSIONS.map(() => new Float64Array(n)),
    commitment: new Float64Array(n),
    binding: new Float64Array(n),
  };
  fillColumns(accounts, columns);
  return columns;
}

/**
 * The loop of columnsOf, in a function of its own: a run packs once, so the loop runs cold and V8
 * optimizes it in place; with statements after it in the same function that had never run, the
 * optimized code was thrown away on leaving the loop (descending-order.ts says more, with figures).
 */
function fillColumns(accounts: readonly Account[], columns: PortfolioColumns): void {
  const { revenue, margin, serviceCosts, serviceHours, commitment, binding } = columns;
  const names = columns.names as string[];
  const scores = columns.scores;
  for (let i = 0; i < accounts.length; i++) {
    const a = accounts[i];
    names[i] = a.name;
    revenue[i] = orNaN(a.revenue);
    margin[i] = orNaN(customerMargin(a));
    serviceCosts[i] = orNaN(a.serviceCosts);
    serviceHours[i] = orNaN(a.serviceHours);
    commitment[i] = orNaN(a.commitment);
    binding[i] = orNaN(a.binding);
    const s = a.scores;
    for (let d = 0; d < DIMENSIONS.length; d++) scores[d][i] = orNaN(s[DIMENSIONS[d]]);
  }
}
