/**
 * The words for what is wrong with a scoring profile, one list line per problem: the same sentences
 * whether the profile came from a JSON file (`portfolio rank --profile`) or from the org's
 * CVP_Scoring_Profile__c record (sync, export). Only where the problem is named differs: a JSON path
 * for a file, the org field for a record, so each reader names a person's way to the fix.
 */
import type { ProfileIssue } from '../core/index.js';
import { countKey } from '../i18n/index.js';
import { loadMessages } from '../messages.js';

const messages = loadMessages('portfolio.rank');

/** Where a problem is, as a JSON path into the profile file: "weights.volume", or "profile". */
export const jsonPathOf = (path: ReadonlyArray<string | number>): string => path.join('.') || 'profile';

export function describeProfileIssue(
  issue: ProfileIssue,
  whereOf: (path: ReadonlyArray<string | number>) => string = jsonPathOf
): string {
  const where = whereOf(issue.path);
  switch (issue.code) {
    case 'UnknownDimension':
      return messages.getMessage(countKey('profileIssue.UnknownDimension', issue.keys?.length ?? 0), [
        where,
        (issue.keys ?? []).join(', '),
      ]);
    case 'WeightsSum':
      return messages.getMessage('profileIssue.WeightsSum', [issue.detail]);
    case 'InvalidValue':
      return messages.getMessage('profileIssue.InvalidValue', [where, issue.detail]);
    default:
      return messages.getMessage(`profileIssue.${issue.code}`, [where]);
  }
}

/** The problems as the indented list the error messages embed. */
export function profileProblemLines(
  issues: readonly ProfileIssue[],
  whereOf?: (path: ReadonlyArray<string | number>) => string
): string {
  return issues.map((issue) => `  - ${describeProfileIssue(issue, whereOf)}`).join('\n');
}
