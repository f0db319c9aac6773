/**
 * The result CSV of a run: every record the org refused, with the account's Id and name and the org's
 * reason, so nothing fails silently. Written atomically and guarded against formula injection (an
 * account name is text someone typed).
 */
import { join } from 'node:path';
import { writeCsv } from '../io/index.js';
import type { RecordFailure } from '../org/write/write-types.js';

export const RESULT_HEADER = ['Id', 'Name', 'Object', 'Error Code', 'Reason'] as const;

/** cvp-<command>-20250131-021500.csv in the directory given. */
export function defaultResultFile(command: string, at: Date, dir = process.cwd()): string {
  const stamp = at
    .toISOString()
    .replace(/\.\d{3}Z$/, '')
    .replace(/[-:]/g, '')
    .replace('T', '-');
  return join(dir, `cvp-${command}-${stamp}.csv`);
}

export async function writeResultFile(path: string, rows: readonly RecordFailure[]): Promise<void> {
  await writeCsv(
    path,
    [...RESULT_HEADER],
    rows.map((r) => [r.id, r.name, r.object, r.code, r.reason])
  );
}
