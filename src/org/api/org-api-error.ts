/**
 * The one error a call to the org ends in, whichever API made it: retry.ts decides from its kind
 * whether to try again, org-errors.ts turns it into the words a person reads.
 */

/**
 * transient: the org did not take the request (429, 503, 420), so it is safe to send again.
 * ambiguous: the org may or may not have acted on it (a dropped connection, 500, 502, 504), so it is
 * sent again only when sending twice does no harm (a query, an update to the same values).
 * limit: REQUEST_LIMIT_EXCEEDED, the org's 24-hour API allowance is spent: stop.
 * session: INVALID_SESSION_ID: refresh the login once, then stop.
 * fatal: anything else (a malformed query, a missing field, no access): stop.
 */
export type FailureKind = 'transient' | 'ambiguous' | 'limit' | 'session' | 'fatal';

/** A failed call, as data: the kind decides what happens next; the rest says what the org answered. */
export class OrgApiError extends Error {
  public constructor(
    public readonly kind: FailureKind,
    message: string,
    public readonly errorCode: string,
    public readonly status?: number,
    options?: { cause?: unknown }
  ) {
    super(message, options);
    this.name = 'OrgApiError';
  }
}
