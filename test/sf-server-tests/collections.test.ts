/* eslint-disable camelcase -- Salesforce API names and wire-format fields are not ours to rename */
import { ACCOUNT_COMPUTED, PROFITABILITY, SCORING_PROFILE } from '../../src/schema/fields.js';
import { makeId } from '../sf-server/ids.js';
import { useSfServer } from '../sf-server/use-sf-server.js';

type SaveResult = {
  id?: string;
  success: boolean;
  errors: Array<{ statusCode: string; message: string; fields: string[] }>;
  created?: boolean;
};

const sf = useSfServer();

const collections = <T = SaveResult[]>(method: 'POST' | 'PATCH', path: string, body: unknown): Promise<T> =>
  sf.connect().request<T>({
    method,
    url: `/services/data/v62.0/composite/sobjects${path}`,
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json' },
  });

const account = (fields: Record<string, unknown>): Record<string, unknown> => ({
  attributes: { type: 'Account' },
  ...fields,
});

describe('sObject Collections create and update', () => {
  it('creates records and answers one result per record, in order', async () => {
    const results = await collections('POST', '', {
      allOrNone: false,
      records: [account({ Name: 'A' }), account({ Name: 'B' })],
    });
    expect(results).toHaveLength(2);
    expect(results.every((r) => r.success && /^001[a-zA-Z0-9]{15}$/.test(r.id ?? ''))).toBe(true);
    expect(sf.server.store.all('Account').map((a) => a.Name)).toEqual(['A', 'B']);
    expect(sf.server.calls.count('collections')).toBe(1);
  });

  it('updates through jsforce, moving SystemModstamp on, with per-record errors inside the 200 answer', async () => {
    const [a, b] = sf.server.store.insert('Account', [{ Name: 'A' }, { Name: 'B' }]);
    const before = sf.server.store.get('Account', a)?.SystemModstamp as string;
    await new Promise((resolve) => setTimeout(resolve, 5));
    const results = (await sf
      .connect()
      .sobject('Account')
      .update(
        [
          { Id: a, [ACCOUNT_COMPUTED.rank]: 1, [ACCOUNT_COMPUTED.tier]: 'keyAccount' },
          { Id: b, [ACCOUNT_COMPUTED.tier]: 'platinum' },
        ],
        { allOrNone: false }
      )) as SaveResult[];
    expect(results[0]).toMatchObject({ id: a, success: true });
    expect(results[1]).toMatchObject({
      id: b,
      success: false,
      errors: [{ statusCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', fields: [ACCOUNT_COMPUTED.tier] }],
    });
    const after = sf.server.store.get('Account', a);
    expect(after).toMatchObject({ [ACCOUNT_COMPUTED.rank]: 1, [ACCOUNT_COMPUTED.tier]: 'keyAccount' });
    expect(String(after?.SystemModstamp) > before).toBe(true);
    expect(sf.server.store.get('Account', b)?.[ACCOUNT_COMPUTED.tier]).toBeNull();
  });

  it('rounds numbers to the field scale and rejects values out of range, as the org stores them', async () => {
    const [a, b] = sf.server.store.insert('Account', [{ Name: 'A' }, { Name: 'B' }]);
    const results = await collections('PATCH', '', {
      records: [
        account({ id: a, [ACCOUNT_COMPUTED.weightedScore]: 3.141_59, [ACCOUNT_COMPUTED.coverage]: 87.5 }),
        account({ id: b, [ACCOUNT_COMPUTED.weightedScore]: 123.4 }),
      ],
    });
    expect(sf.server.store.get('Account', a)).toMatchObject({
      [ACCOUNT_COMPUTED.weightedScore]: 3.14,
      [ACCOUNT_COMPUTED.coverage]: 87.5,
    });
    expect(results[1].errors[0].statusCode).toBe('NUMBER_OUTSIDE_VALID_RANGE');
  });

  it('rejects writes to formula fields and unknown fields per record (INVALID_FIELD_FOR_INSERT_UPDATE, INVALID_FIELD)', async () => {
    const [a] = sf.server.store.insert('Account', [{ Name: 'A' }]);
    const [p] = sf.server.store.insert(PROFITABILITY.object, [
      { [PROFITABILITY.account]: a, [PROFITABILITY.period]: '2025' },
    ]);
    const results = await collections('PATCH', '', {
      records: [
        { attributes: { type: PROFITABILITY.object }, id: p, [PROFITABILITY.salesMargin]: 5 },
        account({ id: a, CVP_Nope__c: 1 }),
        account({ id: a, CreatedDate: '2020-01-01T00:00:00Z' }),
      ],
    });
    expect(results[0].errors[0]).toMatchObject({
      statusCode: 'INVALID_FIELD_FOR_INSERT_UPDATE',
      fields: [PROFITABILITY.salesMargin],
    });
    expect(results[1].errors[0]).toMatchObject({ statusCode: 'INVALID_FIELD' });
    expect(results[2].errors[0]).toMatchObject({
      statusCode: 'INVALID_FIELD_FOR_INSERT_UPDATE',
      fields: ['CreatedDate'],
    });
  });

  it('runs the package validation rules and checks required fields and references', async () => {
    const [a] = sf.server.store.insert('Account', [{ Name: 'A' }]);
    const results = await collections('POST', '', {
      records: [
        account({ CVP_Loyalty_Score__c: 7, Name: 'Bad score' }),
        account({ Industry: 'Energy' }),
        { attributes: { type: PROFITABILITY.object }, [PROFITABILITY.account]: a, [PROFITABILITY.period]: '25Q3' },
        {
          attributes: { type: PROFITABILITY.object },
          [PROFITABILITY.account]: makeId('001', 9999),
          [PROFITABILITY.period]: '2025',
        },
        { attributes: { type: PROFITABILITY.object }, [PROFITABILITY.period]: '2025' },
      ],
    });
    expect(results[0].errors[0]).toMatchObject({
      statusCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
      message: 'Scores, commitment and binding are from 1 to 5.',
    });
    expect(results[1].errors[0]).toMatchObject({ statusCode: 'REQUIRED_FIELD_MISSING', fields: ['Name'] });
    expect(results[2].errors[0]).toMatchObject({
      statusCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
      fields: [PROFITABILITY.period],
    });
    expect(results[3].errors[0]).toMatchObject({ statusCode: 'INVALID_CROSS_REFERENCE_KEY' });
    expect(results[4].errors[0]).toMatchObject({
      statusCode: 'REQUIRED_FIELD_MISSING',
      fields: [PROFITABILITY.account],
    });
    expect(sf.server.store.count('Account')).toBe(1);
  });

  it('computes formula fields on write', async () => {
    const [a] = sf.server.store.insert('Account', [{ Name: 'A' }]);
    const [result] = await collections('POST', '', {
      records: [
        {
          attributes: { type: PROFITABILITY.object },
          [PROFITABILITY.account]: a,
          [PROFITABILITY.period]: '2025-Q3',
          [PROFITABILITY.revenue]: 1000,
          [PROFITABILITY.directCosts]: 400,
          [PROFITABILITY.salesCosts]: 100,
          [PROFITABILITY.serviceCosts]: 50.555,
        },
      ],
    });
    expect(sf.server.store.get(PROFITABILITY.object, result.id as string)).toMatchObject({
      Name: 'CP-000001',
      [PROFITABILITY.salesMargin]: 600,
      [PROFITABILITY.customerMargin]: 449.44,
      [PROFITABILITY.marginPct]: 44.94,
    });
  });

  it('answers 400 EXCEEDED_ID_LIMIT above 200 records and writes nothing', async () => {
    const records = Array.from({ length: 201 }, (_, i) => account({ Name: `A${i}` }));
    await expect(collections('POST', '', { records })).rejects.toMatchObject({
      errorCode: 'EXCEEDED_ID_LIMIT',
      message: 'record limit reached. cannot submit more than 200 records into this call',
    });
    expect(sf.server.store.count('Account')).toBe(0);
    const ok = await collections('POST', '', { records: records.slice(0, 200) });
    expect(ok.filter((r) => r.success)).toHaveLength(200);
  });

  it('rolls everything back with allOrNone when one record fails', async () => {
    const [a, b] = sf.server.store.insert('Account', [{ Name: 'A' }, { Name: 'B' }]);
    const results = await collections('PATCH', '', {
      allOrNone: true,
      records: [account({ id: a, Name: 'A2' }), account({ id: b, Name: null })],
    });
    expect(results[0]).toMatchObject({
      id: a,
      success: false,
      errors: [{ statusCode: 'ALL_OR_NONE_OPERATION_ROLLED_BACK' }],
    });
    expect(results[1]).toMatchObject({ success: false, errors: [{ statusCode: 'REQUIRED_FIELD_MISSING' }] });
    expect(sf.server.store.get('Account', a)?.Name).toBe('A');
    const created = await collections('POST', '', { allOrNone: true, records: [account({ Name: 'C' }), account({})] });
    expect(created[0].success).toBe(false);
    expect(sf.server.store.count('Account')).toBe(2);
  });

  it('reports an update of a record that does not exist', async () => {
    const [a] = sf.server.store.insert('Account', [{ Name: 'A' }]);
    sf.server.store.delete('Account', a);
    const results = await collections('PATCH', '', {
      records: [account({ id: a, Name: 'x' }), account({ id: 'nope', Name: 'y' })],
    });
    expect(results[0].errors[0].statusCode).toBe('ENTITY_IS_DELETED');
    expect(results[1].errors[0].statusCode).toBe('MALFORMED_ID');
  });
});

describe('sObject Collections upsert', () => {
  it('upserts by external ID, telling created from updated', async () => {
    const [a] = sf.server.store.insert('Account', [{ Name: 'A' }]);
    const key = `${a}:2025-Q3`;
    sf.server.store.insert(PROFITABILITY.object, [
      {
        [PROFITABILITY.account]: a,
        [PROFITABILITY.period]: '2025-Q3',
        [PROFITABILITY.externalId]: key,
        [PROFITABILITY.revenue]: 1,
      },
    ]);
    const row = (period: string, revenue: number): Record<string, unknown> => ({
      attributes: { type: PROFITABILITY.object },
      [PROFITABILITY.account]: a,
      [PROFITABILITY.period]: period,
      [PROFITABILITY.externalId]: `${a}:${period}`,
      [PROFITABILITY.revenue]: revenue,
    });
    const results = await collections('PATCH', `/${PROFITABILITY.object}/${PROFITABILITY.externalId}`, {
      allOrNone: false,
      records: [
        row('2025-Q3', 500),
        row('2025-Q4', 600),
        { ...row('2026-Q1', 1), [PROFITABILITY.externalId]: `${a}:wrong` },
      ],
    });
    expect(results[0]).toMatchObject({ success: true, created: false });
    expect(results[1]).toMatchObject({ success: true, created: true });
    expect(results[2]).toMatchObject({ success: false, errors: [{ statusCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION' }] });
    const rows = sf.server.store.all(PROFITABILITY.object);
    expect(rows.map((r) => [r[PROFITABILITY.period], r[PROFITABILITY.revenue]])).toEqual([
      ['2025-Q3', 500],
      ['2025-Q4', 600],
    ]);
  });

  it('matches a case-insensitive external ID without regard to case and refuses a field that is not one', async () => {
    const [id] = sf.server.store.insert(SCORING_PROFILE.object, [
      { Name: 'Current', [SCORING_PROFILE.key]: 'current' },
    ]);
    const weights = { CVP_Weight_Volume__c: 100 };
    const results = await collections('PATCH', `/${SCORING_PROFILE.object}/${SCORING_PROFILE.key}`, {
      records: [
        { attributes: { type: SCORING_PROFILE.object }, [SCORING_PROFILE.key]: 'CURRENT', Name: 'Renamed', ...weights },
      ],
    });
    // It found the existing record (its Id), then the key-format rule refused the upper-case key.
    expect(results[0]).toMatchObject({
      id,
      success: false,
      errors: [{ statusCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION' }],
    });
    await expect(collections('PATCH', `/${SCORING_PROFILE.object}/Name`, { records: [] })).rejects.toMatchObject({
      errorCode: 'INVALID_FIELD',
    });
  });

  it('refuses duplicate values of a unique field', async () => {
    sf.server.store.insert(SCORING_PROFILE.object, [{ Name: 'Current', [SCORING_PROFILE.key]: 'current' }]);
    const results = await collections('POST', '', {
      records: [
        {
          attributes: { type: SCORING_PROFILE.object },
          Name: 'Again',
          [SCORING_PROFILE.key]: 'current',
          CVP_Weight_Volume__c: 100,
        },
      ],
    });
    expect(results[0].errors[0]).toMatchObject({ statusCode: 'DUPLICATE_VALUE', fields: [SCORING_PROFILE.key] });
  });
});

describe('collections retrieve and delete, and single-record REST', () => {
  it('retrieves by ids and deletes, cascading to master-detail children', async () => {
    const [a, b] = sf.server.store.insert('Account', [{ Name: 'A' }, { Name: 'B' }]);
    sf.server.store.insert(PROFITABILITY.object, [{ [PROFITABILITY.account]: a, [PROFITABILITY.period]: '2025' }]);
    const got = await sf
      .connect()
      .request<Array<Record<string, unknown> | null>>(
        `/services/data/v62.0/composite/sobjects/Account?ids=${a},${b},${makeId('001', 9999)}&fields=Name`
      );
    expect(got.map((r) => r?.Name ?? null)).toEqual(['A', 'B', null]);
    const deleted = await sf
      .connect()
      .request<SaveResult[]>({ method: 'DELETE', url: `/services/data/v62.0/composite/sobjects?ids=${a}` });
    expect(deleted[0]).toMatchObject({ id: a, success: true });
    expect(sf.server.store.count(PROFITABILITY.object)).toBe(0);
  });

  it('creates, reads, updates, upserts and deletes one record', async () => {
    const conn = sf.connect();
    const created = (await conn.sobject('Account').create({ Name: 'One' })) as SaveResult;
    expect(created.success).toBe(true);
    const read = await conn.sobject('Account').retrieve(created.id as string);
    expect(read).toMatchObject({ Name: 'One', OwnerId: sf.server.userId, IsDeleted: false });
    await conn.sobject('Account').update({ Id: created.id as string, Name: 'Two' });
    expect(sf.server.store.get('Account', created.id as string)?.Name).toBe('Two');
    await expect(conn.sobject('Account').update({ Id: created.id as string, Name: null })).rejects.toMatchObject({
      errorCode: 'REQUIRED_FIELD_MISSING',
    });
    const upserted = (await conn
      .sobject(SCORING_PROFILE.object)
      .upsert(
        { Name: 'Future', [SCORING_PROFILE.key]: 'future', CVP_Weight_Volume__c: 100 },
        SCORING_PROFILE.key
      )) as SaveResult;
    expect(upserted).toMatchObject({ success: true, created: true });
    await conn.sobject('Account').destroy(created.id as string);
    expect(sf.server.store.count('Account')).toBe(0);
    await expect(conn.sobject('Account').retrieve(created.id as string)).rejects.toMatchObject({
      errorCode: 'NOT_FOUND',
    });
  });
});
