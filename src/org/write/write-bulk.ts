/**
 * One pass of writes through Bulk API 2.0 ingest jobs: the records as CSV, one job per 100 MB (a
 * nightly change set is far below), then the failed and unprocessed rows. Salesforce batches, spreads
 * and retries inside the job; only rows it still refuses come back to us.
 *
 * Each step is safe to repeat: a job whose upload failed is aborted and made again (the org processes
 * nothing before UploadComplete); a lost answer to UploadComplete is settled by reading the job state.
 */
import { csvLine, jobPath, parseCsvRows, waitForJob, type JobInfo } from '../api/bulk-jobs.js';
import { loadMessages } from '../../messages.js';
import { OrgApiError } from '../api/org-api-error.js';
import { RETRYABLE_RECORD_ERRORS } from '../api/retry.js';
import { settleAll } from '../api/settle-all.js';
import { failureOf, WritePass, type FieldValue, type WriteContext, type WriteRecord } from './write-types.js';

// The reason given in the result file when the org gave none of its own.
const messages = loadMessages('result-file');

/** Raw CSV per job; Salesforce takes 150 MB base64-encoded, about 100 MB of raw text. */
export const MAX_JOB_BYTES = 100 * 1024 * 1024;

export type Batch = { records: WriteRecord[]; csv: string };

/** The CSV of the records, cut into batches of at most `maxBytes`. */
export function csvBatches(ctx: WriteContext, records: readonly WriteRecord[], maxBytes = MAX_JOB_BYTES): Batch[] {
  const fields = Object.keys(records[0]?.fields ?? {});
  const withId = ctx.operation === 'update';
  const header = csvLine(withId ? ['Id', ...fields] : fields);
  const batches: Batch[] = [];
  let lines: string[] = [];
  let batchRecords: WriteRecord[] = [];
  let bytes = Buffer.byteLength(header) + 1;
  const flush = (): void => {
    if (batchRecords.length === 0) return;
    lines.push('');
    batches.push({ records: batchRecords, csv: `${header}\n${lines.join('\n')}` });
    lines = [];
    batchRecords = [];
    bytes = Buffer.byteLength(header) + 1;
  };
  const values: Array<FieldValue | string> = new Array<FieldValue | string>(fields.length + (withId ? 1 : 0));
  for (const record of records) {
    let at = 0;
    if (withId) values[at++] = record.key;
    for (const f of fields) values[at++] = record.fields[f] ?? null;
    const line = csvLine(values);
    // Measuring the line also flattens it while it is fresh: joining 100,000 flat lines is two to three
    // times faster than joining the concatenation trees csvLine builds.
    const size = Buffer.byteLength(line) + 1;
    if (bytes + size > maxBytes) flush();
    lines.push(line);
    batchRecords.push(record);
    bytes += size;
  }
  flush();
  return batches;
}

async function createJob(ctx: WriteContext): Promise<string> {
  const job = await ctx.client.request<JobInfo>({
    method: 'POST',
    path: jobPath('ingest'),
    body: {
      object: ctx.object,
      operation: ctx.operation,
      ...(ctx.operation === 'upsert' ? { externalIdFieldName: ctx.externalIdField } : {}),
      contentType: 'CSV',
      columnDelimiter: 'COMMA',
      lineEnding: 'LF',
    },
  });
  return job.body.id;
}

/** Not resent on a lost answer: the job may have moved on, and its state says whether it did. */
async function setState(ctx: WriteContext, id: string, state: 'UploadComplete' | 'Aborted'): Promise<void> {
  await ctx.client.request({ method: 'PATCH', path: jobPath('ingest', id), body: { state } }, { idempotent: false });
}

/** Creates a job and uploads the CSV; on a failed upload the job is aborted and a new one made. */
async function openAndUpload(ctx: WriteContext, csv: string): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    // eslint-disable-next-line no-await-in-loop
    const id = await createJob(ctx);
    try {
      // eslint-disable-next-line no-await-in-loop
      await ctx.client.request(
        {
          method: 'PUT',
          path: `${jobPath('ingest', id)}/batches`,
          body: csv,
          contentType: 'text/csv',
        },
        { idempotent: false }
      );
      return id;
    } catch (error) {
      // eslint-disable-next-line no-await-in-loop
      await setState(ctx, id, 'Aborted').catch(() => undefined);
      if (!(error instanceof OrgApiError) || error.kind === 'limit' || error.kind === 'fatal') throw error;
      if (attempt >= ctx.client.policy.attempts) throw error;
    }
  }
}

