/**
 * An IoIssue as the text a person reads (messages/io.md): where it is — file, line as the spreadsheet
 * shows it, column — then what is wrong, and what to do about it.
 */
import { Messages } from '@salesforce/core';
import { isIoWarning, type IoIssue, type IoIssueCode } from './issues.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('customer-value-portfolio', 'io');

export type FormattedIssue = { message: string; actions: string[] };

type Token = string | number;

/** "file", "file, line 7", "file, column Loyalty" or "file, line 7, column Loyalty". */
export function formatLocation(issue: Pick<IoIssue, 'file' | 'line' | 'column'>): string {
  const hasLine = issue.line !== undefined;
  const hasColumn = issue.column !== undefined && issue.column !== '';
  if (hasLine && hasColumn) return messages.getMessage('location.lineColumn', [issue.file, issue.line, issue.column]);
  if (hasLine) return messages.getMessage('location.line', [issue.file, issue.line]);
  if (hasColumn) return messages.getMessage('location.column', [issue.file, issue.column]);
  return issue.file;
}

const param = (issue: IoIssue, key: string): Token => issue.params?.[key] ?? '';
const value = (issue: IoIssue): Token => issue.value ?? '';

/** The tokens after the location, in the order the message's %s placeholders expect them. */
const DETAILS: Record<IoIssueCode, (issue: IoIssue) => Token[]> = {
  FileNotFound: () => [],
  WrongExtension: () => [],
  UnreadableFile: () => [],
  EmptyFile: () => [],
  SheetNotFound: (issue) => [value(issue), param(issue, 'available')],
  WorkbookTooLarge: (issue) => [
    param(issue, 'part'),
    messages.getMessage(`workbookMeasure.${String(issue.params?.measure ?? 'bytes')}`, [param(issue, 'actual')]),
    param(issue, 'limit'),
  ],
  MergedCells: (issue) => [value(issue), param(issue, 'sheet')],
  MissingNameColumn: (issue) => [param(issue, 'columns')],
  DuplicateColumn: (issue) => [param(issue, 'field'), param(issue, 'first')],
  MalformedQuotes: () => [],
  TooManyCells: (issue) => [param(issue, 'cells'), param(issue, 'columns')],
  NotANumber: (issue) => [value(issue)],
  ScoreOutOfRange: (issue) => [value(issue)],
  NegativeCost: (issue) => [value(issue)],
  UnknownLifecycle: (issue) => [value(issue)],
  UncalculatedFormula: (issue) => [value(issue)],
  MissingName: () => [],
  DuplicateName: (issue) => [value(issue), param(issue, 'firstLine')],
  InvalidValue: (issue) => [value(issue), param(issue, 'detail')],
  TooManyIssues: (issue) => [param(issue, 'omitted'), param(issue, 'total')],
  UnknownColumn: () => [],
  SheetOptionIgnored: (issue) => [value(issue)],
  MergedHeader: (issue) => [value(issue), param(issue, 'sheet')],
};

export const messageKey = (code: IoIssueCode): string => `${isIoWarning(code) ? 'warning' : 'error'}.${code}`;

export function formatIoIssue(issue: IoIssue): FormattedIssue {
  const key = messageKey(issue.code);
  const message = messages.getMessage(key, [formatLocation(issue), ...DETAILS[issue.code](issue)]);
  const actions = messages.messages.has(`${key}.actions`) ? messages.getMessages(`${key}.actions`) : [];
  return { message, actions };
}
