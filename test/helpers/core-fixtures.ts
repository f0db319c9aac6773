/**
 * Builders for the core's plain data, shared by every suite that feeds the scoring core.
 * Fixtures go through the real input and profile schemas, so a fixture the method would reject
 * fails loudly instead of testing an impossible account.
 */
import { DIMENSIONS, type DimensionKey } from '../../src/core/model/dimensions.js';
import { AccountInputSchema, type Account, type AccountInput } from '../../src/core/model/input.js';
import { ProfileSchema, type Profile, type ProfileInput, type Weights } from '../../src/core/profiles/profile.js';
import { builtInProfile } from '../../src/core/profiles/builtin-profiles.js';
import { scorePortfolio, type RankedAccount, type ScoredPortfolio } from '../../src/core/portfolio/portfolio.js';
import { emptyScores, type ScoreVector } from '../../src/core/scoring/scoring.js';

/** One validated account: `account({ name: 'Acme', revenue: 1000, directCosts: 600 })`. */
export function account(fields: AccountInput): Account {
  return AccountInputSchema.parse(fields);
}

/**
 * Figures that give exactly this customer margin: revenue and direct costs only. Revenue defaults to
 * 1000 (or the margin, when larger) so direct costs stay ≥ 0 as the input schema requires.
 */
export function withMargin(
  margin: number,
  revenue = Math.max(1000, margin)
): Pick<AccountInput, 'revenue' | 'directCosts'> {
  if (revenue < margin) throw new Error(`revenue ${revenue} cannot give margin ${margin} with costs ≥ 0`);
  return { revenue, directCosts: revenue - margin };
}

/** The built-in profiles, as the product ships them. */
export const CURRENT: Profile = mustBuiltIn('current');
export const FUTURE: Profile = mustBuiltIn('future');

/** Weights with every dimension not named set to 0: `weightsOf({ loyalty: 100 })`. */
export function weightsOf(partial: Partial<Weights>): Weights {
  return Object.fromEntries(DIMENSIONS.map((d) => [d, partial[d] ?? 0])) as Weights;
}

/**
 * A validated profile. `weights` may be partial (missing dimensions weigh 0); everything else falls
 * back to the schema defaults.
 */
export function profile(
  overrides: Omit<Partial<ProfileInput>, 'weights'> & { weights?: Partial<Weights> } = {}
): Profile {
  const { weights, ...rest } = overrides;
  return ProfileSchema.parse({
    key: 'test',
    name: 'Test profile',
    ...rest,
    weights: weights ? weightsOf(weights) : { ...CURRENT.weights },
  });
}

/** A profile where one dimension carries all the weight, so the weighted score equals that score. */
export function singleDimensionProfile(
  dimension: DimensionKey,
  overrides: Omit<Partial<ProfileInput>, 'weights'> = {}
): Profile {
  return profile({ ...overrides, weights: { [dimension]: 100 } });
}

/** A full score vector from the scores given; the others are unscored (null). */
export function scoreVector(partial: Partial<Record<DimensionKey, number>>): ScoreVector {
  return { ...emptyScores(), ...partial };
}

/** Figure column as the core's hot path takes it: null becomes NaN ("no figure"). */
export function figures(...values: Array<number | null>): Float64Array {
  return Float64Array.from(values, (v) => v ?? Number.NaN);
}

/** Scores a list of account fields with a profile (CURRENT by default). */
export function scored(accounts: readonly AccountInput[], withProfile: Profile = CURRENT): ScoredPortfolio {
  return scorePortfolio(accounts.map(account), withProfile);
}

/** The ranked accounts by name, for assertions that do not care about order. */
export function byName(portfolio: ScoredPortfolio): Map<string, RankedAccount> {
  return new Map(portfolio.accounts.map((a) => [a.name, a]));
}

/** One ranked account by name; throws when absent so a typo cannot pass silently. */
export function ranked(portfolio: ScoredPortfolio, name: string): RankedAccount {
  const found = portfolio.accounts.find((a) => a.name === name);
  if (!found) throw new Error(`no account named ${name}`);
  return found;
}

/** Names in rank order. */
export function rankedNames(portfolio: ScoredPortfolio): string[] {
  return portfolio.accounts.map((a) => a.name);
}

/** A small deterministic PRNG (mulberry32) for generated portfolios that must be the same every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d_2b_79_f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function mustBuiltIn(key: string): Profile {
  const found = builtInProfile(key);
  if (!found) throw new Error(`built-in profile ${key} is missing`);
  return found;
}
