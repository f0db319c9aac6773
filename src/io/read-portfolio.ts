/**
 * Reads a portfolio spreadsheet (.csv, .txt, .tsv or .xlsx) into validated accounts, or into every
 * problem found, each with its file, line and column.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { checkInputFile } from './check-input-file.js';
import { decodeText } from './decode-text.js';
import { encodingIssues } from './encoding-issues.js';
import { interpretTable } from './interpret-table.js';
import { startPhase } from './progress.js';
import type { IoIssue } from './issues.js';
import { csvDialect, readCsvText } from './read-csv.js';
import { canStream, readCsvStreamed } from './read-csv-stream.js';
import type { ReadOptions, ReadOutcome } from './read-outcome.js';
import { readWorkbook } from './read-workbook.js';

/** Extensions read as delimited text; .txt is what Excel's "Unicode text" export is called. */
export const TEXT_EXTENSIONS = ['.csv', '.txt', '.tsv'] as const;
export const WORKBOOK_EXTENSIONS = ['.xlsx'] as const;

type Format = 'text' | 'workbook';

function formatOf(path: string): Format | undefined {
  const extension = extname(path).toLowerCase();
  if ((TEXT_EXTENSIONS as readonly string[]).includes(extension)) return 'text';
  if ((WORKBOOK_EXTENSIONS as readonly string[]).includes(extension)) return 'workbook';
  return undefined;
}

const failure = (issue: IoIssue, warnings: IoIssue[] = [], more: IoIssue[] = []): ReadOutcome => ({
  ok: false,
  issues: [issue, ...more],
  warnings,
});

async function readBytes(path: string, signal?: AbortSignal): Promise<Buffer | IoIssue> {
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
  const reading = startPhase(options.onProgress, 'read', bytes.length);
  if (format === 'workbook') {
    // The bytes read served the checks above; the zip reader reads the file as it needs it.
    bytes = undefined;
    return readWorkbook(path, options, reading);
  }

  const warnings: IoIssue[] =
    options.sheet === undefined ? [] : [{ code: 'SheetOptionIgnored', file: path, value: options.sheet }];
  const decoded = decodeText(bytes);
  bytes = undefined;
  if (!decoded.ok)
    return failure(
      { code: 'UnreadableFile', file: path, ...(decoded.detected ? { params: { detected: decoded.detected } } : {}) },
      warnings
    );
  if (decoded.text.trim() === '') return failure({ code: 'EmptyFile', file: path }, warnings);
  if (!decoded.damaged) {
    const dialect = csvDialect(decoded.text);
    if (canStream(dialect)) {
      const outcome = readCsvStreamed(path, dialect, {
        onProgress: options.onProgress,
        resultHeaders: options.resultHeaders,
        keepCell: options.keepCell,
        onRead: () => reading.end(),
      });
      return { ...outcome, warnings: [...warnings, ...outcome.warnings] };
    }
  }
  const csv = readCsvText(decoded.text);
  reading.end();
  if (decoded.damaged) {
    const damaged = encodingIssues(path, csv.table);
    return failure(damaged[0] ?? { code: 'MixedEncoding', file: path }, warnings, damaged.slice(1));
  }
  const outcome = interpretTable(path, csv.table, csv.problems, options.onProgress, options.resultHeaders, {
    keepCell: options.keepCell,
  });
  return { ...outcome, warnings: [...warnings, ...outcome.warnings] };
}
