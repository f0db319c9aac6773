import { DIMENSIONS, type DimensionKey } from '../model/dimensions.js';

/**
 * A profile being edited in the workspace's what-if (issue 16): its weights and tier thresholds
 * checked by the rules of ProfileSchema (profile.ts) without zod, which the Lightning components do
 * not carry. test/core/profile-draft.test.ts checks that both say the same of any figures.
 */

export type DraftTiers = { keyAccount: number; develop: number; maintain: number };
export type DraftIssueCode = 'notNumber' | 'negative' | 'sum' | 'range' | 'order';
export type DraftIssue = { field: DimensionKey | keyof DraftTiers | 'weights' | 'tiers'; code: DraftIssueCode };

const TIER_KEYS = ['keyAccount', 'develop', 'maintain'] as const;
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** What breaks the rules of WeightsSchema and TierThresholdsSchema; empty when the figures may be saved. */
export function draftIssues(weights: Record<DimensionKey, number>, tiers: DraftTiers): DraftIssue[] {
  const issues: DraftIssue[] = [];
  let sum = 0;
  let summable = true;
  for (const d of DIMENSIONS) {
    const w = weights[d];
    if (!isNumber(w)) {
      issues.push({ field: d, code: 'notNumber' });
      summable = false;
    } else {
      if (w < 0) issues.push({ field: d, code: 'negative' });
      sum += w;
    }
  }
  // The schema's tolerance: weights typed as decimals may miss 100 by a binary crumb.
  if (summable && Math.abs(sum - 100) > 1e-6) issues.push({ field: 'weights', code: 'sum' });
  let ordered = true;
  for (const t of TIER_KEYS) {
    const v = tiers[t];
    if (!isNumber(v)) {
      issues.push({ field: t, code: 'notNumber' });
      ordered = false;
    } else if (v < 1 || v > 5) issues.push({ field: t, code: 'range' });
  }
  if (ordered && !(tiers.keyAccount > tiers.develop && tiers.develop > tiers.maintain))
    issues.push({ field: 'tiers', code: 'order' });
  return issues;
}

/** The sum of the weights, for showing next to them (NaN while one is not a number). */
export function weightSum(weights: Record<DimensionKey, number>): number {
  let sum = 0;
  for (const d of DIMENSIONS) sum += isNumber(weights[d]) ? weights[d] : Number.NaN;
  return sum;
}

const KEY_MAX = 40;

/**
 * A key for a new version of a profile: "<key>-2", or the next number free among `taken`, shortened
 * so that it stays a valid profile key (at most 40 characters).
 */
export function nextVersionKey(key: string, taken: readonly string[]): string {
  const used = new Set(taken);
  // A key that is already a version ("fair-2") numbers on from its stem.
  const stem = key.replace(/-\d+$/, '') || key;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = stem.slice(0, KEY_MAX - suffix.length).replace(/-+$/, '') + suffix;
    if (!used.has(candidate)) return candidate;
  }
}

/** The name of that version: "<name> (2)", as numbered as its key, at most 80 characters. */
export function nextVersionName(name: string, versionKey: string): string {
  const n = /-(\d+)$/.exec(versionKey)?.[1] ?? '2';
  const stem = name.replace(/ \(\d+\)$/, '');
  const suffix = ` (${n})`;
  return stem.slice(0, 80 - suffix.length) + suffix;
}
