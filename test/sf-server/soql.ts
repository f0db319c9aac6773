/**
 * SOQL: parsed with @jetstreamapp/soql-parser-js, checked against the schema (unknown objects, fields
 * and relationships fail as in the org), then run over the store. A run keeps the matched records, so
 * paging (nextRecordsUrl, Bulk 2.0 locators) reads the result as it was when the query ran.
 */
import {
  parseQuery,
  type FieldType,
  type OrderByClause,
  type Query,
  type Subquery,
} from '@jetstreamapp/soql-parser-js';
import { malformedQuery, noSuchColumn, soqlError, unknownRelationship, unsupportedObject } from './errors.js';
import type { Schema } from './schema.js';
import type { ChildRelationship, FieldDef, ObjectDef } from './schema-types.js';
import type { SfRecord, Store } from './store.js';
import { compileWhere, type FieldRef, type Predicate, type WhereContext } from './soql-where.js';

export type Step = { readonly ref: FieldDef; readonly relationshipName: string; readonly target: ObjectDef };
export type PathRef = FieldRef & { readonly chain: readonly Step[] };

export type Column =
  | { kind: 'field'; ref: PathRef }
  | { kind: 'child'; rel: ChildRelationship; plan: Plan }
  | { kind: 'aggregate'; fn: string; ref?: PathRef; key: string }
  | { kind: 'group'; ref: PathRef; key: string };

export type Sorter = { get: (r: SfRecord) => unknown; desc: boolean; nullsFirst: boolean };

export type Plan = {
  readonly object: ObjectDef;
  readonly columns: Column[];
  readonly where?: Predicate;
  readonly order: Sorter[];
  readonly limit?: number;
  readonly offset?: number;
  readonly countOnly: boolean;
  readonly aggregate: boolean;
  readonly groupBy: PathRef[];
  /** queryAll: deleted records too. */
  readonly allRows: boolean;
};

const asList = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

function sortable(value: unknown): unknown {
  return typeof value === 'string' ? value.toLowerCase() : value;
}

export function compareBy(order: readonly Sorter[]): (a: SfRecord, b: SfRecord) => number {
  return (a, b) => {
    for (const s of order) {
      const x = sortable(s.get(a) ?? null);
      const y = sortable(s.get(b) ?? null);
      if (x === y) continue;
      if (x === null) return s.nullsFirst ? -1 : 1;
      if (y === null) return s.nullsFirst ? 1 : -1;
      const c = (x as number) < (y as number) ? -1 : 1;
      return s.desc ? -c : c;
    }
    return 0;
  };
}

export class Soql {
  public constructor(
    private readonly schema: Schema,
    private readonly store: Store
  ) {}

  /** Parses and checks a query; throws the org's 400 errors. */
  public plan(soql: string, allRows = false): Plan {
    let query: Query;
    try {
      query = parseQuery(soql);
    } catch (error) {
      throw malformedQuery(`\n${soql}\n^\nERROR at Row:1:Column:1\n${(error as Error).message.split('\n')[0]}`);
    }
    if (!query.sObject) throw malformedQuery('unexpected token: FROM');
    const object = this.schema.get(query.sObject);
    if (!object) throw unsupportedObject(soql, query.sObject);
    return this.planFor(soql, object, query, allRows);
  }

  /** The records a plan matches, filtered, sorted and cut by LIMIT/OFFSET. */
  public run(plan: Plan): SfRecord[] {
    const source = plan.allRows ? this.store.rows(plan.object.name) : this.store.live(plan.object.name);
    let records: SfRecord[] = [];
    for (const r of source) if (!plan.where || plan.where(r)) records.push(r);
    if (plan.order.length > 0) records = records.sort(compareBy(plan.order));
    const from = plan.offset ?? 0;
    return plan.limit !== undefined || from > 0
      ? records.slice(from, plan.limit !== undefined ? from + plan.limit : undefined)
      : records;
  }

  /** The records of one object reached from another by a chain of parent relationships. */
  public resolve(soql: string, object: ObjectDef, path: string): PathRef {
    const parts = path.split('.');
    const chain: Step[] = [];
    let current = object;
    if (
      parts.length > 1 &&
      parts[0].toLowerCase() === object.name.toLowerCase() &&
      !object.parentRelationships.has(parts[0].toLowerCase())
    ) {
      parts.shift();
    }
    for (const part of parts.slice(0, -1)) {
      const ref = current.parentRelationships.get(part.toLowerCase());
      const target = ref ? this.schema.get(ref.referenceTo[0]) : undefined;
      if (!ref || !target) {
        throw soqlError(
          'INVALID_FIELD',
          soql,
          part,
          `Didn't understand relationship '${part}' in field path. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.`
        );
      }
      chain.push({ ref, relationshipName: ref.relationshipName as string, target });
      current = target;
    }
    const last = parts[parts.length - 1];
    const field = current.byName.get(last.toLowerCase());
    if (!field) throw noSuchColumn(soql, path, current.name);
    const store = this.store;
    const get = (r: SfRecord): unknown => {
      let at: SfRecord | undefined = r;
      for (const step of chain) {
        const id: unknown = at[step.ref.name];
        at = typeof id === 'string' ? store.find(step.target.name, id, true) : undefined;
        if (!at) return null;
      }
      return at[field.name] ?? null;
    };
    return { path: [...chain.map((s) => s.relationshipName), field.name].join('.'), field, chain, get };
  }

