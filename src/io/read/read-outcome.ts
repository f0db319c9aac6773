import type { Account } from '../../core/model/input.js';
import type { FieldKey } from '../interpret/headers.js';
import type { IoIssue } from '../issues/issues.js';
import type { ProgressSink, ReadPhase } from '../progress/progress-sink.js';
import type { RawCell } from '../interpret/raw-table.js';
import type { CsvInputDialect } from './csv-dialect.js';
import type { RowsAsRead } from './rows-as-read.js';

/** One column of the input as the file has it, so an export can repeat every column the person had. */
export type SourceColumn = {
  /** Where its cells are in each row's `cells`. */
  index: number;
  /** The header as written (trimmed); '' for a column with data but no header. */
  header: string;
  /** The field it was read as; absent for a column the tool does not know, which is carried as it is. */
  field?: FieldKey;
};

/**
 * The header texts of the columns a ranked export adds. A sheet whose header holds every one of
 * `required` is such an export: those columns and the `optional` ones are left out of the read (no
 * warning, not carried), because a new ranking computes them again.
 */
export type ResultHeaderSet = { required: readonly string[]; optional: readonly string[] };
/** One set per language an export may have been written in: a header is an export's when it holds all of one set. */
export type ResultHeaders = ResultHeaderSet | readonly ResultHeaderSet[];

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
      /** Every column of the input in its order, result columns of an earlier export left out. */
      columns: SourceColumn[];
      /** Each account's row as read, index for index with `accounts`: the unknown columns' cells are here. */
      cells: RawCell[][];
      /** A text file's dialect (delimiter, decimal mark, BOM), so an output can be written in it; none for a workbook. */
      dialect?: CsvInputDialect;
      /** With ReadOptions.rowsAsRead, a quote-free CSV's rows an export may copy as they stand. */
      asRead?: RowsAsRead;
    }
  | { ok: false; issues: IoIssue[]; warnings: IoIssue[] };

export type ReadOptions = {
  /** Sheet name in a workbook; the first visible sheet when not given. */
  sheet?: string;
  /** Told how far reading and validating have got; a large sheet takes seconds. */
  progress?: ProgressSink<ReadPhase>;
  /** The result columns of an earlier export, recognised and left out (see ResultHeaders). */
  resultHeaders?: ResultHeaders;
  /** The largest file read, in bytes; MAX_INPUT_BYTES (check-input-file.ts) when not given. */
  maxBytes?: number;
  /**
   * Keeps in `cells` only the cells of the columns it accepts (the rest are in the accounts already);
   * `columns[].index` then refers to the kept cells, -1 for a column with none. All are kept without it.
   */
  keepCell?: (column: SourceColumn) => boolean;
  /**
   * Keeps the text of a quote-free CSV and where each row is that an export may copy as it stands
   * (`asRead`, rows-as-read.ts): for a run that writes a CSV, at the cost of the text's memory.
   */
  rowsAsRead?: boolean;
  /**
   * Stops the read (Ctrl+C) where it waits: reading the bytes, and between the steps after. Parsing a
   * CSV and checking its rows run without a pause, so a signal is acted on when they end.
   */
  signal?: AbortSignal;
};
