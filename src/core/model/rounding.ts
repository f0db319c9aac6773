/**
 * Half-up rounding to a number of decimals as a person rounds the decimal they see: 1.005 rounds to
 * 1.01, where Math.round(x * 100) / 100 gives 1.00 (1.005 is 1.00499999999999989… in binary). The rank
 * rule (docs/method.md, Rank) is defined on the rounded score, so the difference would change ranks.
 *
 * Fast path: away from a half the binary product rounds the same way as the decimal; only values
 * within a hair of a half go through the exact (string) shift. That keeps a million scores fast.
 */
export function roundHalfUp(value: number, decimals = 2): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  const shifted = Math.abs(value) * factor;
  const fraction = shifted - Math.floor(shifted);
  const sign = value < 0 ? -1 : 1;
  if (Math.abs(fraction - 0.5) > 1e-6) return (sign * Math.round(shifted)) / factor;
  // Shift the decimal exponent of the shortest representation ("5e-7" as well as "2.675").
  const [mantissa, exponent = '0'] = String(Math.abs(value)).split('e');
  return (sign * Math.round(Number(`${mantissa}e${Number(exponent) + decimals}`))) / factor;
}

/** True when an amount of money is above zero once rounded to cents (0.1 + 0.2 − 0.3 is not). */
export function isPositiveAmount(value: number): boolean {
  return roundHalfUp(value, 2) > 0;
}

/** A score that is already rounded to 2 decimals, in whole hundredths (exact comparison and counting sort). */
export function scoreCents(value: number): number {
  return Math.round(value * 100);
}
