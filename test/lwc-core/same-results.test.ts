/**
 * The generated module computes what src/core computes: the components and the CLI must never disagree
 * about an account's score, tier, explanation or waterfall.
 */
import { pathToFileURL } from 'node:url';
import * as core from '../../src/core/index.js';
import { repoPath } from '../helpers/paths.js';

type Core = typeof core;
let lwc: Core;

beforeAll(async () => {
  const url = pathToFileURL(repoPath('force-app', 'main', 'default', 'lwc', 'cvpCore', 'cvpCore.js')).href;
  lwc = (await import(url)) as Core;
});

const accounts = core.AccountInputSchema.array().parse([
  {
    name: 'Alpha',
    revenue: 120_000,
    directCosts: 70_000,
    salesCosts: 8000,
    serviceCosts: 9000,
    scores: { loyalty: 4, potential: 5 },
    commitment: 4,
    binding: 2,
  },
  {
    name: 'Beta',
    revenue: 40_000,
    directCosts: 30_000,
    serviceCosts: 15_000,
    scores: { loyalty: 2, potential: 1, reference: 3 },
  },
  {
    name: 'Gamma',
    revenue: 300_000,
    directCosts: 150_000,
    marketingCosts: 20_000,
    scores: { learning: 5, contact: 2, emotional: 5 },
    commitment: 2,
    binding: 4,
  },
  { name: 'Delta' },
]);

describe('the generated LWC core and src/core', () => {
  it('export the surface the components use', () => {
    for (const name of [
      'scorePortfolio',
      'explain',
      'waterfall',
      'weightedScore',
      'tierOf',
      'treatmentOf',
      'quadrantOf',
      'nextTier',
      'summarise',
      'lossMakers',
      'compareProfiles',
      'whaleCurve',
      'whalePoints',
      'abcClasses',
    ] as const) {
      expect(typeof lwc[name]).toBe('function');
    }
    expect(lwc.BUILT_IN_PROFILES).toEqual(core.BUILT_IN_PROFILES);
    expect(lwc.DIMENSIONS).toEqual(core.DIMENSIONS);
    expect(lwc.ASSESSED_DIMENSIONS).toEqual(core.ASSESSED_DIMENSIONS);
  });

  it.each(core.BUILT_IN_PROFILES.map((p) => [p.key, p] as const))(
    'score, rank and explain alike under %s',
    (_key, profile) => {
      const a = core.scorePortfolio(accounts, profile);
      const b = lwc.scorePortfolio(accounts, profile);
      expect(b.accounts).toEqual(a.accounts);
      expect(lwc.summarise(b)).toEqual(core.summarise(a));
      expect(lwc.lossMakers(b)).toEqual(core.lossMakers(a));
      for (let i = 0; i < a.accounts.length; i++) {
        expect(lwc.explain(b.accounts[i], profile)).toEqual(core.explain(a.accounts[i], profile));
      }
    }
  );

  it('build the same waterfall', () => {
    for (const input of accounts) expect(lwc.waterfall(input)).toEqual(core.waterfall(input));
  });
});
