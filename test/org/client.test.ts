import { OrgApiError } from '../../src/org/api/org-api-error.js';
import { backoffDelay, classifyThrown, kindOfResponse } from '../../src/org/api/retry.js';
import { accountIdProblem, to18 } from '../../src/org/api/salesforce-id.js';
import { to18 as serverTo18 } from '../sf-server/ids.js';
import { useSfServer } from '../helpers/org-server.js';

describe('the org client and its retry policy', () => {
  const sf = useSfServer();

  it('classifies failures by status and error code', () => {
    expect(kindOfResponse(403, 'REQUEST_LIMIT_EXCEEDED')).toBe('limit');
    expect(kindOfResponse(401, 'INVALID_SESSION_ID')).toBe('session');
    expect(kindOfResponse(503, 'SERVER_UNAVAILABLE')).toBe('transient');
    expect(kindOfResponse(429, 'ERROR_HTTP_429')).toBe('transient');
    expect(kindOfResponse(500, 'UNKNOWN_EXCEPTION')).toBe('ambiguous');
    expect(kindOfResponse(400, 'MALFORMED_QUERY')).toBe('fatal');
    const reset = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNRESET' } });
    expect(classifyThrown(reset).kind).toBe('ambiguous');
    expect(classifyThrown(new Error('bug')).kind).toBe('fatal');
    expect([1, 2, 3, 10].map((n) => backoffDelay({ attempts: 9, baseDelayMs: 500, maxDelayMs: 15_000 }, n))).toEqual([
      500, 1000, 2000, 15_000,
    ]);
  });

  it('retries a 503 and a dropped connection on a query, within its budget', async () => {
    const retries: string[] = [];
    const client = sf.client({ onRetry: (e) => retries.push(e.error.kind) });
    sf.server.faults.serviceUnavailable(1);
    sf.server.faults.dropConnection(2);
    const page = await client.request<{ totalSize: number }>({
      method: 'GET',
      path: '/query?q=SELECT+Id+FROM+Account',
    });
    expect(page.body.totalSize).toBe(0);
    expect(retries).toEqual(['transient', 'ambiguous']);
    expect(client.calls).toBe(3);

    sf.server.faults.serviceUnavailable(1, { times: 10 });
    const error = await client.request({ method: 'GET', path: '/limits' }).catch((e: unknown) => e as OrgApiError);
    expect(error).toMatchObject({ kind: 'transient', errorCode: 'SERVER_UNAVAILABLE', status: 503 });
    expect(client.calls).toBe(3 + client.policy.attempts);
  });

  it('does not send a create again after a lost answer, but does after a 503', async () => {
    const client = sf.client();
    const body = { allOrNone: false, records: [{ attributes: { type: 'Account' }, Name: 'Once' }] };
    sf.server.faults.serviceUnavailable(1);
    await client.request({ method: 'POST', path: '/composite/sobjects', body }, { idempotent: false });
    expect(sf.server.store.count('Account')).toBe(1);
    sf.server.faults.dropConnection(1);
    const before = client.calls;
    const lost = await client
      .request({ method: 'POST', path: '/composite/sobjects', body }, { idempotent: false })
      .catch((e: unknown) => e as OrgApiError);
    expect(lost).toMatchObject({ kind: 'ambiguous' });
    expect(client.calls).toBe(before + 1);
  });

  it('gives Bulk API responses with their headers', async () => {
    const client = sf.client();
    const versions = await client.request<Array<{ version: string }>>({ method: 'GET', path: '/services/data' });
    expect(versions.status).toBe(200);
    expect(versions.headers['content-type']).toMatch(/json/);
    expect(versions.body.map((v) => v.version)).toContain(sf.server.apiVersion);
  });

  it('turns 15-character Ids into the 18-character form as the org does', () => {
    const ids = sf.server.store.insert('Account', [{ Name: 'a' }, { Name: 'b' }, { Name: 'c' }]);
    for (const id of ids) {
      expect(to18(id.slice(0, 15))).toBe(id);
      expect(to18(id)).toBe(serverTo18(id.slice(0, 15)));
      expect(accountIdProblem(id)).toBeUndefined();
    }
    expect(to18('001Aa000000bCdE')).toBe(serverTo18('001Aa000000bCdE'));
    expect(accountIdProblem('003000000000001')).toBe('NotAnAccountId');
    expect(accountIdProblem('001-not-an-id')).toBe('InvalidAccountId');
    expect(accountIdProblem(`${ids[0].slice(0, 15)}ZZZ`)).toBe('InvalidAccountId');
  });
});
