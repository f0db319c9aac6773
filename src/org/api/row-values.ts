/**
 * Field values as the org returns them, in either of its two shapes: REST JSON (numbers, booleans,
 * null) and Bulk API 2.0 CSV (every value a string, an empty string for null). The sync reads both
 * through these few functions, so the two read paths cannot disagree about a value.
 */
import { roundHalfUp } from '../../core/index.js';

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

/** Reads one field of a row, whatever shape the row has (a REST object, a Bulk API CSV line). */
export type FieldGetter = (field: string) => unknown;

/** A row or a getter of one, as a getter. */
export const getterOf = (row: Row | FieldGetter): FieldGetter =>
  typeof row === 'function' ? row : (field: string): unknown => row[field];

export type HashValue = string | number | boolean | null;

const FLOAT = new Float64Array(1);
const WORDS = new Uint32Array(FLOAT.buffer);
/** Tags keep types apart: the text "1" and the number 1, an empty text and null, hash differently. */
const TAG = { null: 1, number: 2, text: 3, true: 4, false: 5, nan: 6 } as const;

/**
 * A 53-bit hash of a list of values (cyrb53, fed the values' bits instead of a joined string): how the
 * sync remembers what a record holds without keeping the record. Equal values hash equal (0 and -0
 * are one value); two different value lists share a hash with odds of about 1 in 2^53.
 */
export function fingerprintOf(values: readonly HashValue[]): number {
  // The mixing is written out at each word rather than in a closure: a closure over h1 and h2 costs an
  // allocation per call, and a sync fingerprints about seven value lists per account.
  let h1 = 0xde_ad_be_ef;
  let h2 = 0x41_c6_ce_57;
  for (const value of values) {
    let tag: number;
    if (value === null) tag = TAG.null;
    else if (typeof value === 'boolean') tag = value ? TAG.true : TAG.false;
    else if (typeof value === 'number') tag = Number.isNaN(value) ? TAG.nan : TAG.number;
    else tag = TAG.text;
    h1 = Math.imul(h1 ^ tag, 2_654_435_761);
    h2 = Math.imul(h2 ^ tag, 1_597_334_677);
    if (tag === TAG.number) {
      FLOAT[0] = (value as number) + 0;
      const low = WORDS[0];
      const high = WORDS[1];
      h1 = Math.imul(h1 ^ low, 2_654_435_761);
      h2 = Math.imul(h2 ^ low, 1_597_334_677);
      h1 = Math.imul(h1 ^ high, 2_654_435_761);
      h2 = Math.imul(h2 ^ high, 1_597_334_677);
    } else if (tag === TAG.text) {
      const text = value as string;
      h1 = Math.imul(h1 ^ text.length, 2_654_435_761);
      h2 = Math.imul(h2 ^ text.length, 1_597_334_677);
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        h1 = Math.imul(h1 ^ c, 2_654_435_761);
        h2 = Math.imul(h2 ^ c, 1_597_334_677);
      }
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2_246_822_507) ^ Math.imul(h2 ^ (h2 >>> 13), 3_266_489_909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2_246_822_507) ^ Math.imul(h1 ^ (h1 >>> 13), 3_266_489_909);
  return 4_294_967_296 * (2_097_151 & h2) + (h1 >>> 0);
}
