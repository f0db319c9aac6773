/**
 * The in-memory records. A stored record is never changed in place: every write stores a new object,
 * so a query cursor that holds the old objects keeps the values as they were when it ran, and a
 * rollback only has to put the old objects back.
 */
import { makeId, sequenceOf, to18 } from './ids.js';
import type { Schema } from './schema.js';
import type { FieldDef, ObjectDef } from './schema-types.js';
import { formulasFor, type Formulas } from './formulas.js';
import { coerce, sfDateTime } from './values.js';

export type SfRecord = Readonly<Record<string, unknown>>;

type Table = {
  readonly object: ObjectDef;
  readonly rows: Map<string, SfRecord>;
  /**
   * The same records by the number their Id was made from (ids.ts sequenceOf): a bulk job looks up
   * 100,000 Ids, and reading an array slot is about twice as fast as hashing each Id into the map.
   */
  readonly bySequence: Array<SfRecord | undefined>;
  /** Indexed fields (unique or external ID): normalised value → Ids. */
  readonly indexes: Map<string, Map<string, Set<string>>>;
  readonly formulas: Formulas;
  /** A new record before its values: every field, null or its default value. */
  readonly template: Readonly<Record<string, unknown>>;
  next: number;
  autoNumber: number;
};

const indexKey = (f: FieldDef, value: unknown): string =>
  f.caseSensitive ? String(value) : String(value).toLowerCase();

export class Store {
  /** By lower-case name, as the API matches object names. */
  private readonly tables = new Map<string, Table>();
  /** By the name as the schema spells it. */
  private readonly spelled = new Map<string, Table>();
  private lastStamp = 0;
  private lastStampText = '';

  public constructor(
    schema: Schema,
    public readonly runningUserId: () => string
  ) {
    for (const o of schema.all()) {
      const indexed = o.fields.filter((f) => f.unique || f.externalId);
      const table: Table = {
        object: o,
        rows: new Map(),
        bySequence: [],
        indexes: new Map(indexed.map((f) => [f.name, new Map()])),
        formulas: formulasFor(o, schema.metadata.get(o.name)),
        template: Object.fromEntries(
          o.fields.map((f) => [f.name, f.defaultedOnCreate && f.defaultValue !== undefined ? f.defaultValue : null])
        ),
        next: 1,
        autoNumber: 1,
      };
      this.tables.set(o.name.toLowerCase(), table);
      this.spelled.set(o.name, table);
    }
  }

  // ---- The seeding and inspection API for tests -------------------------------------------------

  /** Seeds records as they would be in the org (no validation rules run); returns their Ids. */
  public insert(object: string, records: ReadonlyArray<Record<string, unknown>>): string[] {
    const t = this.table(object);
    return records.map((input) => {
      const fields: Record<string, unknown> = {};
      for (const [name, raw] of Object.entries(input)) {
        if (name === 'attributes') continue;
        const f = this.field(t.object, name);
        const c = coerce(f, raw, false);
        if (!c.ok) throw new Error(`sf-server: ${t.object.name}.${f.name}: ${c.error.message}`);
        fields[f.name] = c.value;
      }
      const id = typeof fields.Id === 'string' ? fields.Id : this.newId(t.object);
      // A seeded Id is taken: the Ids the store makes later start after it, as an org's never repeat.
      const sequence = typeof fields.Id === 'string' ? sequenceOf(fields.Id, t.object.keyPrefix) : -1;
      if (sequence >= t.next) t.next = sequence + 1;
      return this.put(t.object, this.created(t.object, { ...fields, Id: id })).Id as string;
    });
  }

  /** Copies of the live records, in insertion order, with every field (null when empty). */
  public all(object: string): Array<Record<string, unknown>> {
    const t = this.table(object);
    return [...this.live(object)].map((r) => withAllFields(t.object, r));
  }

  public get(object: string, id: string): Record<string, unknown> | undefined {
    const r = this.find(object, id);
    return r ? withAllFields(this.table(object).object, r) : undefined;
  }

