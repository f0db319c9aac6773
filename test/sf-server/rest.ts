/**
 * The REST resources around the data: versions, limits, OAuth user info and refresh, describe, and
 * single-record create/read/update/upsert/delete.
 */
import { ApiError, notFound, type SaveError } from './errors.js';
import { describeGlobal, describeGlobalEntry, describeObject } from './describe.js';
import { json, jsonBody, noContent, type Reply, type SfRequest } from './http.js';
import type { Org } from './org.js';
import type { Router } from './router.js';
import { recordUrl } from './soql-records.js';
import type { ObjectDef } from './schema-types.js';
import type { WriteOutcome } from './write.js';

const RELEASES = ['Winter', 'Spring', 'Summer'];

/** Every version from 31.0 on, labelled by release (62.0 is Winter '25; three releases a year). */
function versions(newest: string): Array<Record<string, string>> {
  const out = [];
  for (let v = 31; v <= Math.floor(Number(newest)); v++) {
    const k = v - 59;
    const cycle = Math.floor(k / 3);
    const year = String(24 + cycle).padStart(2, '0');
    out.push({ label: `${RELEASES[k - cycle * 3]} '${year}`, url: `/services/data/v${v}.0`, version: `${v}.0` });
  }
  return out;
}

/** A failed single-record write answers 400 with the record's errors as the request's. */
function writeError(errors: readonly SaveError[]): ApiError {
  const [first] = errors;
  return new ApiError(400, first.statusCode, first.message, first.fields);
}

function outcomeOrThrow(outcome: WriteOutcome): Extract<WriteOutcome, { success: true }> {
  if (!outcome.success) throw writeError(outcome.errors);
  return outcome;
}

export function restRoutes(router: Router, org: Org): void {
  const objectOf = (name: string): ObjectDef => {
    const o = org.schema.get(name);
    if (!o) throw notFound();
    return o;
  };

  const limits = (): Reply => {
    const remaining = (max: number): { Max: number; Remaining: number } => ({
      Max: max,
      Remaining: Math.max(0, max - org.calls.total),
    });
    return json(200, {
      DailyApiRequests: remaining(org.dailyApiRequests),
      DailyBulkApiBatches: { Max: 15_000, Remaining: 15_000 },
      DailyBulkV2QueryJobs: { Max: 10_000, Remaining: 10_000 },
      DailyBulkV2QueryFileStorageMB: { Max: 976_562, Remaining: 976_562 },
    });
  };

  const readRecord = (req: SfRequest, params: readonly string[]): Reply => {
    const o = objectOf(params[0]);
    const record = org.store.find(o.name, params[1]);
    if (!record) throw notFound();
    const wanted = req.query
      .get('fields')
      ?.split(',')
      .map((f) => f.trim().toLowerCase());
    const out: Record<string, unknown> = {
      attributes: { type: o.name, url: recordUrl(req.version, o.name, record.Id) },
    };
    for (const f of o.fields) {
      if (wanted && !wanted.includes(f.name.toLowerCase())) continue;
      out[f.name] = record[f.name] ?? null;
    }
    return json(200, out);
  };

  const create = (req: SfRequest, params: readonly string[]): Reply => {
    const o = objectOf(params[0]);
    const outcome = outcomeOrThrow(org.writer.create(o.name, jsonBody<Record<string, unknown>>(req)));
    return json(201, { id: outcome.id, success: true, errors: [] });
  };

  const update = (req: SfRequest, params: readonly string[]): Reply => {
    const o = objectOf(params[0]);
    if (!org.store.find(o.name, params[1])) throw notFound();
    outcomeOrThrow(org.writer.update(o.name, params[1], jsonBody<Record<string, unknown>>(req)));
    return noContent();
  };

  const upsert = (req: SfRequest, params: readonly string[]): Reply => {
    const o = objectOf(params[0]);
    const input = { ...jsonBody<Record<string, unknown>>(req), [params[1]]: params[2] };
    const outcome = outcomeOrThrow(org.writer.upsert(o.name, params[1], input));
    return json(outcome.created ? 201 : 200, { id: outcome.id, success: true, errors: [], created: outcome.created });
  };

  const remove = (_req: SfRequest, params: readonly string[]): Reply => {
    const o = objectOf(params[0]);
    if (!org.store.find(o.name, params[1])) throw notFound();
    outcomeOrThrow(org.writer.remove(o.name, params[1]));
    return noContent();
  };

  router
    .add('GET', '/services/data', 'versions', () => json(200, versions(org.version)), { public: true })
    .add('GET', '/limits', 'limits', limits)
    .add('GET', '/sobjects', 'describeGlobal', (req) => json(200, describeGlobal(org, req.version)))
    .add('GET', '/sobjects/:object/describe', 'describe', (req, p) =>
      json(200, describeObject(objectOf(p[0]), req.version, org.access))
    )
    .add('GET', '/sobjects/:object', 'describe', (req, p) =>
      json(200, { objectDescribe: describeGlobalEntry(objectOf(p[0]), req.version, org.access), recentItems: [] })
    )
    .add('POST', '/sobjects/:object', 'sobject', create)
    .add('GET', '/sobjects/:object/:id', 'sobject', readRecord)
    .add('PATCH', '/sobjects/:object/:id', 'sobject', update)
    .add('DELETE', '/sobjects/:object/:id', 'sobject', remove)
    .add('PATCH', '/sobjects/:object/:field/:value', 'sobject', upsert);
}
