/**
 * Delimited text read row by row, for a comma or semicolon file (whose decimal mark the delimiter
 * settles): no array of every row's cells is built. At a million rows those arrays were about half a
 * gigabyte. Two passes of the parser: the first finds the header and counts the rows (the read, so
 * progress can say "n of total" while checking), the second checks each row and keeps only accounts.
 */
import { capColumnWarnings } from '../issues/issues.js';
import { mapHeader, type HeaderMap } from '../interpret/header-map.js';
import { delimitedColumns, isBlankRow, startRowReader } from '../interpret/interpret-table.js';
import type { ProgressSink, ReadPhase } from '../progress/progress-sink.js';
import { decimalForDelimiter, eachCsvRow, type CsvDialect } from './read-csv.js';
import type { ReadOutcome, ResultHeaders, SourceColumn } from './read-outcome.js';

export type StreamedCsvOptions = {
  progress?: ProgressSink<ReadPhase>;
  resultHeaders?: ResultHeaders;
  keepCell?: (column: SourceColumn) => boolean;
  /** Called once the first pass is done: the read phase ends there. */
  onRead?: () => void;
};

/** True when the delimiter fixes the decimal mark, so no value has to be seen before a row is read. */
export const canStream = (dialect: CsvDialect): boolean => decimalForDelimiter(dialect.delimiter) !== undefined;

export function readCsvStreamed(file: string, dialect: CsvDialect, options: StreamedCsvOptions = {}): ReadOutcome {
  const dec = decimalForDelimiter(dialect.delimiter);
  if (!dec) throw new Error('readCsvStreamed needs a delimiter that fixes the decimal mark (see canStream)');
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
  if (total === 0) {
    return { ok: false, issues: [{ code: 'EmptyFile', file }], warnings: capColumnWarnings(header.warnings) };
  }
  const table = { delimited: true, delimiter: dialect.delimiter, decimal: dec };
  const reader = startRowReader(file, table, header, dec, delimitedColumns(header), {
    total,
    progress: options.progress,
    keepCell: options.keepCell,
    // What an account keeps is cut from the file's whole text; copied, the text can go after the read.
    ownText: true,
  });
  const headerLine = header.line;
  eachCsvRow(dialect, (row, malformed) => {
    if (row.line > headerLine && !isBlankRow(row)) reader.add(row, malformed);
  });
  return reader.finish();
}
