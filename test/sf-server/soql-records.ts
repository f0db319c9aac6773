/**
 * Query results in the REST shape: each record with `attributes`, parent fields nested under the
 * relationship name (null when the reference is empty), child sub-queries as `{ totalSize, done,
 * records }` (null when there are none), aggregate rows as `AggregateResult`.
 */
import type { ChildRelationship } from './schema-types.js';
import type { SfRecord, Store } from './store.js';
import { compareBy, type Column, type Plan } from './soql.js';

type Out = Record<string, unknown>;

export const recordUrl = (version: string, type: string, id: unknown): string =>
  `/services/data/v${version}/sobjects/${type}/${String(id)}`;

export class Shaper {
  private children = new Map<ChildRelationship, Map<string, SfRecord[]>>();

  public constructor(
    private readonly plan: Plan,
    private readonly store: Store,
    private readonly version: string
  ) {}

  public shape(r: SfRecord): Out {
    return this.shapeWith(this.plan, r);
  }

  private shapeWith(plan: Plan, r: SfRecord): Out {
    const out: Out = { attributes: { type: plan.object.name, url: recordUrl(this.version, plan.object.name, r.Id) } };
    for (const column of plan.columns) {
      if (column.kind === 'field') this.putField(out, column, r);
      else if (column.kind === 'child') out[column.rel.relationshipName] = this.childResult(column, r);
    }
    return out;
  }

  private putField(out: Out, column: Extract<Column, { kind: 'field' }>, r: SfRecord): void {
    let at: SfRecord | undefined = r;
    let target = out;
    for (const step of column.ref.chain) {
      const id: unknown = at[step.ref.name];
      at = typeof id === 'string' ? this.store.find(step.target.name, id, true) : undefined;
      if (!at) {
        if (!(step.relationshipName in target)) target[step.relationshipName] = null;
        return;
      }
      let nested = target[step.relationshipName] as Out | null | undefined;
      if (!nested) {
        nested = { attributes: { type: step.target.name, url: recordUrl(this.version, step.target.name, at.Id) } };
        target[step.relationshipName] = nested;
      }
      target = nested;
    }
    target[column.ref.field.name] = at[column.ref.field.name] ?? null;
  }

  private childResult(column: Extract<Column, { kind: 'child' }>, parent: SfRecord): Out | null {
    const rows = this.childIndex(column).get(parent.Id as string);
    if (!rows || rows.length === 0) return null;
    return { totalSize: rows.length, done: true, records: rows.map((c) => this.shapeWith(column.plan, c)) };
  }

  /** Every parent's children, grouped once per query run. */
  private childIndex(column: Extract<Column, { kind: 'child' }>): Map<string, SfRecord[]> {
    let index = this.children.get(column.rel);
    if (index) return index;
    index = new Map();
    const { plan, rel } = column;
    for (const c of this.store.live(plan.object.name)) {
      if (plan.where && !plan.where(c)) continue;
      const parentId = c[rel.field];
      if (typeof parentId !== 'string') continue;
      const list = index.get(parentId) ?? [];
      list.push(c);
      index.set(parentId, list);
    }
    const from = plan.offset ?? 0;
    for (const [id, list] of index) {
      const sorted = plan.order.length > 0 ? list.sort(compareBy(plan.order)) : list;
      index.set(
        id,
        plan.limit !== undefined || from > 0
          ? sorted.slice(from, plan.limit !== undefined ? from + plan.limit : undefined)
          : sorted
      );
    }
    this.children.set(column.rel, index);
    return index;
  }
}

/** Aggregate queries (COUNT(x), SUM, GROUP BY …): one AggregateResult row per group. */
export function aggregateRows(plan: Plan, records: readonly SfRecord[]): Out[] {
  const groups = new Map<string, SfRecord[]>();
  for (const r of records) {
    const key = JSON.stringify(plan.groupBy.map((g) => g.get(r)));
    const list = groups.get(key) ?? [];
    list.push(r);
    groups.set(key, list);
  }
  if (plan.groupBy.length === 0 && groups.size === 0) groups.set('[]', []);
  const rows: Out[] = [];
  for (const members of groups.values()) {
    const row: Out = { attributes: { type: 'AggregateResult' } };
    for (const column of plan.columns) {
      if (column.kind === 'field' || column.kind === 'group') {
        row[column.ref.field.name] = members.length > 0 ? column.ref.get(members[0]) : null;
      } else if (column.kind === 'aggregate') {
        row[column.key] = aggregate(column.fn, column.ref ? members.map((m) => column.ref?.get(m)) : members);
      }
    }
    rows.push(row);
  }
  return rows;
}

function aggregate(fn: string, values: readonly unknown[]): unknown {
  const present = values.filter((v) => v !== null && v !== undefined);
  switch (fn) {
    case 'COUNT':
      return present.length;
    case 'COUNT_DISTINCT':
      return new Set(present.map((v) => (typeof v === 'string' ? v.toLowerCase() : v))).size;
    case 'SUM':
      return present.length ? present.reduce<number>((a, v) => a + Number(v), 0) : null;
    case 'AVG':
      return present.length ? present.reduce<number>((a, v) => a + Number(v), 0) / present.length : null;
    case 'MIN':
      return present.length ? present.reduce((a, v) => ((v as number) < (a as number) ? v : a)) : null;
    default:
      return present.length ? present.reduce((a, v) => ((v as number) > (a as number) ? v : a)) : null;
  }
}
