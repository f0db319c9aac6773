/**
 * Bulk API 2.0 ingest: create a job, upload CSV once, close it (UploadComplete), and the job runs
 * asynchronously (InProgress, then JobComplete after the configured latency), record by record with
 * no all-or-none; then successful, failed and unprocessed results as CSV.
 *
 * A running job works in slices of a few milliseconds, as an org works through a job while it keeps
 * answering: polls see it InProgress with numberRecordsProcessed growing, other calls (another job's
 * upload) are answered meanwhile, and an abort leaves the rows not yet reached unprocessed.
 */
import { performance } from 'node:perf_hooks';
import { bulkError, type SaveError } from './errors.js';
import { writeColumns, type WriteOutcome } from './write.js';
import { json, jsonBody, type Reply, type SfRequest } from './http.js';
import type { Org } from './org.js';
import type { Router } from './router.js';
import { CsvRows, DELIMITERS, parseCsv } from './csv.js';
import { invalidState, isFinished, isRunning, jobCsv, jobInfo, JobRegister, type BulkJob } from './bulk-jobs.js';

const OPERATIONS = ['insert', 'update', 'upsert', 'delete', 'hardDelete'];

/** How long a running job works before it lets the server answer other calls. */
const SLICE_MS = 20;

type Job = BulkJob & {
  operation: string;
  object: string;
  externalIdFieldName?: string;
  errorMessage?: string;
  data?: string;
  header: string[];
  /**
   * Where each written row starts in the upload, with its Id and whether it was created: the result
   * file reads the rows again when it is asked for, so a job does not hold 100,000 parsed rows.
   */
  successful: { offsets: number[]; ids: string[]; created: boolean[] };
  failed: string[][];
  unprocessed: string[][];
  processed: number;
  failures: number;
  /** While the job runs: the rows not yet read, and how to write one. */
  pending?: { rows: CsvRows; write: (row: readonly string[]) => WriteOutcome };
};

const invalidJob = (message: string): ReturnType<typeof bulkError> => bulkError(400, 'INVALIDJOB', message);

/** `CODE:message:Field1,Field2 --`, the org's sf__Error. */
const errorText = (errors: readonly SaveError[]): string =>
  errors.map((e) => `${e.statusCode}:${e.message}:${e.fields.join(',')}${e.fields.length ? ' ' : ''}--`).join(' ');

/** The successful result rows: each written row read again from the upload, behind its Id. */
function successfulRows(job: Job): string[][] {
  const { offsets, ids, created } = job.successful;
  const delimiter = DELIMITERS[job.columnDelimiter];
  return offsets.map((offset, i) => [
    ids[i],
    String(created[i]),
    ...(new CsvRows(job.data ?? '', delimiter, offset).next() ?? []),
  ]);
}

