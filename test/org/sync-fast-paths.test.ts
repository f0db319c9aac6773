/**
 * The fast paths the sync takes at 100,000 accounts (docs/sync.md, API calls) against the plain code
 * they replaced: the same answers for every input, so the fingerprints the org holds from earlier runs
 * (CVP_Latest_History_Key__c among them) still match and no account is written for nothing.
 */
import fc from 'fast-check';
import { dayOf, reviewState, type Tier } from '../../src/core/index.js';
import { fingerprintOf, type HashValue } from '../../src/org/api/row-values.js';
import { dayOfText, instantText, timeOf } from '../../src/org/history/instant.js';
import { HistoryLog } from '../../src/org/history/history-log.js';
import { reviewStates, type HeldReview } from '../../src/org/history/review-state.js';
import { builtInProfile } from '../../src/core/profiles/builtin-profiles.js';
import { VALUE_ASSESSMENT as V } from '../../src/schema/fields.js';
import { COMPARED_KEYS, fingerprint, type ComputedValues } from '../../src/org/sync/computed-values.js';
import { PLACE_KEYS, placeFingerprint, type PlaceValues } from '../../src/org/sync/portfolio-place.js';

/** fingerprintOf as it was written before (cyrb53 through a closure), the reference. */
function fingerprintBefore(values: readonly HashValue[]): number {
  const FLOAT = new Float64Array(1);
  const WORDS = new Uint32Array(FLOAT.buffer);
  let h1 = 0xde_ad_be_ef;
  let h2 = 0x41_c6_ce_57;
  const mix = (word: number): void => {
    h1 = Math.imul(h1 ^ word, 2_654_435_761);
    h2 = Math.imul(h2 ^ word, 1_597_334_677);
  };
  for (const value of values) {
    if (value === null) mix(1);
    else if (typeof value === 'boolean') mix(value ? 4 : 5);
    else if (typeof value === 'number') {
      if (Number.isNaN(value)) mix(6);
      else {
        FLOAT[0] = value + 0;
        mix(2);
        mix(WORDS[0]);
        mix(WORDS[1]);
      }
    } else {
      mix(3);
      mix(value.length);
      for (let i = 0; i < value.length; i++) mix(value.charCodeAt(i));
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2_246_822_507) ^ Math.imul(h2 ^ (h2 >>> 13), 3_266_489_909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2_246_822_507) ^ Math.imul(h1 ^ (h1 >>> 13), 3_266_489_909);
  return 4_294_967_296 * (2_097_151 & h2) + (h1 >>> 0);
}

/** timeOf and instantText as they were: a regular expression and Date.parse for every value. */
function timeBefore(text: string | null): number | null {
  if (text === null || text === '') return null;
  const ms = Date.parse(text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(ms) ? null : ms;
}
function instantBefore(value: string | null): string | null {
  if (value === null) return null;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}(Z|\+0000)$/.test(value)) return `${value.slice(0, 23)}Z`;
  const ms = timeBefore(value);
  return ms === null ? value : new Date(ms).toISOString();
}

const hashValue: fc.Arbitrary<HashValue> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.integer(),
  fc.constantFrom(0, -0, Number.NaN, Number.POSITIVE_INFINITY),
  fc.string(),
  fc.string({ unit: 'grapheme' })
);

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
/** Date-times in the org's and this code's forms, in range and out of it, and text that is neither. */
const dateTime: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      fc.integer({ min: 0, max: 25 }),
      fc.integer({ min: 0, max: 61 }),
      fc.integer({ min: 0, max: 61 }),
      fc.integer({ min: 0, max: 999 }),
      fc.constantFrom('Z', '+0000', '+0200', '-0530', '', '+00:00')
    )
    .map(
      ([y, mo, d, h, mi, s, ms, zone]) =>
        `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}.${pad(ms, 3)}${zone}`
    ),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom('2026-12-03', '2026-12-03T10:00:00Z', 'x2026-12-03T10:00:00.000Z', '２０２６-12-03T10:00:00.000Z'),
  fc.string()
);

