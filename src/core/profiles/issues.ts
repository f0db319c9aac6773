import type { z } from 'zod';
import { ProfileSchema, type Profile } from './profile.js';

/** What can be wrong with a profile, as data: callers turn codes into their own words (messages/). */
export type ProfileIssueCode =
  'UnknownDimension' | 'MissingWeight' | 'NegativeWeight' | 'WeightsSum' | 'TierOrder' | 'InvalidValue';

export type ProfileIssue = {
  readonly code: ProfileIssueCode;
  /** Where in the profile, e.g. ['weights', 'loyalty']. */
  readonly path: ReadonlyArray<string | number>;
  /** zod's own English sentence, for logs; user-facing text comes from the code. */
  readonly detail: string;
  readonly keys?: readonly string[];
};

export type Result<T, E> = { success: true; data: T } | { success: false; error: E };

/** Validates an untrusted profile (a JSON file, an org record) into errors as data. */
export function parseProfile(input: unknown): Result<Profile, ProfileIssue[]> {
  const parsed = ProfileSchema.safeParse(input);
  if (parsed.success) return { success: true, data: parsed.data };
  return { success: false, error: parsed.error.issues.map(toProfileIssue) };
}

function toProfileIssue(issue: z.core.$ZodIssue): ProfileIssue {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const inWeights = path[0] === 'weights';
  const base = { path, detail: issue.message };
  if (issue.code === 'unrecognized_keys' && inWeights) return { ...base, code: 'UnknownDimension', keys: issue.keys };
  if (issue.code === 'invalid_type' && inWeights && path.length === 2 && issue.message.includes('received undefined')) {
    return { ...base, code: 'MissingWeight' };
  }
  if (issue.code === 'too_small' && inWeights) return { ...base, code: 'NegativeWeight' };
  if (issue.code === 'custom' && inWeights) return { ...base, code: 'WeightsSum' };
  if (issue.code === 'custom' && path[0] === 'tiers') return { ...base, code: 'TierOrder' };
  return { ...base, code: 'InvalidValue' };
}
