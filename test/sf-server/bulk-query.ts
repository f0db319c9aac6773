/**
 * Bulk API 2.0 query: a job runs the SOQL asynchronously; its results come as CSV pages, each
 * answer naming the next page in `Sforce-Locator` ("null" on the last) and its size in
 * `Sforce-NumberOfRecords`.
 */
import { bulkError } from './errors.js';
import { json, jsonBody, type Reply, type SfRequest } from './http.js';
import { decodeLocator, encodeLocator } from './ids.js';
import type { Org } from './org.js';
import type { Router } from './router.js';
import { DELIMITERS } from './csv.js';
import { invalidState, isRunning, jobCsv, jobInfo, JobRegister, type BulkJob } from './bulk-jobs.js';
import type { Plan } from './soql.js';
import type { SfRecord } from './store.js';
import { csvText } from './values.js';

type Job = BulkJob & {
  operation: 'query' | 'queryAll';
  object: string;
  plan: Plan;
  records?: SfRecord[];
};

export function bulkQueryRoutes(router: Router, org: Org): void {
  const jobs = new JobRegister<Job>(org, 500_000);

  const info = (job: Job): Record<string, unknown> => ({
    ...jobInfo(job, org.userId),
    operation: job.operation,
    object: job.object,
    jobType: 'V2Query',
    numberRecordsProcessed: job.records?.length ?? 0,
  });

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
    const job = jobs.add({
      operation,
      object: plan.object.name,
      state: 'UploadComplete',
      apiVersion: Number(req.version),
      lineEnding: body.lineEnding === 'CRLF' ? 'CRLF' : 'LF',
      columnDelimiter: delimiter,
      plan,
    });
    jobs.start(job, () => {
      job.started = Date.now();
      job.records = org.soql.run(job.plan);
      job.finished = Date.now();
      jobs.touch(job, 'JobComplete');
    });
    return json(200, info(job));
  };

  const results = (req: SfRequest, params: readonly string[]): Reply => {
    const job = jobs.get(params[0]);
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
    const records = job.records;
    const fill = (row: number, cells: string[]): void => {
      const record = records[from + row];
      for (let j = 0; j < columns.length; j++) cells[j] = csvText(columns[j].get(record));
    };
    return jobCsv(
      job,
      columns.map((c) => c.path),
      { count: to - from, fill },
      {
        'Sforce-Locator': to < job.records.length ? encodeLocator(to) : 'null',
        'Sforce-NumberOfRecords': String(to - from),
      }
    );
  };

  const changeState = (req: SfRequest, params: readonly string[]): Reply => {
    const job = jobs.get(params[0]);
    const { state } = jsonBody<{ state?: string }>(req);
    if (state !== 'Aborted') throw invalidState(`Invalid state: ${state ?? ''}`);
    if (!isRunning(job)) throw invalidState(`Job ${job.id} cannot be aborted (state ${job.state})`);
    jobs.touch(job, 'Aborted');
    return json(200, info(job));
  };

  router
    .add('POST', '/jobs/query', 'bulkQueryCreate', create)
    .add('GET', '/jobs/query', 'bulkQueryPoll', jobs.list(info))
    .add('GET', '/jobs/query/:id', 'bulkQueryPoll', (_req, p) => json(200, info(jobs.get(p[0]))))
    .add('PATCH', '/jobs/query/:id', 'bulkQueryClose', changeState)
    .add('DELETE', '/jobs/query/:id', 'bulkQueryDelete', jobs.remove)
    .add('GET', '/jobs/query/:id/results', 'bulkQueryResults', results);
}
