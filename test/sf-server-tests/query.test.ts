/* eslint-disable camelcase -- Salesforce API names and wire-format fields are not ours to rename */
import { ACCOUNT_ASSESSED, PROFITABILITY, RELATIONSHIPS } from '../../src/schema/fields.js';
import { useSfServer } from '../sf-server/use-sf-server.js';

type Row = Record<string, unknown> & { attributes: { type: string; url: string } };

const sf = useSfServer();

function seedAccounts(n: number): string[] {
  return sf.server.store.insert(
    'Account',
    Array.from({ length: n }, (_, i) => ({
      Name: `Account ${String(i).padStart(5, '0')}`,
      [ACCOUNT_ASSESSED.loyalty]: (i % 5) + 1,
    }))
  );
}

describe('REST query paging', () => {
  it('pages 4,500 records through nextRecordsUrl in pages of 2,000', async () => {
    seedAccounts(4500);
    const conn = sf.connect();
    // The wire format first (jsforce turns nextRecordsUrl into an absolute URL).
    const raw = await conn.request<{ nextRecordsUrl: string }>('/services/data/v62.0/query?q=SELECT+Id+FROM+Account');
    expect(raw.nextRecordsUrl).toMatch(/^\/services\/data\/v62\.0\/query\/01g[a-zA-Z0-9]{15}-2000$/);
    const first = await conn.query<Row>('SELECT Id, Name FROM Account ORDER BY Name');
    expect(first.totalSize).toBe(4500);
    expect(first.done).toBe(false);
    expect(first.records).toHaveLength(2000);
    expect(first.nextRecordsUrl).toMatch(/\/services\/data\/v62\.0\/query\/01g[a-zA-Z0-9]{15}-2000$/);
    const second = await conn.queryMore<Row>(first.nextRecordsUrl as string);
    expect(second.records).toHaveLength(2000);
    expect(second.nextRecordsUrl).toMatch(/-4000$/);
    const third = await conn.queryMore<Row>(second.nextRecordsUrl as string);
    expect(third.done).toBe(true);
    expect(third.nextRecordsUrl).toBeUndefined();
    const names = [...first.records, ...second.records, ...third.records].map((r) => r.Name);
    expect(names).toHaveLength(4500);
    expect(names[0]).toBe('Account 00000');
    expect(names[4499]).toBe('Account 04499');
    expect(sf.server.calls.count('query')).toBe(2);
    expect(sf.server.calls.count('queryMore')).toBe(2);
  });

  it('fetches every page with autoFetch', async () => {
    seedAccounts(4500);
    const result = await sf.connect().query<Row>('SELECT Id FROM Account', { autoFetch: true, maxFetch: 10_000 });
    expect(result.records).toHaveLength(4500);
    expect(new Set(result.records.map((r) => r.Id)).size).toBe(4500);
    expect(sf.server.calls.count('query') + sf.server.calls.count('queryMore')).toBe(3);
  });

  it('honours Sforce-Query-Options batchSize, kept between 200 and 2,000', async () => {
    seedAccounts(700);
    const conn = sf.connect();
    const page = (batch: number): Promise<{ records: unknown[] }> =>
      conn.request({
        method: 'GET',
        url: '/services/data/v62.0/query?q=SELECT+Id+FROM+Account',
        headers: { 'Sforce-Query-Options': `batchSize=${batch}` },
      });
    expect((await page(300)).records).toHaveLength(300);
    expect((await page(50)).records).toHaveLength(200);
    expect((await page(5000)).records).toHaveLength(700);
  });

  it('answers records with attributes, nulls for empty fields, and parent fields nested', async () => {
    const [parent] = sf.server.store.insert('Account', [{ Name: 'Parent' }]);
    sf.server.store.insert('Account', [{ Name: 'Child', ParentId: parent }]);
    const result = await sf
      .connect()
      .query<Row>(
        "SELECT Name, Industry, Owner.Name, Parent.Name, Parent.Owner.Username FROM Account WHERE Name = 'child'"
      );
    const [r] = result.records;
    expect(r.attributes.type).toBe('Account');
    expect(r.attributes.url).toMatch(/^\/services\/data\/v62\.0\/sobjects\/Account\/001/);
    expect(r.Industry).toBeNull();
    expect(r.Owner).toMatchObject({ attributes: { type: 'User' }, Name: 'Integration User' });
    expect(r.Parent).toMatchObject({ Name: 'Parent', Owner: { Username: sf.server.username } });
    const top = await sf.connect().query<Row>("SELECT Parent.Name FROM Account WHERE Name = 'Parent'");
    expect(top.records[0].Parent).toBeNull();
  });
});

