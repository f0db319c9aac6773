/**
 * Delimited text read row by row, for a comma or semicolon file (whose decimal mark the delimiter
 * settles): no array of every row's cells is built. At a million rows those arrays were about half a
 * gigabyte. The rows are counted first, so progress can say "n of total" while checking: in a text
 * without quotes by its lines (plainRecords), then one pass of the parser checks each row; with
 * quotes by a first pass of the parser, which finds the header, then a second checks each row.
 */
import { capColumnWarnings } from '../issues/issues.js';
import { mapHeader, type HeaderMap } from '../interpret/header-map.js';
import { delimitedColumns, isBlankRow, startRowReader, type RowReader } from '../interpret/interpret-table.js';
import type { DecimalSeparator } from '../text/numbers.js';
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

/**
 * Newline of the text as papaparse guesses it (its guessLineEndings, for text without quotes): '\n'
 * unless a '\r' comes first, then '\r\n' when most '\r' are followed by '\n', else '\r'.
 */
function papaNewline(text: string): string {
  const head = text.slice(0, 1024 * 1024);
  const r = head.split('\r');
  const n = head.split('\n');
  if (r.length === 1 || (n.length > 1 && n[0].length < r[0].length)) return '\n';
  const withN = r.filter((piece) => piece.startsWith('\n')).length;
  return withN >= r.length / 2 ? '\r\n' : '\r';
}

const escapeForClass = (delimiter: string): string => delimiter.replace(/[\\\]^-]/g, '\\$&');

/**
 * The non-blank records of a text without a quote character, counted without parsing it: papaparse
 * splits such a text at its newlines and each line at the delimiter, so a record is a line, blank
 * when it holds only whitespace and delimiters (isBlankRow). Undefined for a text with a quote, whose
 * records only the parser can tell. The count is the progress total of the one pass that then reads
 * the rows: a first pass of the parser to count them took a fifth of reading 200,000 rows.
 */
function plainRecords(dialect: CsvDialect): number | undefined {
  const { body, delimiter } = dialect;
  if (body.includes('"')) return undefined;
  const content = new RegExp(`[^\\s${escapeForClass(delimiter)}]`);
  const newline = papaNewline(body);
  // Line by line rather than split: a million lines held at once would be tens of megabytes.
  let records = 0;
  for (let start = 0; start <= body.length;) {
    const found = body.indexOf(newline, start);
    const end = found < 0 ? body.length : found;
    if (content.test(body.slice(start, end))) records += 1;
    if (found < 0) break;
    start = end + newline.length;
  }
  return records;
}

export function readCsvStreamed(file: string, dialect: CsvDialect, options: StreamedCsvOptions = {}): ReadOutcome {
  const dec = decimalForDelimiter(dialect.delimiter);
  if (!dec) throw new Error('readCsvStreamed needs a delimiter that fixes the decimal mark (see canStream)');
  const records = plainRecords(dialect);
  if (records !== undefined) return readOnce(file, dialect, dec, records, options);
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
  options: StreamedCsvOptions
): RowReader {
  const table = { delimited: true, delimiter: dialect.delimiter, decimal: dec };
  return startRowReader(file, table, header, dec, delimitedColumns(header), {
    total,
    progress: options.progress,
    keepCell: options.keepCell,
    // What an account keeps is cut from the file's whole text; copied, the text can go after the read.
    ownText: true,
  });
}

/**
 * One pass of the parser when the records are counted (plainRecords): the header, then each row
 * checked as it comes. Whether the file is empty is decided by the rows read, as the two passes do.
 */
function readOnce(
  file: string,
  dialect: CsvDialect,
  dec: DecimalSeparator,
  records: number,
  options: StreamedCsvOptions
): ReadOutcome {
  options.onRead?.();
  let header: HeaderMap | undefined;
  let reader: RowReader | undefined;
  eachCsvRow(dialect, (row, malformed) => {
    if (isBlankRow(row)) return true;
    if (!header) {
      header = mapHeader(file, row, options.resultHeaders);
      return header.errors.length === 0;
    }
    reader ??= rowReader(file, dialect, dec, header, Math.max(records - 1, 1), options);
    reader.add(row, malformed);
    return true;
  });
  if (!header) return { ok: false, issues: [{ code: 'EmptyFile', file }], warnings: [] };
  if (header.errors.length > 0) {
    return { ok: false, issues: header.errors, warnings: capColumnWarnings(header.warnings) };
  }
  if (!reader) return emptyFile(file, header);
  return reader.finish();
}
