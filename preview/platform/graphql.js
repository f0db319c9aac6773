/**
 * lightning/graphql (v2) for the preview: `gql` parses the query, the `graphql` wire adapter runs it
 * against the store and emits `{ data, errors, refresh }`; `refresh()` runs the query again and resolves
 * when the fresh answer is delivered. A config whose `query` is null or undefined, or whose required
 * variables are not set yet, emits nothing more than the first empty answer (the platform waits too).
 */
import { StoreWireAdapter } from './wire.js';
import { parse } from './gqlParse.js';
import { execute, missingVariables } from './gqlExecute.js';
import { logGraphQL } from './requestLog.js';

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

  ready() {
    const c = this.config;
    if (!c || !c.query) return false;
    return missingVariables(c.query, c.variables ?? {}, c.operationName).length === 0;
  }

  compute(config) {
    const document = typeof config.query === 'string' ? parse(config.query) : config.query;
    const { data, errors, ids } = execute(document, config.variables ?? {}, config.operationName);
    logGraphQL(config.variables, data);
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
