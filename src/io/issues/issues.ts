/**
 * Problems found while reading a spreadsheet, as data. The text a person reads lives in messages/io.md
 * and is produced by format-issue.ts; nothing here is meant to be shown as it is.
 */

/** Problems that stop the read: the file, its header, or its rows. */
export const IO_ERROR_CODES = [
  'FileNotFound',
  'WrongExtension',
  'NotAFile',
  'FileTooLarge',
  'UnreadableFile',
  'MixedEncoding',
  'EmptyFile',
  'SheetNotFound',
  'WorkbookTooLarge',
  'MergedCells',
  'MissingNameColumn',
  'DuplicateColumn',
  'MalformedQuotes',
  'TooManyCells',
  'OtherDelimiter',
  'NotANumber',
  'FigureTooLarge',
  'ScoreOutOfRange',
  'NegativeCost',
  'UnknownLifecycle',
  'UncalculatedFormula',
  'MissingName',
  'DuplicateName',
  'InvalidValue',
  'TooManyIssues',
] as const;

/** Problems worth telling but that do not stop the read. */
export const IO_WARNING_CODES = ['UnknownColumn', 'MoreUnknownColumns', 'SheetOptionIgnored', 'MergedHeader'] as const;

export type IoErrorCode = (typeof IO_ERROR_CODES)[number];
export type IoWarningCode = (typeof IO_WARNING_CODES)[number];
export type IoIssueCode = IoErrorCode | IoWarningCode;

export type IoIssue = {
  code: IoIssueCode;
  /** The path as the caller gave it, so the person recognises it. */
  file: string;
  /** The line as the spreadsheet shows it: the header is line 1 (or the first non-blank row's number). */
  line?: number;
  /** The column's header as written in the file (or its letter when the header cell is blank). */
  column?: string;
  /** The offending cell, as written. */
  value?: string;
  /**
   * In a workbook, the cell the issue is about as Excel names it, with its sheet: `Sheet1!C12`, or
   * `'My sheet'!C12` (xlsx-issues.ts). A workbook's user finds a cell by that name, not by a line.
   */
  cell?: string;
  params?: Record<string, string | number>;
};

/** How many row problems one read reports before it summarises the rest in one TooManyIssues. */
export const MAX_ROW_ISSUES = 50;

/** Longest cell text quoted back in an issue; a pasted paragraph would drown the message. */
const MAX_VALUE_CHARS = 60;

/** UnknownColumn warnings shown one by one; a sheet with 10,000 extra columns gets one count for the rest. */
export const MAX_COLUMN_WARNINGS = 20;

export const isIoWarning = (code: IoIssueCode): code is IoWarningCode =>
  (IO_WARNING_CODES as readonly string[]).includes(code);

export function quoteValue(value: string): string {
  return value.length > MAX_VALUE_CHARS ? `${value.slice(0, MAX_VALUE_CHARS - 1)}…` : value;
}

/** The first MAX_COLUMN_WARNINGS UnknownColumn warnings, then one MoreUnknownColumns that counts the rest. */
export function capColumnWarnings(warnings: readonly IoIssue[]): IoIssue[] {
  const unknown = warnings.filter((warning) => warning.code === 'UnknownColumn');
  if (unknown.length <= MAX_COLUMN_WARNINGS) return [...warnings];
  const dropped = new Set(unknown.slice(MAX_COLUMN_WARNINGS));
  const kept = warnings.filter((warning) => !dropped.has(warning));
  const first = unknown[MAX_COLUMN_WARNINGS];
  kept.push({
    code: 'MoreUnknownColumns',
    file: first.file,
    ...(first.line === undefined ? {} : { line: first.line }),
    params: { omitted: dropped.size, total: unknown.length },
  });
  return kept;
}

/**
 * Collects row problems up to the limit and counts the rest, so one run shows everything a person can
 * fix at once without flooding the terminal.
 */
export class RowIssueCollector {
  private readonly kept: IoIssue[] = [];
  private total = 0;

  public constructor(
    private readonly file: string,
    private readonly limit = MAX_ROW_ISSUES
  ) {}

  public get count(): number {
    return this.total;
  }

  public add(issue: IoIssue): void {
    this.total += 1;
    if (this.kept.length < this.limit) this.kept.push(issue);
  }

  /** The kept issues, plus one TooManyIssues when some were left out. */
  public issues(): IoIssue[] {
    if (this.total <= this.kept.length) return [...this.kept];
    return [
      ...this.kept,
      {
        code: 'TooManyIssues',
        file: this.file,
        params: { shown: this.kept.length, omitted: this.total - this.kept.length, total: this.total },
      },
    ];
  }
}
