import { DIMENSIONS } from '../model/dimensions.js';
import type { Profile } from './profile.js';

/**
 * Versions of a scoring profile (docs/method.md, Profile versions): what scores an account is the
 * figures of a profile (weights, tier thresholds, bands, the matrix line, the minimum coverage), not
 * its name or description. A version is those figures frozen; its fingerprint tells two versions apart
 * without comparing field by field, so a sync can see an admin's edit from the figures alone.
 */

/** The figures that score, in a fixed key order so that equal figures serialise equally. */
export type ScoringFigures = {
  weights: Record<(typeof DIMENSIONS)[number], number>;
  tiers: { keyAccount: number; develop: number; maintain: number };
  matrixHigh: number;
  minCoverage: number;
  bands: { volume: number[] | null; profitability: number[] | null };
};

/** One recorded version: its number, fingerprint, when it was first used and its frozen figures. */
export type ProfileVersion = { version: number; fingerprint: string; since: string; figures: ScoringFigures };

export function scoringFigures(profile: Profile): ScoringFigures {
  return {
    weights: Object.fromEntries(DIMENSIONS.map((d) => [d, profile.weights[d]])) as ScoringFigures['weights'],
    tiers: { keyAccount: profile.tiers.keyAccount, develop: profile.tiers.develop, maintain: profile.tiers.maintain },
    matrixHigh: profile.matrixHigh,
    minCoverage: profile.minCoverage,
    bands: { volume: profile.bands.volume ?? null, profitability: profile.bands.profitability ?? null },
  };
}

/** The profile with another version's figures: the same key and names, scoring as that version did. */
export function withFigures(profile: Profile, figures: ScoringFigures): Profile {
  return {
    ...profile,
    weights: { ...figures.weights },
    tiers: { ...figures.tiers },
    matrixHigh: figures.matrixHigh,
    minCoverage: figures.minCoverage,
    bands: {
      ...(figures.bands.volume ? { volume: [...figures.bands.volume] } : {}),
      ...(figures.bands.profitability ? { profitability: [...figures.bands.profitability] } : {}),
    },
  };
}

/**
 * Sixteen hex digits (two FNV-1a 32-bit hashes of the figures' canonical text): equal figures give
 * equal fingerprints; numbers are written with up to six decimals, as the org keeps none finer, so a
 * weight read back as 12.5000001 is still the same version.
 */
export function figuresFingerprint(figures: ScoringFigures): string {
  const text = canonical(figures);
  return hash(text, 0x81_1c_9d_c5) + hash(text, 0x01_00_01_93);
}

export const profileFingerprint = (profile: Profile): string => figuresFingerprint(scoringFigures(profile));

/**
 * The version a run scores with: the recorded one when its fingerprint is the profile's, else the next
 * number (1 for a profile never recorded). `isNew` says the sync must record it.
 */
export function versionFor(
  profile: Profile,
  recorded: { version: number | null; fingerprint: string | null }
): { version: number; fingerprint: string; isNew: boolean } {
  const fingerprint = profileFingerprint(profile);
  if (recorded.version !== null && recorded.fingerprint === fingerprint) {
    return { version: recorded.version, fingerprint, isNew: false };
  }
  return { version: (recorded.version ?? 0) + 1, fingerprint, isNew: true };
}

function canonical(value: unknown): string {
  if (typeof value === 'number') return String(Math.round(value * 1e6) / 1e6);
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

function hash(text: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01_00_01_93) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * The points of a history (oldest first) scored by a different version than the point before: where
 * a score trend marks that the weights changed. Points of unknown version (rows from before versions
 * were recorded) neither mark nor break the comparison.
 */
export function versionChanges(versions: ReadonlyArray<number | null>): number[] {
  const marks: number[] = [];
  let last: number | null = null;
  versions.forEach((v, i) => {
    if (v === null) return;
    if (last !== null && v !== last) marks.push(i);
    last = v;
  });
  return marks;
}
