import type { Account } from '../core/input.js';
import type { IoIssue } from './issues.js';
import type { ProgressListener } from './progress.js';

/**
 * What reading a portfolio gives: the accounts, each with the spreadsheet line it came from, or every
 * problem found. Warnings ride along either way so a failed read does not hide them until the next run.
 */
export type ReadOutcome =
  | {
      ok: true;
      /** Accounts as AccountInputSchema parsed them (so also valid AccountInput), in the order of the sheet. */
      accounts: Account[];
      /** The spreadsheet line of each account, index for index; the header is line 1. */
      lines: number[];
      warnings: IoIssue[];
    }
  | { ok: false; issues: IoIssue[]; warnings: IoIssue[] };

export type ReadOptions = {
  /** Sheet name in a workbook; the first visible sheet when not given. */
  sheet?: string;
  /** Told how far reading and validating have got; a large sheet takes seconds. */
  onProgress?: ProgressListener;
};
