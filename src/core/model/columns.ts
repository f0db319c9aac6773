import { customerMargin } from '../profitability/waterfall.js';
import { DIMENSIONS, type DimensionKey } from './dimensions.js';
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
    // NaN until an entered score is found (fillColumns).
    scores: DIMENSIONS.map(() => new Float64Array(n).fill(Number.NaN)),
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
 *
 * The entered scores are read by walking each score object's own keys, not by asking it for every
 * dimension by name: a blank cell leaves its key out, so a spreadsheet's score objects come in dozens
 * of shapes (61 in the 200,000-row benchmark file), and eight lookups by name across them were the
 * slowest part of the loop (35 ms against 21 ms walked, 200,000 accounts, CPU).
 */
function fillColumns(accounts: readonly Account[], columns: PortfolioColumns): void {
  const { revenue, margin, serviceCosts, serviceHours, commitment, binding } = columns;
  const names = columns.names as string[];
  const [volume, profitability, loyalty, potential, reference, learning, contact, emotional] = columns.scores;
  const n = accounts.length;
  for (let i = 0; i < n; i++) {
    const a = accounts[i];
    names[i] = a.name;
    revenue[i] = orNaN(a.revenue);
    margin[i] = orNaN(customerMargin(a));
    serviceCosts[i] = orNaN(a.serviceCosts);
    serviceHours[i] = orNaN(a.serviceHours);
    commitment[i] = orNaN(a.commitment);
    binding[i] = orNaN(a.binding);
    const scores = a.scores;
    // No hasOwn test per key: it took back most of the gain. A validated score object is a plain
    // object, with no inherited keys to walk (the by-name reads this replaces would read them too).
    // eslint-disable-next-line guard-for-in
    for (const key in scores) {
      const v = scores[key as DimensionKey];
      if (v === null || v === undefined) continue;
      // DIMENSIONS order; a key that is no dimension is not read, as before.
      switch (key) {
        case 'volume':
          volume[i] = v;
          break;
        case 'profitability':
          profitability[i] = v;
          break;
        case 'loyalty':
          loyalty[i] = v;
          break;
        case 'potential':
          potential[i] = v;
          break;
        case 'reference':
          reference[i] = v;
          break;
        case 'learning':
          learning[i] = v;
          break;
        case 'contact':
          contact[i] = v;
          break;
        case 'emotional':
          emotional[i] = v;
          break;
        default:
      }
    }
  }
}
