/**
 * Bulk API 2.0 ingest: create a job, upload CSV once, close it (UploadComplete), and the job runs
 * asynchronously (InProgress, then JobComplete after the configured latency), record by record with
 * no all-or-none; then successful, failed and unprocessed results as CSV.
 */
import { bulkError, notFound, type SaveError } from './errors.js';
import type { WriteOutcome } from './write.js';
import { csvReply, json, jsonBody, noContent, type Reply, type SfRequest } from './http.js';
import { JOB_PREFIX, makeId } from './ids.js';
import type { Org } from './org.js';
import type { Router } from './router.js';
import { DELIMITERS, parseCsv, writeCsv } from './csv.js';
import { sfDateTime } from './values.js';

type State = 'Open' | 'UploadComplete' | 'InProgress' | 'JobComplete' | 'Failed' | 'Aborted';
const OPERATIONS = ['insert', 'update', 'upsert', 'delete', 'hardDelete'];

type Job = {
  id: string;
  operation: string;
  object: string;
  externalIdFieldName?: string;
  lineEnding: 'LF' | 'CRLF';
  columnDelimiter: string;
  state: State;
  createdDate: string;
  systemModstamp: string;
  apiVersion: number;
  errorMessage?: string;
  data?: string;
  header: string[];
  successful: string[][];
  failed: string[][];
  unprocessed: string[][];
  processed: number;
  failures: number;
  started?: number;
  finished?: number;
};

const invalidJob = (message: string): ReturnType<typeof bulkError> => bulkError(400, 'INVALIDJOB', message);
const invalidState = (message: string): ReturnType<typeof bulkError> => bulkError(409, 'INVALIDJOBSTATE', message);

/** `CODE:message:Field1,Field2 --`, the org's sf__Error. */
const errorText = (errors: readonly SaveError[]): string =>
  errors.map((e) => `${e.statusCode}:${e.message}:${e.fields.join(',')}${e.fields.length ? ' ' : ''}--`).join(' ');

