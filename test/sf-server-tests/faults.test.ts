/* eslint-disable camelcase -- Salesforce API names and wire-format fields are not ours to rename */
import { ACCOUNT_COMPUTED } from '../../src/schema/fields.js';
import type { CallInfo } from '../sf-server/server.js';
import { useSfServer } from '../sf-server/use-sf-server.js';

const sf = useSfServer();

const update = (
  ids: string[],
  rank: number
): Promise<Array<{ id: string; success: boolean; errors: Array<{ statusCode: string; message: string }> }>> =>
  sf.connect().request({
    method: 'PATCH',
    url: '/services/data/v62.0/composite/sobjects',
    body: JSON.stringify({
      allOrNone: false,
      records: ids.map((id) => ({ attributes: { type: 'Account' }, id, [ACCOUNT_COMPUTED.rank]: rank })),
    }),
    headers: { 'Content-Type': 'application/json' },
  });

const statuses = (): Array<number | undefined> => sf.server.calls.log.map((c) => c.status);

describe('faults', () => {
  it('waits the configured latency before every answer', async () => {
    sf.server.faults.latencyMs = 60;
    const started = Date.now();
    await sf.connect().query('SELECT Id FROM Account');
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
  });

  it('answers 503 on the nth call: jsforce retries a GET, a PATCH fails with SERVER_UNAVAILABLE', async () => {
    sf.server.store.insert('Account', [{ Name: 'A' }]);
    sf.server.faults.serviceUnavailable(1, { kind: 'query' });
    const result = await sf.connect().query('SELECT Id FROM Account');
    expect(result.totalSize).toBe(1);
    expect(statuses()).toEqual([503, 200]);
    const [id] = sf.server.store.all('Account').map((a) => a.Id as string);
    sf.server.faults.serviceUnavailable(1);
    await expect(update([id], 1)).rejects.toMatchObject({ errorCode: 'SERVER_UNAVAILABLE' });
    expect(sf.server.store.get('Account', id)?.[ACCOUNT_COMPUTED.rank]).toBeNull();
  });

  it('drops the connection on the nth call without answering', async () => {
    sf.server.faults.dropConnection(2);
    const conn = sf.connect();
    await conn.query('SELECT Id FROM Account');
    await expect(
      conn.request({
        method: 'POST',
        url: '/services/data/v62.0/composite/sobjects',
        body: '{"records":[]}',
        headers: { 'Content-Type': 'application/json' },
      })
    ).rejects.toThrow();
    expect(statuses()).toEqual([200, 0]);
    await conn.query('SELECT Id FROM Account');
    expect(statuses()).toEqual([200, 0, 200]);
  });

  it('drops a GET too, which jsforce does not retry (the socket closes without an error code): callers must', async () => {
    sf.server.faults.dropConnection(1, { kind: 'query' });
    await expect(sf.connect().query('SELECT Id FROM Account')).rejects.toThrow('fetch failed');
    expect(statuses()).toEqual([0]);
  });

  it('answers 403 REQUEST_LIMIT_EXCEEDED after n calls, until cleared', async () => {
    sf.server.faults.requestLimitAfter(2);
    const conn = sf.connect();
    await conn.query('SELECT Id FROM Account');
    await conn.query('SELECT Id FROM Account');
    await expect(conn.query('SELECT Id FROM Account')).rejects.toMatchObject({
      errorCode: 'REQUEST_LIMIT_EXCEEDED',
      message: 'TotalRequests Limit exceeded.',
    });
    await expect(conn.query('SELECT Id FROM Account')).rejects.toMatchObject({ errorCode: 'REQUEST_LIMIT_EXCEEDED' });
    sf.server.faults.clearRequestLimit();
    await conn.query('SELECT Id FROM Account');
    expect(statuses()).toEqual([200, 200, 403, 403, 200]);
  });

  it('locks chosen records for their first attempts, inside a 200 answer', async () => {
    const ids = sf.server.store.insert('Account', [{ Name: 'A' }, { Name: 'B' }]);
    sf.server.faults.lockRecords([ids[0]], 2);
    const first = await update(ids, 1);
    expect(first[0]).toMatchObject({
      success: false,
      errors: [
        {
          statusCode: 'UNABLE_TO_LOCK_ROW',
          message: `unable to obtain exclusive access to this record or 1 records: ${ids[0]}`,
        },
      ],
    });
    expect(first[1].success).toBe(true);
    expect((await update([ids[0]], 1))[0].success).toBe(false);
    expect((await update([ids[0]], 1))[0].success).toBe(true);
    expect(statuses()).toEqual([200, 200, 200]);
  });

  it('fails matching records with any error, e.g. a validation rule the server does not have', async () => {
    const ids = sf.server.store.insert('Account', [{ Name: 'A' }, { Name: 'B' }]);
    sf.server.faults.failRecords((record) => record.Name === 'B', {
      statusCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
      message: 'Closed',
    });
    const results = await update(ids, 1);
    expect(results.map((r) => r.success)).toEqual([true, false]);
    expect(results[1].errors[0]).toMatchObject({ statusCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: 'Closed' });
  });
});

