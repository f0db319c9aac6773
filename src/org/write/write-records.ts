/**
 * Writes a change set the economical way: sObject Collections below `bulkAt` records, Bulk API 2.0 at
 * or above it. Records that failed for a passing reason (a row lock, a job cut short) are tried again
 * after a growing wait, a bounded number of times, then reported with the org's reason.
 */
import { backoffDelay, sleep, type RetryPolicy } from '../api/retry.js';
import { writeWithBulk, type StagedJob } from './write-bulk.js';
import { writeWithCollections } from './write-collections.js';
import { failureOf, type RecordFailure, type WriteContext, type WriteRecord } from './write-types.js';

/** Changed records from which one Bulk API 2.0 job is cheaper than sObject Collections. */
export const BULK_WRITE_AT = 2000;

export type WriteApi = 'collections' | 'bulk' | 'none';

export type WriteOptions = {
  bulkAt: number;
  /** Rounds for records that failed for a passing reason, the first included, and the waits between. */
  recordRetry: RetryPolicy;
};

export type WriteOutcome = { api: WriteApi; written: number; failures: RecordFailure[] };

export const DEFAULT_RECORD_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 1000, maxDelayMs: 10_000 };

/** `staged`: the records' Bulk API job, already uploaded (write-bulk.ts `stageJob`); it is sent first. */
export async function writeRecords(
  ctx: WriteContext,
  records: readonly WriteRecord[],
  options: WriteOptions,
  staged?: StagedJob
): Promise<WriteOutcome> {
  const api: WriteApi =
    records.length === 0 ? 'none' : staged !== undefined || records.length >= options.bulkAt ? 'bulk' : 'collections';
  let pending: readonly WriteRecord[] = records;
  let written = 0;
  const failures: RecordFailure[] = [];
  for (let round = 1; pending.length > 0; round++) {
    const first = round === 1 ? staged : undefined;
    // eslint-disable-next-line no-await-in-loop
    const pass = await (first !== undefined || pending.length >= options.bulkAt
      ? writeWithBulk(ctx, pending, first)
      : writeWithCollections(ctx, pending));
    written += pass.written;
    failures.push(...pass.failures);
    if (pass.retryable.length > 0 && round >= options.recordRetry.attempts) {
      failures.push(...pass.retryable.map((r) => failureOf(r, ctx.object, r.code, r.message)));
      break;
    }
    pending = pass.retryable.map(({ key, name, fields }) => ({ key, name, fields }));
    // eslint-disable-next-line no-await-in-loop
    if (pending.length > 0) await sleep(backoffDelay(options.recordRetry, round));
  }
  return { api, written, failures };
}
