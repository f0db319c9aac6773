/**
 * The portfolio scope's two forms select the same accounts: the SOQL condition the CLI reads with runs
 * on the local Salesforce API server, the GraphQL `where` the workspace reads with runs on the preview's
 * GraphQL executor, both over the same Account records. Blank Types, values with quotes and Types the
 * picklist lacks are among them, because those are where two query languages part ways.
 */
import { jest } from '@jest/globals';
import { scopeWhere, inScope, type PortfolioScope } from '../../src/core/index.js';
import { ACCOUNT } from '../../src/schema/fields.js';
import { queryAll } from '../../src/org/api/rest-query.js';
import { scopeCondition } from '../../src/org/profiles/portfolio-scope.js';
import { seedPortfolio, useSfServer } from '../helpers/org-server.js';

type Raw = Record<string, unknown>;
let records: Raw[] = [];
let recordTypes: Raw[] = [];
const RECORD_TYPE_INFO = { apiName: 'RecordType', fields: { Id: {}, DeveloperName: {} } };
const ACCOUNT_INFO = {
  apiName: ACCOUNT,
  fields: {
    Id: {},
    Name: {},
    Type: {},
    RecordTypeId: { apiName: 'RecordTypeId', relationshipName: 'RecordType', referenceToInfos: [RECORD_TYPE_INFO] },
  },
};
const INFOS: Record<string, unknown> = { [ACCOUNT]: ACCOUNT_INFO, RecordType: RECORD_TYPE_INFO };

// The executor reads the preview's in-browser store; here it reads the records the server holds.
jest.unstable_mockModule('../../preview/platform/store.js', () => ({
  store: {
    objectInfo: (name: string): unknown => INFOS[name],
    all: (name: string): Raw[] => (name === ACCOUNT ? records : name === 'RecordType' ? recordTypes : []),
    get: (id: string): Raw | undefined => [...records, ...recordTypes].find((r) => r.Id === id),
  },
}));
jest.unstable_mockModule('../../preview/platform/locale.js', () => ({
  LANG: 'en',
  LOCALE: 'en-US',
  CURRENCY: 'EUR',
  TIME_ZONE: 'Europe/Helsinki',
}));
jest.unstable_mockModule('../../preview/platform/wire.js', () => ({ StoreWireAdapter: class {} }));

// The preview's modules are plain JavaScript without types: imported through a variable, so the type
// check does not look for declarations.
const PREVIEW = '../../preview/platform';
const { execute } = (await import(`${PREVIEW}/gqlExecute.js`)) as {
  execute: (doc: unknown, variables: Raw) => { data?: Raw; errors: Array<{ message: string }> };
};
const { parse } = (await import(`${PREVIEW}/gqlParse.js`)) as { parse: (source: string) => unknown };

const QUERY = parse(`query scope($where: Account_Filter) {
  uiapi { query { Account(where: $where, first: 2000) { edges { node { Id } } totalCount } } }
}`);

const TYPES = ['Customer - Direct', 'Customer - Channel', 'Prospect', 'Partner', 'Other', "O'Brien \\ Co", null];

const SCOPES: Array<[string, PortfolioScope]> = [
  ['the default', { includedTypes: [], excludedTypes: ['Prospect', 'Partner', 'Competitor'] }],
  ['included Types', { includedTypes: ['Customer - Direct', 'Customer - Channel'], excludedTypes: [] }],
  ['both', { includedTypes: ['Customer - Direct', 'Partner', "O'Brien \\ Co"], excludedTypes: ['Partner'] }],
  ['a quoted value', { includedTypes: [], excludedTypes: ["O'Brien \\ Co"] }],
  ['record types', { includedTypes: [], excludedTypes: [], recordTypes: ['Customer', 'Key_Customer'] }],
  ['record types and Types', { includedTypes: [], excludedTypes: ['Partner'], recordTypes: ['Customer'] }],
  ['every account', { includedTypes: [], excludedTypes: [] }],
];

describe('the portfolio scope in SOQL and in GraphQL', () => {
  const sf = useSfServer();

  it.each(SCOPES)('%s selects the same accounts either way', async (_name, scope) => {
    const rtIds = sf.server.store.insert(
      'RecordType',
      ['Customer', 'Key_Customer', 'Supplier'].map((name) => ({
        Name: name,
        DeveloperName: name,
        SobjectType: ACCOUNT,
        IsActive: true,
      }))
    );
    const ids = seedPortfolio(
      sf.server,
      TYPES.flatMap((type, i) => [0, 1, 2].map((n) => ({ name: `A${i}-${n}`, ...(type === null ? {} : { type }) })))
    );
    // Every Type with a record type of each kind and one without.
    ids.forEach((id, i) => {
      if (i % 3 !== 2) sf.server.store.update(ACCOUNT, id, { RecordTypeId: rtIds[(i + Math.floor(i / 3)) % 3] });
    });
    records = sf.server.store.all(ACCOUNT) as Raw[];
    recordTypes = sf.server.store.all('RecordType') as Raw[];
    const developerName = (r: Raw): string | null =>
      (recordTypes.find((t) => t.Id === r.RecordTypeId)?.DeveloperName as string | undefined) ?? null;
    const condition = scopeCondition(scope);
    const rows = await queryAll(sf.client(), `SELECT Id FROM ${ACCOUNT}${condition ? ` WHERE ${condition}` : ''}`);
    const bySoql = rows.map((r) => String(r.Id)).sort();

    const answer = execute(QUERY, { where: scopeWhere(scope) });
    expect(answer.errors).toEqual([]);
    const connection = (answer.data!.uiapi as Raw).query as Raw;
    const account = connection.Account as { edges: Array<{ node: { Id: string } }>; totalCount: number };
    const byGraphql = account.edges.map((e) => e.node.Id).sort();

    const expected = records
      .filter((r) => inScope(scope, (r.Type as string | null | undefined) ?? null, developerName(r)))
      .map((r) => String(r.Id))
      .sort();
    expect(bySoql).toEqual(expected);
    expect(byGraphql).toEqual(expected);
    expect(account.totalCount).toBe(expected.length);
    // Not a vacuous filter: every scope but the last leaves someone out.
    if (condition) expect(expected.length).toBeLessThan(records.length);
  });
});
