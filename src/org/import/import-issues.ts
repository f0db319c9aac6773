/**
 * The import's problems as text: src/io's own codes through src/io's messages (the same words as
 * `portfolio rank`), the import's codes through messages/portfolio.import.profitability.md, all with
 * the same "file, line 7, column Period" location (in a workbook with the cell, "cell Sheet1!B7").
 */
import {
  formatIoIssue,
  formatLocation,
  type IoIssue,
  type IoIssueCode,
  IO_ERROR_CODES,
  IO_WARNING_CODES,
} from '../../io/index.js';
import { currentLanguage } from '../../i18n/index.js';
import { loadMessages } from '../../messages.js';
import type { ImportIssue, ImportIssueCode } from './profitability-file.js';

const messages = loadMessages('portfolio.import.profitability');

const IO_CODES = new Set<string>([...IO_ERROR_CODES, ...IO_WARNING_CODES]);
const isIoIssue = (issue: ImportIssue): issue is IoIssue & { code: IoIssueCode } => IO_CODES.has(issue.code);

/** The values after the location, in the order of the message's placeholders. */
function details(issue: ImportIssue & { code: ImportIssueCode }): Array<string | number> {
  const param = (key: string): string | number => issue.params?.[key] ?? '';
  switch (issue.code) {
    case 'AmbiguousName':
      return [param('count'), issue.value ?? '', param('ids')];
    case 'DuplicateRow':
      return [issue.value ?? '', param('firstLine')];
    default:
      return [issue.value ?? ''];
  }
}

export function formatImportIssue(issue: ImportIssue): { message: string; actions: string[] } {
  // The run's language for src/io's words too, so a Finnish run says "rivi 3, solu Taul1!B3" throughout.
  if (isIoIssue(issue)) return formatIoIssue(issue, currentLanguage());
  const own = issue as ImportIssue & { code: ImportIssueCode };
  const key = `issue.${own.code}`;
  const message = messages.getMessage(key, [formatLocation(own, currentLanguage()), ...details(own)]);
  const actions = messages.messages.has(`${key}.actions`) ? messages.getMessages(`${key}.actions`) : [];
  return { message, actions };
}

/** Issues as an indented list, the distinct actions, and one line per issue (for warnings). */
export function formatImportIssues(issues: readonly ImportIssue[]): {
  text: string;
  actions: string[];
  lines: string[];
} {
  const formatted = issues.map(formatImportIssue);
  const lines = formatted.map((f) => f.message);
  return {
    text: lines.map((line) => `  - ${line}`).join('\n'),
    actions: [...new Set(formatted.flatMap((f) => f.actions))],
    lines,
  };
}
