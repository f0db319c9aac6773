import { builtInProfile } from '../../src/core/profiles/builtin-profiles.js';
import { parseProfile } from '../../src/core/profiles/issues.js';
import {
  addMonths,
  DEFAULT_REVIEW_INTERVALS,
  monthsBetween,
  reviewDueOn,
  reviewState,
} from '../../src/core/review/review-due.js';

const EVERY = { keyAccount: 6, develop: 12, maintain: 12, lean: 24 };

describe('review due (docs/method.md, Review due)', () => {
  it('has the documented default on every profile that does not say', () => {
    expect(DEFAULT_REVIEW_INTERVALS).toEqual(EVERY);
    expect(builtInProfile('current')!.review).toEqual(EVERY);
    const parsed = parseProfile({
      key: 'mine',
      name: 'Mine',
      weights: { ...builtInProfile('current')!.weights },
    });
    expect(parsed.success && parsed.data.review).toEqual(EVERY);
  });

  it('rejects fractions, negatives and unknown tiers in a profile file', () => {
    const base = { key: 'mine', name: 'Mine', weights: { ...builtInProfile('current')!.weights } };
    for (const review of [
      { ...EVERY, keyAccount: 1.5 },
      { ...EVERY, lean: -1 },
      { ...EVERY, prospect: 3 },
    ]) {
      expect(parseProfile({ ...base, review }).success).toBe(false);
    }
  });

  it('adds calendar months, the end of a short month standing in for a missing day', () => {
    expect(addMonths('2026-01-15', 6)).toBe('2026-07-15');
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2025-11-30', 14)).toBe('2027-01-30');
  });

  it('counts whole months only once they are complete', () => {
    expect(monthsBetween('2025-10-03', '2026-12-02')).toBe(13);
    expect(monthsBetween('2025-10-03', '2026-12-03')).toBe(14);
    expect(monthsBetween('2026-12-03', '2026-12-01')).toBe(0);
  });

  it('is due from the last assessment plus the interval of the tier in effect', () => {
    expect(reviewDueOn('2026-03-10T09:30:00.000Z', 'keyAccount', EVERY)).toBe('2026-09-10');
    expect(reviewDueOn('2026-03-10', 'develop', EVERY)).toBe('2027-03-10');
    expect(reviewDueOn('2026-03-10', null, EVERY)).toBe('2028-03-10');
    expect(reviewState('2026-03-10', 'keyAccount', EVERY, '2026-09-09')).toEqual({
      due: false,
      dueOn: '2026-09-10',
      reason: null,
    });
    expect(reviewState('2026-03-10', 'keyAccount', EVERY, '2026-09-10').due).toBe(true);
  });

  it('says why: how long ago, and how often the tier is reviewed', () => {
    expect(reviewState('2025-10-01', 'keyAccount', EVERY, '2026-12-03')).toEqual({
      due: true,
      dueOn: '2026-04-01',
      reason: { code: 'overdue', monthsAgo: 14, intervalMonths: 6, tier: 'keyAccount' },
    });
  });

  it('is due at once when never assessed, from the day the account was created', () => {
    expect(reviewState(null, 'develop', EVERY, '2026-12-03', '2026-11-20T08:00:00Z')).toEqual({
      due: true,
      dueOn: '2026-11-20',
      reason: { code: 'neverAssessed', intervalMonths: 12, tier: 'develop' },
    });
    expect(reviewState(null, 'develop', EVERY, '2026-12-03').dueOn).toBeNull();
  });

  it('is never due where the interval is 0', () => {
    const none = { ...EVERY, lean: 0 };
    expect(reviewState(null, 'lean', none, '2026-12-03')).toEqual({ due: false, dueOn: null, reason: null });
    expect(reviewState('2001-01-01', null, none, '2026-12-03').due).toBe(false);
    expect(reviewState('2001-01-01', 'keyAccount', none, '2026-12-03').due).toBe(true);
  });
});
