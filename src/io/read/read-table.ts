/**
 * Reads a spreadsheet file (.csv, .txt, .tsv or .xlsx) into its raw table, or into the problem that
 * stops it: missing, too large, unreadable, wrongly encoded, a sheet that is not there, merged cells.
 * The one file reader: the portfolio (read-portfolio.ts) and the profitability import read through it,
 * so the two cannot drift apart in what they accept or how they say what is wrong.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { decodeText } from '../text/decode-text.js';
import { encodingIssues } from '../text/encoding-issues.js';
import { startPhase, type ProgressSink, type ReadPhase } from '../progress/progress-sink.js';
import type { IoIssue } from '../issues/issues.js';
import type { RawProblem, RawTable } from '../interpret/raw-table.js';
import { readXlsxBuffer } from '../xlsx/read-xlsx.js';
import { mergeIssues, workbookTooLarge } from '../xlsx/xlsx-issues.js';
import { readCsvText } from './read-csv.js';
import { checkInputFile } from './check-input-file.js';

/** Extensions read as delimited text; .txt is what Excel's "Unicode text" export is called. */
export const TEXT_EXTENSIONS = ['.csv', '.txt', '.tsv'] as const;
export const WORKBOOK_EXTENSIONS = ['.xlsx'] as const;

export type Format = 'text' | 'workbook';

export function formatOf(path: string): Format | undefined {
  const extension = extname(path).toLowerCase();
  if ((TEXT_EXTENSIONS as readonly string[]).includes(extension)) return 'text';
  if ((WORKBOOK_EXTENSIONS as readonly string[]).includes(extension)) return 'workbook';
  return undefined;
}

export type TableReadOptions = {
  /** The worksheet of a workbook; ignored, with a warning, for a text file. */
  sheet?: string;
  maxBytes?: number;
  signal?: AbortSignal;
  progress?: ProgressSink<ReadPhase>;
};

/**
 * The raw table with the CSV reader's quote problems, or every problem that stops the read. A
 * workbook's table comes with the name of the sheet read, so that its reader can name a problem's cell
 * as Excel does (sheetCell), as `portfolio rank` does.
 */
export type TableRead =
  | { ok: true; table: RawTable; problems: RawProblem[]; warnings: IoIssue[]; sheet?: string }
  | { ok: false; issues: IoIssue[]; warnings: IoIssue[] };

export const failure = (
  issue: IoIssue,
  warnings: IoIssue[] = [],
  more: IoIssue[] = []
): { ok: false; issues: IoIssue[]; warnings: IoIssue[] } => ({
  ok: false,
  issues: [issue, ...more],
  warnings,
});

export async function readBytes(path: string, signal?: AbortSignal): Promise<Buffer | IoIssue> {
  try {
    return await readFile(path, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { code: 'FileNotFound', file: path };
    // A directory, a file without read permission, a device: all unreadable as a spreadsheet.
    return { code: 'UnreadableFile', file: path, ...(code ? { params: { reason: code } } : {}) };
  }
}

export async function readTable(path: string, options: TableReadOptions = {}): Promise<TableRead> {
  const format = formatOf(path);
  if (!format) return failure({ code: 'WrongExtension', file: path, value: extname(path) });
  const refused = await checkInputFile(path, options.maxBytes);
  if (refused) return failure(refused);

  const bytes = await readBytes(path, options.signal);
  if (!Buffer.isBuffer(bytes)) return failure(bytes);
  if (bytes.length === 0) return failure({ code: 'EmptyFile', file: path });

  // Reading is one library call (papaparse, exceljs), so it reports its start and its end only.
  const reading = startPhase(options.progress, 'read', bytes.length);
  if (format === 'workbook') {
    const read = await readXlsxBuffer(bytes, options.sheet);
    options.signal?.throwIfAborted();
    reading.end();
    if (read.ok) {
      // Merged cells are known only once the sheet is read through (xlsx-merges.ts).
      const merged = mergeIssues(path, read.sheet, read.merges);
      if (merged.errors.length > 0) return { ok: false, issues: merged.errors, warnings: merged.warnings };
      return { ok: true, table: read.table, problems: [], warnings: merged.warnings, sheet: read.sheet };
    }
    if (read.reason === 'tooLarge') return failure(workbookTooLarge(path, read.tooLarge));
    if (read.reason === 'sheetNotFound') {
      return failure({
        code: 'SheetNotFound',
        file: path,
        value: options.sheet,
        params: { available: read.available.join(', ') },
      });
    }
    return failure({ code: 'UnreadableFile', file: path });
  }

  const decoded = decodeTextFile(path, bytes, options.sheet);
  if (!decoded.ok) return decoded;
  const { warnings } = decoded;
  const csv = readCsvText(decoded.text);
  reading.end();
  if (decoded.damaged) {
    const damaged = encodingIssues(path, csv.table);
    return failure(damaged[0] ?? { code: 'MixedEncoding', file: path }, warnings, damaged.slice(1));
  }
  return { ok: true, table: csv.table, problems: csv.problems, warnings };
}

/** A text file's bytes as text, or why they are not: the step every reader of a text file takes. */
export function decodeTextFile(
  path: string,
  bytes: Buffer,
  sheet: string | undefined
):
  | { ok: true; text: string; damaged: boolean; warnings: IoIssue[] }
  | { ok: false; issues: IoIssue[]; warnings: IoIssue[] } {
  const warnings: IoIssue[] = sheet === undefined ? [] : [{ code: 'SheetOptionIgnored', file: path, value: sheet }];
  const decoded = decodeText(bytes);
  if (!decoded.ok)
    return failure(
      { code: 'UnreadableFile', file: path, ...(decoded.detected ? { params: { detected: decoded.detected } } : {}) },
      warnings
    );
  if (decoded.text.trim() === '') return failure({ code: 'EmptyFile', file: path }, warnings);
  return { ok: true, text: decoded.text, damaged: decoded.damaged === true, warnings };
}
