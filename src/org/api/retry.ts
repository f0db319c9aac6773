/**
 * What to do when a call to the org fails: which failures are worth another try, how long to wait
 * before it, and which must stop the run. jsforce's own retries are switched off (client.ts) so that
 * one policy, with one bounded budget, covers every call: GET and PUT as well as the POST and PATCH
 * jsforce would never retry.
 */

import { OrgApiError, type FailureKind } from './org-api-error.js';

export type RetryPolicy = {
  /** Tries per call, the first one included. */
  attempts: number;
  /** Wait before the second try; doubled for each later one. */
  baseDelayMs: number;
  maxDelayMs: number;
};

export const DEFAULT_RETRY: RetryPolicy = { attempts: 6, baseDelayMs: 500, maxDelayMs: 15_000 };

/** Per-record failures that go away by themselves: another transaction held the row. */
export const RETRYABLE_RECORD_ERRORS: ReadonlySet<string> = new Set([
  'UNABLE_TO_LOCK_ROW',
  'REQUEST_RUNNING_TOO_LONG',
  'SERVER_UNAVAILABLE',
  'QUERY_TIMEOUT',
]);

const TRANSIENT_STATUS = new Set([420, 429, 503]);
const AMBIGUOUS_STATUS = new Set([500, 502, 504]);
/** The socket-level failures of undici and Node: the request may have reached the org. */
const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'ENETDOWN',
  'ENETUNREACH',
  'EHOSTDOWN',
  'EHOSTUNREACH',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

/** The delay before try number `attempt + 1` (attempt counts from 1). */
export function backoffDelay(policy: RetryPolicy, attempt: number): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
}

/** The kind of a failed HTTP response, from its status and the errorCode of its body. */
export function kindOfResponse(status: number, errorCode: string): FailureKind {
  if (errorCode === 'REQUEST_LIMIT_EXCEEDED') return 'limit';
  if (status === 401 || errorCode === 'INVALID_SESSION_ID') return 'session';
  if (TRANSIENT_STATUS.has(status)) return 'transient';
  if (AMBIGUOUS_STATUS.has(status)) return 'ambiguous';
  return 'fatal';
}

function causeCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** A thrown error with no HTTP response behind it: a network failure is ambiguous, anything else fatal. */
export function classifyThrown(error: unknown): OrgApiError {
  if (error instanceof OrgApiError) return error;
  const code = causeCode(error);
  const message = error instanceof Error ? error.message : String(error);
  if (code !== undefined || (error instanceof TypeError && /fetch failed|terminated|socket/i.test(message))) {
    return new OrgApiError('ambiguous', `${message}${code ? ` (${code})` : ''}`, code ?? 'NETWORK_ERROR', undefined, {
      cause: error,
    });
  }
  return new OrgApiError('fatal', message, 'UNKNOWN_ERROR', undefined, { cause: error });
}

export const sleep = (ms: number): Promise<void> =>
  ms <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, ms));
