/**
 * sObject Collections: create, update, upsert, retrieve and delete up to 200 records in one call, with
 * per-record results inside a 200 answer and `allOrNone` rolling the whole call back.
 */
import { ApiError, notFound, saveError, type SaveError } from './errors.js';
import { json, jsonBody, type Reply, type SfRequest } from './http.js';
import type { Org } from './org.js';
import type { Router } from './router.js';
import { recordUrl } from './soql-records.js';
import { Transaction, type WriteOutcome } from './write.js';

const LIMIT = 200;

type Body = { allOrNone?: boolean; records?: Array<Record<string, unknown>> };

type Result = { id?: string | null; success: boolean; errors: SaveError[]; created?: boolean };

const tooMany = (): ApiError =>
  new ApiError(
    400,
    'EXCEEDED_ID_LIMIT',
    `record limit reached. cannot submit more than ${LIMIT} records into this call`
  );

const ROLLED_BACK = saveError(
  'ALL_OR_NONE_OPERATION_ROLLED_BACK',
  'Record rolled back because not all records were valid and the request was using AllOrNone header'
);

function readBody(req: SfRequest): Required<Body> {
  const body = jsonBody<Body>(req);
  if (!body || !Array.isArray(body.records))
    throw new ApiError(400, 'JSON_PARSER_ERROR', 'The request body needs a records list');
  if (body.records.length > LIMIT) throw tooMany();
  return { allOrNone: body.allOrNone === true, records: body.records };
}

const typeOf = (r: Record<string, unknown>): string | undefined => {
  const attributes = r.attributes as { type?: unknown } | undefined;
  return typeof attributes?.type === 'string' ? attributes.type : undefined;
};

export function collectionRoutes(router: Router, org: Org): void {
  /** Runs the writes; with allOrNone, any failure puts every record back and reports the others as rolled back. */
  const run = (
    allOrNone: boolean,
    records: ReadonlyArray<Record<string, unknown>>,
    write: (r: Record<string, unknown>, tx: Transaction) => WriteOutcome,
    withCreated: boolean
  ): Result[] => {
    const tx = new Transaction(org.store);
    const outcomes = records.map((r) => write(r, tx));
    const anyFailed = outcomes.some((o) => !o.success);
    if (allOrNone && anyFailed) tx.rollback();
    return outcomes.map((o): Result => {
      if (!o.success) return { ...(o.id ? { id: o.id } : {}), success: false, errors: o.errors };
      if (allOrNone && anyFailed)
        return { ...(withCreated && o.created ? {} : { id: o.id }), success: false, errors: [ROLLED_BACK] };
      return { id: o.id, success: true, errors: [], ...(withCreated ? { created: o.created } : {}) };
    });
  };

  const invalidType = (): WriteOutcome => ({
    success: false,
    id: null,
    errors: [saveError('INVALID_TYPE', 'Must send a concrete entity type.')],
  });

  const create = (req: SfRequest): Reply => {
    const { allOrNone, records } = readBody(req);
    return json(
      200,
      run(
        allOrNone,
        records,
        (r, tx) => {
          const type = typeOf(r);
          return type && org.schema.get(type) ? org.writer.create(type, r, { tx }) : invalidType();
        },
        false
      )
    );
  };

  const update = (req: SfRequest): Reply => {
    const { allOrNone, records } = readBody(req);
    return json(
      200,
      run(
        allOrNone,
        records,
        (r, tx) => {
          const type = typeOf(r);
          const id = r.id ?? r.Id;
          return type && org.schema.get(type) ? org.writer.update(type, id, r, { tx }) : invalidType();
        },
        false
      )
    );
  };

  const upsert = (req: SfRequest, params: readonly string[]): Reply => {
    const object = org.schema.get(params[0]);
    if (!object) throw notFound();
    const key = object.byName.get(params[1].toLowerCase());
    if (!key || !(key.externalId || key.name === 'Id')) {
      throw new ApiError(
        400,
        'INVALID_FIELD',
        `Field name provided, ${params[1]} is not an External ID or indexed field for ${object.name}`
      );
    }
    const { allOrNone, records } = readBody(req);
    return json(
      200,
      run(
        allOrNone,
        records,
        (r, tx) => {
          const type = typeOf(r);
          if (type && type.toLowerCase() !== object.name.toLowerCase()) return invalidType();
          return org.writer.upsert(object.name, key.name, r, { tx });
        },
        true
      )
    );
  };

  const idsParam = (req: SfRequest): string[] => (req.query.get('ids') ?? '').split(',').filter(Boolean);

  const retrieve = (req: SfRequest, params: readonly string[]): Reply => {
    const object = org.schema.get(params[0]);
    if (!object) throw notFound();
    const body = req.method === 'POST' ? jsonBody<{ ids?: string[]; fields?: string[] }>(req) : undefined;
    const ids = body?.ids ?? idsParam(req);
    const fields = body?.fields ?? (req.query.get('fields') ?? '').split(',').filter(Boolean);
    if (ids.length > (req.method === 'POST' ? 2000 : LIMIT)) throw tooMany();
    const defs = fields.map((name) => {
      const f = object.byName.get(name.toLowerCase());
      if (!f) throw new ApiError(400, 'INVALID_FIELD', `No such column '${name}' on entity '${object.name}'`);
      return f;
    });
    return json(
      200,
      ids.map((id) => {
        const record = org.store.find(object.name, id);
        if (!record) return null;
        const out: Record<string, unknown> = {
          attributes: { type: object.name, url: recordUrl(req.version, object.name, record.Id) },
        };
        for (const f of defs) out[f.name] = record[f.name] ?? null;
        out.Id = record.Id;
        return out;
      })
    );
  };

  const remove = (req: SfRequest): Reply => {
    const ids = idsParam(req);
    if (ids.length > LIMIT) throw tooMany();
    const allOrNone = req.query.get('allOrNone') === 'true';
    return json(
      200,
      run(
        allOrNone,
        ids.map((id) => ({ id })),
        (r, tx) => {
          const object = org.schema.byPrefix(String(r.id));
          if (!object)
            return {
              success: false,
              id: String(r.id),
              errors: [saveError('MALFORMED_ID', `malformed id ${String(r.id)}`)],
            };
          return org.writer.remove(object.name, r.id, tx);
        },
        false
      )
    );
  };

  router
    .add('POST', '/composite/sobjects', 'collections', create)
    .add('PATCH', '/composite/sobjects', 'collections', update)
    .add('DELETE', '/composite/sobjects', 'collections', remove)
    .add('GET', '/composite/sobjects/:object', 'collections', retrieve)
    .add('POST', '/composite/sobjects/:object', 'collections', retrieve)
    .add('PATCH', '/composite/sobjects/:object/:field', 'collections', upsert);
}
