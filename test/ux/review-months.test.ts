/**
 * Months in the review's words (docs/method.md, Review due), where a count of one reads as one: the
 * reason `portfolio rank` and the sync print, and the follow-up Task's text, in English and Finnish.
 */
import { setLanguage } from '../../src/i18n/index.js';
import { reviewTask } from '../../src/org/follow-up/task-text.js';
import { dueReason } from '../../src/ux/render-review.js';

const due = { rank: 3, tier: 'keyAccount' as const, dueOn: '2026-11-01', lastAssessedAt: '2026-10-01' };

describe('months in the review texts', () => {
  afterEach(() => setLanguage('en'));

  it('says "1 month" and "6 months" in English, and the Finnish case each phrase takes', () => {
    setLanguage('en');
    expect(dueReason({ ...due, monthsAgo: 1, intervalMonths: 1 })).toBe(
      'last assessed 1 month ago, key accounts every 1 month'
    );
    expect(dueReason({ ...due, monthsAgo: 14, intervalMonths: 6 })).toBe(
      'last assessed 14 months ago, key accounts every 6 months'
    );
    setLanguage('fi');
    expect(dueReason({ ...due, monthsAgo: 1, intervalMonths: 1 })).toMatch(
      /^arvioitu viimeksi 1 kuukausi sitten, .* 1 kuukauden välein$/
    );
    expect(dueReason({ ...due, monthsAgo: 14, intervalMonths: 6 })).toMatch(
      /^arvioitu viimeksi 14 kuukautta sitten, .* 6 kuukauden välein$/
    );
  });

  it('writes the Task for an owner in their language, a month as a month', () => {
    const becameDue = { ...due, id: '001000000000001AAA', name: 'Aalto Oy', monthsAgo: 1, intervalMonths: 1 };
    const owner = { id: '005000000000001AAA', locale: 'en_US', language: 'en_US' };
    const english = reviewTask(becameDue, owner as never, new Date('2026-12-03T10:00:00Z'), 'en');
    expect(String(english.Description)).toContain(
      'last assessed 1 month ago, and key accounts are reviewed every 1 month.'
    );
    const finnish = reviewTask(
      becameDue,
      { ...owner, locale: 'fi_FI' } as never,
      new Date('2026-12-03T10:00:00Z'),
      'en'
    );
    expect(String(finnish.Description)).toContain(
      'edellinen arvio on 1 kuukauden takaa, ja avainasiakkaat arvioidaan 1 kuukauden välein.'
    );
  });
});