async function close(ctx: WriteContext, id: string): Promise<void> {
  try {
    await setState(ctx, id, 'UploadComplete');
  } catch (error) {
    // The org may have taken the close before the answer was lost: its state tells.
    if (!(error instanceof OrgApiError) || error.kind !== 'ambiguous') throw error;
    const info = (await ctx.client.request<JobInfo>({ method: 'GET', path: jobPath('ingest', id) })).body;
    if (info.state === 'Open') await setState(ctx, id, 'UploadComplete');
  }
}

/** "UNABLE_TO_LOCK_ROW:unable to obtain exclusive access to this record:--" → code and message. */
export function splitBulkError(text: string): { code: string; message: string } {
  const colon = text.indexOf(':');
  if (colon <= 0) return { code: 'UNKNOWN_ERROR', message: text };
  return { code: text.slice(0, colon), message: text.slice(colon + 1).replace(/:--$/, '') };
}

/**
 * True when the job's own counts say every row was written: it completed, processed all of them and
 * failed none. Its failed and unprocessed files are then empty and are not fetched.
 */
export function allWritten(info: JobInfo, rows: number): boolean {
  return info.state === 'JobComplete' && info.numberRecordsFailed === 0 && info.numberRecordsProcessed === rows;
}

async function settleJob(ctx: WriteContext, id: string, batch: Batch, info: JobInfo, pass: WritePass): Promise<void> {
  if (allWritten(info, batch.records.length)) {
    pass.addWritten(batch.records.length);
    ctx.onWritten?.(batch.records.length);
    return;
  }
  const byKey = new Map(batch.records.map((r) => [r.key, r]));
  const keyOf = (row: Record<string, string>): string | undefined =>
    ctx.operation === 'update' ? (row.Id ? row.Id : row.sf__Id) : row[ctx.keyField ?? ctx.externalIdField ?? 'Id'];
  const resultFile = (name: string): Promise<string> =>
    ctx.client
      .request<string>({ method: 'GET', path: `${jobPath('ingest', id)}/${name}`, text: true })
      .then((r) => r.body);
  const [failedText, unprocessedText] = await settleAll([
    resultFile('failedResults'),
    resultFile('unprocessedrecords'),
  ]);
  let notWritten = 0;
  for (const row of parseCsvRows(failedText)) {
    const record = byKey.get(keyOf(row) ?? '');
    if (!record) continue;
    notWritten++;
    const { code, message } = splitBulkError(row.sf__Error ?? '');
    if (RETRYABLE_RECORD_ERRORS.has(code)) pass.retryable.push({ ...record, code, message });
    else pass.failures.push(failureOf(record, ctx.object, code, message));
  }
  for (const row of parseCsvRows(unprocessedText)) {
    const record = byKey.get(keyOf(row) ?? '');
    if (!record) continue;
    notWritten++;
    pass.retryable.push({
      ...record,
      code: 'UNPROCESSED',
      message: info.errorMessage ?? messages.getMessage('reason.JobEnded', [info.state]),
    });
  }
  const written = batch.records.length - notWritten;
  pass.addWritten(written);
  if (written > 0) ctx.onWritten?.(written);
}

/**
 * A job created and given all its rows but not closed: the org does nothing with an open job, so a
 * caller can prepare its next write while an earlier one runs, and still decide not to send it.
 */
export type StagedJob = { readonly id: string; readonly batch: Batch };

/** Creates and uploads a job for `records`; undefined when they take more than one job. */
export async function stageJob(ctx: WriteContext, records: readonly WriteRecord[]): Promise<StagedJob | undefined> {
  const batches = csvBatches(ctx, records);
  if (batches.length !== 1) return undefined;
  return { id: await openAndUpload(ctx, batches[0].csv), batch: batches[0] };
}

/** Aborts a staged job the caller will not send: none of its rows is written. */
export async function discardJob(ctx: WriteContext, staged: StagedJob): Promise<void> {
  await setState(ctx, staged.id, 'Aborted');
}

async function runJob(ctx: WriteContext, id: string, batch: Batch, pass: WritePass): Promise<void> {
  await close(ctx, id);
  ctx.onJobRunning?.();
  const info = await waitForJob(ctx.client, 'ingest', id, ctx.poll, batch.records.length);
  await settleJob(ctx, id, batch, info, pass);
}

/** Writes the records through jobs; `staged`, when given, is their job already uploaded. */
export async function writeWithBulk(
  ctx: WriteContext,
  records: readonly WriteRecord[],
  staged?: StagedJob
): Promise<WritePass> {
  const pass = new WritePass();
  if (staged) {
    await runJob(ctx, staged.id, staged.batch, pass);
    return pass;
  }
  for (const batch of csvBatches(ctx, records)) {
    // eslint-disable-next-line no-await-in-loop
    await runJob(ctx, await openAndUpload(ctx, batch.csv), batch, pass);
  }
  return pass;
}
