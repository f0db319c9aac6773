/* eslint-disable camelcase -- Salesforce API names and wire-format fields are not ours to rename */
import type { Connection } from '@jsforce/jsforce-node';
import { ACCOUNT_COMPUTED, PROFITABILITY } from '../../src/schema/fields.js';
import { useSfServer } from '../sf-server/use-sf-server.js';

const sf = useSfServer({ bulkJobLatencyMs: 30 });

type JobInfo = {
  id: string;
  state: string;
  numberRecordsProcessed: number;
  numberRecordsFailed: number;
  errorMessage?: string;
};

function fastConnection(): Connection {
  const conn = sf.connect();
  conn.bulk2.pollInterval = 10;
  return conn;
}

const ingest = <T>(
  conn: Connection,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: string,
  contentType = 'application/json'
): Promise<T> =>
  conn.request<T>({
    method,
    url: `/services/data/v62.0/jobs/ingest${path}`,
    ...(body !== undefined ? { body } : {}),
    headers: { 'Content-Type': contentType },
  });

async function waitFor(conn: Connection, id: string, states: string[]): Promise<JobInfo> {
  for (;;) {
    // eslint-disable-next-line no-await-in-loop
    const info = await ingest<JobInfo>(conn, 'GET', `/${id}`);
    if (states.includes(info.state)) return info;
    // eslint-disable-next-line no-await-in-loop
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('Bulk API 2.0 ingest through jsforce', () => {
  it('inserts records and reports successful and failed results', async () => {
    const conn = fastConnection();
    const results = await conn.bulk2.loadAndWaitForResults({
      object: 'Account',
      operation: 'insert',
      input: [{ Name: 'One', AnnualRevenue: 10 }, { Name: 'Two, with "quotes"' }, { AnnualRevenue: 5 }],
    });
    expect(results.successfulResults).toHaveLength(2);
    expect(results.successfulResults[0]).toMatchObject({ sf__Created: 'true', Name: 'One', AnnualRevenue: '10' });
    expect(String(results.successfulResults[0].sf__Id)).toMatch(/^001/);
    expect(results.failedResults).toHaveLength(1);
    expect(results.failedResults[0].sf__Error).toBe(
      'REQUIRED_FIELD_MISSING:Required fields are missing: [Name]:Name --'
    );
    expect(results.unprocessedRecords).toHaveLength(0);
    expect(sf.server.store.all('Account').map((a) => a.Name)).toEqual(['One', 'Two, with "quotes"']);
    for (const kind of ['bulkIngestCreate', 'bulkIngestUpload', 'bulkIngestClose'] as const)
      expect(sf.server.calls.count(kind)).toBe(1);
    expect(sf.server.calls.count('bulkIngestPoll')).toBeGreaterThanOrEqual(1);
    expect(sf.server.calls.count('bulkIngestResults')).toBe(3);
  });

  it('updates by Id: an empty cell leaves a field alone and #N/A blanks it', async () => {
    const [a, b] = sf.server.store.insert('Account', [
      { Name: 'A', [ACCOUNT_COMPUTED.rank]: 5, [ACCOUNT_COMPUTED.period]: '2025' },
      { Name: 'B', [ACCOUNT_COMPUTED.rank]: 6, [ACCOUNT_COMPUTED.period]: '2025' },
    ]);
    const csv = `Id,${ACCOUNT_COMPUTED.rank},${ACCOUNT_COMPUTED.period}\n${a},1,\n${b},2,#N/A\n`;
    const results = await fastConnection().bulk2.loadAndWaitForResults({
      object: 'Account',
      operation: 'update',
      input: csv,
    });
    expect(results.successfulResults.map((r) => r.sf__Created)).toEqual(['false', 'false']);
    expect(sf.server.store.get('Account', a)).toMatchObject({
      [ACCOUNT_COMPUTED.rank]: 1,
      [ACCOUNT_COMPUTED.period]: '2025',
    });
    expect(sf.server.store.get('Account', b)).toMatchObject({
      [ACCOUNT_COMPUTED.rank]: 2,
      [ACCOUNT_COMPUTED.period]: null,
    });
  });

  it('upserts by external ID', async () => {
    const [a] = sf.server.store.insert('Account', [{ Name: 'A' }]);
    sf.server.store.insert(PROFITABILITY.object, [
      {
        [PROFITABILITY.account]: a,
        [PROFITABILITY.period]: '2025',
        [PROFITABILITY.externalId]: `${a}:2025`,
        [PROFITABILITY.revenue]: 1,
      },
    ]);
    const input = ['2025', '2026'].map((period) => ({
      [PROFITABILITY.externalId]: `${a}:${period}`,
      [PROFITABILITY.account]: a,
      [PROFITABILITY.period]: period,
      [PROFITABILITY.revenue]: 100,
    }));
    const results = await fastConnection().bulk2.loadAndWaitForResults({
      object: PROFITABILITY.object,
      operation: 'upsert',
      externalIdFieldName: PROFITABILITY.externalId,
      input,
    });
    expect(results.successfulResults.map((r) => r.sf__Created)).toEqual(['false', 'true']);
    expect(sf.server.store.all(PROFITABILITY.object).map((r) => r[PROFITABILITY.revenue])).toEqual([100, 100]);
  });

  it('reports lock errors in failedResults, and the retry succeeds once the lock is gone', async () => {
    const ids = sf.server.store.insert('Account', [{ Name: 'A' }, { Name: 'B' }, { Name: 'C' }]);
    sf.server.faults.lockRecords([ids[1]], 1);
    const input = ids.map((Id) => ({ Id, [ACCOUNT_COMPUTED.rank]: 1 }));
    const first = await fastConnection().bulk2.loadAndWaitForResults({ object: 'Account', operation: 'update', input });
    expect(first.successfulResults).toHaveLength(2);
    expect(first.failedResults).toEqual([
      expect.objectContaining({
        sf__Id: ids[1],
        sf__Error: `UNABLE_TO_LOCK_ROW:unable to obtain exclusive access to this record or 1 records: ${ids[1]}:--`,
      }),
    ]);
    const retry = await fastConnection().bulk2.loadAndWaitForResults({
      object: 'Account',
      operation: 'update',
      input: [input[1]],
    });
    expect(retry.successfulResults).toHaveLength(1);
  });
});

describe('Bulk API 2.0 ingest on the wire', () => {
  it('moves Open → UploadComplete → InProgress → JobComplete, the last after the configured latency', async () => {
    const conn = sf.connect();
    const job = await ingest<JobInfo & { contentUrl: string }>(
      conn,
      'POST',
      '',
      JSON.stringify({ object: 'Account', operation: 'insert', lineEnding: 'LF' })
    );
    expect(job).toMatchObject({ state: 'Open', contentUrl: `services/data/v62.0/jobs/ingest/${job.id}/batches` });
    expect(job.id).toMatch(/^750/);
    await ingest(conn, 'PUT', `/${job.id}/batches`, 'Name\nX\n', 'text/csv');
    const closed = await ingest<JobInfo>(conn, 'PATCH', `/${job.id}`, JSON.stringify({ state: 'UploadComplete' }));
    expect(closed.state).toBe('UploadComplete');
    const started = Date.now();
    const running = await waitFor(conn, job.id, ['InProgress', 'JobComplete']);
    expect(running.state).toBe('InProgress');
    expect(sf.server.store.count('Account')).toBe(0);
    const done = await waitFor(conn, job.id, ['JobComplete']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(20);
    expect(done).toMatchObject({ numberRecordsProcessed: 1, numberRecordsFailed: 0 });
    const success = await conn.request<Array<Record<string, string>>>({
      method: 'GET',
      url: `/services/data/v62.0/jobs/ingest/${job.id}/successfulResults`,
    });
    expect(success).toEqual([expect.objectContaining({ sf__Created: 'true', Name: 'X' })]);
    await ingest(conn, 'DELETE', `/${job.id}`);
    await expect(ingest(conn, 'GET', `/${job.id}`)).rejects.toMatchObject({ errorCode: 'NOT_FOUND' });
  });

  it('fails the whole job for an unknown column or line endings that do not match', async () => {
    const conn = sf.connect();
    const run = async (csv: string, lineEnding = 'LF'): Promise<JobInfo> => {
      const job = await ingest<JobInfo>(
        conn,
        'POST',
        '',
        JSON.stringify({ object: 'Account', operation: 'insert', lineEnding })
      );
      await ingest(conn, 'PUT', `/${job.id}/batches`, csv, 'text/csv');
      await ingest(conn, 'PATCH', `/${job.id}`, JSON.stringify({ state: 'UploadComplete' }));
      return waitFor(conn, job.id, ['JobComplete', 'Failed']);
    };
    expect(await run('Name,CVP_Nope__c\nX,1\n')).toMatchObject({
      state: 'Failed',
      errorMessage: 'InvalidBatch : Field name not found : CVP_Nope__c',
    });
    expect(await run('Name\r\nX\r\n')).toMatchObject({
      state: 'Failed',
      errorMessage: 'ClientInputError : LineEnding is invalid on user data. Current LineEnding setting is LF',
    });
    expect((await run('Name\r\nX\r\n', 'CRLF')).state).toBe('JobComplete');
    expect(sf.server.store.count('Account')).toBe(1);
  });

  it('aborts a job: nothing written, every row unprocessed', async () => {
    const conn = sf.connect();
    const job = await ingest<JobInfo>(conn, 'POST', '', JSON.stringify({ object: 'Account', operation: 'insert' }));
    await ingest(conn, 'PUT', `/${job.id}/batches`, 'Name\nX\nY\n', 'text/csv');
    await expect(ingest(conn, 'PUT', `/${job.id}/batches`, 'Name\nZ\n', 'text/csv')).rejects.toMatchObject({
      errorCode: 'INVALIDJOBSTATE',
    });
    const aborted = await ingest<JobInfo>(conn, 'PATCH', `/${job.id}`, JSON.stringify({ state: 'Aborted' }));
    expect(aborted.state).toBe('Aborted');
    const unprocessed = await conn.request<Array<Record<string, string>>>(
      `/services/data/v62.0/jobs/ingest/${job.id}/unprocessedrecords`
    );
    expect(unprocessed.map((r) => r.Name)).toEqual(['X', 'Y']);
    expect(sf.server.store.count('Account')).toBe(0);
  });

  it('answers polls while a large job runs, its processed count growing; an abort leaves the rest unprocessed', async () => {
    const conn = sf.connect();
    const rows = 20_000;
    // The job to abort is ten times larger: between the poll that sees it running and the abort, a
    // loaded machine may give the server several slices of work, and it must not finish meanwhile.
    const abortRows = 10 * rows;
    const csvOf = (n: number): string => `Name\n${Array.from({ length: n }, (_, i) => `"Account ${i}"`).join('\n')}\n`;
    const start = async (n = rows): Promise<string> => {
      const job = await ingest<JobInfo>(conn, 'POST', '', JSON.stringify({ object: 'Account', operation: 'insert' }));
      await ingest(conn, 'PUT', `/${job.id}/batches`, csvOf(n), 'text/csv');
      await ingest(conn, 'PATCH', `/${job.id}`, JSON.stringify({ state: 'UploadComplete' }));
      return job.id;
    };
    const id = await start();
    const running = await waitFor(conn, id, ['InProgress', 'JobComplete']);
    const seen: number[] = [];
    for (let info = running; info.state !== 'JobComplete';) {
      if (info.numberRecordsProcessed > 0) seen.push(info.numberRecordsProcessed);
      // eslint-disable-next-line no-await-in-loop
      info = await ingest<JobInfo>(conn, 'GET', `/${id}`);
    }
    expect(seen.some((n) => n > 0 && n < rows)).toBe(true);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(sf.server.store.count('Account')).toBe(rows);

    sf.server.store.clear('Account');
    const aborted = await start(abortRows);
    let info = await waitFor(conn, aborted, ['InProgress', 'JobComplete']);
    while (info.state === 'InProgress' && info.numberRecordsProcessed === 0)
      // eslint-disable-next-line no-await-in-loop
      info = await ingest<JobInfo>(conn, 'GET', `/${aborted}`);
    await ingest(conn, 'PATCH', `/${aborted}`, JSON.stringify({ state: 'Aborted' }));
    const written = sf.server.store.count('Account');
    const unprocessed = await conn.request<Array<Record<string, string>>>(
      `/services/data/v62.0/jobs/ingest/${aborted}/unprocessedrecords`
    );
    const unprocessedRows = unprocessed.length;
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(abortRows);
    expect(written + unprocessedRows).toBe(abortRows);
  });

  it('refuses an unknown object or an upsert without an external ID field', async () => {
    const conn = sf.connect();
    await expect(
      ingest(conn, 'POST', '', JSON.stringify({ object: 'Nope__c', operation: 'insert' }))
    ).rejects.toMatchObject({ errorCode: 'INVALIDJOB' });
    await expect(
      ingest(conn, 'POST', '', JSON.stringify({ object: 'Account', operation: 'upsert', externalIdFieldName: 'Name' }))
    ).rejects.toMatchObject({ errorCode: 'INVALIDJOB' });
  });
});