  private planFor(soql: string, object: ObjectDef, query: Query | Subquery, allRows: boolean): Plan {
    if (query.having) throw malformedQuery('HAVING is not supported by the local server');
    const ctx: WhereContext = {
      soql,
      resolve: (o, path) => this.resolve(soql, o, path),
      semiJoin: (inner) => this.semiJoin(soql, inner),
    };
    const fields = query.fields ?? [];
    const columns = fields.flatMap((f) => this.columnsFor(soql, object, f, query));
    const groupBy = asList(query.groupBy).map((g) => {
      if (!('field' in g)) throw malformedQuery('GROUP BY functions are not supported by the local server');
      return this.resolve(soql, object, g.field);
    });
    const aggregate = groupBy.length > 0 || columns.some((c) => c.kind === 'aggregate');
    const countOnly =
      groupBy.length === 0 &&
      columns.length === 1 &&
      columns[0].kind === 'aggregate' &&
      columns[0].fn === 'COUNT' &&
      !columns[0].ref;
    const order = aggregate ? [] : asList<OrderByClause>(query.orderBy).map((o) => this.sorter(soql, object, o));
    return {
      object,
      columns: countOnly ? [] : columns,
      where: compileWhere(ctx, object, query.where),
      order,
      limit: query.limit,
      offset: query.offset,
      countOnly,
      aggregate: aggregate && !countOnly,
      groupBy,
      allRows,
    };
  }

  private columnsFor(soql: string, object: ObjectDef, f: FieldType, query: Query | Subquery): Column[] {
    switch (f.type) {
      case 'Field':
      case 'FieldRelationship': {
        const path = f.type === 'Field' ? f.field : [...f.relationships, f.field].join('.');
        return [{ kind: 'field', ref: this.resolve(soql, object, path) }];
      }
      case 'FieldSubquery': {
        const name = f.subquery.relationshipName;
        const rel = object.childRelationships.find((r) => r.relationshipName.toLowerCase() === name.toLowerCase());
        if (!rel) throw unknownRelationship(soql, name);
        const child = this.schema.require(rel.childSObject);
        return [{ kind: 'child', rel, plan: this.planFor(soql, child, f.subquery, false) }];
      }
      case 'FieldFunctionExpression':
        return this.functionColumns(soql, object, f, query);
      default:
        throw malformedQuery('TYPEOF is not supported by the local server');
    }
  }

  private functionColumns(
    soql: string,
    object: ObjectDef,
    f: Extract<FieldType, { type: 'FieldFunctionExpression' }>,
    query: Query | Subquery
  ): Column[] {
    const name = f.functionName.toUpperCase();
    if (name === 'FIELDS') {
      const which = String(f.parameters[0]).toUpperCase();
      if (which !== 'STANDARD' && (query.limit === undefined || query.limit > 200)) {
        throw malformedQuery('The SOQL FIELDS function must have a LIMIT of at most 200');
      }
      return object.fields
        .filter((x) => which === 'ALL' || (which === 'CUSTOM' ? x.custom : !x.custom))
        .map((x) => ({ kind: 'field', ref: this.resolve(soql, object, x.name) }));
    }
    if (!f.isAggregateFn || !['COUNT', 'COUNT_DISTINCT', 'SUM', 'AVG', 'MIN', 'MAX'].includes(name)) {
      throw malformedQuery(`${f.functionName}() is not supported by the local server`);
    }
    const param = f.parameters[0];
    if (param !== undefined && typeof param !== 'string')
      throw malformedQuery('Nested functions are not supported by the local server');
    const ref = param === undefined ? undefined : this.resolve(soql, object, param);
    const index = (query.fields ?? []).filter((x) => x.type === 'FieldFunctionExpression' && !x.alias).indexOf(f);
    return [{ kind: 'aggregate', fn: name, ref, key: f.alias ?? `expr${index}` }];
  }

  private sorter(soql: string, object: ObjectDef, o: OrderByClause): Sorter {
    if (!('field' in o)) throw malformedQuery('ORDER BY functions are not supported by the local server');
    const ref = this.resolve(soql, object, o.field);
    if (!ref.field.sortable)
      throw soqlError('INVALID_FIELD', soql, o.field, `field '${ref.path}' can not be sorted in a query call`);
    const desc = o.order === 'DESC';
    const nullsFirst = o.nulls ? o.nulls === 'FIRST' : !desc;
    return { get: ref.get, desc, nullsFirst };
  }

  private semiJoin(soql: string, inner: Query): () => ReadonlySet<unknown> {
    const object = inner.sObject ? this.schema.get(inner.sObject) : undefined;
    if (!object) throw unsupportedObject(soql, inner.sObject ?? '');
    const plan = this.planFor(soql, object, inner, false);
    const column = plan.columns[0];
    if (plan.columns.length !== 1 || column.kind !== 'field')
      throw malformedQuery('A semi-join selects exactly one field');
    let values: Set<unknown> | undefined;
    return () => {
      values ??= new Set(this.run(plan).map((r) => column.ref.get(r)));
      return values;
    };
  }
}

export type { FieldRef };