describe('child sub-queries', () => {
  it('returns each account with its profitability rows, null when it has none', async () => {
    const [a, b] = sf.server.store.insert('Account', [{ Name: 'A' }, { Name: 'B' }]);
    sf.server.store.insert(PROFITABILITY.object, [
      {
        [PROFITABILITY.account]: a,
        [PROFITABILITY.period]: '2025-Q2',
        [PROFITABILITY.revenue]: 100,
        [PROFITABILITY.directCosts]: 40,
      },
      {
        [PROFITABILITY.account]: a,
        [PROFITABILITY.period]: '2025-Q3',
        [PROFITABILITY.revenue]: 200,
        [PROFITABILITY.directCosts]: 50,
      },
    ]);
    const rel = RELATIONSHIPS.accountProfitability;
    const result = await sf
      .connect()
      .query<Row>(
        `SELECT Name, (SELECT ${PROFITABILITY.period}, ${PROFITABILITY.salesMargin} FROM ${rel} WHERE ${PROFITABILITY.period} = '2025-Q3') FROM Account ORDER BY Name`
      );
    const [ra, rb] = result.records;
    expect(ra[rel]).toMatchObject({ totalSize: 1, done: true });
    const rows = (ra[rel] as { records: Row[] }).records;
    expect(rows[0]).toMatchObject({
      attributes: { type: PROFITABILITY.object },
      [PROFITABILITY.period]: '2025-Q3',
      [PROFITABILITY.salesMargin]: 150,
    });
    expect(rb[rel]).toBeNull();
    expect(b).toBeDefined();
  });

  it('rejects an unknown relationship as the org does', async () => {
    await expect(
      sf.connect().query('SELECT Id, (SELECT Id FROM CVP_Customer_Profitabilities__r) FROM Account')
    ).rejects.toMatchObject({
      errorCode: 'INVALID_TYPE',
      message: expect.stringContaining("Didn't understand relationship 'CVP_Customer_Profitabilities__r'"),
    });
  });
});

