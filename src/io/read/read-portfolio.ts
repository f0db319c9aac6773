/**
 * Reads a portfolio spreadsheet (.csv, .txt, .tsv or .xlsx) into validated accounts, or into every
 * problem found, each with its file, line and column.
 */
import { extname } from 'node:path';
import { encodingIssues } from '../text/encoding-issues.js';
import { interpretTable } from '../interpret/interpret-table.js';
import { startPhase } from '../progress/progress-sink.js';
import type { IoIssue } from '../issues/issues.js';
import type { DecimalSeparator } from '../text/numbers.js';
import type { CsvInputDialect } from './csv-dialect.js';
import { checkInputFile } from './check-input-file.js';
import { csvDialect, readCsvText, type CsvDelimiter } from './read-csv.js';
import { canStream, readCsvStreamed } from './read-csv-stream.js';
import type { ReadOptions, ReadOutcome } from './read-outcome.js';
import { decodeTextFile, failure, formatOf, readBytes } from './read-table.js';
import { readWorkbook } from './read-workbook.js';

export { TEXT_EXTENSIONS, WORKBOOK_EXTENSIONS } from './read-table.js';

/**
 * Not readTable: a portfolio of a million rows is read as a stream (a CSV row by row, a workbook in two
 * passes over its sheet), never as one raw table; the checks before and the decoding are readTable's own.
 */
export async function readPortfolio(path: string, options: ReadOptions = {}): Promise<ReadOutcome> {
  const format = formatOf(path);
  if (!format) return failure({ code: 'WrongExtension', file: path, value: extname(path) });
  const refused = await checkInputFile(path, options.maxBytes);
  if (refused) return failure(refused);

  // A let, so that the bytes can go once checked or decoded (70–85 MB at a million rows).
  let bytes: Buffer | IoIssue | undefined = await readBytes(path, options.signal);
  if (!Buffer.isBuffer(bytes)) return failure(bytes);
  if (bytes.length === 0) return failure({ code: 'EmptyFile', file: path });

  // Reading is one library call (papaparse, exceljs), so it reports its start and its end only.
  const reading = startPhase(options.progress, 'read', bytes.length);
  if (format === 'workbook') {
    // The bytes read served the checks above; the zip reader reads the file as it needs it.
    bytes = undefined;
    return readWorkbook(path, options, reading);
  }

  const bom = startsWithBom(bytes);
  const decoded = decodeTextFile(path, bytes, options.sheet);
  bytes = undefined;
  if (!decoded.ok) return decoded;
  const { warnings } = decoded;
  if (!decoded.damaged) {
    const dialect = csvDialect(decoded.text);
    if (canStream(dialect)) {
      const outcome = readCsvStreamed(path, dialect, {
        progress: options.progress,
        resultHeaders: options.resultHeaders,
        keepCell: options.keepCell,
        rowsAsRead: options.rowsAsRead,
        onRead: () => reading.end(),
      });
      return withDialect({ ...outcome, warnings: [...warnings, ...outcome.warnings] }, dialect.delimiter, bom);
    }
  }
  const csv = readCsvText(decoded.text);
  reading.end();
  if (decoded.damaged) {
    const damaged = encodingIssues(path, csv.table);
    return failure(damaged[0] ?? { code: 'MixedEncoding', file: path }, warnings, damaged.slice(1));
  }
  const outcome = interpretTable(path, csv.table, csv.problems, options.progress, options.resultHeaders, {
    keepCell: options.keepCell,
  });
  return withDialect(
    { ...outcome, warnings: [...warnings, ...outcome.warnings] },
    csv.delimiter,
    bom,
    csv.table.decimal
  );
}

/** UTF-8's byte order mark, or UTF-16's (Excel's "Unicode text"): either way the file began with one. */
function startsWithBom(bytes: Buffer): boolean {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return true;
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

/** The outcome with the dialect it was read in, so that an output can be written the same way (csv-dialect.ts). */
function withDialect(
  outcome: ReadOutcome,
  delimiter: CsvDelimiter,
  bom: boolean,
  decimal?: DecimalSeparator
): ReadOutcome {
  if (!outcome.ok) return outcome;
  const dialect: CsvInputDialect = { delimiter, bom, ...(decimal ? { decimal } : {}) };
  return { ...outcome, dialect };
}
