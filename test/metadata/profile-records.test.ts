/**
 * One source for the scoring profiles: the org's default profile records are the core's
 * BUILT_IN_PROFILES passed through src/org/profiles/profile-records.ts. This proves the round trip
 * Profile → record → Profile, that the record uses exactly the fields CVP_Scoring_Profile__c has in
 * force-app (with values that fit them), and that the org's validation rules accept what the core
 * accepts and reject what it rejects.
 */
import fc from 'fast-check';
import { BUILT_IN_PROFILES, DEFAULT_PROFILE_KEY } from '../../src/core/profiles/builtin-profiles.js';
import { DIMENSIONS, type DimensionKey } from '../../src/core/model/dimensions.js';
import { parseProfile } from '../../src/core/profiles/issues.js';
import { ProfileSchema, type Profile, type ProfileInput } from '../../src/core/profiles/profile.js';
import {
  SCORING_PROFILE as P,
  SCORING_PROFILE_VERSION,
  SCORING_PROFILE_WEIGHTS as W,
} from '../../src/schema/fields.js';
import {
  PROFILE_RECORD_FIELDS,
  profileToRecord,
  recordToProfile,
  type ProfileRecord,
} from '../../src/org/profiles/profile-records.js';
import { loadForceApp, nameField } from './helpers/force-app.js';
import { firingRules, objectOf } from './helpers/formula.js';
import { text } from './helpers/xml.js';

const app = loadForceApp();
const profileObject = objectOf(app, P.object);

const recordOf = (profile: Profile): ProfileRecord =>
  profileToRecord(profile, { isDefault: profile.key === DEFAULT_PROFILE_KEY });

function roundTrip(profile: Profile): Profile {
  const back = recordToProfile(recordOf(profile));
  if (!back.success) throw new Error(JSON.stringify(back.error));
  return back.data.profile;
}

describe('built-in profiles as org records', () => {
  it('there are the two built-in profiles, one of them the default', () => {
    expect(BUILT_IN_PROFILES.map((p) => p.key)).toEqual(['current', 'future']);
    expect(BUILT_IN_PROFILES.map((p) => recordOf(p)[P.isDefault])).toEqual([true, false]);
  });

  it.each(BUILT_IN_PROFILES.map((p) => [p.key, p] as const))(
    '%s survives Profile → record → Profile unchanged',
    (_key, profile) => {
      expect(roundTrip(profile)).toEqual(profile);
      const back = recordToProfile(recordOf(profile));
      expect(back.success && back.data.isDefault).toBe(profile.key === DEFAULT_PROFILE_KEY);
    }
  );

  it('a record carries exactly the profile fields of force-app but the version fields the sync owns', () => {
    // An admin's profile never carries the versions: only the sync records them (docs/sync.md, Profile versions).
    const versionFields: string[] = Object.values(SCORING_PROFILE_VERSION);
    const inForceApp = ['Name', ...profileObject.fields.keys()].filter((f) => !versionFields.includes(f)).sort();
    expect([...PROFILE_RECORD_FIELDS].sort()).toEqual(inForceApp);
    for (const profile of BUILT_IN_PROFILES) expect(Object.keys(recordOf(profile)).sort()).toEqual(inForceApp);
    expect(nameField(profileObject).type).toBe('Text');
  });

  it('every value fits its field: length, precision and scale', () => {
    for (const profile of BUILT_IN_PROFILES) {
      for (const [name, value] of Object.entries(recordOf(profile))) {
        if (value === null || typeof value === 'boolean') continue;
        const field = profileObject.fields.get(name);
        if (typeof value === 'string') {
          const length = name === 'Name' ? 80 : Number(field ? text(field.xml, 'length') : NaN);
          expect({ name, fits: value.length <= length }).toEqual({ name, fits: true });
          continue;
        }
        if (!field) throw new Error(`${name} is numeric but has no field`);
        const precision = Number(text(field.xml, 'precision'));
        const scale = Number(text(field.xml, 'scale'));
        const [whole, decimals = ''] = String(Math.abs(value)).split('.');
        expect({ name, whole: whole.length <= precision - scale, decimals: decimals.length <= scale }).toEqual({
          name,
          whole: true,
          decimals: true,
        });
      }
    }
  });

  it.each(BUILT_IN_PROFILES.map((p) => [p.key, p] as const))(
    '%s passes every validation rule of the org',
    (_key, profile) => {
      expect(firingRules(profileObject, recordOf(profile))).toEqual([]);
    }
  );
});

