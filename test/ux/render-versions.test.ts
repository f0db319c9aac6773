/**
 * The sync's lines on profile versions (docs/sync.md, Profile versions), in both languages: which
 * version scored, and how many accounts moved because of the figures and because of the assessments.
 */
import { setLanguage } from '../../src/i18n/index.js';
import { renderVersionLines } from '../../src/ux/render-versions.js';

const moved = { byFigures: 1234, byAssessments: 5 };

describe('renderVersionLines', () => {
  afterEach(() => setLanguage('en'));

  it('says which version scored and why accounts moved', () => {
    setLanguage('en');
    expect(
      renderVersionLines({ profileVersion: { version: 3, previous: 2, isNew: true, recorded: true }, moved })
    ).toEqual([
      'Profile version 3: the weights or thresholds differ from version 2, which stays readable on the profile.',
      'Moved in tier or rank: 1,234 because the weights or thresholds changed, 5 because assessments changed.',
    ]);
    expect(
      renderVersionLines({ profileVersion: { version: 1, previous: null, isNew: true, recorded: false }, moved })[0]
    ).toBe('Profile version 1: the first recorded for this profile.');
    expect(
      renderVersionLines({ profileVersion: { version: 2, previous: null, isNew: false, recorded: false }, moved })[0]
    ).toBe('Profile version 2.');
  });

  it('leaves the version out for a profile without one, and speaks Finnish', () => {
    setLanguage('fi');
    const lines = renderVersionLines({
      profileVersion: { version: null, previous: null, isNew: false, recorded: false },
      moved,
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Tasoa tai sijaa vaihtoi 1\s234 asiakasta painojen tai rajojen muutoksen vuoksi ja 5 /);
  });
});