  /** A change as a person would make it in the org (no validation rules run). */
  public update(object: string, id: string, fields: Record<string, unknown>): void {
    const t = this.table(object);
    const current = this.find(object, id);
    if (!current) throw new Error(`sf-server: no ${t.object.name} ${id}`);
    const changes: Record<string, unknown> = {};
    for (const [name, raw] of Object.entries(fields)) {
      const f = this.field(t.object, name);
      const c = coerce(f, raw, false);
      if (!c.ok) throw new Error(`sf-server: ${t.object.name}.${f.name}: ${c.error.message}`);
      changes[f.name] = c.value;
    }
    this.put(t.object, this.modified(t.object, { ...current, ...changes }));
  }

  public delete(object: string, id: string): void {
    const current = this.find(object, id);
    if (current) this.put(this.table(object).object, { ...current, IsDeleted: true, SystemModstamp: this.stamp() });
  }

  public clear(object?: string): void {
    const tables = object ? [this.table(object)] : [...this.tables.values()];
    for (const t of tables) {
      t.rows.clear();
      t.bySequence.length = 0;
      t.autoNumber = 1;
      for (const index of t.indexes.values()) index.clear();
    }
  }

  public count(object: string): number {
    let n = 0;
    for (const r of this.table(object).rows.values()) if (!r.IsDeleted) n++;
    return n;
  }

  public objects(): string[] {
    return [...this.tables.values()].map((t) => t.object.name);
  }

  // ---- For the server's handlers ---------------------------------------------------------------

  public table(object: string): Table {
    // Names come as the schema spells them far more often than not: that lookup needs no lower-casing.
    const t = this.spelled.get(object) ?? this.tables.get(object.toLowerCase());
    if (!t) throw new Error(`sf-server: no object ${object}`);
    return t;
  }

  /** Live records (not deleted), the stored objects themselves. */
  public *live(object: string): Iterable<SfRecord> {
    for (const r of this.table(object).rows.values()) if (!r.IsDeleted) yield r;
  }

  /** Every stored record, deleted ones too (queryAll). */
  public rows(object: string): Iterable<SfRecord> {
    return this.table(object).rows.values();
  }

  public find(object: string, id: string, withDeleted = false): SfRecord | undefined {
    const t = this.table(object);
    const n = sequenceOf(id, t.object.keyPrefix);
    const slot = n >= 0 ? t.bySequence[n] : undefined;
    if (slot !== undefined && slot.Id === id) return withDeleted || !slot.IsDeleted ? slot : undefined;
    const rows = t.rows;
    // Stored under their 18-character form: an Id found as it is needs no conversion.
    let r = rows.get(id);
    if (r === undefined) {
      const full = to18(id);
      r = full && full !== id ? rows.get(full) : undefined;
    }
    return r && (withDeleted || !r.IsDeleted) ? r : undefined;
  }

  /** Live records whose indexed field has the value. */
  public findBy(object: string, f: FieldDef, value: unknown): SfRecord[] {
    const t = this.table(object);
    const ids = t.indexes.get(f.name)?.get(indexKey(f, value));
    if (ids) return [...ids].map((id) => t.rows.get(id) as SfRecord).filter((r) => !r.IsDeleted);
    if (t.indexes.has(f.name)) return [];
    const key = indexKey(f, value);
    return [...this.live(object)].filter(
      (r) => r[f.name] !== null && r[f.name] !== undefined && indexKey(f, r[f.name]) === key
    );
  }

  public newId(object: ObjectDef): string {
    return makeId(object.keyPrefix, this.table(object.name).next++);
  }

  public stamp(): string {
    const now = Math.max(Date.now(), this.lastStamp);
    // A bulk job writes thousands of records in one millisecond: format each millisecond once.
    if (now !== this.lastStamp || this.lastStampText === '') {
      this.lastStamp = now;
      this.lastStampText = sfDateTime(new Date(now));
    }
    return this.lastStampText;
  }

  public formulas(object: string): Formulas {
    return this.table(object).formulas;
  }

