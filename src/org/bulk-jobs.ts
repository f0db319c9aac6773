/**
 * What Bulk API 2.0 query and ingest jobs share: waiting for a job to finish, with a poll that starts
 * quick (a small job is done in a moment) and backs off (a large one takes minutes), and reading a
 * CSV answer.
 */
import Papa from 'papaparse';
import type { OrgClient } from './client.js';
import { OrgApiError, sleep } from './retry.js';

export type JobKind = 'query' | 'ingest';

export type JobInfo = {
  id: string;
  state: 'Open' | 'UploadComplete' | 'InProgress' | 'JobComplete' | 'Failed' | 'Aborted';
  errorMessage?: string;
  numberRecordsProcessed?: number;
  numberRecordsFailed?: number;
};

export type PollOptions = {
  /** First wait before asking again; doubled each time up to maxMs. */
  initialMs: number;
  maxMs: number;
  /** Give up (and say so) after this long. */
  timeoutMs: number;
};

export const DEFAULT_POLL: PollOptions = { initialMs: 100, maxMs: 5000, timeoutMs: 60 * 60 * 1000 };

export const jobPath = (kind: JobKind, id = ''): string => `/jobs/${kind}${id ? `/${id}` : ''}`;

const FINAL = new Set<JobInfo['state']>(['JobComplete', 'Failed', 'Aborted']);

/** Polls until the job is JobComplete, Failed or Aborted. */
export async function waitForJob(client: OrgClient, kind: JobKind, id: string, poll: PollOptions): Promise<JobInfo> {
  const started = Date.now();
  let delay = poll.initialMs;
  for (;;) {
    // eslint-disable-next-line no-await-in-loop
    const info = (await client.request<JobInfo>({ method: 'GET', path: jobPath(kind, id) })).body;
    if (FINAL.has(info.state)) return info;
    if (Date.now() - started > poll.timeoutMs) {
      throw new OrgApiError('fatal', `Bulk API job ${id} is still ${info.state}.`, 'BULK_JOB_TIMEOUT');
    }
    // eslint-disable-next-line no-await-in-loop
    await sleep(delay);
    delay = Math.min(poll.maxMs, delay * 2);
  }
}

/** A CSV answer (header row first) as rows keyed by header; Bulk API 2.0 writes blanks for null. */
export function parseCsvRows(text: string): Array<Record<string, string>> {
  if (text.trim() === '') return [];
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

/** One CSV line with every value quoted: the form Bulk API 2.0 reads for any text. */
export function csvLine(values: ReadonlyArray<string | number | boolean | null>): string {
  return values
    .map((value) => {
      // "#N/A" is how Bulk API 2.0 is told to set a field to null; an empty cell leaves it as it is.
      if (value === null) return '#N/A';
      return `"${String(value).replace(/"/g, '""')}"`;
    })
    .join(',');
}