describe('the sync’s fast paths give what the plain code gave', () => {
  it('fingerprints every value list as before (the org holds fingerprints of earlier runs)', () => {
    fc.assert(
      fc.property(fc.array(hashValue, { maxLength: 20 }), (values) => {
        expect(fingerprintOf(values)).toBe(fingerprintBefore(values));
      }),
      { numRuns: 2000 }
    );
    expect(fingerprintOf([])).toBe(fingerprintBefore([]));
  });

  it('reads date-times as Date.parse did, the same text twice in a row included', () => {
    fc.assert(
      fc.property(fc.array(dateTime, { minLength: 1, maxLength: 4 }), (texts) => {
        for (const text of [...texts, ...texts.reverse()]) {
          expect(timeOf(text)).toBe(timeBefore(text));
          expect(instantText(text)).toBe(instantBefore(text));
        }
      }),
      { numRuns: 3000 }
    );
    expect(timeOf(null)).toBeNull();
    expect(instantText(null)).toBeNull();
    expect(timeOf('2026-12-03T10:00:00.000+0000')).toBe(Date.UTC(2026, 11, 3, 10));
    expect(timeOf('0099-01-01T00:00:00.000Z')).toBe(Date.parse('0099-01-01T00:00:00.000Z'));
    expect(timeOf('2026-12-03T24:00:00.000Z')).toBe(Date.parse('2026-12-03T24:00:00.000Z'));
  });

  it('takes the day of a date or date-time as the core’s dayOf does', () => {
    fc.assert(
      fc.property(fc.oneof(dateTime, fc.constantFrom('', '2026-1-03', '2026-12-3x')), (text) => {
        expect(dayOfText(text)).toBe(dayOf(text));
      }),
      { numRuns: 2000 }
    );
    expect(dayOfText(null)).toBeNull();
  });

  it('remembers review states without changing them', () => {
    const profile = builtInProfile('current')!;
    const today = '2026-12-03';
    const stateOf = reviewStates(profile, today);
    const tier = fc.constantFrom<Tier | null>(null, 'keyAccount', 'develop', 'maintain', 'lean');
    const day = fc.option(fc.constantFrom('2025-01-31T08:00:00.000+0000', '2026-06-30', '2024-02-29', '2026-12-03'));
    fc.assert(
      fc.property(fc.array(fc.tuple(day, tier, day), { minLength: 1, maxLength: 30 }), (calls) => {
        for (const [last, t, created] of calls) {
          expect(stateOf(last, t, created)).toEqual(reviewState(last, t, profile.review, today, created));
        }
      })
    );
  });

  it('confirms a held latest row by the times read, one row or several an account', () => {
    const since = Date.UTC(2026, 11, 1);
    const at = (day: number): string => new Date(Date.UTC(2026, 11, day, 10)).toISOString();
    const held = (day: number): HeldReview => ({
      values: {
        lastAssessedAt: null,
        lastAssessedBy: null,
        reviewDueOn: null,
        latestHistoryAt: at(day),
        latestHistoryKey: '42',
      },
      createdOn: null,
      fingerprint: 0,
    });
    const log = new HistoryLog(since);
    const row = (account: string, day: number): Record<string, unknown> => ({
      [V.account]: account,
      [V.assessedAt]: at(day),
      [V.weightedScore]: 3,
    });
    log.add(row('one', 2));
    log.add(row('two', 2));
    log.add(row('two', 3));
    log.add(row('two', 3));
    // Rows read confirm a held time: "one" read its row of the 2nd; "two" read the 2nd and the 3rd.
    expect(log.latestOf('one', held(2))?.at).toBe(at(2));
    expect(log.latestOf('two', held(3))).toEqual({ at: at(3), fingerprint: 42 });
    // A held time from after the watermark whose row was not read is not believed: the rows stand.
    expect(log.latestOf('one', held(4))?.fingerprint).not.toBe(42);
    expect(log.latestOf('two', held(4))?.at).toBe(at(3));
    expect(log.latestOf('three', held(4))).toBeNull();
  });

  it('fingerprints the computed values and the place fields in the order their key lists give', () => {
    const scalar = fc.oneof(fc.constant(null), fc.integer(), fc.double({ noNaN: true }), fc.string(), fc.boolean());
    fc.assert(
      fc.property(fc.array(scalar, { minLength: 15, maxLength: 15 }), (list) => {
        const values = Object.fromEntries(COMPARED_KEYS.map((key, i) => [key, list[i]])) as unknown as ComputedValues;
        expect(fingerprint(values)).toBe(fingerprintBefore(COMPARED_KEYS.map((key) => values[key])));
        const place = Object.fromEntries(PLACE_KEYS.map((key, i) => [key, list[i]])) as unknown as PlaceValues;
        expect(placeFingerprint(place)).toBe(fingerprintBefore(PLACE_KEYS.map((key) => place[key])));
      })
    );
  });
});
