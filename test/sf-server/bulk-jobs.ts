/**
 * What Bulk API 2.0 ingest and query jobs share: their Ids, the register of jobs, state changes with
 * their stamp, running a job after the close (or the creation) has answered, the job list, delete,
 * and result files as CSV in the job's delimiter and line ending.
 */
import { csvLines, DELIMITERS } from './csv.js';
import { bulkError, notFound } from './errors.js';
import { csvReply, json, noContent, type Reply, type SfRequest } from './http.js';
import { JOB_PREFIX, makeId } from './ids.js';
import type { Org } from './org.js';
import { sfDateTime } from './values.js';

export type JobState = 'Open' | 'UploadComplete' | 'InProgress' | 'JobComplete' | 'Failed' | 'Aborted';

export type BulkJob = {
  id: string;
  state: JobState;
  createdDate: string;
  systemModstamp: string;
  apiVersion: number;
  lineEnding: 'LF' | 'CRLF';
  columnDelimiter: string;
  started?: number;
  finished?: number;
};

export const invalidState = (message: string): ReturnType<typeof bulkError> =>
  bulkError(409, 'INVALIDJOBSTATE', message);

const RUNNING: readonly JobState[] = ['UploadComplete', 'InProgress'];
const FINISHED: readonly JobState[] = ['JobComplete', 'Failed', 'Aborted'];

export const isRunning = (job: BulkJob): boolean => RUNNING.includes(job.state);
export const isFinished = (job: BulkJob): boolean => FINISHED.includes(job.state);

export class JobRegister<J extends BulkJob> {
  private readonly jobs = new Map<string, J>();
  private next = 1;

  /** Ingest and query jobs number apart, so their Ids never meet. */
  public constructor(
    private readonly org: Org,
    private readonly firstNumber: number
  ) {}

  /** Registers a new job: its Id and creation stamp are given here. */
  public add(fields: Omit<J, 'id' | 'createdDate' | 'systemModstamp'>): J {
    const now = sfDateTime(new Date());
    const job = {
      ...fields,
      id: makeId(JOB_PREFIX, this.firstNumber + this.next++),
      createdDate: now,
      systemModstamp: now,
    } as J;
    this.jobs.set(job.id, job);
    return job;
  }

  public get(id: string): J {
    const job = this.jobs.get(id);
    if (!job) throw notFound();
    return job;
  }

  public touch(job: J, state: JobState): void {
    job.state = state;
    job.systemModstamp = sfDateTime(new Date());
  }

  /**
   * The job turns InProgress once the answer that started it has gone, and `work` runs when the
   * configured job latency has passed, unless the job was aborted meanwhile.
   */
  public start(job: J, work: () => void): void {
    this.org.later(0, () => {
      if (job.state === 'UploadComplete') this.touch(job, 'InProgress');
      this.org.later(this.org.bulkJobLatencyMs, () => {
        if (job.state === 'InProgress') work();
      });
    });
  }

  /** `GET /jobs/<kind>`: every job, one page. */
  public list(info: (job: J, version: string) => unknown): (req: SfRequest) => Reply {
    return (req) =>
      json(200, {
        done: true,
        records: [...this.jobs.values()].map((j) => info(j, req.version)),
        nextRecordsUrl: null,
      });
  }

  /** `DELETE /jobs/<kind>/:id`: a finished (or never started) job. */
  public readonly remove = (_req: SfRequest, params: readonly string[]): Reply => {
    const job = this.get(params[0]);
    if (isRunning(job)) throw invalidState(`Job ${job.id} is still running`);
    this.jobs.delete(job.id);
    return noContent();
  };
}

/** The fields of a job's info that every kind of job answers with. */
export function jobInfo(job: BulkJob, createdById: string): Record<string, unknown> {
  return {
    id: job.id,
    createdById,
    createdDate: job.createdDate,
    systemModstamp: job.systemModstamp,
    state: job.state,
    concurrencyMode: 'Parallel',
    contentType: 'CSV',
    apiVersion: job.apiVersion,
    lineEnding: job.lineEnding,
    columnDelimiter: job.columnDelimiter,
    retries: 0,
    totalProcessingTime: job.finished && job.started ? job.finished - job.started : 0,
  };
}

/** Rows made one at a time into a reused array of cells (csv.ts csvLines), so a page makes no array per row. */
export type RowSource = { count: number; fill: (row: number, cells: string[]) => void };

const copyRows = (rows: ReadonlyArray<readonly string[]>): RowSource => ({
  count: rows.length,
  fill: (i, cells): void => {
    const row = rows[i];
    cells.length = row.length;
    for (let j = 0; j < row.length; j++) cells[j] = row[j];
  },
});

/** A result file of the job: a header, rows, in the job's delimiter and line ending. */
export function jobCsv(
  job: BulkJob,
  header: readonly string[],
  rows: ReadonlyArray<readonly string[]> | RowSource,
  headers?: Record<string, string>
): Reply {
  const { count, fill } = Array.isArray(rows) ? copyRows(rows) : (rows as RowSource);
  const lineEnding = job.lineEnding === 'CRLF' ? '\r\n' : '\n';
  return csvReply(csvLines(header, count, fill, DELIMITERS[job.columnDelimiter], lineEnding), headers);
}