describe('WHERE, ORDER BY, LIMIT and aggregates', () => {
  const names = async (soql: string): Promise<unknown[]> =>
    (await sf.connect().query<Row>(soql)).records.map((r) => r.Name);

  beforeEach(() => {
    sf.server.store.insert('Account', [
      {
        Name: 'Alpha',
        AnnualRevenue: 100,
        Industry: 'Energy',
        CVP_Rank__c: 3,
        CVP_Scored_At__c: '2025-01-10T10:00:00Z',
      },
      { Name: 'beta', AnnualRevenue: 200, Industry: 'Retail', CVP_Rank__c: 1, CVP_Incomplete__c: true },
      {
        Name: 'Gamma',
        AnnualRevenue: null,
        Industry: 'Energy',
        CVP_Rank__c: 2,
        CVP_Scored_At__c: '2024-12-31T23:00:00Z',
      },
      { Name: 'Delta', AnnualRevenue: 50 },
    ]);
  });

  it('compares like SOQL: text without case, nulls only for = and !=', async () => {
    expect(await names("SELECT Name FROM Account WHERE Name = 'BETA'")).toEqual(['beta']);
    expect(await names('SELECT Name FROM Account WHERE AnnualRevenue > 60 ORDER BY Name')).toEqual(['Alpha', 'beta']);
    expect(await names('SELECT Name FROM Account WHERE AnnualRevenue = null')).toEqual(['Gamma']);
    expect(
      await names('SELECT Name FROM Account WHERE AnnualRevenue != null AND AnnualRevenue <= 100 ORDER BY Name')
    ).toEqual(['Alpha', 'Delta']);
    expect(await names("SELECT Name FROM Account WHERE Industry != 'Energy' ORDER BY Name")).toEqual(['beta', 'Delta']);
  });

  it('supports IN, NOT IN, LIKE, NOT, parentheses and booleans', async () => {
    expect(await names("SELECT Name FROM Account WHERE Industry IN ('energy') ORDER BY Name")).toEqual([
      'Alpha',
      'Gamma',
    ]);
    expect(await names("SELECT Name FROM Account WHERE Name NOT IN ('Alpha', 'Gamma') ORDER BY Name")).toEqual([
      'beta',
      'Delta',
    ]);
    expect(await names("SELECT Name FROM Account WHERE Name LIKE '%a' ORDER BY Name")).toEqual([
      'Alpha',
      'beta',
      'Delta',
      'Gamma',
    ]);
    expect(await names("SELECT Name FROM Account WHERE Name LIKE 'g_mma'")).toEqual(['Gamma']);
    expect(await names("SELECT Name FROM Account WHERE NOT (Industry = 'Energy' OR Name = 'Delta')")).toEqual(['beta']);
    expect(
      await names(
        "SELECT Name FROM Account WHERE (Industry = 'Energy' AND CVP_Rank__c > 2) OR CVP_Incomplete__c = true ORDER BY Name"
      )
    ).toEqual(['Alpha', 'beta']);
  });

  it('rejects AND and OR mixed without parentheses', async () => {
    await expect(
      sf.connect().query("SELECT Name FROM Account WHERE Name = 'a' AND Name = 'b' OR Name = 'c'")
    ).rejects.toMatchObject({
      errorCode: 'MALFORMED_QUERY',
    });
  });

  it('compares date-times and date literals', async () => {
    expect(await names('SELECT Name FROM Account WHERE CVP_Scored_At__c >= 2025-01-01T00:00:00Z')).toEqual(['Alpha']);
    expect(await names('SELECT Name FROM Account WHERE CVP_Scored_At__c < 2025-01-01T00:00:00-02:00')).toEqual([
      'Gamma',
    ]);
    expect((await names('SELECT Name FROM Account WHERE CreatedDate = TODAY')).length).toBe(4);
    expect((await names('SELECT Name FROM Account WHERE CreatedDate = LAST_N_DAYS:3')).length).toBe(4);
    expect(await names('SELECT Name FROM Account WHERE CreatedDate < YESTERDAY')).toEqual([]);
  });

  it('orders with nulls first ascending and last descending, and cuts by LIMIT and OFFSET', async () => {
    expect(await names('SELECT Name FROM Account ORDER BY AnnualRevenue')).toEqual(['Gamma', 'Delta', 'Alpha', 'beta']);
    expect(await names('SELECT Name FROM Account ORDER BY AnnualRevenue DESC')).toEqual([
      'beta',
      'Alpha',
      'Delta',
      'Gamma',
    ]);
    expect(await names('SELECT Name FROM Account ORDER BY AnnualRevenue ASC NULLS LAST LIMIT 2')).toEqual([
      'Delta',
      'Alpha',
    ]);
    expect(await names('SELECT Name FROM Account ORDER BY Name LIMIT 2 OFFSET 1')).toEqual(['beta', 'Delta']);
  });

  it('counts with COUNT() and aggregates with GROUP BY', async () => {
    const count = await sf.connect().query("SELECT COUNT() FROM Account WHERE Industry = 'Energy'");
    expect(count).toEqual({ totalSize: 2, done: true, records: [] });
    const grouped = await sf
      .connect()
      .query<Row>('SELECT Industry, COUNT(Id) n, SUM(AnnualRevenue) FROM Account GROUP BY Industry');
    const energy = grouped.records.find((r) => r.Industry === 'Energy');
    expect(energy).toEqual({ attributes: { type: 'AggregateResult' }, Industry: 'Energy', n: 2, expr0: 100 });
  });

  it('filters by a semi-join and by parent fields', async () => {
    const [alpha] = sf.server.store.all('Account').filter((a) => a.Name === 'Alpha');
    sf.server.store.insert(PROFITABILITY.object, [
      { [PROFITABILITY.account]: alpha.Id, [PROFITABILITY.period]: '2025' },
    ]);
    expect(
      await names(`SELECT Name FROM Account WHERE Id IN (SELECT ${PROFITABILITY.account} FROM ${PROFITABILITY.object})`)
    ).toEqual(['Alpha']);
    const rows = await sf
      .connect()
      .query<Row>(`SELECT Id FROM ${PROFITABILITY.object} WHERE CVP_Account__r.Name = 'alpha'`);
    expect(rows.totalSize).toBe(1);
  });

  it('serves PermissionSetAssignment queries of the running user', async () => {
    const [ps] = sf.server.store.all('PermissionSet').filter((p) => p.Name === 'CVP_Integration');
    sf.server.store.insert('PermissionSetAssignment', [{ AssigneeId: sf.server.userId, PermissionSetId: ps.Id }]);
    const result = await sf
      .connect()
      .query<Row>(
        `SELECT PermissionSet.Name FROM PermissionSetAssignment WHERE AssigneeId = '${sf.server.userId.slice(0, 15)}'`
      );
    expect(result.records.map((r) => (r.PermissionSet as Row).Name)).toEqual(['CVP_Integration']);
  });

  it('shows deleted records to queryAll only', async () => {
    const [delta] = sf.server.store.all('Account').filter((a) => a.Name === 'Delta');
    sf.server.store.delete('Account', delta.Id as string);
    expect(await names('SELECT Name FROM Account ORDER BY Name')).toEqual(['Alpha', 'beta', 'Gamma']);
    const all = await sf
      .connect()
      .query<Row>("SELECT Name, IsDeleted FROM Account WHERE Name = 'Delta'", { scanAll: true });
    expect(all.records).toMatchObject([{ Name: 'Delta', IsDeleted: true }]);
  });
});

