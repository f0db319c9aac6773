import { descendingOrder } from './descending-order.js';

/**
 * Rank order (docs/method.md, Rank): weighted score (rounded to 2 decimals) descending; ties by customer
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

/**
 * Indices of the accounts in rank order. byMargin is descendingOrder(keys.margin), passed in when the
 * caller already has it.
 *
 * The accounts, already in margin order, are spread by score with a counting sort (there are only 401
 * scores, 1.00–5.00); a counting sort keeps the margin order inside each score. Only accounts equal in
 * both score and margin still need the later rules, and those groups are small.
 */
export function rankOrder(keys: RankKeys, byMargin = descendingOrder(keys.margin)): Uint32Array {
  const { cents, margin, revenue, names } = keys;
  // Each loop over the accounts is a function of its own, so V8 optimizes it once (descending-order.ts
  // says why, with figures).
  const { order, tied } = spreadByScore(byMargin, cents, margin);
  const rest = (x: number, y: number): number =>
    compareFigureDesc(revenue[x], revenue[y]) || compareNames(names[x], names[y]) || x - y;
  sortTies(order, tied, rest);
  return order;
}

/** Where each score's accounts start in rank order, at score cents + 1 (0 = no score), the highest first. */
function scoreStarts(cents: Int32Array): Int32Array {
  const n = cents.length;
  const starts = new Int32Array(502);
  for (let i = 0; i < n; i++) starts[cents[i] + 1]++;
  let pos = 0;
  for (let b = 501; b >= 0; b--) {
    const count = starts[b];
    starts[b] = pos;
    pos += count;
  }
  return starts;
}

/**
 * The counting sort: the accounts in margin order, placed by score, so each score keeps the margin order;
 * and at each place, 1 where the account ties (score and margin) with the one before it. Ties are
 * marked while placing, as each score's accounts come in one after another, so that finding them
 * afterwards reads this column in order rather than every account's score and margin again at
 * random (13 ms of 200,000 accounts, CPU profile).
 */
function spreadByScore(
  byMargin: Uint32Array,
  cents: Int32Array,
  margin: Float64Array
): { order: Uint32Array; tied: Uint8Array } {
  const n = byMargin.length;
  const starts = scoreStarts(cents);
  const order = new Uint32Array(n);
  const tied = new Uint8Array(n);
  // The margin of the account last placed at each score, and whether one has been.
  const lastMargin = new Float64Array(502);
  const placed = new Uint8Array(502);
  for (let k = 0; k < n; k++) {
    const i = byMargin[k];
    const b = cents[i] + 1;
    const m = margin[i];
    const pos = starts[b]++;
    order[pos] = i;
    if (placed[b] === 1 && sameFigure(m, lastMargin[b])) tied[pos] = 1;
    placed[b] = 1;
    lastMargin[b] = m;
  }
  return { order, tied };
}

/** Each run of accounts equal in score and margin (marked in `tied`), sorted by the later rules. */
function sortTies(order: Uint32Array, tied: Uint8Array, rest: (x: number, y: number) => number): void {
  const n = order.length;
  let start = 0;
  for (let k = 1; k <= n; k++) {
    if (k < n && tied[k] === 1) continue;
    // Most ties are pairs (4,142 pairs and 173 larger groups in the 200,000-row benchmark file): a
    // pair is put in order by one comparison, as the sort would, without a subarray and a sort each.
    if (k - start === 2) {
      const x = order[start];
      const y = order[start + 1];
      if (rest(x, y) > 0) order.set([y, x], start);
    } else if (k - start > 2) order.subarray(start, k).sort(rest);
    start = k;
  }
}

/** Equal figures, or both missing. */
const sameFigure = (a: number, b: number): boolean => a === b || (a !== a && b !== b);
