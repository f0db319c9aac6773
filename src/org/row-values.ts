/**
 * Field values as the org returns them, in either of its two shapes: REST JSON (numbers, booleans,
 * null) and Bulk API 2.0 CSV (every value a string, an empty string for null). The sync reads both
 * through these few functions, so the two read paths cannot disagree about a value.
 */
import { roundHalfUp } from '../core/rounding.js';

export type Row = Readonly<Record<string, unknown>>;

/** A number, or null when blank; NaN for text that is not a number (the caller reports it). */
export function numberOf(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? null : Number(trimmed);
  }
  return Number.NaN;
}

export function textOf(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = typeof value === 'string' ? value : String(value);
  return text === '' ? null : text;
}

export function booleanOf(value: unknown): boolean {
  return value === true || (typeof value === 'string' && value.toLowerCase() === 'true');
}

/** A number rounded to a field's scale, as the org stores it; null stays null, NaN stays NaN. */
export function scaled(value: number | null | undefined, scale: number): number | null {
  if (value === null || value === undefined) return null;
  return Number.isFinite(value) ? roundHalfUp(value, scale) : value;
}

/** A child sub-query's records: REST nests them as `{ totalSize, done, records }`, or null when none. */
export function childRecords(value: unknown): Row[] {
  if (!value || typeof value !== 'object') return [];
  const records = (value as { records?: unknown }).records;
  return Array.isArray(records) ? (records as Row[]) : [];
}

/**
 * A 53-bit hash of a string (cyrb53): how the sync remembers what a record holds without keeping the
 * record. Two different value sets share a hash with odds of about 1 in 2^53 per account.
 */
export function hash53(text: string): number {
  let h1 = 0xde_ad_be_ef;
  let h2 = 0x41_c6_ce_57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2_654_435_761);
    h2 = Math.imul(h2 ^ ch, 1_597_334_677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2_246_822_507) ^ Math.imul(h2 ^ (h2 >>> 13), 3_266_489_909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2_246_822_507) ^ Math.imul(h1 ^ (h1 >>> 13), 3_266_489_909);
  return 4_294_967_296 * (2_097_151 & h2) + (h1 >>> 0);
}

/** A value list as one string for hashing: null and numbers keep distinct forms ("" vs "0"). */
export function joinValues(values: ReadonlyArray<string | number | boolean | null>): string {
  return values.map((v) => (v === null ? '\u2400' : String(v))).join('\u241f');
}

/** A SOQL string literal. */
export function soqlString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** A SOQL datetime literal, to the second (SOQL literals take no fractions). */
export function soqlDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
