/**
 * The indices of figures in descending order, equal figures in input order, NaN (no figure) last:
 * the order the rank rule and the 80/20 analyses read (docs/method.md, Rank and Portfolio analysis).
 *
 * Hand-written because nothing else gives it: a typed array's own sort returns the values, not their
 * positions, and an index sort with a comparator costs a function call per comparison (half a second
 * for a million accounts). src/core may depend on zod only, so no library either. This is a stable
 * least-significant-digit radix sort on the figures' 64 bits, four passes of 16 bits, in O(n); when every
 * figure is a whole number of cents within ±21,474,836.47 (money, as the figures usually are), on
 * 32 bits of cents instead, in two passes (centKeys): 200,000 margins sorted in about half the time.
 *
 * Each loop over the accounts is a function of its own (centKeys, sortKeys, identity, digitStarts,
 * scatter). A run ranks once, so these loops run cold: V8 optimizes a long loop in place (on-stack
 * replacement), and with every loop in one function each optimized loop was thrown away at the first
 * statement after it that had never run, then the next loop compiled again. Split, each is optimized
 * once and stays so: 45–60 ms for the first call on 200,000 figures before, 13–17 ms after (fresh
 * process each, same figures).
 */
export function descendingOrder(values: Float64Array): Uint32Array {
  const n = values.length;
  const cents = centKeys(values);
  const sort: Radix = {
    keys: cents ?? sortKeys(values),
    stride: cents ? 1 : 2,
    order: identity(n),
    next: new Uint32Array(n),
    starts: new Uint32Array(65_536),
  };
  for (let pass = 0; pass < 2 * sort.stride; pass++) {
    // A pass where every key has the same digit would only copy the order.
    if (!digitStarts(sort, pass)) continue;
    scatter(sort, pass);
    const done = sort.next;
    sort.next = sort.order;
    sort.order = done;
  }
  return sort.order;
}

/**
 * A sort under way: the keys (one or two 32-bit words per figure, `stride`), the order so far and the
 * array the next pass fills, and where each digit's accounts start in it.
 */
type Radix = { keys: Uint32Array; stride: number; order: Uint32Array; next: Uint32Array; starts: Uint32Array };

/** The largest number of cents, either way, that a figure's 32-bit key in cents holds. */
const CENTS_LIMIT = 0x7f_ff_ff_ff;

/**
 * Each figure as 32 bits that sort ascending as it sorts descending: CENTS_LIMIT − its cents, NaN
 * after all; undefined as soon as a figure is not a whole number of cents (c / 100 is the figure
 * itself) within ±CENTS_LIMIT cents. Cents keep the order and the ties of the figures exactly: figures
 * that are c / 100 rounded differ exactly when their c do, in the same direction (dividing by 100
 * and rounding never reverses an order), and −0 and +0 both become 0 cents.
 */
function centKeys(values: Float64Array): Uint32Array | undefined {
  const n = values.length;
  const keys = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v !== v) {
      keys[i] = 0xff_ff_ff_ff;
      continue;
    }
    const c = Math.round(v * 100);
    if (c / 100 !== v || c > CENTS_LIMIT || c < -CENTS_LIMIT) return undefined;
    keys[i] = CENTS_LIMIT - c;
  }
  return keys;
}

// Which word of a double holds the sign and exponent depends on the machine's byte order.
const BITS = new Float64Array([-1]);
const WORDS = new Uint32Array(BITS.buffer);
const HI = WORDS[1] === 0xbf_f0_00_00 ? 1 : 0;
const LO = 1 - HI;

/**
 * Each figure as two 32-bit words that sort ascending as the figure sorts descending, the low word
 * of figure i at 2i, the high word at 2i + 1: pass p sorts by the 16-bit digit p of them (digit).
 */
function sortKeys(values: Float64Array): Uint32Array {
  const n = values.length;
  const keys = new Uint32Array(2 * n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v !== v) {
      keys[2 * i] = 0xff_ff_ff_ff;
      keys[2 * i + 1] = 0xff_ff_ff_ff;
      continue;
    }
    // +0 for −0: they are the same figure and must stay neighbours.
    BITS[0] = v === 0 ? 0 : v;
    let h = WORDS[HI];
    let l = WORDS[LO];
    // IEEE 754 order made unsigned (flip all bits of negatives, the sign bit of positives) and then
    // reversed for descending: together, positives get all bits but the sign flipped, negatives none.
    if ((h & 0x80_00_00_00) === 0) {
      h = (h ^ 0x7f_ff_ff_ff) >>> 0;
      l = ~l >>> 0;
    }
    keys[2 * i] = l;
    keys[2 * i + 1] = h;
  }
  return keys;
}

/** Digit `pass` (0 = lowest) of figure i's key of `stride` words. */
const digit = (keys: Uint32Array, stride: number, i: number, pass: number): number =>
  (keys[stride * i + (pass >> 1)] >>> ((pass & 1) << 4)) & 0xff_ff;

/** 0, 1, …, n − 1. */
function identity(n: number): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order;
}

/** Counts each digit of pass `pass` into where its figures start; false when every figure has the same digit. */
function digitStarts(sort: Radix, pass: number): boolean {
  const { keys, stride, starts } = sort;
  const n = sort.order.length;
  starts.fill(0);
  for (let i = 0; i < n; i++) starts[digit(keys, stride, i, pass)]++;
  if (n === 0 || starts[digit(keys, stride, 0, pass)] === n) return false;
  let sum = 0;
  for (let b = 0; b < 65_536; b++) {
    const c = starts[b];
    starts[b] = sum;
    sum += c;
  }
  return true;
}

/** One stable pass: the order so far, spread by the pass's digit into `next`. */
function scatter(sort: Radix, pass: number): void {
  const { keys, stride, order, next, starts } = sort;
  const n = order.length;
  for (let k = 0; k < n; k++) {
    const i = order[k];
    next[starts[digit(keys, stride, i, pass)]++] = i;
  }
}
