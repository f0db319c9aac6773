/* eslint-disable camelcase -- Salesforce API names and wire-format fields are not ours to rename */
import type { Connection } from '@jsforce/jsforce-node';
import { HttpApi } from '@jsforce/jsforce-node/lib/http-api.js';
import { parseCsv } from '../sf-server/csv.js';
import { useSfServer } from '../sf-server/use-sf-server.js';

const sf = useSfServer({ bulkJobLatencyMs: 20, bulkQueryPageSize: 1000 });

type JobInfo = { id: string; state: string; numberRecordsProcessed: number; object: string };

const jobs = (path = ''): string => `/services/data/v62.0/jobs/query${path}`;

/** One results page with its headers, which conn.request does not show (as the sync reads it). */
async function resultsPage(conn: Connection, url: string): Promise<{ headers: Record<string, string>; body: string }> {
  const api = new HttpApi(conn, { responseType: 'text/plain' });
  let headers: Record<string, string> = {};
  api.on('response', (response: { headers: Record<string, string> }) => {
    headers = response.headers;
  });
  const body: unknown = await api.request({
    method: 'GET',
    url: conn.instanceUrl + url,
    headers: { Accept: 'text/csv' },
  });
  return { headers, body: String(body) };
}

async function runQueryJob(conn: Connection, query: string): Promise<JobInfo> {
  const job = await conn.request<JobInfo>({
    method: 'POST',
    url: jobs(),
    body: JSON.stringify({ operation: 'query', query }),
    headers: { 'Content-Type': 'application/json' },
  });
  expect(job.state).toBe('UploadComplete');
  for (;;) {
    // eslint-disable-next-line no-await-in-loop
    const info = await conn.request<JobInfo>(jobs(`/${job.id}`));
    if (info.state === 'JobComplete') return info;
    expect(['UploadComplete', 'InProgress']).toContain(info.state);
    // eslint-disable-next-line no-await-in-loop
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('Bulk API 2.0 query', () => {
  it('pages results by Sforce-Locator, with Sforce-NumberOfRecords and "null" on the last page', async () => {
    sf.server.store.insert(
      'Account',
      Array.from({ length: 2500 }, (_, i) => ({ Name: `A${String(i).padStart(4, '0')}`, AnnualRevenue: i }))
    );
    const conn = sf.connect();
    const job = await runQueryJob(conn, 'SELECT Id, Name, AnnualRevenue, Owner.Name FROM Account ORDER BY Name');
    expect(job).toMatchObject({ object: 'Account', numberRecordsProcessed: 2500 });
    const pages: Array<{ locator: string; count: string; rows: string[][] }> = [];
    let locator = '';
    do {
      // eslint-disable-next-line no-await-in-loop
      const page = await resultsPage(conn, jobs(`/${job.id}/results${locator ? `?locator=${locator}` : ''}`));
      const [header, ...rows] = parseCsv(page.body);
      expect(header).toEqual(['Id', 'Name', 'AnnualRevenue', 'Owner.Name']);
      locator = page.headers['sforce-locator'];
      pages.push({ locator, count: page.headers['sforce-numberofrecords'], rows });
    } while (locator !== 'null');
    expect(pages.map((p) => [p.count, p.rows.length])).toEqual([
      ['1000', 1000],
      ['1000', 1000],
      ['500', 500],
    ]);
    expect(pages[2].locator).toBe('null');
    const all = pages.flatMap((p) => p.rows);
    expect(all[0].slice(1)).toEqual(['A0000', '0', 'Integration User']);
    expect(all[2499][1]).toBe('A2499');
    expect(sf.server.calls.count('bulkQueryCreate')).toBe(1);
    expect(sf.server.calls.count('bulkQueryResults')).toBe(3);
  });

  it('honours maxRecords', async () => {
    sf.server.store.insert(
      'Account',
      Array.from({ length: 30 }, (_, i) => ({ Name: `A${i}` }))
    );
    const conn = sf.connect();
    const job = await runQueryJob(conn, 'SELECT Id FROM Account');
    const page = await resultsPage(conn, jobs(`/${job.id}/results?maxRecords=25`));
    expect(page.headers['sforce-numberofrecords']).toBe('25');
    const last = await resultsPage(
      conn,
      jobs(`/${job.id}/results?maxRecords=25&locator=${page.headers['sforce-locator']}`)
    );
    expect(last.headers).toMatchObject({ 'sforce-numberofrecords': '5', 'sforce-locator': 'null' });
  });

  it('works with conn.bulk2.query while the results fit one page (jsforce issue 1546 breaks it beyond)', async () => {
    sf.server.store.insert('Account', [{ Name: 'Only', CVP_Incomplete__c: true }]);
    const conn = sf.connect();
    conn.bulk2.pollInterval = 10;
    const records = await (await conn.bulk2.query('SELECT Name, CVP_Incomplete__c, Industry FROM Account')).toArray();
    expect(records).toEqual([{ Name: 'Only', CVP_Incomplete__c: 'true', Industry: '' }]);
  });

  it('refuses sub-queries and aggregates, and results before the job is complete', async () => {
    const conn = sf.connect();
    const create = (query: string): Promise<unknown> =>
      conn.request({
        method: 'POST',
        url: jobs(),
        body: JSON.stringify({ operation: 'query', query }),
        headers: { 'Content-Type': 'application/json' },
      });
    await expect(create('SELECT Id, (SELECT Id FROM CVP_Profitability__r) FROM Account')).rejects.toMatchObject({
      errorCode: 'API_ERROR',
    });
    await expect(create('SELECT COUNT() FROM Account')).rejects.toMatchObject({ errorCode: 'API_ERROR' });
    await expect(create('SELECT Nope__c FROM Account')).rejects.toMatchObject({ errorCode: 'INVALID_FIELD' });
    const job = (await create('SELECT Id FROM Account')) as JobInfo;
    await expect(conn.request(jobs(`/${job.id}/results`))).rejects.toMatchObject({ errorCode: 'INVALIDJOBSTATE' });
  });
});
