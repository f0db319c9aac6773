import { writeCsv, writeFileAtomic, writeXlsx } from '../io/index.js';
import { writeJson } from '../io/write-json.js';
import { startPhase, type ProgressListener } from '../io/progress.js';
import type { Account } from '../core/index.js';
import { eachExportRow, exportHeader, type Cell } from './export-rows.js';
import type { Format } from './output-format.js';
import { renderRanking, renderSummary } from './render-text.js';
import type { RankResult } from './result.js';

/** The export rows, reporting each as it is made: a CSV is written while they are. */
function* withProgress(rows: Iterable<Cell[]>, total: number, onProgress?: ProgressListener): Generator<Cell[]> {
  const progress = startPhase(onProgress, 'write', total);
  let done = 0;
  for (const row of rows) {
    yield row;
    progress.tick((done += 1));
  }
  progress.end();
}

/** Writes the whole result to a file in one atomic step: the file is complete or absent. */
export async function writeOutput(
  path: string,
  format: Format,
  result: RankResult,
  inputsByRank: readonly Account[],
  onProgress?: ProgressListener
): Promise<void> {
  const total = result.accounts.length;
  switch (format) {
    case 'csv':
      return writeCsv(path, exportHeader(result), withProgress(eachExportRow(result, inputsByRank), total, onProgress));
    case 'xlsx':
      // Streamed like the CSV: each row is made, counted and committed to the workbook in turn.
      return writeXlsx(
        path,
        'Ranked portfolio',
        exportHeader(result),
        withProgress(eachExportRow(result, inputsByRank), total, onProgress)
      );
    case 'json':
      // Account by account: JSON.stringify of a whole large result runs out of memory.
      return writeJson(path, result);
    case 'table':
      return writeFileAtomic(path, `${renderRanking(result, Infinity)}\n\n${renderSummary(result)}\n`);
  }
}
