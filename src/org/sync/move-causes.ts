/**
 * How many accounts moved because the profile's figures changed and how many because assessments did
 * (docs/sync.md, Profile versions). With no new version every move is the assessments' doing; with one,
 * the portfolio is scored once more under the previous version's figures (moveCause in src/core).
 */
import { moveCause, scorePortfolio, type Profile, type ScoredPortfolio } from '../../core/index.js';
import type { OrgAccount } from './portfolio-collector.js';

export type MoveCauses = {
  /** Accounts whose tier or rank moved only because the weights or thresholds changed. */
  byFigures: number;
  /** Accounts whose tier or rank moved because their own or other accounts' assessments changed. */
  byAssessments: number;
};

export function countMoveCauses(
  accounts: readonly OrgAccount[],
  current: ScoredPortfolio,
  previousProfile: Profile | null
): MoveCauses {
  const previous = previousProfile
    ? scorePortfolio(
        accounts.map((a) => a.input),
        previousProfile
      )
    : null;
  const before = new Map(previous?.accounts.map((a) => [a.index, a]));
  const counts: MoveCauses = { byFigures: 0, byAssessments: 0 };
  for (const ranked of current.accounts) {
    const account = accounts[ranked.index];
    const held = { tier: account.previousTier, rank: account.previousRank };
    const underCurrent = { tier: ranked.tier, rank: ranked.rank };
    const old = before.get(ranked.index);
    // With no other figures to compare with, whatever moved, the assessments moved.
    const cause = old
      ? moveCause(held, { tier: old.tier, rank: old.rank }, underCurrent)
      : moveCause(held, held, underCurrent) && 'assessments';
    if (cause === 'figures') counts.byFigures++;
    else if (cause === 'assessments') counts.byAssessments++;
  }
  return counts;
}