describe('sessions', () => {
  it('answers 401 INVALID_SESSION_ID for a missing or wrong token', async () => {
    const conn = sf.connect({ refresh: false });
    conn.accessToken = 'wrong';
    await expect(conn.query('SELECT Id FROM Account')).rejects.toMatchObject({
      errorCode: 'INVALID_SESSION_ID',
      message: 'Session expired or invalid',
    });
    const res = await fetch(`${sf.server.url}/services/data/v62.0/limits`);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual([{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]);
  });

  it('expires the session after n calls; jsforce refreshes the token and retries', async () => {
    const conn = sf.connect();
    const refreshed: string[] = [];
    conn.on('refresh', (token: string) => refreshed.push(token));
    sf.server.faults.expireSessionAfter(1);
    await conn.query('SELECT Id FROM Account');
    await conn.query('SELECT Id FROM Account');
    expect(refreshed).toHaveLength(1);
    expect(conn.accessToken).toBe(refreshed[0]);
    expect(statuses()).toEqual([200, 401, 200]);
    const stale = sf.connect({ refresh: false });
    await expect(stale.query('SELECT Id FROM Account')).rejects.toMatchObject({ errorCode: 'INVALID_SESSION_ID' });
  });

  it('refreshes through the OAuth refresh-token grant', async () => {
    sf.server.faults.expireSessionAfter(0);
    const form = new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: sf.server.refreshToken,
      client_id: 'x',
    });
    const res = await fetch(`${sf.server.url}/services/oauth2/token`, { method: 'POST', body: form });
    const body = (await res.json()) as { access_token: string; instance_url: string };
    expect(body.instance_url).toBe(sf.server.url);
    const conn = sf.connect({ refresh: false });
    conn.accessToken = body.access_token;
    await expect(conn.query('SELECT Id FROM Account')).resolves.toMatchObject({ totalSize: 0 });
    const bad = await fetch(`${sf.server.url}/services/oauth2/token`, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: 'no' }),
    });
    expect(bad.status).toBe(400);
  });
});

describe('the call counter', () => {
  it('counts every call by kind, failed ones too, and tells listeners first', async () => {
    const seen: CallInfo[] = [];
    const stop = sf.server.onCall((call) => seen.push(call));
    const conn = sf.connect();
    conn.bulk2.pollInterval = 5;
    await conn.query('SELECT Id FROM Account');
    await conn.sobject('Account').describe();
    await conn.bulk2.loadAndWaitForResults({ object: 'Account', operation: 'insert', input: [{ Name: 'A' }] });
    await expect(conn.query('SELECT Nope FROM Account')).rejects.toMatchObject({ errorCode: 'INVALID_FIELD' });
    stop();
    await conn.query('SELECT Id FROM Account');
    expect(sf.server.calls.byKind()).toMatchObject({
      query: 3,
      describe: 1,
      bulkIngestCreate: 1,
      bulkIngestUpload: 1,
      bulkIngestClose: 1,
      bulkIngestResults: 3,
    });
    expect(sf.server.calls.total).toBe(seen.length + 1);
    expect(seen[0]).toMatchObject({ n: expect.any(Number), kind: 'query', method: 'GET' });
    sf.server.calls.reset();
    expect(sf.server.calls.total).toBe(0);
  });
});
