import {
  escapeControls,
  formatIoIssue,
  headerLanguage,
  readPortfolio,
  type CsvInputDialect,
  type IoIssue,
  type SourceColumn,
} from '../io/index.js';
import type { Account } from '../core/index.js';
import type { ProgressSink, ReadPhase } from '../io/index.js';
import type { RawCell, RowsAsRead } from '../io/index.js';
import { countKey } from '../i18n/index.js';
import { loadMessages } from '../messages.js';
import { RESULT_HEADERS } from './ranked-export.js';

const messages = loadMessages('portfolio.rank');

export type RankInput = {
  accounts: Account[];
  lines: number[];
  /** Formatted when shown, in the language of the run, which the input's own headers may decide. */
  warnings: IoIssue[];
  /** The language of the input's headers, when they are Finnish or English words (headers.ts). */
  language?: 'fi' | 'en';
  /** A text input's dialect, so a CSV output reopens where the input came from (csv-dialect.ts). */
  dialect?: CsvInputDialect;
  /** Every input column, for the export (ranked-export.ts). */
  columns: SourceColumn[];
  /**
   * Each account's cells the export repeats as read, index for index with `accounts`: only the
   * columns the tool does not know and the lifecycle stage (in the person's own word); `columns`
   * index into these. The other columns are written from the values read (ranked-export.ts).
   */
  cells: RawCell[][];
  /** With `rowsAsRead`, the rows a CSV export may copy as they stand (rows-as-read.ts). */
  asRead?: RowsAsRead;
};

/** A column the export writes from the cell as read rather than from the account. */
const exportedAsRead = (column: SourceColumn): boolean => !column.field || column.field === 'lifecycleStage';

/**
 * Problems listed in the error on the terminal; the rest are counted there, and all the reader kept
 * (up to MAX_ROW_ISSUES and a count of the others) are in the error's data under --json.
 */
export const SHOWN_ISSUES = 20;

/** The error of a failed read: the first issues as text, all the reader kept as data. */
function badInput(file: string, issues: readonly IoIssue[]): Error {
  const formatted = issues.map((issue) => formatIoIssue(issue));
  // The reader keeps MAX_ROW_ISSUES and sums up the rest in one TooManyIssues, which holds the total.
  const summary = issues.find((issue) => issue.code === 'TooManyIssues');
  const listed = issues.filter((issue) => issue !== summary).length;
  const total = Number(summary?.params?.total ?? listed);
  const shown = formatted
    .filter((_, i) => issues[i] !== summary)
    .slice(0, SHOWN_ISSUES)
    .map((f) => `  - ${f.message}`);
  if (total > shown.length) {
    shown.push(`  - ${messages.getMessage('info.MoreIssues', [total - shown.length, listed])}`);
  }
  const error = messages.createError('error.BadInput', [
    escapeControls(file),
    messages.getMessage(countKey('count.Problems', total), [total]),
    shown.join('\n'),
  ]);
  // The third argument of createError fills placeholders in the message's own actions; the actions
  // of each issue are added to those.
  error.actions = [...(error.actions ?? []), ...new Set(formatted.flatMap((f) => f.actions))];
  error.setData({ issues: issues.map((issue, i) => ({ ...issue, message: formatted[i].message })) });
  return error;
}

/** Reads and validates the spreadsheet; every row problem is reported at once, with file, line and column. */
export async function readRankInput(
  file: string,
  sheet?: string,
  progress?: ProgressSink<ReadPhase>,
  signal?: AbortSignal,
  rowsAsRead = false
): Promise<RankInput> {
  // Only the cells the export repeats as read are kept: the rest of each row (figures and scores as
  // text, already in the accounts as numbers) was about half the heap after reading a million rows.
  const outcome = await readPortfolio(file, {
    sheet,
    progress,
    resultHeaders: RESULT_HEADERS,
    signal,
    keepCell: exportedAsRead,
    rowsAsRead,
  });
  if (!outcome.ok) throw badInput(file, outcome.issues);
  return {
    accounts: outcome.accounts,
    lines: outcome.lines,
    warnings: outcome.warnings,
    language: headerLanguage(outcome.columns.map((column) => column.header)),
    dialect: outcome.dialect,
    columns: outcome.columns,
    cells: outcome.cells,
    ...(outcome.asRead ? { asRead: outcome.asRead } : {}),
  };
}
