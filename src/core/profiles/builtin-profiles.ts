import { DEFAULT_REVIEW_INTERVALS } from '../review/review-due.js';
import type { Profile } from './profile.js';

/**
 * The two scoring profiles every install starts with (docs/method.md, Profiles). This is the one
 * source: the org's default profile records are made from it (src/org/profiles/profile-records.ts).
 *
 * Written out in full (every default explicit) rather than parsed at load, so that the compiled
 * core inside the org needs no zod at run time; a test checks they are valid and already complete.
 */
const DEFAULTS = {
  tiers: { keyAccount: 4, develop: 3, maintain: 2 },
  matrixHigh: 3.5,
  minCoverage: 0.7,
  bands: {},
  review: { ...DEFAULT_REVIEW_INTERVALS },
};

const CURRENT: Profile = {
  key: 'current',
  name: 'Current key accounts',
  nameFi: 'Nykyiset avainasiakkaat',
  description: "Today's key accounts: current volume and profitability weigh most.",
  weights: {
    volume: 30,
    profitability: 20,
    loyalty: 20,
    potential: 10,
    reference: 10,
    learning: 10,
    contact: 0,
    emotional: 0,
  },
  ...DEFAULTS,
};

/**
 * "Giving weight to future potential reveals tomorrow's key accounts" (docs/method.md, Profiles). Potential carries
 * the most weight; learning and relationship strength follow because they are what a pioneer or
 * growth account brings before its volume does. Emotional value stays 0 (docs/method.md, Profiles).
 */
const FUTURE: Profile = {
  key: 'future',
  name: 'Future potential',
  nameFi: 'Tuleva potentiaali',
  description: "Tomorrow's key accounts: future potential weighs most.",
  weights: {
    volume: 10,
    profitability: 10,
    loyalty: 15,
    potential: 40,
    reference: 10,
    learning: 15,
    contact: 0,
    emotional: 0,
  },
  ...DEFAULTS,
};

export const BUILT_IN_PROFILES: readonly Profile[] = Object.freeze([CURRENT, FUTURE]);

export const DEFAULT_PROFILE_KEY = 'current';

export function builtInProfile(key: string): Profile | undefined {
  return BUILT_IN_PROFILES.find((p) => p.key === key);
}
