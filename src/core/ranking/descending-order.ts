/**
 * The indices of figures in descending order, equal figures in input order, NaN (no figure) last:
 * the order the rank rule and the 80/20 analyses read (docs/method.md, Rank and Portfolio analysis).
 *
 * Hand-written because nothing else gives it: a typed array's own sort returns the values, not their
 * positions, and an index sort with a comparator costs a function call per comparison (half a second
 * for a million accounts). src/core may depend on zod only, so no library either. This is a stable
 * least-significant-digit radix sort on the figures' 64 bits, four passes of 16 bits, in O(n).
 */
export function descendingOrder(values: Float64Array): Uint32Array {
  const n = values.length;
  // Each figure becomes two 32-bit words that sort ascending as the figure sorts descending.
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  // Which word of a double holds the sign and exponent depends on the machine's byte order.
  bits[0] = -1;
  const HI = words[1] === 0xbf_f0_00_00 ? 1 : 0;
  const LO = 1 - HI;
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v !== v) {
      hi[i] = 0xff_ff_ff_ff;
      lo[i] = 0xff_ff_ff_ff;
      continue;
    }
    // +0 for −0: they are the same figure and must stay neighbours.
    bits[0] = v === 0 ? 0 : v;
    let h = words[HI];
    let l = words[LO];
    // IEEE 754 order made unsigned (flip all bits of negatives, the sign bit of positives) and then
    // reversed for descending: together, positives get all bits but the sign flipped, negatives none.
    if ((h & 0x80_00_00_00) === 0) {
      h = (h ^ 0x7f_ff_ff_ff) >>> 0;
      l = ~l >>> 0;
    }
    hi[i] = h;
    lo[i] = l;
  }
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Uint32Array(n);
  const counts = new Uint32Array(65_536);
  const passes: Array<[Uint32Array, number]> = [
    [lo, 0],
    [lo, 16],
    [hi, 0],
    [hi, 16],
  ];
  for (const [word, shift] of passes) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(word[i] >>> shift) & 0xff_ff]++;
    // A pass where every key has the same digit would only copy the order.
    if (counts[(word[0] >>> shift) & 0xff_ff] === n) continue;
    let sum = 0;
    for (let b = 0; b < 65_536; b++) {
      const c = counts[b];
      counts[b] = sum;
      sum += c;
    }
    for (let k = 0; k < n; k++) {
      const i = order[k];
      next[counts[(word[i] >>> shift) & 0xff_ff]++] = i;
    }
    [order, next] = [next, order];
  }
  return order;
}
