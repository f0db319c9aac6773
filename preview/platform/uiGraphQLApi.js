/** lightning/uiGraphQLApi (v1, deprecated on the platform): the same adapter, refreshed with refreshGraphQL(result). */
import { GraphQLAdapter } from './graphql.js';
import { adapterOf } from './wire.js';

export { gql } from './graphql.js';

export class graphql extends GraphQLAdapter {
  static withRefresh = false;
}

/** Re-runs the query that produced this wired result; resolves once the answer is delivered. */
export function refreshGraphQL(result) {
  const adapter = adapterOf(result);
  return adapter ? adapter.refresh() : Promise.resolve();
}