export function bulkIngestRoutes(router: Router, org: Org): void {
  const jobs = new JobRegister<Job>(org, 0);

  const info = (job: Job, version: string): Record<string, unknown> => ({
    ...jobInfo(job, org.userId),
    operation: job.operation,
    object: job.object,
    ...(job.externalIdFieldName ? { externalIdFieldName: job.externalIdFieldName } : {}),
    jobType: 'V2Ingest',
    contentUrl: `services/data/v${version}/jobs/ingest/${job.id}/batches`,
    numberRecordsProcessed: job.processed,
    numberRecordsFailed: job.failures,
    apiActiveProcessingTime: 0,
    apexProcessingTime: 0,
    ...(job.errorMessage ? { errorMessage: job.errorMessage } : {}),
  });

  const fail = (job: Job, message: string, rows: string[][]): void => {
    job.errorMessage = message;
    job.unprocessed = rows;
    jobs.touch(job, 'Failed');
  };

  /** Why the whole job fails before any row is written, if it does. */
  const jobError = (job: Job, text: string, header: readonly string[]): string | undefined => {
    const hasCrlf = text.includes('\r\n');
    if ((job.lineEnding === 'LF' && hasCrlf) || (job.lineEnding === 'CRLF' && /[^\r]\n/.test(text))) {
      return `ClientInputError : LineEnding is invalid on user data. Current LineEnding setting is ${job.lineEnding}`;
    }
    const object = org.schema.require(job.object);
    const unknown = header.find((h) => !object.byName.has(h.toLowerCase()));
    if (unknown !== undefined) return `InvalidBatch : Field name not found : ${unknown}`;
    const key = job.operation === 'upsert' ? (job.externalIdFieldName ?? '') : 'Id';
    if (job.operation !== 'insert' && !header.some((h) => h.toLowerCase() === key.toLowerCase())) {
      return `InvalidBatch : Field name not found : ${key}`;
    }
    return undefined;
  };

  /** Writes one CSV row of the job as the org would, the header resolved once for the whole job. */
  const rowWriter = (job: Job, header: readonly string[]): ((row: readonly string[]) => WriteOutcome) => {
    const idColumn = header.findIndex((h) => h.toLowerCase() === 'id');
    const object = org.schema.require(job.object);
    switch (job.operation) {
      case 'insert': {
        const columns = writeColumns(object, header, 'create', true);
        return (row) => org.writer.createRow(columns, row, { csv: true });
      }
      case 'update': {
        const columns = writeColumns(object, header, 'update', true);
        return (row) =>
          org.writer.updateRow(columns, idColumn < 0 ? undefined : (row[idColumn] ?? ''), row, { csv: true });
      }
      case 'upsert':
        return (row) => {
          const input: Record<string, string> = {};
          for (let i = 0; i < header.length; i++) input[header[i]] = row[i] ?? '';
          return org.writer.upsert(job.object, job.externalIdFieldName ?? '', input, { csv: true });
        };
      default:
        return (row) => org.writer.remove(job.object, idColumn < 0 ? undefined : (row[idColumn] ?? ''));
    }
  };

  /** Rows until the slice is used up; then the rest later, unless the job was aborted meanwhile. */
  const work = (job: Job): void => {
    const pending = job.pending;
    if (!pending || job.state !== 'InProgress') return;
    const until = performance.now() + SLICE_MS;
    const blankLine = job.header.length > 1;
    const { successful } = job;
    for (
      let at = pending.rows.offset, row = pending.rows.next();
      row;
      at = pending.rows.offset, row = pending.rows.next()
    ) {
      if (row.length === 1 && row[0] === '' && blankLine) continue;
      const outcome = pending.write(row);
      job.processed++;
      if (outcome.success) {
        successful.offsets.push(at);
        successful.ids.push(outcome.id);
        successful.created.push(outcome.created);
      } else {
        job.failures++;
        job.failed.push([outcome.id ?? '', errorText(outcome.errors), ...row]);
      }
      if ((job.processed & 63) === 0 && performance.now() > until) {
        org.later(0, () => work(job));
        return;
      }
    }
    job.pending = undefined;
    job.finished = Date.now();
    jobs.touch(job, 'JobComplete');
  };

  /** The job's work begins when its latency has passed. */
  const begin = (job: Job): void => {
    job.started = Date.now();
    const text = job.data ?? '';
    const rows = new CsvRows(text, DELIMITERS[job.columnDelimiter]);
    const header = rows.next() ?? [];
    job.header = header;
    const error = jobError(job, text, header);
    if (error) {
      fail(job, error, rows.rest());
      return;
    }
    job.pending = { rows, write: rowWriter(job, header) };
    work(job);
  };

  const create = (req: SfRequest): Reply => {
    const body = jsonBody<Record<string, string | undefined>>(req);
    const object = body.object ? org.schema.get(body.object) : undefined;
    if (!object) throw invalidJob(`Entity '${body.object ?? ''}' is not supported by the Bulk API.`);
    if (!body.operation || !OPERATIONS.includes(body.operation))
      throw invalidJob(`Invalid operation: ${body.operation ?? ''}`);
    if (body.contentType && body.contentType !== 'CSV') throw invalidJob(`Invalid content type: ${body.contentType}`);
    const delimiter = body.columnDelimiter ?? 'COMMA';
    if (!DELIMITERS[delimiter]) throw invalidJob(`Invalid column delimiter: ${delimiter}`);
    const lineEnding = body.lineEnding ?? 'LF';
    if (lineEnding !== 'LF' && lineEnding !== 'CRLF') throw invalidJob(`Invalid line ending: ${lineEnding}`);
    let externalIdFieldName: string | undefined;
    if (body.operation === 'upsert') {
      const f = body.externalIdFieldName ? object.byName.get(body.externalIdFieldName.toLowerCase()) : undefined;
      if (!f || !(f.externalId || f.name === 'Id')) {
        throw invalidJob(
          `External ID field '${body.externalIdFieldName ?? ''}' is not an external ID field of ${object.name}`
        );
      }
      externalIdFieldName = f.name;
    }
    const job = jobs.add({
      operation: body.operation,
      object: object.name,
      externalIdFieldName,
      lineEnding,
      columnDelimiter: delimiter,
      state: 'Open',
      apiVersion: Number(req.version),
      header: [],
      successful: { offsets: [], ids: [], created: [] },
      failed: [],
      unprocessed: [],
      processed: 0,
      failures: 0,
    });
    return json(200, info(job, req.version));
  };

  const upload = (req: SfRequest, params: readonly string[]): Reply => {
    const job = jobs.get(params[0]);
    if (job.state !== 'Open') throw invalidState(`Job ${job.id} is not open for uploads (state ${job.state})`);
    if (job.data !== undefined)
      throw invalidState(`Job ${job.id} already has its data; a Bulk 2.0 job takes one upload`);
    const type = String(req.headers['content-type'] ?? '');
    if (!type.startsWith('text/csv'))
      throw bulkError(400, 'INVALIDCONTENTTYPE', `Unsupported content type: ${type || '(none)'}`);
    job.data = req.body.toString('utf8');
    return { status: 201 };
  };

  const changeState = (req: SfRequest, params: readonly string[]): Reply => {
    const job = jobs.get(params[0]);
    const { state } = jsonBody<{ state?: string }>(req);
    if (state === 'UploadComplete') {
      if (job.state !== 'Open') throw invalidState(`Job ${job.id} is not open (state ${job.state})`);
      jobs.touch(job, 'UploadComplete');
      const answer = json(200, info(job, req.version));
      jobs.start(job, () => begin(job));
      return answer;
    }
    if (state === 'Aborted') {
      if (job.state !== 'Open' && !isRunning(job))
        throw invalidState(`Job ${job.id} cannot be aborted (state ${job.state})`);
      if (job.pending) {
        // Rows already written stay written; the rest is unprocessed.
        job.unprocessed = job.pending.rows.rest();
        job.pending = undefined;
      } else {
        job.unprocessed = parseCsv(job.data ?? '', DELIMITERS[job.columnDelimiter]);
        job.header = job.unprocessed.shift() ?? [];
      }
      jobs.touch(job, 'Aborted');
      return json(200, info(job, req.version));
    }
    throw invalidState(`Invalid state: ${state ?? ''}`);
  };

  const results =
    (which: 'successful' | 'failed' | 'unprocessed') =>
    (_req: SfRequest, params: readonly string[]): Reply => {
      const job = jobs.get(params[0]);
      if (!isFinished(job)) throw invalidState(`Job ${job.id} is not finished (state ${job.state})`);
      const prefix =
        which === 'successful' ? ['sf__Id', 'sf__Created'] : which === 'failed' ? ['sf__Id', 'sf__Error'] : [];
      const rows = which === 'successful' ? successfulRows(job) : which === 'failed' ? job.failed : job.unprocessed;
      return jobCsv(job, [...prefix, ...job.header], rows);
    };

  router
    .add('POST', '/jobs/ingest', 'bulkIngestCreate', create)
    .add('GET', '/jobs/ingest', 'bulkIngestPoll', jobs.list(info))
    .add('PUT', '/jobs/ingest/:id/batches', 'bulkIngestUpload', upload)
    .add('PATCH', '/jobs/ingest/:id', 'bulkIngestClose', changeState)
    .add('GET', '/jobs/ingest/:id', 'bulkIngestPoll', (req, p) => json(200, info(jobs.get(p[0]), req.version)))
    .add('DELETE', '/jobs/ingest/:id', 'bulkIngestDelete', jobs.remove)
    .add('GET', '/jobs/ingest/:id/successfulResults', 'bulkIngestResults', results('successful'))
    .add('GET', '/jobs/ingest/:id/failedResults', 'bulkIngestResults', results('failed'))
    .add('GET', '/jobs/ingest/:id/unprocessedrecords', 'bulkIngestResults', results('unprocessed'));
}
