/**
 * The GraphQL queries of the Lightning web components, as the paging rules of the GraphQL API see them:
 * every gql`…` of a component's JavaScript, parsed with the preview's parser (the one its
 * lightning/graphql stand-in runs), and in each query its record connections — a `uiapi.query` field
 * or a child relationship of a node: a field whose selection has `edges` — with their arguments.
 *
 * The rules (graphql-upper-bound.test.ts runs them) come from two pages of the GraphQL API Developer
 * Guide. Like the metadata rules of this folder (./rule.ts), each has an id, the page it comes from, and
 * samples: the smallest component source that breaks it, and one that keeps it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoPath } from '../../helpers/paths.js';
import type { Doc, Violation } from './rule.js';

const GUIDE = 'https://developer.salesforce.com/docs/platform/graphql/guide';

export const GRAPHQL_DOCS = {
  recordConnections: {
    title: 'Paginate with Record Connections | GraphQL API Developer Guide',
    url: `${GUIDE}/paginate-use.html`,
  },
  upperBound: {
    title: 'Paginate with Upper-Bound Limit | GraphQL API Developer Guide',
    url: `${GUIDE}/paginate-use-upperbound.html`,
  },
} as const satisfies Record<string, Doc>;

/** Record-connection paging without `upperBound` returns this many records in all, then stops. */
export const WITHOUT_UPPER_BOUND_MAX = 4000;
/** With `upperBound`, `first` may be 200 to 2,000 only. */
export const FIRST_WITH_UPPER_BOUND = { min: 200, max: 2000 } as const;

// The parser's plain document, as far as the rules read it.
type Value = { kind: string; name?: string; value?: unknown };
type Argument = { name: string; value: Value };
type Selection = { kind: string; name?: string; arguments?: Argument[]; selectionSet?: { selections: Selection[] } };
type Definition = { kind: string; name?: string; selectionSet?: { selections: Selection[] } };
type Document = { definitions: Definition[] };

const PARSER = repoPath('preview', 'platform', 'gqlParse.js');
let parser: Promise<(source: string) => Document> | undefined;
const parse = async (source: string): Promise<Document> => {
  parser ??= import(pathToFileURL(PARSER).href).then((m: { parse: (s: string) => Document }) => m.parse);
  return (await parser)(source);
};

export type Connection = {
  /** Where it is, for a failure: `Account` or `Account › CVP_Profitability__r`. */
  readonly path: string;
  readonly args: ReadonlyMap<string, Value>;
  /** The connection whose node holds it (a child relationship), if any. */
  readonly parent?: Connection;
};

export type Query = {
  /** Repository-relative path of the component file. */
  readonly file: string;
  /** The operation's name, or `(anonymous)`. */
  readonly name: string;
  readonly line: number;
  readonly connections: readonly Connection[];
};

const fieldsOf = (selections: readonly Selection[] | undefined): Selection[] =>
  (selections ?? []).filter((s) => s.kind === 'Field');
const named = (selections: readonly Selection[] | undefined, name: string): Selection | undefined =>
  fieldsOf(selections).find((s) => s.name === name);

function connectionsUnder(field: Selection, path: string, parent: Connection | undefined, out: Connection[]): void {
  const args = new Map((field.arguments ?? []).map((a) => [a.name, a.value]));
  const connection: Connection = { path, args, parent };
  out.push(connection);
  const node = named(named(field.selectionSet?.selections, 'edges')?.selectionSet?.selections, 'node');
  for (const child of fieldsOf(node?.selectionSet?.selections)) {
    if (named(child.selectionSet?.selections, 'edges'))
      connectionsUnder(child, `${path} › ${child.name ?? ''}`, connection, out);
  }
}

/** The gql`…` template literals of a JavaScript source, with the line each starts on. */
export function gqlLiterals(source: string): Array<{ text: string; line: number }> {
  const out: Array<{ text: string; line: number }> = [];
  const pattern = /\bgql\s*`([^`]*)`/g;
  for (let m = pattern.exec(source); m; m = pattern.exec(source)) {
    out.push({ text: m[1], line: source.slice(0, m.index).split('\n').length });
  }
  return out;
}

/** Every query of one component source, with its record connections. */
export async function queriesOf(file: string, source: string): Promise<Query[]> {
  const queries: Query[] = [];
  for (const { text, line } of gqlLiterals(source)) {
    // eslint-disable-next-line no-await-in-loop -- the parser module is loaded once, then this is synchronous
    const document = await parse(text);
    for (const operation of document.definitions.filter((d) => d.kind === 'OperationDefinition')) {
      const connections: Connection[] = [];
      const query = named(named(operation.selectionSet?.selections, 'uiapi')?.selectionSet?.selections, 'query');
      for (const field of fieldsOf(query?.selectionSet?.selections))
        connectionsUnder(field, field.name ?? '', undefined, connections);
      queries.push({ file, name: operation.name ?? '(anonymous)', line, connections });
    }
  }
  return queries;
}

const LWC = repoPath('force-app', 'main', 'default', 'lwc');

/** The components' JavaScript: no tests, and not the generated core (it has no queries). */
export function componentSources(root: string = LWC): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== '__tests__' && name !== 'cvpCore') walk(full);
      } else if (name.endsWith('.js')) out.push(full);
    }
  };
  walk(root);
  return out;
}

/** Every query of every component. */
export async function componentQueries(root: string = LWC): Promise<Query[]> {
  const all: Query[] = [];
  for (const file of componentSources(root)) {
    // eslint-disable-next-line no-await-in-loop -- one parser, files in a stable order
    all.push(...(await queriesOf(relative(repoPath(), file), readFileSync(file, 'utf8'))));
  }
  return all;
}

export type QueryRule = {
  readonly id: string;
  readonly summary: string;
  readonly doc: Doc;
  readonly check: (queries: readonly Query[]) => Violation[];
  /** Component sources (gql`…` and all) the rule must fire on, and one it must keep quiet on. */
  readonly fails: readonly [string, ...string[]];
  readonly passes: readonly string[];
};

const violation = (q: Query, c: Connection, problem: string): Violation => ({
  file: `${q.file}:${q.line}`,
  element: `query ${q.name} › ${c.path}`,
  problem,
});

const intArg = (c: Connection, name: string): number | undefined => {
  const v = c.args.get(name);
  return v?.kind === 'IntValue' && typeof v.value === 'number' ? v.value : undefined;
};

const eachConnection = (
  queries: readonly Query[],
  fn: (q: Query, c: Connection) => Violation | undefined
): Violation[] =>
  queries.flatMap((q) => q.connections.map((c) => fn(q, c)).filter((v): v is Violation => v !== undefined));

/** The failure line: file, query and connection, problem, and where the rule is documented. */
export const describeQueryViolation = (rule: QueryRule, v: Violation): string =>
  `${v.file}: <${v.element}> ${v.problem} [${rule.id}; ${rule.doc.title}: ${rule.doc.url}]`;

const component = (query: string): string =>
  `import { gql, graphql } from 'lightning/graphql';\nexport const QUERY = gql\`\n${query}\n\`;\n`;

