/**
 * Profile versions (docs/method.md, Profile versions): the fingerprint follows the figures that score
 * and nothing else, and a run gets a new version number exactly when the fingerprint changes.
 */
import fc from 'fast-check';
import { builtInProfile } from '../../src/core/profiles/builtin-profiles.js';
import type { Profile } from '../../src/core/profiles/profile.js';
import {
  figuresFingerprint,
  profileFingerprint,
  scoringFigures,
  versionChanges,
  versionFor,
  withFigures,
} from '../../src/core/profiles/profile-version.js';
import { moveCause } from '../../src/core/profiles/move-cause.js';

const current = builtInProfile('current') as Profile;

describe('profileFingerprint', () => {
  it('ignores what does not score: key, names, description', () => {
    const renamed: Profile = { ...current, key: 'other', name: 'Other', nameFi: 'Muu', description: 'x' };
    expect(profileFingerprint(renamed)).toBe(profileFingerprint(current));
  });

  it('changes with each figure that scores', () => {
    const base = profileFingerprint(current);
    const edits: Profile[] = [
      { ...current, weights: { ...current.weights, volume: current.weights.volume + 5, loyalty: current.weights.loyalty - 5 } },
      { ...current, tiers: { ...current.tiers, keyAccount: current.tiers.keyAccount + 0.1 } },
      { ...current, matrixHigh: current.matrixHigh - 0.5 },
      { ...current, minCoverage: current.minCoverage - 0.1 },
      { ...current, bands: { volume: [1, 2, 3, 4] } },
    ];
    const prints = edits.map(profileFingerprint);
    for (const p of prints) expect(p).not.toBe(base);
    expect(new Set(prints).size).toBe(prints.length);
    expect(base).toMatch(/^[0-9a-f]{16}$/);
  });

  it('is the same for figures read back with binary noise below the org scale', () => {
    const noisy: Profile = { ...current, minCoverage: current.minCoverage + 1e-9 };
    expect(profileFingerprint(noisy)).toBe(profileFingerprint(current));
  });

  it('survives the figures frozen as JSON and read back', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 5, noNaN: true }), (matrixHigh) => {
        const profile: Profile = { ...current, matrixHigh };
        const frozen = JSON.parse(JSON.stringify(scoringFigures(profile))) as ReturnType<typeof scoringFigures>;
        expect(figuresFingerprint(frozen)).toBe(profileFingerprint(profile));
        expect(profileFingerprint(withFigures(current, frozen))).toBe(profileFingerprint(profile));
      })
    );
  });
});

describe('versionFor', () => {
  it('starts at 1, keeps the number while the figures hold, and counts on when they change', () => {
    const first = versionFor(current, { version: null, fingerprint: null });
    expect(first).toEqual({ version: 1, fingerprint: profileFingerprint(current), isNew: true });
    expect(versionFor(current, { version: 1, fingerprint: first.fingerprint })).toEqual({ ...first, isNew: false });
    const edited: Profile = { ...current, matrixHigh: 4 };
    expect(versionFor(edited, { version: 1, fingerprint: first.fingerprint })).toMatchObject({ version: 2, isNew: true });
    // Back to the old figures is a new version too: the history says when they applied.
    expect(versionFor(current, { version: 2, fingerprint: profileFingerprint(edited) })).toMatchObject({
      version: 3,
      isNew: true,
    });
  });
});

describe('moveCause', () => {
  const at = (tier: string | null, rank: number | null): { tier: string | null; rank: number | null } => ({ tier, rank });

  it('blames the figures when the previous version would have kept the account where it was', () => {
    expect(moveCause(at('develop', 5), at('develop', 5), at('keyAccount', 2))).toBe('figures');
    expect(moveCause(at('develop', 5), at('develop', 5), at('develop', 7))).toBe('figures');
  });

  it('blames the assessments when the previous version moves it as well', () => {
    expect(moveCause(at('develop', 5), at('keyAccount', 3), at('keyAccount', 2))).toBe('assessments');
    expect(moveCause(at('develop', 5), at('develop', 6), at('develop', 7))).toBe('assessments');
  });

  it('judges a tier move by the tier alone, not the ranks others shift', () => {
    expect(moveCause(at('develop', 5), at('develop', 6), at('keyAccount', 2))).toBe('figures');
  });

  it('is null for an account that did not move or was never placed', () => {
    expect(moveCause(at('develop', 5), at('lean', 9), at('develop', 5))).toBeNull();
    expect(moveCause(at(null, null), at('develop', 5), at('keyAccount', 2))).toBeNull();
  });
});

describe('versionChanges', () => {
  it('marks the points whose version differs from the last known one', () => {
    expect(versionChanges([1, 1, 2, 2, 3])).toEqual([2, 4]);
    expect(versionChanges([null, 1, null, 1, 2])).toEqual([4]);
    expect(versionChanges([null, null])).toEqual([]);
  });
});
