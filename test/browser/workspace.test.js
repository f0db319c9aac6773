// The portfolio workspace's GraphQL, run by the preview's UI API GraphQL engine over the sample portfolio
// (object infos made from force-app): the exact query text of cvpPortfolioWorkspace with the variables
// cvpPortfolioData builds, so a field name, relationship or filter the schema lacks fails here, and the
// forward cursor paging the table relies on is walked to the end.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describeInBrowser } from './helpers/chromium.js';
import { ROOT, previewSession } from './helpers/preview.js';
import { orderByFor, whereFor } from '../../force-app/main/default/lwc/cvpPortfolioData/portfolioQuery.js';

const SOURCE = readFileSync(
  path.join(ROOT, 'force-app/main/default/lwc/cvpPortfolioWorkspace/cvpPortfolioWorkspace.js'),
  'utf8'
);
const QUERIES = [...SOURCE.matchAll(/gql`([\s\S]*?)`/g)].map((m) => m[1]);
const ACCOUNTS = QUERIES.find((q) => q.includes('cvpPortfolioAccounts'));
const CONTEXT = QUERIES.find((q) => q.includes('cvpPortfolioContext'));

describeInBrowser('Portfolio workspace queries in the preview', () => {
  let session;
  let page;

  beforeAll(async () => {
    session = await previewSession();
    page = await session.open();
  });
  afterAll(() => session?.close());

  const run = (query, variables) => page.evaluate(([q, v]) => window.__preview.graphql(q, v), [query, variables]);
  const accounts = async (variables) => {
    const result = await run(ACCOUNTS, { first: 200, after: null, ...variables });
    expect(result.errors ?? []).toEqual([]);
    return result.data.uiapi.query.Account;
  };

  it('finds both queries in the component', () => {
    expect(ACCOUNTS).toContain('pageInfo');
    expect(CONTEXT).toContain('CVP_Portfolio_Snapshot__c');
  });

  it('reads the accounts in rank order with every field the workspace names', async () => {
    const all = await accounts({ orderBy: orderByFor() });
    expect(all.edges.length).toBeGreaterThan(0);
    expect(all.totalCount).toBe(all.edges.length);
    const ranks = all.edges.map((e) => e.node.CVP_Rank__c.value).filter((r) => r !== null);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const node = all.edges[0].node;
    expect(node.Name.value).toEqual(expect.any(String));
    expect(node.CVP_Profitability__r.edges.length).toBeLessThanOrEqual(1);
  });

  it('pages forward from the end cursor to the last account, without repeats', async () => {
    const whole = await accounts({ orderBy: orderByFor() });
    const seen = [];
    let after = null;
    for (let guard = 0; guard < 100; guard++) {
      const page3 = await accounts({ orderBy: orderByFor(), first: 3, after });
      seen.push(...page3.edges.map((e) => e.node.Id));
      if (!page3.pageInfo.hasNextPage) break;
      after = page3.pageInfo.endCursor;
    }
    expect(seen).toEqual(whole.edges.map((e) => e.node.Id));
  });

  it('filters, searches and sorts on the server', async () => {
    const whole = await accounts({ orderBy: orderByFor() });
    const tiers = whole.edges.map((e) => e.node.CVP_Tier__c.value).filter((t) => t);
    const tier = tiers[0];
    const byTier = await accounts({ where: whereFor({ tier }), orderBy: orderByFor() });
    expect(byTier.edges.length).toBe(tiers.filter((t) => t === tier).length);
    const name = whole.edges[0].node.Name.value;
    const search = await accounts({ where: whereFor({ search: name.slice(1, 5) }), orderBy: orderByFor() });
    expect(search.edges.map((e) => e.node.Name.value)).toContain(name);
    const byMargin = await accounts({ orderBy: orderByFor('margin', 'desc') });
    const margins = byMargin.edges.map((e) => e.node.CVP_Customer_Margin__c.value).filter((m) => m !== null);
    expect(margins).toEqual([...margins].sort((a, b) => b - a));
    const incomplete = await accounts({ where: whereFor({ incomplete: true, abcClass: 'C' }), orderBy: orderByFor() });
    expect(incomplete.edges.every((e) => e.node.CVP_Incomplete__c.value === true)).toBe(true);
  });

  it('reads the snapshots and the scoring profiles', async () => {
    const result = await run(CONTEXT, {});
    expect(result.errors ?? []).toEqual([]);
    expect(result.data.uiapi.query.CVP_Scoring_Profile__c.edges.length).toBeGreaterThan(0);
  });
});
