/**
 * The result CSV of a run: every record the org refused, with the account's Id and name and the org's
 * reason, so nothing fails silently. Written atomically and guarded against formula injection (an
 * account name is text someone typed).
 */
import { join } from 'node:path';
import { excelDialect, writeCsv } from '../io/index.js';
import { currentLanguage } from '../i18n/index.js';
import { loadMessages } from '../messages.js';
import type { RecordFailure } from '../org/write/write-types.js';

const messages = loadMessages('result-file');

/** The columns in the language of the run: the file is read by the person who ran the command. */
export const resultHeader = (): string[] =>
  ['Id', 'Name', 'Object', 'ErrorCode', 'Reason'].map((column) => messages.getMessage(`column.${column}`));

/** cvp-<command>-20250131-021500.csv in the directory given. */
export function defaultResultFile(command: string, at: Date, dir = process.cwd()): string {
  const stamp = at
    .toISOString()
    .replace(/\.\d{3}Z$/, '')
    .replace(/[-:]/g, '')
    .replace('T', '-');
  return join(dir, `cvp-${command}-${stamp}.csv`);
}

/** In the Excel dialect of the run's language, so it opens in columns where its reader works (csv-dialect.ts). */
export async function writeResultFile(path: string, rows: readonly RecordFailure[]): Promise<void> {
  await writeCsv(
    path,
    resultHeader(),
    rows.map((r) => [r.id, r.name, r.object, r.code, r.reason]),
    excelDialect(currentLanguage())
  );
}
