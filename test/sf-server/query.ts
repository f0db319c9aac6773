/**
 * REST query: `GET /query?q=` and `/queryAll`, paged by `nextRecordsUrl` (2,000 records a page, or
 * what `Sforce-Query-Options: batchSize=N` asks for, between 200 and 2,000).
 */
import { ApiError, malformedQuery } from './errors.js';
import { json, type Reply, type SfRequest } from './http.js';
import { makeId, QUERY_LOCATOR_PREFIX } from './ids.js';
import type { Org } from './org.js';
import type { Router } from './router.js';
import { aggregateRows, Shaper } from './soql-records.js';
import type { SfRecord } from './store.js';

const DEFAULT_BATCH = 2000;

type Cursor = {
  readonly records: readonly SfRecord[];
  readonly shape: (r: SfRecord) => Record<string, unknown>;
  readonly batchSize: number;
  readonly resource: 'query' | 'queryAll';
};

function batchSize(req: SfRequest): number {
  const header = req.headers['sforce-query-options'];
  const match = /batchSize\s*=\s*(\d+)/i.exec(Array.isArray(header) ? header.join(',') : (header ?? ''));
  if (!match) return DEFAULT_BATCH;
  return Math.min(2000, Math.max(200, Number(match[1])));
}

export function queryRoutes(router: Router, org: Org): void {
  const cursors = new Map<string, Cursor>();
  let next = 1;

  const page = (cursor: Cursor, locator: string, from: number, version: string): Reply => {
    const to = Math.min(cursor.records.length, from + cursor.batchSize);
    const records = cursor.records.slice(from, to).map(cursor.shape);
    const done = to >= cursor.records.length;
    if (done) cursors.delete(locator);
    return json(200, {
      totalSize: cursor.records.length,
      done,
      ...(done ? {} : { nextRecordsUrl: `/services/data/v${version}/${cursor.resource}/${locator}-${to}` }),
      records,
    });
  };

  const start =
    (resource: 'query' | 'queryAll') =>
    (req: SfRequest): Reply => {
      const soql = req.query.get('q');
      if (!soql) throw malformedQuery('A query string (q) is required');
      const plan = org.soql.plan(soql, resource === 'queryAll');
      const matched = org.soql.run(plan);
      if (plan.countOnly) return json(200, { totalSize: matched.length, done: true, records: [] });
      const shaper = new Shaper(plan, org.store, req.version);
      const cursor: Cursor = plan.aggregate
        ? { records: aggregateRows(plan, matched), shape: (r) => ({ ...r }), batchSize: batchSize(req), resource }
        : { records: matched, shape: (r) => shaper.shape(r), batchSize: batchSize(req), resource };
      const locator = makeId(QUERY_LOCATOR_PREFIX, next++);
      cursors.set(locator, cursor);
      return page(cursor, locator, 0, req.version);
    };

  const more = (req: SfRequest, params: readonly string[]): Reply => {
    const match = /^([a-zA-Z0-9]{15,18})-(\d+)$/.exec(params[0]);
    const cursor = match ? cursors.get(match[1]) : undefined;
    if (!match || !cursor) throw new ApiError(400, 'INVALID_QUERY_LOCATOR', 'invalid query locator');
    return page(cursor, match[1], Number(match[2]), req.version);
  };

  router
    .add('GET', '/query', 'query', start('query'))
    .add('GET', '/queryAll', 'query', start('queryAll'))
    .add('GET', '/query/:locator', 'queryMore', more)
    .add('GET', '/queryAll/:locator', 'queryMore', more);
}
