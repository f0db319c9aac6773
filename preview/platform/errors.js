/**
 * Errors in the shapes Lightning Data Service gives components, so that one reduceErrors-style path can be
 * exercised off-platform: a fetch-style response with `body` (an object or a list), as LDS wires and
 * promises reject with.
 */
export function uiApiError(status, errorCode, message, extra = {}) {
  return {
    ok: false,
    status,
    statusText: status === 404 ? 'Not Found' : 'Bad Request',
    headers: {},
    body: { errorCode, message, ...extra },
  };
}

export const graphqlError = (message) => ({ message, locations: [], extensions: { errorType: 'ValidationError' } });
