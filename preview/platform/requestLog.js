/**
 * What the GraphQL stand-in was asked and answered, for the browser tests: each request's variables and,
 * per queried object, how many records came back. Lets a test prove that paging never asks for (or gets)
 * more than the adapter's 2,000 records at once.
 */
const entries = [];

function connectionSizes(data) {
  const query = data?.uiapi?.query ?? {};
  return Object.fromEntries(
    Object.entries(query)
      .filter(([, connection]) => Array.isArray(connection?.edges))
      .map(([object, connection]) => [object, connection.edges.length])
  );
}

export function logGraphQL(variables, data) {
  entries.push({ variables: JSON.parse(JSON.stringify(variables ?? {})), records: connectionSizes(data) });
}

export const graphqlRequests = () => JSON.parse(JSON.stringify(entries));
