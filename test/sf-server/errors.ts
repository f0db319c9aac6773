/**
 * The error bodies the REST and Bulk 2.0 APIs document: a request fails with an HTTP status and
 * `[{ message, errorCode }]`; a record inside a 200 answer fails with `{ statusCode, message, fields }`.
 */

export type ErrorBody = Array<{ message: string; errorCode: string; fields?: string[] }>;

/** A whole request that fails; thrown by handlers and written by the server. */
export class ApiError extends Error {
  public constructor(
    public readonly status: number,
    public readonly errorCode: string,
    message: string,
    public readonly fields?: string[]
  ) {
    super(message);
  }

  public body(): ErrorBody {
    return [{ message: this.message, errorCode: this.errorCode, ...(this.fields ? { fields: this.fields } : {}) }];
  }
}

/** A record that fails inside a 200 answer (collections, single-record writes report it as a 400). */
export type SaveError = { statusCode: string; message: string; fields: string[] };

export const saveError = (statusCode: string, message: string, fields: string[] = []): SaveError => ({
  statusCode,
  message,
  fields,
});

export const invalidSession = (): ApiError => new ApiError(401, 'INVALID_SESSION_ID', 'Session expired or invalid');

export const notFound = (): ApiError => new ApiError(404, 'NOT_FOUND', 'The requested resource does not exist');

export const methodNotAllowed = (method: string): ApiError =>
  new ApiError(405, 'METHOD_NOT_ALLOWED', `HTTP Method '${method}' not allowed. Allowed are GET,HEAD`);

export const requestLimitExceeded = (): ApiError =>
  new ApiError(403, 'REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.');

export const serviceUnavailable = (): ApiError =>
  new ApiError(503, 'SERVER_UNAVAILABLE', 'Service temporarily unavailable, please retry later.');

export const jsonParseError = (detail: string): ApiError => new ApiError(400, 'JSON_PARSER_ERROR', detail);

export const malformedQuery = (message: string): ApiError => new ApiError(400, 'MALFORMED_QUERY', message);

/** The caret-and-position preamble the org puts in front of SOQL errors. */
export function soqlError(errorCode: string, soql: string, near: string, message: string): ApiError {
  const index = Math.max(0, near ? soql.toLowerCase().indexOf(near.toLowerCase()) : 0);
  const column = index + 1;
  const shown = soql.length > 200 ? `${soql.slice(0, 200)}…` : soql;
  return new ApiError(400, errorCode, `\n${shown}\n${' '.repeat(index)}^\nERROR at Row:1:Column:${column}\n${message}`);
}

export const noSuchColumn = (soql: string, field: string, object: string): ApiError =>
  soqlError(
    'INVALID_FIELD',
    soql,
    field,
    `No such column '${field}' on entity '${object}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`
  );

export const unsupportedObject = (soql: string, object: string): ApiError =>
  soqlError(
    'INVALID_TYPE',
    soql,
    object,
    `sObject type '${object}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.`
  );

export const unknownRelationship = (soql: string, name: string): ApiError =>
  soqlError(
    'INVALID_TYPE',
    soql,
    name,
    `Didn't understand relationship '${name}' in FROM part of query call. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.`
  );

/** Bulk API 2.0 answers its request errors in the same shape. */
export const bulkError = (status: number, errorCode: string, message: string): ApiError =>
  new ApiError(status, errorCode, message);
