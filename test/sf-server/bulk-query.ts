/**
 * Bulk API 2.0 query: a job runs the SOQL asynchronously; its results come as CSV pages, each
 * answer naming the next page in `Sforce-Locator` ("null" on the last) and its size in
 * `Sforce-NumberOfRecords`.
 */
import { bulkError, notFound } from './errors.js';
import { csvReply, json, jsonBody, noContent, type Reply, type SfRequest } from './http.js';
import { decodeLocator, encodeLocator, JOB_PREFIX, makeId } from './ids.js';
import type { Org } from './org.js';
import type { Router } from './router.js';
import { DELIMITERS, writeCsv } from './csv.js';
import type { Plan } from './soql.js';
import type { SfRecord } from './store.js';
import { csvText, sfDateTime } from './values.js';

type State = 'UploadComplete' | 'InProgress' | 'JobComplete' | 'Failed' | 'Aborted';

type Job = {
  id: string;
  operation: 'query' | 'queryAll';
  object: string;
  state: State;
  createdDate: string;
  systemModstamp: string;
  apiVersion: number;
  lineEnding: 'LF' | 'CRLF';
  columnDelimiter: string;
  plan: Plan;
  records?: SfRecord[];
  started?: number;
  finished?: number;
};

const invalidState = (message: string): ReturnType<typeof bulkError> => bulkError(409, 'INVALIDJOBSTATE', message);

export function bulkQueryRoutes(router: Router, org: Org): void {
  const jobs = new Map<string, Job>();
  let next = 1;

  const info = (job: Job): Record<string, unknown> => ({
    id: job.id,
    operation: job.operation,
    object: job.object,
    createdById: org.userId,
    createdDate: job.createdDate,
    systemModstamp: job.systemModstamp,
    state: job.state,
    concurrencyMode: 'Parallel',
    contentType: 'CSV',
    apiVersion: job.apiVersion,
    jobType: 'V2Query',
    lineEnding: job.lineEnding,
    columnDelimiter: job.columnDelimiter,
    numberRecordsProcessed: job.records?.length ?? 0,
    retries: 0,
    totalProcessingTime: job.finished && job.started ? job.finished - job.started : 0,
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

  const create = (req: SfRequest): Reply => {
    const body = jsonBody<Record<string, string | undefined>>(req);
    const operation = body.operation ?? 'query';
    if (operation !== 'query' && operation !== 'queryAll')
      throw bulkError(400, 'INVALIDJOB', `Invalid operation: ${operation}`);
    if (!body.query) throw bulkError(400, 'INVALIDJOB', 'A query is required');
    const plan = org.soql.plan(body.query, operation === 'queryAll');
    if (plan.columns.some((c) => c.kind !== 'field') || plan.countOnly || plan.aggregate) {
      throw bulkError(400, 'API_ERROR', 'Sub-queries and aggregate functions are not supported by Bulk API 2.0 query');
    }
    const delimiter = body.columnDelimiter ?? 'COMMA';
    if (!DELIMITERS[delimiter]) throw bulkError(400, 'INVALIDJOB', `Invalid column delimiter: ${delimiter}`);
    const now = sfDateTime(new Date());
    const job: Job = {
      id: makeId(JOB_PREFIX, 500_000 + next++),
      operation,
      object: plan.object.name,
      state: 'UploadComplete',
      createdDate: now,
      systemModstamp: now,
      apiVersion: Number(req.version),
      lineEnding: body.lineEnding === 'CRLF' ? 'CRLF' : 'LF',
      columnDelimiter: delimiter,
      plan,
    };
    jobs.set(job.id, job);
    org.later(0, () => {
      if (job.state === 'UploadComplete') touch(job, 'InProgress');
      org.later(org.bulkJobLatencyMs, () => {
        if (job.state !== 'InProgress') return;
        job.started = Date.now();
        job.records = org.soql.run(job.plan);
        job.finished = Date.now();
        touch(job, 'JobComplete');
      });
    });
    return json(200, info(job));
  };

  const results = (req: SfRequest, params: readonly string[]): Reply => {
    const job = jobOf(params[0]);
    if (job.state !== 'JobComplete' || !job.records)
      throw invalidState(`Job ${job.id} is not complete (state ${job.state})`);
    const locator = req.query.get('locator');
    const from = locator ? decodeLocator(locator) : 0;
    if (from === undefined || from > job.records.length)
      throw bulkError(400, 'INVALIDLOCATOR', `Invalid locator: ${locator ?? ''}`);
    const max = Number(req.query.get('maxRecords') ?? org.bulkQueryPageSize);
    if (!Number.isInteger(max) || max < 1)
      throw bulkError(400, 'INVALIDPARAMETER', 'maxRecords must be a positive whole number');
    const to = Math.min(job.records.length, from + max);
    const columns = job.plan.columns.flatMap((c) => (c.kind === 'field' ? [c.ref] : []));
    const rows = job.records.slice(from, to).map((r) => columns.map((c) => csvText(c.get(r))));
    const text = writeCsv(
      columns.map((c) => c.path),
      rows,
      DELIMITERS[job.columnDelimiter],
      job.lineEnding === 'CRLF' ? '\r\n' : '\n'
    );
    return csvReply(text, {
      'Sforce-Locator': to < job.records.length ? encodeLocator(to) : 'null',
      'Sforce-NumberOfRecords': String(to - from),
    });
  };

  const changeState = (req: SfRequest, params: readonly string[]): Reply => {
    const job = jobOf(params[0]);
    const { state } = jsonBody<{ state?: string }>(req);
    if (state !== 'Aborted') throw invalidState(`Invalid state: ${state ?? ''}`);
    if (!['UploadComplete', 'InProgress'].includes(job.state))
      throw invalidState(`Job ${job.id} cannot be aborted (state ${job.state})`);
    touch(job, 'Aborted');
    return json(200, info(job));
  };

  const remove = (_req: SfRequest, params: readonly string[]): Reply => {
    const job = jobOf(params[0]);
    if (['UploadComplete', 'InProgress'].includes(job.state)) throw invalidState(`Job ${job.id} is still running`);
    jobs.delete(job.id);
    return noContent();
  };

  router
    .add('POST', '/jobs/query', 'bulkQueryCreate', create)
    .add('GET', '/jobs/query', 'bulkQueryPoll', () =>
      json(200, { done: true, records: [...jobs.values()].map(info), nextRecordsUrl: null })
    )
    .add('GET', '/jobs/query/:id', 'bulkQueryPoll', (_req, p) => json(200, info(jobOf(p[0]))))
    .add('PATCH', '/jobs/query/:id', 'bulkQueryClose', changeState)
    .add('DELETE', '/jobs/query/:id', 'bulkQueryDelete', remove)
    .add('GET', '/jobs/query/:id/results', 'bulkQueryResults', results);
}
