/**
 * Path → handler and the kind of call it is. The kind is known before the handler runs, so faults
 * filtered by kind and the call counter see every call, failed ones too.
 */
import type { CallKind } from './calls.js';
import type { Reply, SfRequest } from './http.js';

export type Handler = (req: SfRequest, params: readonly string[]) => Reply | Promise<Reply>;

type Route = { method: string; pattern: RegExp; kind: CallKind; handler: Handler; public: boolean };

export type Match = { kind: CallKind; handler: Handler; params: string[]; public: boolean };

/** `/jobs/ingest/:id/batches` under `/services/data/vXX.X`, or an absolute `/services/...` path. */
function compile(pattern: string): RegExp {
  const absolute = pattern.startsWith('/services/');
  const body = pattern.replace(/[.]/g, '\\.').replace(/:[a-zA-Z]+/g, '([^/]+)');
  return new RegExp(`^${absolute ? '' : '/services/data/v\\d+\\.\\d+'}${body}$`);
}

export class Router {
  private readonly routes: Route[] = [];

  public add(
    method: string,
    pattern: string,
    kind: CallKind,
    handler: Handler,
    options: { public?: boolean } = {}
  ): this {
    this.routes.push({ method, pattern: compile(pattern), kind, handler, public: options.public ?? false });
    return this;
  }

  public match(method: string, path: string): Match | { kind: CallKind; allowed: string[] } | undefined {
    const allowed: string[] = [];
    let firstKind: CallKind | undefined;
    for (const route of this.routes) {
      const m = route.pattern.exec(path);
      if (!m) continue;
      if (route.method === method) {
        return {
          kind: route.kind,
          handler: route.handler,
          params: m.slice(1).map(decodeURIComponent),
          public: route.public,
        };
      }
      allowed.push(route.method);
      firstKind ??= route.kind;
    }
    return firstKind ? { kind: firstKind, allowed } : undefined;
  }
}
