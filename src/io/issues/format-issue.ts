/**
 * An IoIssue as the text a person reads (messages/io.md): where it is — file, line as the spreadsheet
 * shows it, column — then what is wrong, and what to do about it.
 */
import { Messages } from '@salesforce/core';
import { escapeControls, terminalValue } from '../text/terminal-text.js';
import { isIoWarning, type IoIssue, type IoIssueCode } from './issues.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const english = Messages.loadMessages('customer-value-portfolio', 'io');
let finnish: Messages<string> | undefined;

/**
 * The language of the text: src/io knows no command and reads no flag, so a caller that speaks the
 * run's language (the profitability import) names it; English otherwise, as before.
 */
export type IoLanguage = 'en' | 'fi';

function bundle(language: IoLanguage = 'en'): Messages<string> {
  if (language === 'en') return english;
  finnish ??= Messages.loadMessages('customer-value-portfolio', 'io.fi');
  return finnish;
}

export type FormattedIssue = { message: string; actions: string[] };

type Token = string | number;

/**
 * "file", "file, line 7", "file, column Loyalty" or "file, line 7, column Loyalty"; in a workbook,
 * with the cell as Excel names it: "file, line 7, column Loyalty, cell Sheet1!C7". Everything that
 * came from the file (its header texts, its cells) is made safe for a terminal: controls escaped,
 * long text cut (terminal-text.ts). The path is escaped but never cut: the person needs all of it.
 */
export function formatLocation(
  issue: Pick<IoIssue, 'file' | 'line' | 'column' | 'cell'>,
  language: IoLanguage = 'en'
): string {
  const messages = bundle(language);
  const file = escapeControls(issue.file);
  const hasLine = issue.line !== undefined;
  const hasColumn = issue.column !== undefined && issue.column !== '';
  const column = hasColumn ? terminalValue(issue.column ?? '') : '';
  if (hasLine && issue.cell) {
    // The sheet's name comes from the file: made safe like a header.
    const cell = terminalValue(issue.cell);
    if (hasColumn) return messages.getMessage('location.lineColumnCell', [file, issue.line, column, cell]);
    return messages.getMessage('location.lineCell', [file, issue.line, cell]);
  }
  if (hasLine && hasColumn) return messages.getMessage('location.lineColumn', [file, issue.line, column]);
  if (hasLine) return messages.getMessage('location.line', [file, issue.line]);
  if (hasColumn) return messages.getMessage('location.column', [file, column]);
  return file;
}

/** Longest parameter shown (a list of the columns found, the sheets of a workbook). */
const MAX_PARAM_CHARS = 300;

const param = (issue: IoIssue, key: string): Token => {
  const token = issue.params?.[key] ?? '';
  return typeof token === 'number' ? token : terminalValue(token, MAX_PARAM_CHARS);
};
const value = (issue: IoIssue): Token => terminalValue(issue.value ?? '');

const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };
const delimiterName = (messages: Messages<string>, delimiter: Token | undefined): string =>
  messages.getMessage(`delimiter.${DELIMITER_NAMES[String(delimiter)] ?? 'comma'}`);

/** The tokens after the location, in the order the message's %s placeholders expect them. */
const DETAILS: Record<IoIssueCode, (issue: IoIssue, messages: Messages<string>) => Token[]> = {
  FileNotFound: () => [],
  WrongExtension: () => [],
  NotAFile: (issue, messages) => [messages.getMessage(`fileKind.${String(issue.params?.kind ?? 'other')}`)],
  FileTooLarge: (issue) => [param(issue, 'size'), param(issue, 'limit')],
  UnreadableFile: () => [],
  MixedEncoding: (issue) => [value(issue)],
  EmptyFile: () => [],
  SheetNotFound: (issue) => [value(issue), param(issue, 'available')],
  WorkbookTooLarge: (issue, messages) => {
    const measure = String(issue.params?.measure ?? 'bytes');
    // A part that lies about its size has no limit of its own to name: what it declared is the point.
    const tokens =
      measure === 'declaredBytes' ? [param(issue, 'limit')] : [param(issue, 'actual'), param(issue, 'limit')];
    return [param(issue, 'part'), messages.getMessage(`workbookMeasure.${measure}`, tokens)];
  },
  MergedCells: (issue) => [value(issue), param(issue, 'sheet')],
  MissingNameColumn: (issue) => [param(issue, 'columns')],
  DuplicateColumn: (issue) => [param(issue, 'field'), param(issue, 'first')],
  MalformedQuotes: () => [],
  TooManyCells: (issue) => [param(issue, 'cells'), param(issue, 'columns')],
  OtherDelimiter: (issue, messages) => [
    delimiterName(messages, issue.params?.found),
    delimiterName(messages, issue.params?.delimiter),
  ],
  NotANumber: (issue) => [value(issue)],
  FigureTooLarge: (issue) => [value(issue), param(issue, 'limit')],
  ScoreOutOfRange: (issue) => [value(issue)],
  NegativeCost: (issue) => [value(issue)],
  UnknownLifecycle: (issue) => [value(issue)],
  UncalculatedFormula: (issue) => [value(issue)],
  MissingName: () => [],
  DuplicateName: (issue) => [value(issue), param(issue, 'firstLine')],
  InvalidValue: (issue) => [value(issue), param(issue, 'detail')],
  TooManyIssues: (issue) => [param(issue, 'omitted'), param(issue, 'total')],
  UnknownColumn: () => [],
  MoreUnknownColumns: (issue) => [param(issue, 'omitted'), param(issue, 'total')],
  SheetOptionIgnored: (issue) => [value(issue)],
  MergedHeader: (issue) => [value(issue), param(issue, 'sheet')],
};

export const messageKey = (code: IoIssueCode): string => `${isIoWarning(code) ? 'warning' : 'error'}.${code}`;

export function formatIoIssue(issue: IoIssue, language: IoLanguage = 'en'): FormattedIssue {
  const messages = bundle(language);
  const key = messageKey(issue.code);
  const message = messages.getMessage(key, [formatLocation(issue, language), ...DETAILS[issue.code](issue, messages)]);
  const actions = messages.messages.has(`${key}.actions`) ? messages.getMessages(`${key}.actions`) : [];
  return { message, actions };
}