const PAGED = (args: string, child = ''): string =>
  component(`query pagedAccounts($first: Int, $after: String) {
  uiapi { query { Account(${args}) {
    edges { node { Id Name { value } ${child} } }
    pageInfo { endCursor hasNextPage }
  } } }
}`);

export const QUERY_RULES: readonly QueryRule[] = [
  {
    id: 'graphql-upper-bound',
    summary:
      'A record connection paged with `after` has `upperBound`: without it paging stops after 4,000 records in all.',
    doc: GRAPHQL_DOCS.recordConnections,
    check: (queries) =>
      eachConnection(queries, (q, c) =>
        c.args.has('after') && !c.args.has('upperBound')
          ? violation(
              q,
              c,
              `pages with \`after\` but has no \`upperBound\`: more than ${WITHOUT_UPPER_BOUND_MAX.toLocaleString('en-US')} records can match, and paging without an upper bound stops after ${WITHOUT_UPPER_BOUND_MAX.toLocaleString('en-US')} in all (hasNextPage false)`
            )
          : undefined
      ),
    fails: [PAGED('first: $first, after: $after')],
    passes: [
      PAGED('first: $first, after: $after, upperBound: 100000'),
      // One page, no `after`: at most `first` (2,000 at most) records can come back.
      component('query one { uiapi { query { Account(first: 2000) { edges { node { Id } } } } } }'),
    ],
  },
  {
    id: 'graphql-upper-bound-first',
    summary: 'Beside `upperBound`, `first` is 200 to 2,000 and `upperBound` is a constant of 200 or more.',
    doc: GRAPHQL_DOCS.upperBound,
    check: (queries) =>
      eachConnection(queries, (q, c) => {
        if (!c.args.has('upperBound')) return undefined;
        const upper = intArg(c, 'upperBound');
        if (upper === undefined) return violation(q, c, '`upperBound` is not a constant of the query');
        if (upper < FIRST_WITH_UPPER_BOUND.min)
          return violation(q, c, `\`upperBound: ${upper}\`: a query with an upper bound asks for 200 records or more`);
        const first = intArg(c, 'first');
        // A variable `first` is checked where it is sent: the preview's stand-in refuses one out of bounds.
        if (c.args.get('first')?.kind === 'Variable') return undefined;
        if (first === undefined || first < FIRST_WITH_UPPER_BOUND.min || first > FIRST_WITH_UPPER_BOUND.max)
          return violation(
            q,
            c,
            `\`first\` is ${first ?? 'not given (10)'}; beside \`upperBound\` it may be ${FIRST_WITH_UPPER_BOUND.min} to ${FIRST_WITH_UPPER_BOUND.max} only`
          );
        return undefined;
      }),
    fails: [
      PAGED('first: 100, after: $after, upperBound: 5000'),
      PAGED('first: 2500, after: $after, upperBound: 5000'),
      PAGED('first: $first, after: $after, upperBound: 50'),
    ],
    passes: [PAGED('first: 200, after: $after, upperBound: 5000')],
  },
  {
    id: 'graphql-upper-bound-child',
    summary: 'A child relationship of a connection with `upperBound` has `upperBound` too.',
    doc: GRAPHQL_DOCS.upperBound,
    check: (queries) =>
      eachConnection(queries, (q, c) =>
        c.parent?.args.has('upperBound') && !c.args.has('upperBound')
          ? violation(q, c, 'is a child of a connection with `upperBound` and has none: it must have one as well')
          : undefined
      ),
    fails: [PAGED('first: $first, after: $after, upperBound: 100000', 'Contacts(first: 1) { edges { node { Id } } }')],
    passes: [
      PAGED(
        'first: $first, after: $after, upperBound: 100000',
        'Contacts(first: 200, upperBound: 200) { edges { node { Id } } }'
      ),
    ],
  },
];
