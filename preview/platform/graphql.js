/**
 * lightning/graphql (v2) for the preview: `gql` parses the query, the `graphql` wire adapter runs it
 * against the store and emits `{ data, errors, refresh }`; `refresh()` runs the query again and resolves
 * when the fresh answer is delivered. A config whose `query` is null or undefined, or whose required
 * variables are not set yet, emits nothing more than the first empty answer (the platform waits too).
 *
 * `?fail=graphql:cvpWhatIfAccounts@2` fails that operation's second page once, then answers it normally
 * (a page that fails and a read that starts again, off-platform). The answer is the GraphQL API's own
 * shape for a failed query, an `errors` list and no data, not a rejected request (`?fail=graphql` fails
 * every answer as a UI API error instead). A page is counted per wire: page 1 is asked with no cursor
 * known to the wire, page n + 1 after the end cursor of page n. Without `@n`, page 1.
 */
import { StoreWireAdapter } from './wire.js';
import { parse } from './gqlParse.js';
import { execute, missingVariables } from './gqlExecute.js';
import { logGraphQL } from './requestLog.js';
import { listParam } from './locale.js';

/** The `graphql:operation@page` entries of ?fail= not failed yet: each fails one answer only. */
const pagesToFail = new Set(
  listParam('fail')
    .filter((entry) => entry.startsWith('graphql:'))
    .map((entry) => (entry.includes('@') ? entry.slice(8) : `${entry.slice(8)}@1`))
);

const operationName = (document, name) =>
  name ?? document.definitions.find((d) => d.kind === 'OperationDefinition')?.name ?? '';

const endCursors = (data) =>
  Object.values(data?.uiapi?.query ?? {})
    .map((connection) => connection?.pageInfo?.endCursor)
    .filter((cursor) => typeof cursor === 'string');

/** A query the server could not run, as GraphQL answers it: an `errors` list (message, locations, path) and no data. */
const pageFailure = (operation, page) => ({
  data: undefined,
  errors: [
    {
      message: `The preview was asked to fail page ${page} of ${operation} once (?fail=graphql:${operation}@${page}).`,
      locations: [],
      path: ['uiapi', 'query'],
      extensions: { errorType: 'DataFetchingException' },
    },
  ],
  ids: [],
});

export function gql(strings, ...values) {
  const source =
    typeof strings === 'string'
      ? strings
      : strings.reduce((acc, s, i) => acc + s + (i < values.length ? valueText(values[i]) : ''), '');
  return parse(source);
}

function valueText(value) {
  return value && typeof value === 'object' && value.kind === 'Document' ? value.loc.source.body : String(value);
}

export class GraphQLAdapter extends StoreWireAdapter {
  static operation = 'graphql';
  /** v2 hands components a refresh function with every answer; v1 has refreshGraphQL instead. */
  static withRefresh = true;

  /** The page each end cursor this wire was answered with closes (for ?fail=graphql:…@page). */
  pageOfCursor = new Map();

  /** Which page of its operation these variables ask for: the one after a cursor this wire gave out. */
  pageOf(variables) {
    const previous = Object.values(variables).find((value) => this.pageOfCursor.has(value));
    return previous === undefined ? 1 : this.pageOfCursor.get(previous) + 1;
  }

  ready() {
    const c = this.config;
    if (!c || !c.query) return false;
    return missingVariables(c.query, c.variables ?? {}, c.operationName).length === 0;
  }

  compute(config) {
    const document = typeof config.query === 'string' ? parse(config.query) : config.query;
    const variables = config.variables ?? {};
    const page = this.pageOf(variables);
    const operation = operationName(document, config.operationName);
    const { data, errors, ids } = pagesToFail.delete(`${operation}@${page}`)
      ? pageFailure(operation, page)
      : execute(document, variables, config.operationName);
    logGraphQL(config.variables, data);
    for (const cursor of endCursors(data)) this.pageOfCursor.set(cursor, page);
    return { data: { data, errors }, ids };
  }

  withRefreshFn(result) {
    if (this.constructor.withRefresh) result.refresh = () => this.refresh();
    return result;
  }

  emptyResult() {
    return this.withRefreshFn({ data: undefined, errors: undefined });
  }

  dataResult(result) {
    return this.withRefreshFn({ data: result.data, errors: result.errors.length > 0 ? result.errors : undefined });
  }

  errorResult(error) {
    return this.withRefreshFn({
      data: undefined,
      errors: [error?.body ?? { message: String(error?.message ?? error) }],
    });
  }
}

export { GraphQLAdapter as graphql };
