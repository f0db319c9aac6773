/**
 * A workbook read in two passes over its sheet, neither keeping the rows: the first finds the header,
 * counts the rows, and gathers what has to be known before any row is checked (merged cells, columns
 * of data right of the header, text in number columns for the decimal mark); the second checks each
 * row. Kept as cells, a million rows were about 400 MB on top of the accounts read from them.
 */
import { mapHeader, type HeaderMap, type MappedColumn } from '../interpret/header-map.js';
import { columnsOfWidth, isBlankRow, numericColumns, startRowReader, widthWith } from '../interpret/interpret-table.js';
import { capColumnWarnings, type IoIssue } from '../issues/issues.js';
import { inferDecimalSeparator } from '../text/numbers.js';
import type { PhaseCounter } from '../progress/progress-sink.js';
import { openXlsxSheet, type XlsxFailure } from '../xlsx/read-xlsx.js';
import { mergeIssues, workbookTooLarge } from '../xlsx/xlsx-issues.js';
import type { ReadOptions, ReadOutcome } from './read-outcome.js';

const failure = (issue: IoIssue): ReadOutcome => ({ ok: false, issues: [issue], warnings: [] });

function workbookFailure(path: string, failed: XlsxFailure, sheet: string | undefined): ReadOutcome {
  if (failed.reason === 'tooLarge') return failure(workbookTooLarge(path, failed.tooLarge));
  if (failed.reason === 'sheetNotFound') {
    return failure({
      code: 'SheetNotFound',
      file: path,
      value: sheet,
      params: { available: failed.available.join(', ') },
    });
  }
  return failure({ code: 'UnreadableFile', file: path });
}

/** What the first pass finds. */
type Scan = { header?: HeaderMap; rows: number; width: number; texts: string[]; numeric: MappedColumn[] };

export async function readWorkbook(path: string, options: ReadOptions, reading: PhaseCounter): Promise<ReadOutcome> {
  // From the file, not from bytes read before: the zip's parts are inflated as they are read.
  const opened = await openXlsxSheet(path, options.sheet, { signal: options.signal });
  // An interrupted read ends as a failure of the reader; the run ends as interrupted, not as unreadable.
  options.signal?.throwIfAborted();
  if (!opened.ok) return workbookFailure(path, opened, options.sheet);
  try {
    const scan: Scan = { rows: 0, width: 0, texts: [], numeric: [] };
    const first = await opened.eachRow((row) => {
      if (isBlankRow(row)) return;
      if (!scan.header) {
        scan.header = mapHeader(path, row, options.resultHeaders, opened.sheet);
        scan.width = scan.header.width;
        scan.numeric = numericColumns(scan.header);
        return;
      }
      scan.rows += 1;
      scan.width = widthWith(row, scan.width);
      for (const column of scan.numeric) {
        const cell = row.cells[column.index];
        if (typeof cell === 'string') scan.texts.push(cell);
      }
    });
    options.signal?.throwIfAborted();
    reading.end();
    if (!first.ok) return workbookFailure(path, first, options.sheet);
    // Merged cells are known only once the sheet is read through (xlsx-merges.ts).
    const merged = mergeIssues(path, opened.sheet, first.merges);
    if (merged.errors.length > 0) return { ok: false, issues: merged.errors, warnings: merged.warnings };
    const { header } = scan;
    const withMerged = (outcome: ReadOutcome): ReadOutcome => ({
      ...outcome,
      warnings: [...merged.warnings, ...outcome.warnings],
    });
    if (!header) return withMerged({ ok: false, issues: [{ code: 'EmptyFile', file: path }], warnings: [] });
    if (header.errors.length > 0) {
      return withMerged({ ok: false, issues: header.errors, warnings: capColumnWarnings(header.warnings) });
    }
    if (scan.rows === 0) {
      return withMerged({
        ok: false,
        issues: [{ code: 'EmptyFile', file: path }],
        warnings: capColumnWarnings(header.warnings),
      });
    }
    // A workbook stores numbers as numbers; only stray text cells need a decimal mark, inferred from them.
    // With no evidence the point is the safer guess, as for a table (interpret-table.ts).
    const dec = inferDecimalSeparator(scan.texts) ?? '.';
    const reader = startRowReader(path, { delimited: false }, header, dec, columnsOfWidth(header, scan.width), {
      total: scan.rows,
      progress: options.progress,
      keepCell: options.keepCell,
      sheet: opened.sheet,
    });
    const second = await opened.eachRow((row) => {
      if (row.line > header.line && !isBlankRow(row)) reader.add(row, false);
    });
    options.signal?.throwIfAborted();
    if (!second.ok) return workbookFailure(path, second, options.sheet);
    return withMerged(reader.finish());
  } finally {
    opened.close();
  }
}
