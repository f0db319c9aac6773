import { mergeProfiles, pickProfile, profileFromNode, profileName, profileOptions } from 'c/cvpProfiles';
import { BUILT_IN_PROFILES } from 'c/cvpCore';

const scorecardData = require('../../cvpValueScorecard/__tests__/data/graphqlScorecard.json');

const connection = scorecardData.uiapi.query.CVP_Scoring_Profile__c;
const node = (key) => connection.edges.find((e) => e.node.CVP_Key__c.value === key).node;
const withValue = (n, field, value) => ({ ...n, [field]: { value } });

describe('cvpProfiles', () => {
    it('reads a profile record as the core’s profile, coverage from percent points to a fraction', () => {
        expect(profileFromNode(node('partners'))).toEqual({
            key: 'partners',
            name: 'Partner network',
            nameFi: 'Kumppaniverkosto',
            weights: {
                volume: 20,
                profitability: 20,
                loyalty: 20,
                potential: 10,
                reference: 10,
                learning: 10,
                contact: 10,
                emotional: 0
            },
            tiers: { keyAccount: 4.2, develop: 3.2, maintain: 2.2 },
            matrixHigh: 3,
            minCoverage: 0.8,
            bands: {},
            // Its lean-service review field is blank: never due (docs/method.md, Review due).
            review: { keyAccount: 6, develop: 12, maintain: 12, lean: 0 },
            isDefault: false
        });
    });

    it('reads the org’s "current" record as the built-in "current" profile', () => {
        const { isDefault, ...profile } = profileFromNode(node('current'));
        expect(isDefault).toBe(true);
        const builtIn = BUILT_IN_PROFILES.find((p) => p.key === 'current');
        expect(profile).toEqual({ ...builtIn, description: undefined, nameFi: builtIn.nameFi });
    });

    it('refuses weights that do not sum to 100, a negative or missing weight, and unordered tiers', () => {
        expect(profileFromNode(node('broken'))).toBeNull();
        expect(profileFromNode(withValue(node('current'), 'CVP_Weight_Contact__c', -10))).toBeNull();
        expect(profileFromNode(withValue(node('current'), 'CVP_Weight_Volume__c', null))).toBeNull();
        expect(profileFromNode(withValue(node('current'), 'CVP_Tier_Develop__c', 4.5))).toBeNull();
        expect(profileFromNode(withValue(node('current'), 'CVP_Key__c', ''))).toBeNull();
    });

    it('falls back to the defaults for a missing matrix threshold or coverage', () => {
        const p = profileFromNode(
            withValue(withValue(node('current'), 'CVP_Matrix_High__c', null), 'CVP_Min_Coverage__c', null)
        );
        expect(p.matrixHigh).toBe(3.5);
        expect(p.minCoverage).toBe(0.7);
    });

    it('merges the org’s valid profiles over the built-ins and names the invalid ones', () => {
        const merged = mergeProfiles(connection);
        expect(merged.profiles.map((p) => p.key)).toEqual(['current', 'future', 'partners']);
        expect(merged.invalid).toEqual(['Broken draft']);
        expect(merged.defaultKey).toBe('current');
        expect(mergeProfiles(undefined).profiles).toEqual(BUILT_IN_PROFILES);
    });

    it('picks the first key that names a profile', () => {
        const { profiles } = mergeProfiles(connection);
        expect(pickProfile(profiles, undefined, 'nope', 'partners', 'current').key).toBe('partners');
        expect(pickProfile(profiles, null, '').key).toBe('current');
    });

    it('names profiles in the user’s language (English in tests)', () => {
        const { profiles } = mergeProfiles(connection);
        expect(profileName(profiles[2])).toBe('Partner network');
        expect(profileOptions(profiles)[1]).toEqual({ label: 'Future potential', value: 'future' });
        expect(profileName(undefined)).toBe('');
    });
});
