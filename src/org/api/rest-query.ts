/**
 * SOQL through the REST query resource: the first page, then `nextRecordsUrl` until `done`. Pages are
 * handed over one at a time, so a caller keeps only what it extracts from them.
 */
import type { OrgClient } from './client.js';
import type { Row } from './row-values.js';

type QueryPage = { totalSize: number; done: boolean; nextRecordsUrl?: string; records: Row[] };

/** Records per REST page; 2,000 is the most the API gives and its default. */
export const REST_PAGE_SIZE = 2000;

export async function restQuery(
  client: OrgClient,
  soql: string,
  onPage: (records: Row[], totalSize: number) => void | Promise<void>
): Promise<number> {
  let page = (
    await client.request<QueryPage>({
      method: 'GET',
      path: `/query?q=${encodeURIComponent(soql)}`,
      accept: 'application/json',
    })
  ).body;
  let read = 0;
  for (;;) {
    read += page.records.length;
    // eslint-disable-next-line no-await-in-loop
    await onPage(page.records, page.totalSize);
    if (page.done || !page.nextRecordsUrl) return read;
    // eslint-disable-next-line no-await-in-loop
    page = (await client.request<QueryPage>({ method: 'GET', path: page.nextRecordsUrl })).body;
  }
}

/** `SELECT COUNT() FROM …`: the number of rows, in one call. */
export async function countRows(client: OrgClient, object: string, where = ''): Promise<number> {
  const soql = `SELECT COUNT() FROM ${object}${where ? ` WHERE ${where}` : ''}`;
  const page = (await client.request<QueryPage>({ method: 'GET', path: `/query?q=${encodeURIComponent(soql)}` })).body;
  return page.totalSize;
}

/** Every row of a small query (profiles, snapshots), gathered. */
export async function queryAll(client: OrgClient, soql: string): Promise<Row[]> {
  const rows: Row[] = [];
  await restQuery(client, soql, (records) => {
    rows.push(...records);
  });
  return rows;
}
