/* eslint-disable camelcase -- Salesforce API names and wire-format fields are not ours to rename */
import {
  ACCOUNT,
  CUSTOM_OBJECTS,
  FIELD_TYPES,
  PROFITABILITY,
  RELATIONSHIPS,
  ACTIVITY,
  FOLLOW_UP_TASK,
} from '../../src/schema/fields.js';
import { DESCRIBE_TYPE } from '../../src/org/setup/doctor.js';
import { useSfServer } from '../sf-server/use-sf-server.js';

const sf = useSfServer();

type Field = {
  name: string;
  type: string;
  updateable: boolean;
  createable: boolean;
  calculated: boolean;
  nillable: boolean;
  externalId: boolean;
  unique: boolean;
  referenceTo: string[];
  relationshipName: string | null;
  picklistValues: Array<{ value: string }>;
};
type Describe = {
  name: string;
  keyPrefix: string;
  custom: boolean;
  fields: Field[];
  childRelationships: Array<{ childSObject: string; field: string; relationshipName: string }>;
};

describe('describe', () => {
  it('describes every field of the name map with its type, and formula fields as read-only', async () => {
    const conn = sf.connect();
    const described = new Map<string, Describe>();
    // Activity's custom fields are Task's (and Event's) in an org.
    for (const [object, as] of [
      [ACCOUNT, ACCOUNT],
      [ACTIVITY, FOLLOW_UP_TASK.object],
      ...CUSTOM_OBJECTS.map((o) => [o, o]),
    ])
      // eslint-disable-next-line no-await-in-loop
      described.set(object, (await conn.sobject(as).describe()) as unknown as Describe);
    expect(FIELD_TYPES.size).toBeGreaterThan(100);
    for (const [key, type] of FIELD_TYPES) {
      const [object, name] = key.split('.');
      const field = described.get(object)?.fields.find((f) => f.name === name);
      expect({ key, found: Boolean(field) }).toEqual({ key, found: true });
      const formula = /^Formula\((.+)\)$/.exec(type);
      expect({ key, type: field?.type }).toEqual({ key, type: DESCRIBE_TYPE[type] });
      if (formula)
        expect({
          key,
          updateable: field?.updateable,
          createable: field?.createable,
          calculated: field?.calculated,
        }).toEqual({ key, updateable: false, createable: false, calculated: true });
    }
  });

  it('describes references, external IDs, picklists and the standard fields', async () => {
    const d = (await sf.connect().sobject(PROFITABILITY.object).describe()) as unknown as Describe;
    expect(d.custom).toBe(true);
    expect(d.keyPrefix).toMatch(/^a0[0-9A-Za-z]$/);
    const field = (name: string): Field | undefined => d.fields.find((f) => f.name === name);
    expect(field(PROFITABILITY.account)).toMatchObject({
      type: 'reference',
      referenceTo: ['Account'],
      relationshipName: 'CVP_Account__r',
      nillable: false,
    });
    expect(field(PROFITABILITY.externalId)).toMatchObject({ externalId: true, unique: true });
    for (const name of ['Id', 'Name', 'CreatedDate', 'LastModifiedDate', 'SystemModstamp'])
      expect(field(name)).toBeDefined();
    expect(field('Name')).toMatchObject({ createable: false, updateable: false });
    expect(field('OwnerId')).toBeUndefined();
    const account = (await sf.connect().sobject('Account').describe()) as unknown as Describe;
    expect(account.keyPrefix).toBe('001');
    expect(account.fields.find((f) => f.name === 'OwnerId')).toMatchObject({
      referenceTo: ['User'],
      relationshipName: 'Owner',
    });
    expect(account.fields.find((f) => f.name === 'CVP_Tier__c')?.picklistValues.map((v) => v.value)).toEqual([
      'keyAccount',
      'develop',
      'maintain',
      'lean',
    ]);
    expect(account.childRelationships).toContainEqual(
      expect.objectContaining({
        childSObject: PROFITABILITY.object,
        field: PROFITABILITY.account,
        relationshipName: RELATIONSHIPS.accountProfitability,
      })
    );
  });

  it('lists the objects and answers 404 NOT_FOUND for one it does not have', async () => {
    const global = await sf.connect().describeGlobal();
    const names = global.sobjects.map((o) => o.name);
    for (const name of ['Account', 'User', 'PermissionSetAssignment', ...CUSTOM_OBJECTS]) expect(names).toContain(name);
    await expect(sf.connect().sobject('Nope__c').describe()).rejects.toMatchObject({ errorCode: 'NOT_FOUND' });
    expect(sf.server.calls.count('describeGlobal')).toBe(1);
  });
});

describe('what the sf CLI asks when it logs in', () => {
  const get = async (path: string, token = sf.server.token): Promise<{ status: number; body: unknown }> => {
    const res = await fetch(`${sf.server.url}/${path}`, { headers: { Authorization: `Bearer ${token}` } });
    return { status: res.status, body: await res.json() };
  };

  it('answers userinfo and the User record, also with the double slash of a stored instance URL', async () => {
    const info = await get('/services/oauth2/userinfo');
    expect(info.body).toMatchObject({
      user_id: sf.server.userId,
      organization_id: sf.server.orgId,
      preferred_username: sf.server.username,
    });
    const user = await get(`/services/data/v51.0/sobjects/User/${sf.server.userId}`);
    expect(user.body).toMatchObject({ Username: sf.server.username, attributes: { type: 'User' } });
    const org = await get(
      '/services/data/v62.0/query?q=SELECT+Name,IsSandbox,TrialExpirationDate,NamespacePrefix,OrganizationType,InstanceName+FROM+Organization'
    );
    expect(org.body).toMatchObject({ totalSize: 1, records: [{ IsSandbox: false }] });
    const devHub = await get('/services/data/v51.0/query?q=SELECT+Id+FROM+ScratchOrgInfo+limit+1');
    expect(devHub.status).toBe(400);
  });

  it('lists versions without a token, and limits with one', async () => {
    const versions = await fetch(`${sf.server.url}/services/data`);
    const list = (await versions.json()) as Array<{ version: string; url: string }>;
    expect(list.at(-1)).toEqual({ label: "Winter '25", url: '/services/data/v62.0', version: '62.0' });
    const limits = await get('/services/data/v62.0/limits');
    expect(limits.body).toMatchObject({ DailyApiRequests: { Max: 100_000, Remaining: expect.any(Number) } });
    expect((await get('/services/data/v62.0/limits', 'nope')).status).toBe(401);
  });
});
