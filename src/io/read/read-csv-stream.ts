/**
 * Delimited text read row by row, for a comma or semicolon file (whose decimal mark the delimiter
 * settles): no array of every row's cells is built. At a million rows those arrays were about half a
 * gigabyte. The rows are counted first, so progress can say "n of total" while checking: in a text
 * without quotes by its lines (plainRecords), then one pass checks each row, split as papaparse splits
 * such a text (plain-text.ts); with quotes by a first pass of the parser, which finds the header, then
 * a second checks each row.
 */
import { capColumnWarnings } from '../issues/issues.js';
import { mapHeader, type HeaderMap } from '../interpret/header-map.js';
import { delimitedColumns, isBlankRow, startRowReader, type RowReader } from '../interpret/interpret-table.js';
import type { DecimalSeparator } from '../text/numbers.js';
import type { ProgressSink, ReadPhase } from '../progress/progress-sink.js';
import { plainRowReader, type PlainRowRead } from '../interpret/plain-row.js';
import type { RawRow } from '../interpret/raw-table.js';
import { decimalForDelimiter, eachCsvRow, type CsvDialect } from './read-csv.js';
import { eachPlainRecord, papaNewline, plainRecords } from './plain-text.js';
import type { ReadOutcome, ResultHeaders, SourceColumn } from './read-outcome.js';

export type StreamedCsvOptions = {
  progress?: ProgressSink<ReadPhase>;
  resultHeaders?: ResultHeaders;
  keepCell?: (column: SourceColumn) => boolean;
  /** Keeps the text and the rows an export may copy as they stand (ReadOptions.rowsAsRead); a text without quotes only. */
  rowsAsRead?: boolean;
  /** Called once the first pass is done: the read phase ends there. */
  onRead?: () => void;
  /**
   * A text without quotes read as before plain-text.ts and plain-row.ts, every row split by papaparse
   * and read by readRow: the tests hold the two to the same outcome.
   */
  general?: boolean;
};

/** True when the delimiter fixes the decimal mark, so no value has to be seen before a row is read. */
export const canStream = (dialect: CsvDialect): boolean => decimalForDelimiter(dialect.delimiter) !== undefined;

export function readCsvStreamed(file: string, dialect: CsvDialect, options: StreamedCsvOptions = {}): ReadOutcome {
  const dec = decimalForDelimiter(dialect.delimiter);
  if (!dec) throw new Error('readCsvStreamed needs a delimiter that fixes the decimal mark (see canStream)');
  if (!dialect.body.includes('"')) {
    const newline = papaNewline(dialect.body);
    const records = plainRecords(dialect.body, dialect.delimiter, newline);
    return readOnce(file, dialect, dec, { records, newline }, options);
  }
  let header: HeaderMap | undefined;
  let total = 0;
  eachCsvRow(dialect, (row) => {
    if (isBlankRow(row)) return true;
    if (header) {
      total += 1;
      return true;
    }
    header = mapHeader(file, row, options.resultHeaders);
    return header.errors.length === 0;
  });
  options.onRead?.();
  if (!header) return { ok: false, issues: [{ code: 'EmptyFile', file }], warnings: [] };
  if (header.errors.length > 0) {
    return { ok: false, issues: header.errors, warnings: capColumnWarnings(header.warnings) };
  }
  if (total === 0) return emptyFile(file, header);
  const reader = rowReader(file, dialect, dec, header, total, options);
  const headerLine = header.line;
  eachCsvRow(dialect, (row, malformed) => {
    if (row.line > headerLine && !isBlankRow(row)) reader.add(row, malformed);
  });
  return reader.finish();
}

const emptyFile = (file: string, header: HeaderMap): ReadOutcome => ({
  ok: false,
  issues: [{ code: 'EmptyFile', file }],
  warnings: capColumnWarnings(header.warnings),
});

function rowReader(
  file: string,
  dialect: CsvDialect,
  dec: DecimalSeparator,
  header: HeaderMap,
  total: number,
  options: StreamedCsvOptions,
  plainText = false
): RowReader {
  const table = { delimited: true, delimiter: dialect.delimiter, decimal: dec };
  const asRead = plainText && options.rowsAsRead && !options.general;
  return startRowReader(file, table, header, dec, delimitedColumns(header), {
    total,
    progress: options.progress,
    keepCell: options.keepCell,
    // What an account keeps is cut from the file's whole text; copied, the text can go after the read
    // (unless it is kept for rowsAsRead).
    ownText: true,
    ...(asRead ? { rowsAsRead: { text: dialect.body, delimiter: dialect.delimiter } } : {}),
  });
}

/**
 * One pass over a text without quotes, whose records are counted (plainRecords): the header, then each
 * row as it comes, split as papaparse splits such a text (plain-text.ts). A row that is plainly valid
 * is read straight from the text (plain-row.ts); any other goes through the general path (readRow)
 * with its cells as papaparse gives them. Whether the file is empty is decided by the rows read, as
 * the two passes do.
 */
function readOnce(
  file: string,
  dialect: CsvDialect,
  dec: DecimalSeparator,
  plain: { records: number; newline: string },
  options: StreamedCsvOptions
): ReadOutcome {
  options.onRead?.();
  const { body, delimiter } = dialect;
  let header: HeaderMap | undefined;
  let reader: RowReader | undefined;
  let fast: PlainRowRead | undefined;
  const visit = (row: RawRow, malformed: boolean, start: number, end: number): boolean => {
    if (isBlankRow(row)) return true;
    if (!header) {
      header = mapHeader(file, row, options.resultHeaders);
      return header.errors.length === 0;
    }
    if (!reader) {
      reader = rowReader(file, dialect, dec, header, Math.max(plain.records - 1, 1), options, true);
      fast = options.general ? undefined : plainRowReader(header, delimiter, reader);
      if (fast?.(body, start, end, row.line)) return true;
    }
    reader.add(row, malformed);
    return true;
  };
  if (options.general) {
    eachCsvRow(dialect, (row, malformed) => visit(row, malformed, 0, 0));
  } else {
    eachPlainRecord(body, plain.newline, (start, end, line) => {
      if (fast?.(body, start, end, line)) return true;
      return visit({ line, cells: body.slice(start, end).split(delimiter) }, false, start, end);
    });
  }
  if (!header) return { ok: false, issues: [{ code: 'EmptyFile', file }], warnings: [] };
  if (header.errors.length > 0) {
    return { ok: false, issues: header.errors, warnings: capColumnWarnings(header.warnings) };
  }
  if (!reader) return emptyFile(file, header);
  return reader.finish();
}
