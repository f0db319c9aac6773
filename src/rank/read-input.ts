import { formatIoIssue, readPortfolio, type IoIssue } from '../io/index.js';
import type { Account } from '../core/index.js';
import type { ProgressListener } from '../io/progress.js';
import { loadMessages } from '../messages.js';

const messages = loadMessages('portfolio.rank');

export type RankInput = { accounts: Account[]; lines: number[]; warnings: string[] };

/** Reads and validates the spreadsheet; every row problem is reported at once, with file, line and column. */
export async function readRankInput(file: string, sheet?: string, onProgress?: ProgressListener): Promise<RankInput> {
  const outcome = await readPortfolio(file, { sheet, onProgress });
  if (!outcome.ok) {
    const text = outcome.issues.map((issue: IoIssue) => `  - ${formatIoIssue(issue).message}`).join('\n');
    const actions = [...new Set(outcome.issues.flatMap((issue: IoIssue) => formatIoIssue(issue).actions))];
    const error = messages.createError('error.BadInput', [file, outcome.issues.length, text]);
    // The third argument of createError fills placeholders in the message's own actions; the actions
    // of each issue are added to those.
    error.actions = [...(error.actions ?? []), ...actions];
    throw error;
  }
  return {
    accounts: outcome.accounts,
    lines: outcome.lines,
    warnings: outcome.warnings.map((w: IoIssue) => formatIoIssue(w).message),
  };
}
