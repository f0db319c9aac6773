/**
 * A Bulk API 2.0 query job: create, wait, then read the results page by page with the Sforce-Locator
 * header. The paging is ours, not jsforce's: `conn.bulk2.query()` fails once results span more than
 * one locator page (jsforce issue 1546).
 */
import type { ApiResponse, OrgClient } from './client.js';
import { CsvTable, jobPath, waitForJob, type JobInfo, type PollOptions } from './bulk-jobs.js';
import { OrgApiError } from './org-api-error.js';

export type QueryJobOptions = {
  poll: PollOptions;
  /** Records per results page; undefined lets the org decide. */
  maxRecords?: number;
};

export async function startQueryJob(client: OrgClient, soql: string): Promise<string> {
  // Creating a job twice after a lost answer leaves one unread job, which the org deletes in 7 days.
  const job = await client.request<JobInfo>({
    method: 'POST',
    path: jobPath('query'),
    body: { operation: 'query', query: soql, contentType: 'CSV', columnDelimiter: 'COMMA', lineEnding: 'LF' },
  });
  return job.body.id;
}

/** Waits for the job and hands over its results one page at a time; returns the number of rows. */
export async function readQueryJob(
  client: OrgClient,
  id: string,
  options: QueryJobOptions,
  onRows: (table: CsvTable) => void | Promise<void>
): Promise<number> {
  const info = await waitForJob(client, 'query', id, options.poll);
  if (info.state !== 'JobComplete') {
    throw new OrgApiError(
      'fatal',
      `Bulk API query job ${id} ended ${info.state}${info.errorMessage ? `: ${info.errorMessage}` : ''}`,
      'BULK_JOB_FAILED'
    );
  }
  const fetchPage = (locator: string | undefined): Promise<ApiResponse<string>> => {
    const params = new URLSearchParams();
    if (locator) params.set('locator', locator);
    if (options.maxRecords) params.set('maxRecords', String(options.maxRecords));
    const query = params.toString();
    return client.request<string>({
      method: 'GET',
      path: `${jobPath('query', id)}/results${query ? `?${query}` : ''}`,
      text: true,
    });
  };
  let read = 0;
  let next: Promise<ApiResponse<string>> | undefined = fetchPage(undefined);
  while (next) {
    // eslint-disable-next-line no-await-in-loop
    const page: ApiResponse<string> = await next;
    const locator = page.headers['sforce-locator'];
    // The next page is on its way while this one is parsed: the org prepares it meanwhile.
    next = locator && locator !== 'null' ? fetchPage(locator) : undefined;
    // Kept from being reported as unhandled while this page is processed; awaited above in turn.
    next?.catch(() => undefined);
    const table = new CsvTable(page.body);
    read += table.rows.length;
    // eslint-disable-next-line no-await-in-loop
    await onRows(table);
  }
  return read;
}

/** Runs one query as a Bulk API 2.0 job. */
export async function bulkQuery(
  client: OrgClient,
  soql: string,
  options: QueryJobOptions,
  onRows: (table: CsvTable) => void | Promise<void>
): Promise<number> {
  return readQueryJob(client, await startQueryJob(client, soql), options, onRows);
}
