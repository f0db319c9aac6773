/**
 * Reads a portfolio spreadsheet (.csv, .txt, .tsv or .xlsx) into validated accounts, or into every
 * problem found, each with its file, line and column.
 */
import { interpretTable } from './interpret-table.js';
import type { ReadOptions, ReadOutcome } from './read-outcome.js';
import { readTable } from './read-table.js';

export { TEXT_EXTENSIONS, WORKBOOK_EXTENSIONS } from './read-table.js';

export async function readPortfolio(path: string, options: ReadOptions = {}): Promise<ReadOutcome> {
  const read = await readTable(path, options);
  if (!read.ok) return read;
  const outcome = interpretTable(path, read.table, read.problems, options.onProgress, options.resultHeaders);
  return { ...outcome, warnings: [...read.warnings, ...outcome.warnings] };
}
