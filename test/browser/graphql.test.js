// The preview's GraphQL engine (lightning/graphql over the sample org), run in the page: cursor paging,
// filters and ordering, and the errors the UI API gives for a query it cannot answer.
import { describeInBrowser } from './helpers/chromium.js';
import { previewSession, storeRecords } from './helpers/preview.js';

const PAGE = `
  query accounts($first: Int, $after: String) {
    uiapi { query { Account(first: $first, after: $after, orderBy: { Name: { order: ASC } }) {
      edges { node { Id Name { value } } cursor }
      pageInfo { hasNextPage endCursor }
      totalCount
    } } }
  }`;

describeInBrowser('GraphQL in the preview', () => {
  let session;
  let page;
  beforeAll(async () => {
    session = await previewSession();
    page = await session.open();
  });
  afterAll(() => session?.close());

  const run = (query, variables = {}) => page.evaluate(([q, v]) => window.__preview.graphql(q, v), [query, variables]);

  it('pages forward with cursors through every account, in order, without repeats', async () => {
    const accounts = await storeRecords(page, 'Account');
    const seen = [];
    let after = null;
    let pages = 0;
    for (;;) {
      const { data, errors } = await run(PAGE, { first: 20, after });
      expect(errors).toEqual([]);
      const conn = data.uiapi.query.Account;
      expect(conn.totalCount).toBe(accounts.length);
      seen.push(...conn.edges.map((e) => e.node.Name.value));
      pages += 1;
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(accounts.length / 20));
    expect(seen).toEqual(accounts.map((a) => a.Name).sort((a, b) => a.localeCompare(b)));
  });

  it('filters and orders as the UI API does', async () => {
    const accounts = await storeRecords(page, 'Account');
    const { data, errors } = await run(`{
      uiapi { query { Account(first: 2000,
        where: { and: [ { CVP_Tier__c: { eq: "keyAccount" } }, { CVP_Weighted_Score__c: { gte: 4.2 } } ] },
        orderBy: { CVP_Weighted_Score__c: { order: DESC }, Name: { order: ASC } }) {
          edges { node { Name { value } CVP_Weighted_Score__c { value } Owner { Name { value } } } }
      } } } }`);
    expect(errors).toEqual([]);
    const expected = accounts
      .filter((a) => a.CVP_Tier__c === 'keyAccount' && a.CVP_Weighted_Score__c >= 4.2)
      .sort((a, b) => b.CVP_Weighted_Score__c - a.CVP_Weighted_Score__c || a.Name.localeCompare(b.Name))
      .map((a) => a.Name);
    expect(expected.length).toBeGreaterThan(0);
    const nodes = data.uiapi.query.Account.edges.map((e) => e.node);
    expect(nodes.map((n) => n.Name.value)).toEqual(expected);
    expect(nodes.every((n) => typeof n.Owner.Name.value === 'string')).toBe(true);
  });

  it('matches like as SOQL does: case-insensitive, % and _ as wildcards unless escaped', async () => {
    const names = async (pattern) => {
      const { data, errors } = await run(
        'query q($p: String) { uiapi { query { Account(first: 2000, where: { Name: { like: $p } }) { edges { node { Name { value } } } } } } }',
        { p: pattern }
      );
      expect(errors).toEqual([]);
      return data.uiapi.query.Account.edges.map((e) => e.node.Name.value);
    };
    expect(await names('%TERÄS%')).toEqual(['Pohjolan Teräs Oy']);
    expect(await names('Pohjolan_Ter%')).toEqual(['Pohjolan Teräs Oy']);
    expect(await names('Pohjolan\\_Ter%')).toEqual([]);
  });

  it('answers a semi-join (inq) and an anti-join (ninq) on another object', async () => {
    const accounts = await storeRecords(page, 'Account');
    const users = await storeRecords(page, 'User');
    const owners = new Set(accounts.map((a) => a.OwnerId));
    const query = (
      op
    ) => `{ uiapi { query { User(first: 2000, where: { Id: { ${op}: { Account: { OwnerId: { ne: null } }, ApiName: "OwnerId" } } }) {
      edges { node { Id } } } } } }`;
    const ids = async (op) => (await run(query(op))).data.uiapi.query.User.edges.map((e) => e.node.Id).sort();
    expect(await ids('inq')).toEqual(
      users
        .filter((u) => owners.has(u.Id))
        .map((u) => u.Id)
        .sort()
    );
    expect(await ids('ninq')).toEqual(
      users
        .filter((u) => !owners.has(u.Id))
        .map((u) => u.Id)
        .sort()
    );
  });

  it('answers child relationships as nested connections', async () => {
    const { data, errors } = await run(`{
      uiapi { query { Account(first: 1, orderBy: { Name: { order: ASC } }) { edges { node {
        Name { value }
        CVP_Profitability__r { edges { node { CVP_Revenue__c { value displayValue } } } totalCount }
      } } } } } }`);
    expect(errors).toEqual([]);
    const node = data.uiapi.query.Account.edges[0].node;
    expect(node.CVP_Profitability__r.totalCount).toBe(1);
    expect(typeof node.CVP_Profitability__r.edges[0].node.CVP_Revenue__c.value).toBe('number');
    expect(node.CVP_Profitability__r.edges[0].node.CVP_Revenue__c.displayValue).toMatch(/^€/);
  });

  it('fails the whole query, with no data, when it names a field that does not exist', async () => {
    const { data, errors } = await run('{ uiapi { query { Account { edges { node { CVP_Nope__c { value } } } } } } }');
    expect(data).toBeUndefined();
    expect(errors[0].message).toContain('CVP_Nope__c');
  });

  it('refuses a page larger than 2,000 records', async () => {
    const { errors } = await run(PAGE, { first: 2001 });
    expect(errors[0].message).toContain('2000');
  });
});
