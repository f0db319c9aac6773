import { writeCsv, writeFileAtomic, writeXlsx } from '../io/index.js';
import type { Account } from '../core/index.js';
import { exportHeader, exportRows } from './export-rows.js';
import type { Format } from './output-format.js';
import { renderRanking, renderSummary } from './render-text.js';
import type { RankResult } from './result.js';

/** Writes the whole result to a file in one atomic step: the file is complete or absent. */
export async function writeOutput(
  path: string,
  format: Format,
  result: RankResult,
  inputsByRank: readonly Account[]
): Promise<void> {
  switch (format) {
    case 'csv':
      return writeCsv(path, exportHeader(result), exportRows(result, inputsByRank));
    case 'xlsx':
      return writeXlsx(path, 'Ranked portfolio', exportHeader(result), exportRows(result, inputsByRank));
    case 'json':
      return writeFileAtomic(path, `${JSON.stringify(result, null, 2)}\n`);
    case 'table':
      return writeFileAtomic(path, `${renderRanking(result, Infinity)}\n\n${renderSummary(result)}\n`);
  }
}
