/**
 * The GraphQL paging rules (./graphql-queries.ts) as an offline check of every component's gql queries:
 * a record connection paged without `upperBound` stops after 4,000 records in all ("Paginate with
 * Record Connections"), and one with it follows the bounds of "Paginate with Upper-Bound Limit". Each
 * rule fires on its bad samples (a rule that cannot fail checks nothing), keeps quiet on its good ones,
 * and names the file, the query and the page it comes from.
 */
import { readFileSync } from 'node:fs';
import { repoPath } from '../../helpers/paths.js';
import {
  QUERY_RULES,
  componentQueries,
  describeQueryViolation,
  gqlLiterals,
  queriesOf,
  type Query,
  type QueryRule,
} from './graphql-queries.js';

const run = (rule: QueryRule, queries: readonly Query[]): string[] =>
  rule.check(queries).map((v) => describeQueryViolation(rule, v));

const sampleQueries = (source: string): Promise<Query[]> => queriesOf('sample/sample.js', source);

const WORKSPACE = 'force-app/main/default/lwc/cvpPortfolioWorkspace/cvpPortfolioWorkspace.js';

describe('GraphQL paging rules of the components', () => {
  let queries: Query[];
  beforeAll(async () => {
    queries = await componentQueries();
  });

  it('finds the queries of the components, the workspace’s paged Account connection among them', () => {
    expect(queries.length).toBeGreaterThanOrEqual(4);
    const accounts = queries.find((q) => q.name === 'cvpPortfolioAccounts');
    expect(accounts?.file).toBe(WORKSPACE);
    const account = accounts?.connections.find((c) => c.path === 'Account');
    expect(account?.args.has('after')).toBe(true);
    expect(account?.args.has('upperBound')).toBe(true);
    expect(accounts?.connections.map((c) => c.path)).toContain('Account › CVP_Profitability__r');
  });

  it.each(QUERY_RULES.map((r) => [r.id, r] as const))('force-app keeps %s', (_id, rule) => {
    expect(run(rule, queries)).toEqual([]);
  });

  it.each(QUERY_RULES.map((r) => [r.id, r] as const))(
    '%s fires on its bad samples, naming file, query and doc',
    async (_id, rule) => {
      for (const sample of rule.fails) {
        // eslint-disable-next-line no-await-in-loop -- a few samples, one after another
        const lines = run(rule, await sampleQueries(sample));
        expect(lines.length).toBeGreaterThan(0);
        for (const line of lines) {
          expect(line).toContain('sample/sample.js:');
          expect(line).toContain('query pagedAccounts › ');
          expect(line).toContain(rule.id);
          expect(line).toContain(rule.doc.title);
          expect(line).toContain(rule.doc.url);
        }
      }
    }
  );

  it.each(QUERY_RULES.map((r) => [r.id, r] as const))('%s keeps quiet on its good samples', async (_id, rule) => {
    for (const sample of rule.passes) {
      // eslint-disable-next-line no-await-in-loop -- a few samples, one after another
      expect(run(rule, await sampleQueries(sample))).toEqual([]);
    }
  });

  it('fires on the workspace’s Account query as it was before it had upperBound', async () => {
    const source = readFileSync(repoPath(WORKSPACE), 'utf8')
      .replace(/, upperBound: \d+\) \{/, ') {')
      .replace(/\s*upperBound: 200\n/, '\n');
    const [rule] = QUERY_RULES;
    const lines = run(rule, await queriesOf(WORKSPACE, source));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /cvpPortfolioWorkspace\.js:\d+: <query cvpPortfolioAccounts › Account> pages with `after`/
    );
    expect(lines[0]).toContain('4,000');
    expect(lines[0]).toContain(
      'Paginate with Record Connections | GraphQL API Developer Guide: https://developer.salesforce.com/docs/platform/graphql/guide/paginate-use.html'
    );
  });

  it('reads every gql literal of a source, with the line it starts on', () => {
    const found = gqlLiterals(
      'const a = 1;\nconst q = gql`query x { uiapi { query { A { edges { node { Id } } } } } }`;\n'
    );
    expect(found).toEqual([{ text: 'query x { uiapi { query { A { edges { node { Id } } } } } }', line: 2 }]);
  });

  it('every rule cites a page of the GraphQL API Developer Guide', () => {
    for (const rule of QUERY_RULES) {
      expect(rule.doc.url).toMatch(/^https:\/\/developer\.salesforce\.com\/docs\/platform\/graphql\/guide\//);
      expect(rule.doc.title).toMatch(/ \| GraphQL API Developer Guide$/);
    }
  });
});