describe('query errors', () => {
  it('answers 400 INVALID_FIELD for an unknown column, with the org message', async () => {
    await expect(sf.connect().query('SELECT Id, CVP_Nope__c FROM Account')).rejects.toMatchObject({
      errorCode: 'INVALID_FIELD',
      message: expect.stringContaining("No such column 'CVP_Nope__c' on entity 'Account'"),
    });
  });

  it('answers MALFORMED_QUERY for bad syntax and INVALID_TYPE for an unknown object', async () => {
    await expect(sf.connect().query('SELECT FROM Account')).rejects.toMatchObject({ errorCode: 'MALFORMED_QUERY' });
    await expect(sf.connect().query('SELECT Id FROM Nope__c')).rejects.toMatchObject({
      errorCode: 'INVALID_TYPE',
      message: expect.stringContaining("sObject type 'Nope__c' is not supported"),
    });
  });

  it('rejects a quoted number and filtering on a long text area', async () => {
    await expect(sf.connect().query("SELECT Id FROM Account WHERE AnnualRevenue = '5'")).rejects.toMatchObject({
      errorCode: 'INVALID_FIELD',
    });
    await expect(sf.connect().query("SELECT Id FROM Account WHERE Description = 'x'")).rejects.toMatchObject({
      errorCode: 'INVALID_FIELD',
      message: expect.stringContaining('can not be filtered'),
    });
  });

  it('accepts FIELDS() with a LIMIT and ignores WITH USER_MODE, and says what it does not support', async () => {
    sf.server.store.insert('Account', [{ Name: 'A' }]);
    const all = await sf.connect().query<Row>('SELECT FIELDS(ALL) FROM Account WITH USER_MODE LIMIT 200');
    expect(all.records[0]).toMatchObject({ Name: 'A', CVP_Tier__c: null, OwnerId: sf.server.userId });
    await expect(sf.connect().query('SELECT FIELDS(ALL) FROM Account')).rejects.toMatchObject({
      errorCode: 'MALFORMED_QUERY',
    });
    await expect(
      sf.connect().query('SELECT Id FROM Account WHERE CALENDAR_YEAR(CreatedDate) = 2025')
    ).rejects.toMatchObject({
      errorCode: 'MALFORMED_QUERY',
      message: expect.stringContaining('not supported by the local server'),
    });
  });

  it('answers INVALID_QUERY_LOCATOR for a locator it does not know', async () => {
    await expect(sf.connect().queryMore('/services/data/v62.0/query/01gHs0000000099AAA-2000')).rejects.toMatchObject({
      errorCode: 'INVALID_QUERY_LOCATOR',
    });
  });
});
