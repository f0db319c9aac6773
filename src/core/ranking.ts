/**
 * Rank order of DESIGN.md 1.2: weighted score (rounded to 2 decimals) descending; ties by customer
 * margin descending, then revenue descending, then name; an account with no figure sorts after those
 * with one. Accounts with no score at all come last. Input position is the final key, so the order
 * is total and the same on every machine.
 */
export type RankKeys = {
  /** Score in whole hundredths, or -1 for no score. */
  cents: Int32Array;
  margin: Float64Array; // NaN = no figure
  revenue: Float64Array; // NaN = no figure
  names: readonly string[];
};

// One collator for every run: 'en' with variant sensitivity is deterministic across ICU builds for
// the Latin letters of English and Finnish names; only identical names fall through to input order.
const collator = new Intl.Collator('en', { sensitivity: 'variant', numeric: true });

export function compareNames(a: string, b: string): number {
  // The collator calls "Client 01" and "Client 1" equal; code units then decide, so distinct names
  // never fall through to input order.
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Descending by a figure, NaN (no figure) after every number. */
export function compareFigureDesc(a: number, b: number): number {
  const aMissing = Number.isNaN(a);
  const bMissing = Number.isNaN(b);
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
  return b - a;
}

/** Indices of the accounts in rank order. */
export function rankOrder(keys: RankKeys): Uint32Array {
  const n = keys.names.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  // Counting sort by score first: there are only 401 possible scores (1.00–5.00), so the comparator
  // sort below only runs inside groups of equal score, where the tie rules apply.
  const buckets = new Int32Array(502);
  for (let i = 0; i < n; i++) buckets[keys.cents[i] + 1]++;
  const start = new Int32Array(502);
  let pos = 0;
  for (let b = 501; b >= 0; b--) {
    start[b] = pos;
    pos += buckets[b];
  }
  const fill = start.slice();
  for (let i = 0; i < n; i++) order[fill[keys.cents[i] + 1]++] = i;
  const tie = (x: number, y: number): number =>
    compareFigureDesc(keys.margin[x], keys.margin[y]) ||
    compareFigureDesc(keys.revenue[x], keys.revenue[y]) ||
    compareNames(keys.names[x], keys.names[y]) ||
    x - y;
  for (let b = 501; b >= 0; b--) {
    const count = buckets[b];
    if (count > 1) order.subarray(start[b], start[b] + count).sort(tie);
  }
  return order;
}