  /** A new record with the system fields, defaults, auto-number and formulas filled in. */
  public created(object: ObjectDef, fields: Record<string, unknown>): SfRecord {
    const t = this.table(object.name);
    const now = this.stamp();
    const user = this.runningUserId();
    // Every record of an object starts from the same template of all its fields, so they share one
    // shape: copying one for a change, and setting its fields, is then cheap.
    const record: Record<string, unknown> = { ...t.template };
    if (object.byName.has('ownerid')) record.OwnerId = user;
    if (object.autoNumberFormat) record.Name = autoName(object.autoNumberFormat, t.autoNumber++);
    if (object.name === 'User' && fields.Name === undefined) {
      record.Name = [fields.FirstName, fields.LastName].filter((x) => typeof x === 'string' && x).join(' ');
    }
    record.IsDeleted = false;
    record.CreatedDate = now;
    record.CreatedById = user;
    record.LastModifiedDate = now;
    record.LastModifiedById = user;
    record.SystemModstamp = now;
    // Given fields come last: the writer never passes audit fields, and seeding may set them on purpose.
    for (const name of Object.keys(fields)) record[name] = fields[name];
    return t.formulas.computeFields(record);
  }

  /**
   * A changed record with its modification stamps moved on and formulas recomputed. The record given
   * is a new object the caller made for this change (a stored record is never changed in place); it
   * is completed and returned, not copied again.
   */
  public modified(object: ObjectDef, record: Record<string, unknown>): SfRecord {
    const now = this.stamp();
    record.LastModifiedDate = now;
    record.LastModifiedById = this.runningUserId();
    record.SystemModstamp = now;
    return this.table(object.name).formulas.computeFields(record);
  }

  /** Stores a record (new or replacing); returns it. Keeps the indexes. */
  public put(object: ObjectDef, record: SfRecord): SfRecord {
    return this.replace(object, record, this.table(object.name).rows.get(record.Id as string));
  }

  /** Stores a record over `previous`, which the caller has just read (undefined: a new record). */
  public replace(object: ObjectDef, record: SfRecord, previous: SfRecord | undefined): SfRecord {
    const t = this.table(object.name);
    const id = record.Id as string;
    for (const [name, index] of t.indexes) {
      const f = object.byName.get(name.toLowerCase()) as FieldDef;
      const old = previous?.[name];
      if (old !== null && old !== undefined) index.get(indexKey(f, old))?.delete(id);
      if (!record.IsDeleted && record[name] !== null && record[name] !== undefined) {
        const key = indexKey(f, record[name]);
        const ids = index.get(key) ?? new Set<string>();
        ids.add(id);
        index.set(key, ids);
      }
    }
    t.rows.set(id, record);
    const n = sequenceOf(id, object.keyPrefix);
    if (n >= 0) t.bySequence[n] = record;
    return record;
  }

  /** Puts back what a record was before (undefined: it did not exist). */
  public restore(object: ObjectDef, id: string, previous: SfRecord | undefined): void {
    const t = this.table(object.name);
    if (previous) {
      this.put(object, previous);
      return;
    }
    const current = t.rows.get(id);
    if (!current) return;
    this.put(object, { ...current, IsDeleted: true });
    t.rows.delete(id);
    const n = sequenceOf(id, object.keyPrefix);
    if (n >= 0) t.bySequence[n] = undefined;
  }

  private field(object: ObjectDef, name: string): FieldDef {
    const f = object.byName.get(name.toLowerCase());
    if (!f) throw new Error(`sf-server: ${object.name} has no field ${name}`);
    return f;
  }
}

/** Stored records are sparse; what the API shows has every field. */
function withAllFields(object: ObjectDef, r: SfRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of object.fields) out[f.name] = r[f.name] ?? null;
  return out;
}

/** An auto-number format (`VA-{000000}`) cut once around its number: a bulk job names thousands. */
const AUTO_NAMES = new Map<string, { before: string; width: number; after: string } | null>();

function autoName(format: string, n: number): string {
  let parts = AUTO_NAMES.get(format);
  if (parts === undefined) {
    const match = /\{(0+)\}/.exec(format);
    parts = match
      ? {
          before: format.slice(0, match.index),
          width: match[1].length,
          after: format.slice(match.index + match[0].length),
        }
      : null;
    AUTO_NAMES.set(format, parts);
  }
  return parts ? parts.before + String(n).padStart(parts.width, '0') + parts.after : format;
}