export function bulkIngestRoutes(router: Router, org: Org): void {
  const jobs = new Map<string, Job>();
  let next = 1;

  const info = (job: Job, version: string): Record<string, unknown> => ({
    id: job.id,
    operation: job.operation,
    object: job.object,
    createdById: org.userId,
    createdDate: job.createdDate,
    systemModstamp: job.systemModstamp,
    state: job.state,
    ...(job.externalIdFieldName ? { externalIdFieldName: job.externalIdFieldName } : {}),
    concurrencyMode: 'Parallel',
    contentType: 'CSV',
    apiVersion: job.apiVersion,
    jobType: 'V2Ingest',
    contentUrl: `services/data/v${version}/jobs/ingest/${job.id}/batches`,
    lineEnding: job.lineEnding,
    columnDelimiter: job.columnDelimiter,
    numberRecordsProcessed: job.processed,
    numberRecordsFailed: job.failures,
    retries: 0,
    totalProcessingTime: job.finished && job.started ? job.finished - job.started : 0,
    apiActiveProcessingTime: 0,
    apexProcessingTime: 0,
    ...(job.errorMessage ? { errorMessage: job.errorMessage } : {}),
  });

  const jobOf = (id: string): Job => {
    const job = jobs.get(id);
    if (!job) throw notFound();
    return job;
  };

  const touch = (job: Job, state: State): void => {
    job.state = state;
    job.systemModstamp = sfDateTime(new Date());
  };

  const fail = (job: Job, message: string, rows: string[][]): void => {
    job.errorMessage = message;
    job.unprocessed = rows;
    touch(job, 'Failed');
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

  const writeRow = (job: Job, input: Record<string, string>): WriteOutcome => {
    const id = Object.entries(input).find(([h]) => h.toLowerCase() === 'id')?.[1];
    switch (job.operation) {
      case 'insert':
        return org.writer.create(job.object, input, { csv: true });
      case 'update':
        return org.writer.update(job.object, id, input, { csv: true });
      case 'upsert':
        return org.writer.upsert(job.object, job.externalIdFieldName ?? '', input, { csv: true });
      default:
        return org.writer.remove(job.object, id);
    }
  };

  /** The job's work, done at once when its latency has passed. */
  const process = (job: Job): void => {
    if (job.state !== 'InProgress') return;
    job.started = Date.now();
    const text = job.data ?? '';
    const [header = [], ...rows] = parseCsv(text, DELIMITERS[job.columnDelimiter]);
    job.header = header;
    const error = jobError(job, text, header);
    if (error) {
      fail(job, error, rows);
      return;
    }
    for (const row of rows) {
      if (row.length === 1 && row[0] === '' && header.length > 1) continue;
      const input = Object.fromEntries(header.map((h, i) => [h, row[i] ?? '']));
      const outcome = writeRow(job, input);
      job.processed++;
      if (outcome.success) {
        job.successful.push([outcome.id, String(outcome.created), ...row]);
      } else {
        job.failures++;
        job.failed.push([outcome.id ?? '', errorText(outcome.errors), ...row]);
      }
    }
    job.finished = Date.now();
    touch(job, 'JobComplete');
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
    const now = sfDateTime(new Date());
    const job: Job = {
      id: makeId(JOB_PREFIX, next++),
      operation: body.operation,
      object: object.name,
      externalIdFieldName,
      lineEnding,
      columnDelimiter: delimiter,
      state: 'Open',
      createdDate: now,
      systemModstamp: now,
      apiVersion: Number(req.version),
      header: [],
      successful: [],
      failed: [],
      unprocessed: [],
      processed: 0,
      failures: 0,
    };
    jobs.set(job.id, job);
    return json(200, info(job, req.version));
  };

  const upload = (req: SfRequest, params: readonly string[]): Reply => {
    const job = jobOf(params[0]);
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
    const job = jobOf(params[0]);
    const { state } = jsonBody<{ state?: string }>(req);
    if (state === 'UploadComplete') {
      if (job.state !== 'Open') throw invalidState(`Job ${job.id} is not open (state ${job.state})`);
      touch(job, 'UploadComplete');
      const answer = json(200, info(job, req.version));
      org.later(0, () => {
        if (job.state === 'UploadComplete') touch(job, 'InProgress');
        org.later(org.bulkJobLatencyMs, () => process(job));
      });
      return answer;
    }
    if (state === 'Aborted') {
      if (!['Open', 'UploadComplete', 'InProgress'].includes(job.state))
        throw invalidState(`Job ${job.id} cannot be aborted (state ${job.state})`);
      job.unprocessed = parseCsv(job.data ?? '', DELIMITERS[job.columnDelimiter]);
      job.header = job.unprocessed.shift() ?? [];
      touch(job, 'Aborted');
      return json(200, info(job, req.version));
    }
    throw invalidState(`Invalid state: ${state ?? ''}`);
  };

  const results =
    (which: 'successful' | 'failed' | 'unprocessed') =>
    (req: SfRequest, params: readonly string[]): Reply => {
      const job = jobOf(params[0]);
      if (!['JobComplete', 'Failed', 'Aborted'].includes(job.state))
        throw invalidState(`Job ${job.id} is not finished (state ${job.state})`);
      const delimiter = DELIMITERS[job.columnDelimiter];
      const lineEnding = job.lineEnding === 'CRLF' ? '\r\n' : '\n';
      const prefix =
        which === 'successful' ? ['sf__Id', 'sf__Created'] : which === 'failed' ? ['sf__Id', 'sf__Error'] : [];
      const rows = which === 'successful' ? job.successful : which === 'failed' ? job.failed : job.unprocessed;
      return csvReply(writeCsv([...prefix, ...job.header], rows, delimiter, lineEnding));
    };

  const remove = (_req: SfRequest, params: readonly string[]): Reply => {
    const job = jobOf(params[0]);
    if (['UploadComplete', 'InProgress'].includes(job.state)) throw invalidState(`Job ${job.id} is still running`);
    jobs.delete(job.id);
    return noContent();
  };

  router
    .add('POST', '/jobs/ingest', 'bulkIngestCreate', create)
    .add('GET', '/jobs/ingest', 'bulkIngestPoll', (req) =>
      json(200, { done: true, records: [...jobs.values()].map((j) => info(j, req.version)), nextRecordsUrl: null })
    )
    .add('PUT', '/jobs/ingest/:id/batches', 'bulkIngestUpload', upload)
    .add('PATCH', '/jobs/ingest/:id', 'bulkIngestClose', changeState)
    .add('GET', '/jobs/ingest/:id', 'bulkIngestPoll', (req, p) => json(200, info(jobOf(p[0]), req.version)))
    .add('DELETE', '/jobs/ingest/:id', 'bulkIngestDelete', remove)
    .add('GET', '/jobs/ingest/:id/successfulResults', 'bulkIngestResults', results('successful'))
    .add('GET', '/jobs/ingest/:id/failedResults', 'bulkIngestResults', results('failed'))
    .add('GET', '/jobs/ingest/:id/unprocessedrecords', 'bulkIngestResults', results('unprocessed'));
}
