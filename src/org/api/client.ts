/**
 * Every call to the org goes through here: jsforce's HttpApi (so the connection's Authorization header
 * and its session-refresh delegate apply) with jsforce's own retries off, under the one retry policy of
 * retry.ts. Responses come back with their status and headers, which Bulk API 2.0 paging needs
 * (Sforce-Locator) and conn.request() does not give.
 */
import type { Connection } from '@jsforce/jsforce-node';
import { HttpApi } from '@jsforce/jsforce-node/lib/http-api.js';
import { OrgApiError } from './org-api-error.js';
import { DEFAULT_RETRY, backoffDelay, classifyThrown, kindOfResponse, sleep, type RetryPolicy } from './retry.js';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export type ApiRequest = {
  method: HttpMethod;
  /** A path under /services/data/vXX.X ("/query?q=…"), or one from the server's root ("/services/…"). */
  path: string;
  /** Sent as JSON unless it is a string. */
  body?: unknown;
  contentType?: string;
  accept?: string;
  /** Keep the response body as text (CSV results) instead of parsing it. */
  text?: boolean;
};

export type ApiResponse<T> = { status: number; headers: Readonly<Record<string, string | undefined>>; body: T };

export type RetryEvent = { attempt: number; error: OrgApiError; delayMs: number; request: ApiRequest };

export type ClientOptions = {
  /** Re-authenticates through the org's auth; tried once per run when the org answers INVALID_SESSION_ID. */
  refresh?: () => Promise<void>;
  retry?: Partial<RetryPolicy>;
  onRetry?: (event: RetryEvent) => void;
};

type RawResponse = { statusCode: number; headers: Record<string, string | undefined>; body: string };

/** The errorCode and message of a Salesforce error body: `[{errorCode, message}]` or `{errorCode, message}`. */
export function errorOfBody(body: string): { errorCode?: string; message?: string } {
  try {
    const parsed: unknown = JSON.parse(body);
    const first = (Array.isArray(parsed) ? parsed[0] : parsed) as { errorCode?: unknown; message?: unknown } | null;
    if (first && typeof first === 'object') {
      return {
        errorCode: typeof first.errorCode === 'string' ? first.errorCode : undefined,
        message: typeof first.message === 'string' ? first.message : undefined,
      };
    }
  } catch {
    // Not JSON: an HTML error page or plain text; the status says enough.
  }
  return {};
}

function retryAfterMs(headers: Record<string, string | undefined>): number | undefined {
  const value = headers['retry-after'];
  if (value === undefined) return undefined;
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

export class OrgClient {
  /** HTTP requests sent, every retry included: what the org counts against its daily allowance. */
  public calls = 0;
  public readonly policy: RetryPolicy;
  private refreshing: Promise<void> | undefined;

  public constructor(
    public readonly conn: Connection,
    private readonly options: ClientOptions = {}
  ) {
    this.policy = { ...DEFAULT_RETRY, ...options.retry };
  }

  public get version(): string {
    return this.conn.version;
  }

  public url(path: string): string {
    // The CLI stores instance URLs with a trailing slash; a double slash is not what the API documents.
    const base = this.conn.instanceUrl.replace(/\/+$/, '');
    if (/^https?:/i.test(path)) return path;
    return path.startsWith('/services/') ? `${base}${path}` : `${base}/services/data/v${this.version}${path}`;
  }

  /**
   * Sends a request, retrying what the policy allows. `idempotent: false` (a create) retries only what
   * the org certainly did not take; an ambiguous failure is thrown for the caller to reconcile.
   */
  public async request<T>(request: ApiRequest, options: { idempotent?: boolean } = {}): Promise<ApiResponse<T>> {
    const idempotent = options.idempotent ?? true;
    let waitedForRefresh = false;
    for (let attempt = 1; ; attempt++) {
      try {
        // eslint-disable-next-line no-await-in-loop
        return await this.once<T>(request);
      } catch (thrown) {
        const error = thrown as OrgApiError & { retryAfterMs?: number };
        // The session is refreshed once per client; requests in flight when it expired all wait for that
        // one refresh and try again once, rather than the first refreshing and the others failing.
        if (error.kind === 'session' && this.options.refresh && !waitedForRefresh) {
          waitedForRefresh = true;
          this.refreshing ??= this.refreshSession(error);
          // eslint-disable-next-line no-await-in-loop
          await this.refreshing;
          attempt--;
          continue;
        }
        const retryable = error.kind === 'transient' || (error.kind === 'ambiguous' && idempotent);
        if (!retryable || attempt >= this.policy.attempts) throw error;
        const delayMs = Math.min(this.policy.maxDelayMs, error.retryAfterMs ?? backoffDelay(this.policy, attempt));
        this.options.onRetry?.({ attempt, error, delayMs, request });
        // eslint-disable-next-line no-await-in-loop
        await sleep(delayMs);
      }
    }
  }

  /** One try, its failure classified. */
  public async once<T>(request: ApiRequest): Promise<ApiResponse<T>> {
    const api = new HttpApi(this.conn, {
      responseType: request.text ? 'text/plain' : undefined,
      retry: { maxRetries: 0 },
    });
    let response: RawResponse | undefined;
    api.on('response', (r: RawResponse) => {
      response = r;
    });
    const headers: Record<string, string> = {};
    let body: string | undefined;
    if (request.body !== undefined) {
      body = typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
      headers['Content-Type'] = request.contentType ?? 'application/json; charset=UTF-8';
    }
    headers.Accept = request.accept ?? (request.text ? 'text/csv' : 'application/json');
    this.calls++;
    try {
      const result = (await api.request({ method: request.method, url: this.url(request.path), headers, body })) as T;
      return { status: response?.statusCode ?? 200, headers: response?.headers ?? {}, body: result };
    } catch (thrown) {
      if (response && response.statusCode >= 400) throw this.responseError(response, thrown);
      throw classifyThrown(thrown);
    }
  }

  private responseError(response: RawResponse, thrown: unknown): OrgApiError {
    const text = typeof response.body === 'string' ? response.body : '';
    const parsed = errorOfBody(text);
    const jsforceCode = (thrown as { errorCode?: unknown }).errorCode;
    const errorCode =
      parsed.errorCode ?? (typeof jsforceCode === 'string' ? jsforceCode : `ERROR_HTTP_${response.statusCode}`);
    const message = parsed.message ?? (thrown instanceof Error ? thrown.message : `HTTP ${response.statusCode}`);
    const error = new OrgApiError(
      kindOfResponse(response.statusCode, errorCode),
      message,
      errorCode,
      response.statusCode,
      {
        cause: thrown,
      }
    ) as OrgApiError & { retryAfterMs?: number };
    error.retryAfterMs = retryAfterMs(response.headers);
    return error;
  }

  private async refreshSession(cause: OrgApiError): Promise<void> {
    try {
      await this.options.refresh?.();
    } catch (refreshError) {
      throw new OrgApiError('session', cause.message, cause.errorCode, cause.status, { cause: refreshError });
    }
  }
}
