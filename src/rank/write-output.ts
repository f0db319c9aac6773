import { writeCsv, writeFileAtomic, writeXlsx, type CsvDialect, type CsvRows } from '../io/index.js';
import { startPhase, type ProgressSink } from '../io/index.js';
import type { Account } from '../core/index.js';
import { writeJson } from '../io/index.js';
import { renderRanking, renderSummary } from '../ux/render-text.js';
import { eachExportRow, exportHeader, headerText, type Cell } from './export-rows.js';
import type { Format } from './output-format.js';
import { eachRankedRow, rankedHeader, rankedRowMaker, type ExportSource } from './ranked-export.js';
import { rankedCsvPieces } from './csv/ranked-csv.js';
import { accountCount, resultColumns, type RankResult, type ResultColumns } from './result.js';
import { xlsxNumberFormats } from './xlsx-formats.js';

export type WriteOutputOptions = {
  /**
   * The input's columns and each account's row in rank order: with it the CSV and XLSX repeat every
   * input column (ranked-export.ts); without it they have the fixed layout of export-rows.ts.
   */
  source?: ExportSource;
  /** Aborts the write between rows (Ctrl+C); the writers leave no file behind. */
  signal?: AbortSignal;
  /** The CSV's delimiter, decimal mark and BOM (csv-dialect.ts); Excel's English one when absent. */
  dialect?: CsvDialect;
  /** The currency of a table output's money figures; EUR when absent. */
  currency?: string;
};

/** The export rows, reporting each as it is made and stopping between rows when the run is aborted. */
function* withProgress(
  rows: Iterable<Cell[]>,
  total: number,
  sink?: ProgressSink<'write'>,
  signal?: AbortSignal
): Generator<Cell[]> {
  const progress = startPhase(sink, 'write', total);
  let done = 0;
  for (const row of rows) {
    signal?.throwIfAborted();
    yield row;
    progress.tick((done += 1));
  }
  progress.end();
}

/**
 * The ranked rows for the CSV writer, which asks for them one by one (rankedRowMaker), counted and
 * stopped between rows as withProgress does.
 */
function rankedRows(
  result: RankResult,
  inputsByRank: readonly Account[],
  source: ExportSource,
  sink?: ProgressSink<'write'>,
  signal?: AbortSignal
): CsvRows {
  const count = accountCount(result);
  const rowAt = rankedRowMaker(result, inputsByRank, source);
  const progress = startPhase(sink, 'write', count);
  if (count === 0) progress.end();
  return {
    count,
    row: (r): readonly Cell[] => {
      signal?.throwIfAborted();
      const row = rowAt(r);
      progress.tick(r + 1);
      if (r + 1 === count) progress.end();
      return row;
    },
  };
}

/**
 * The ranked CSV as bytes from the ranking's columns (ranked-csv.ts), counted and stopped between rows
 * as rankedRows is.
 */
function* rankedCsv(
  header: readonly string[],
  result: RankResult,
  columns: ResultColumns,
  inputsByRank: readonly Account[],
  source: ExportSource,
  options: WriteOutputOptions,
  sink?: ProgressSink<'write'>
): Generator<Buffer> {
  const { signal } = options;
  const progress = startPhase(sink, 'write', accountCount(result));
  const beforeRow = (r: number): void => {
    signal?.throwIfAborted();
    progress.tick(r);
  };
  yield* rankedCsvPieces(header, result, columns, inputsByRank, source, options.dialect ?? {}, beforeRow);
  progress.end();
}

/** Writes the whole result to a file in one atomic step: the file is complete or absent. */
export async function writeOutput(
  path: string,
  format: Format,
  result: RankResult,
  inputsByRank: readonly Account[],
  progress?: ProgressSink<'write'>,
  options: WriteOutputOptions = {}
): Promise<void> {
  const total = accountCount(result);
  const { source, signal } = options;
  const header = source ? rankedHeader(result, source) : exportHeader(result);
  const rows = (): Generator<Cell[]> =>
    withProgress(
      source ? eachRankedRow(result, inputsByRank, source) : eachExportRow(result, inputsByRank),
      total,
      progress,
      signal
    );
  switch (format) {
    case 'csv': {
      // A result of buildRankResult is written from its columns, as bytes; any other through its rows.
      const columns = source ? resultColumns(result) : undefined;
      if (source && columns) {
        return writeFileAtomic(path, rankedCsv(header, result, columns, inputsByRank, source, options, progress), {
          signal,
        });
      }
      return writeCsv(path, header, source ? rankedRows(result, inputsByRank, source, progress, signal) : rows(), {
        signal,
        ...options.dialect,
      });
    }
    case 'xlsx':
      // Streamed like the CSV: each row is made, counted and committed to the workbook in turn.
      return writeXlsx(path, headerText('Sheet'), header, rows(), { signal, numberFormats: xlsxNumberFormats(header) });
    case 'json':
      // Account by account: JSON.stringify of a whole large result runs out of memory.
      return writeJson(path, result, { signal });
    case 'table':
      return writeFileAtomic(
        path,
        `${renderRanking(result, Infinity, options.currency)}\n\n${renderSummary(result, options.currency)}\n`,
        { signal }
      );
  }
}