describe('the org rejects what the core rejects', () => {
  const base = BUILT_IN_PROFILES[0];
  const mutations: ReadonlyArray<readonly [string, Partial<ProfileRecord>, string[]]> = [
    ['weights summing to 99', { [W.volume]: 29 }, ['CVP_Weights_Sum_100']],
    ['a negative weight (sum still 100)', { [W.volume]: -10, [W.potential]: 50 }, ['CVP_Weights_Not_Negative']],
    ['tiers not descending', { [P.tierDevelop]: 4 }, ['CVP_Tiers_Descending']],
    ['a threshold above 5', { [P.tierKeyAccount]: 5.5 }, ['CVP_Thresholds_In_Range']],
    ['a matrix threshold below 1', { [P.matrixHigh]: 0.5 }, ['CVP_Thresholds_In_Range']],
    ['minimum coverage above 100 %', { [P.minCoverage]: 120 }, ['CVP_Thresholds_In_Range']],
    ['a key with capitals', { [P.key]: 'Current' }, ['CVP_Key_Format']],
    ['a key with a space', { [P.key]: 'my profile' }, ['CVP_Key_Format']],
    ['three volume bands', { [P.volumeBands]: '1000;5000;9000' }, ['CVP_Bands_Format']],
    ['a word among the profitability bands', { [P.profitabilityBands]: '0;5000;lots;50000' }, ['CVP_Bands_Format']],
  ];

  it.each(mutations)('%s', (_why, change, rules) => {
    const record = { ...recordOf(base), ...change };
    expect(firingRules(profileObject, record)).toEqual(rules);
    expect(recordToProfile(record).success).toBe(false);
  });

  it('accepts well-formed fixed bands, as the core does', () => {
    const record = {
      ...recordOf(base),
      [P.volumeBands]: '10000;50000;100000;500000',
      [P.profitabilityBands]: '-1000;0;5000.5;20000',
    };
    expect(firingRules(profileObject, record)).toEqual([]);
    const back = recordToProfile(record);
    expect(back.success && back.data.profile.bands).toEqual({
      volume: [10_000, 50_000, 100_000, 500_000],
      profitability: [-1000, 0, 5000.5, 20_000],
    });
  });

  it('reports a broken record with the core codes', () => {
    const back = recordToProfile({ ...recordOf(base), [W.volume]: 29 });
    expect(back.success ? [] : back.error.map((issue) => issue.code)).toEqual(['WeightsSum']);
  });
});

describe('any valid profile round-trips', () => {
  /** Weights in hundredths that sum to exactly 100, as the org's Number(5,2) fields hold them. */
  const weights = fc
    .array(fc.integer({ min: 0, max: 10_000 }), { minLength: DIMENSIONS.length - 1, maxLength: DIMENSIONS.length - 1 })
    .map((cuts) => {
      const points = [0, ...[...cuts].sort((a, b) => a - b), 10_000];
      return Object.fromEntries(DIMENSIONS.map((d, i) => [d, (points[i + 1] - points[i]) / 100])) as Record<
        DimensionKey,
        number
      >;
    });
  const ascending = fc
    .uniqueArray(fc.integer({ min: -1_000_000, max: 10_000_000 }), { minLength: 4, maxLength: 4 })
    .map((v) => [...v].sort((a, b) => a - b));
  const tiers = fc
    .uniqueArray(fc.integer({ min: 100, max: 500 }), { minLength: 3, maxLength: 3 })
    .map((v) => [...v].sort((a, b) => b - a).map((x) => x / 100));
  const profile = fc
    .record({
      key: fc.stringMatching(/^[a-z][a-z0-9-]{0,39}$/),
      name: fc.string({ minLength: 1, maxLength: 80 }).filter((s) => s.trim() === s && s.length > 0),
      weights,
      tiers,
      matrixHigh: fc.integer({ min: 100, max: 500 }).map((x) => x / 100),
      minCoverage: fc.integer({ min: 0, max: 10_000 }).map((x) => x / 10_000),
      volume: fc.option(ascending, { nil: undefined }),
      profitability: fc.option(ascending, { nil: undefined }),
    })
    .map(({ tiers: [keyAccount, develop, maintain], volume, profitability, ...rest }) =>
      ProfileSchema.parse({
        ...rest,
        tiers: { keyAccount, develop, maintain },
        bands: { ...(volume ? { volume } : {}), ...(profitability ? { profitability } : {}) },
      } satisfies ProfileInput)
    );

  it('through the record and back, and the org accepts the record', () => {
    fc.assert(
      fc.property(profile, (p) => {
        expect(parseProfile(p).success).toBe(true);
        expect(roundTrip(p)).toEqual(p);
        expect(firingRules(profileObject, recordOf(p))).toEqual([]);
      }),
      { numRuns: 150 }
    );
  });
});
