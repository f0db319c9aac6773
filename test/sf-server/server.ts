/**
 * startSfServer: a local Salesforce API server for tests (see README.md next to this file). Every
 * request is counted, may meet a fault, waits the configured latency, is authenticated, and is then
 * answered by the handler its path names.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { bulkIngestRoutes } from './bulk-ingest.js';
import { bulkQueryRoutes } from './bulk-query.js';
import type { CallCounter, CallEntry, CallKind } from './calls.js';
import { collectionRoutes } from './collections.js';
import {
  ApiError,
  invalidSession,
  methodNotAllowed,
  notFound,
  requestLimitExceeded,
  serviceUnavailable,
} from './errors.js';
import type { CallFault, Faults } from './faults.js';
import { json, normalizePath, type Reply } from './http.js';
import { Org, type SfServerOptions } from './org.js';
import { oauthRoutes } from './oauth.js';
import { queryRoutes } from './query.js';
import { restRoutes } from './rest.js';
import type { Access } from './access.js';
import { toolingRoutes, type Tooling } from './tooling.js';
import { Router } from './router.js';
import type { Store } from './store.js';

export type { SfServerOptions } from './org.js';
export type { CallKind } from './calls.js';

export type CallInfo = { readonly n: number; readonly kind: CallKind; readonly method: string; readonly path: string };

export type SfServer = {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  readonly url: string;
  /** The initial access token. */
  readonly token: string;
  readonly refreshToken: string;
  readonly userId: string;
  readonly orgId: string;
  readonly username: string;
  /** The newest API version the server lists. */
  readonly apiVersion: string;
  readonly store: Store;
  readonly calls: CallCounter;
  readonly faults: Faults;
  /** Object permissions the running user lacks: describe reports them (access.ts). */
  readonly access: Access;
  /** The Tooling API's CustomApplication and FlexiPage rows (tooling.ts). */
  readonly tooling: Tooling;
  /** A new valid access token, as a refresh gives. */
  issueToken(): string;
  /** Makes `token` the only valid token again, e.g. between tests after a session expiry. */
  resetSessions(): void;
  /** Runs before each call is handled; returns the unsubscribe function. */
  onCall(listener: (call: CallInfo) => void): () => void;
  close(): Promise<void>;
};

const readBody = (req: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

function bearer(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization ?? '';
  const match = /^(?:Bearer|OAuth)\s+(.+)$/i.exec(header);
  return match?.[1].trim();
}

function write(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = { ...(reply.headers ?? {}) };
  let body: string | undefined;
  if (reply.json !== undefined) {
    body = JSON.stringify(reply.json);
    headers['Content-Type'] = 'application/json;charset=UTF-8';
  } else if (reply.text !== undefined) {
    body = reply.text;
    headers['Content-Type'] = `${reply.contentType ?? 'text/plain'};charset=UTF-8`;
  }
  if (body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(body));
  res.writeHead(reply.status, headers);
  res.end(body);
}

const errorReply = (error: ApiError): Reply => json(error.status, error.body());

const unexpected = (error: unknown): Reply =>
  json(500, [{ message: `An unexpected error occurred: ${String(error)}`, errorCode: 'UNKNOWN_EXCEPTION' }]);

export async function startSfServer(options: SfServerOptions = {}): Promise<SfServer> {
  const org = new Org(options);
  const router = new Router();
  restRoutes(router, org);
  oauthRoutes(router, org);
  queryRoutes(router, org);
  collectionRoutes(router, org);
  bulkIngestRoutes(router, org);
  bulkQueryRoutes(router, org);
  toolingRoutes(router, org.tooling);
  router.add('GET', '', 'versions', (req) => {
    const base = `/services/data/v${req.version}`;
    const names = ['sobjects', 'query', 'queryAll', 'limits', 'composite', 'jobs', 'tooling'];
    return json(200, Object.fromEntries(names.map((n) => [n, `${base}/${n}`])));
  });
  const listeners = new Set<(call: CallInfo) => void>();

  /** The answer to a call that was not dropped: faults and authentication first, then the handler. */
  const answer = async (
    req: IncomingMessage,
    call: { method: string; path: string; query: URLSearchParams; match: ReturnType<Router['match']> },
    fault: CallFault | undefined,
    body: Buffer
  ): Promise<Reply> => {
    const { method, path, match } = call;
    if (fault === 'unavailable') throw serviceUnavailable();
    if (!(match && 'handler' in match && match.public)) {
      const token = bearer(req);
      if (!token || !org.isValidToken(token)) throw invalidSession();
    }
    if (fault === 'limit') throw requestLimitExceeded();
    if (!match) throw notFound();
    if (!('handler' in match)) throw methodNotAllowed(method);
    const version = /^\/services\/data\/v(\d+\.\d+)/.exec(path)?.[1] ?? org.version;
    return match.handler({ method, path, version, query: call.query, headers: req.headers, body }, match.params);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    // Not `new URL(req.url, base)`: a stored instance URL with a trailing slash sends `//services/…`,
    // which URL would read as a host name.
    const raw = req.url ?? '/';
    const question = raw.indexOf('?');
    const path = normalizePath(question < 0 ? raw : raw.slice(0, question));
    const query = new URLSearchParams(question < 0 ? '' : raw.slice(question + 1));
    const method = (req.method ?? 'GET').toUpperCase();
    const match = router.match(method, path);
    const kind: CallKind = match?.kind ?? 'other';
    const entry: CallEntry = org.calls.record(kind, method, path);
    const fault = org.faults.onCall(kind);
    for (const listener of listeners) listener({ n: entry.n, kind, method, path });
    if (org.faults.latencyMs > 0) await sleep(org.faults.latencyMs);
    if (fault === 'drop') {
      entry.status = 0;
      req.socket.destroy();
      return;
    }
    const body = await readBody(req);
    let reply: Reply;
    try {
      reply = await answer(req, { method, path, query, match }, fault, body);
    } catch (error) {
      reply = error instanceof ApiError ? errorReply(error) : unexpected(error);
    }
    entry.status = reply.status;
    write(res, reply);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) write(res, unexpected(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  org.url = `http://127.0.0.1:${port}`;

  return {
    url: org.url,
    token: org.token,
    refreshToken: org.refreshToken,
    userId: org.userId,
    orgId: org.orgId,
    username: org.username,
    apiVersion: org.version,
    store: org.store,
    calls: org.calls,
    faults: org.faults,
    access: org.access,
    tooling: org.tooling,
    issueToken: () => org.issueToken(),
    resetSessions: () => org.resetSessions(),
    onCall(listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        org.close();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
