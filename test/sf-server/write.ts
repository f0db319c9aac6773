/**
 * One record written through the API, checked as the org checks it: known and writable fields, values
 * of the right type, required fields, references that exist, injected faults, validation rules,
 * unique values. Shared by single-record REST, sObject Collections and Bulk 2.0 ingest.
 */
import { saveError, type SaveError } from './errors.js';
import type { Faults } from './faults.js';
import { to18 } from './ids.js';
import type { Schema } from './schema.js';
import type { FieldDef, ObjectDef } from './schema-types.js';
import type { SfRecord, Store } from './store.js';
import { coerce } from './values.js';

export type WriteOutcome =
  { success: true; id: string; created: boolean } | { success: false; id: string | null; errors: SaveError[] };

export type WriteOptions = {
  /** Bulk 2.0 text: values are strings, an empty cell leaves the field alone, `#N/A` blanks it. */
  csv?: boolean;
  tx?: Transaction;
};

/** What a group of writes changed, so an all-or-none request can put everything back. */
export class Transaction {
  private readonly undo: Array<{ object: ObjectDef; id: string; previous: SfRecord | undefined }> = [];

  public constructor(private readonly store: Store) {}

  public track(object: ObjectDef, id: string, previous: SfRecord | undefined): void {
    this.undo.push({ object, id, previous });
  }

  public rollback(): void {
    for (const { object, id, previous } of this.undo.reverse()) this.store.restore(object, id, previous);
    this.undo.length = 0;
  }
}

const fail = (errors: SaveError[], id: string | null = null): WriteOutcome => ({ success: false, id, errors });

/**
 * The columns of a write resolved against its object once: a bulk job's header for every row of the
 * job, or a record's keys. Per column: its field (undefined when the object has none of that name, null
 * for `attributes` and `Id`, which a write takes elsewhere) and whether the write may set it.
 */
export type WriteColumns = {
  readonly object: ObjectDef;
  readonly mode: 'create' | 'update';
  readonly csv: boolean;
  readonly names: readonly string[];
  readonly fields: ReadonlyArray<FieldDef | null | undefined>;
  readonly writable: readonly boolean[];
  /** Columns of fields that may not be blank, in the object's field order (the org names them so). */
  readonly notNillable: readonly number[];
};

export function writeColumns(
  object: ObjectDef,
  names: readonly string[],
  mode: 'create' | 'update',
  csv: boolean
): WriteColumns {
  const fields = names.map((name) => {
    const lower = name.toLowerCase();
    return lower === 'attributes' || lower === 'id' ? null : object.byName.get(lower);
  });
  const order = new Map(object.fields.map((f, i) => [f, i]));
  const notNillable = fields
    .map((f, column) => ({ f, column }))
    .filter((c): c is { f: FieldDef; column: number } => Boolean(c.f && !c.f.nillable))
    .sort((a, b) => (order.get(a.f) ?? 0) - (order.get(b.f) ?? 0))
    .map((c) => c.column);
  return {
    object,
    mode,
    csv,
    names,
    fields,
    writable: fields.map((f) => Boolean(f && (mode === 'create' ? f.createable : f.updateable))),
    notNillable,
  };
}

/** Columns already resolved, by object and then by mode and names: records of one call share their keys. */
const RESOLVED = new WeakMap<ObjectDef, Map<string, WriteColumns>>();

/** A record's keys and values as columns and one row. */
function columnsOf(
  object: ObjectDef,
  input: Readonly<Record<string, unknown>>,
  mode: 'create' | 'update',
  csv: boolean
): { columns: WriteColumns; values: unknown[] } {
  const names = Object.keys(input);
  let byKey = RESOLVED.get(object);
  if (!byKey) RESOLVED.set(object, (byKey = new Map<string, WriteColumns>()));
  const key = `${mode} ${String(csv)} ${names.join(',')}`;
  let columns = byKey.get(key);
  if (!columns) byKey.set(key, (columns = writeColumns(object, names, mode, csv)));
  return { columns, values: names.map((n) => input[n]) };
}

export class Writer {
  public constructor(
    private readonly store: Store,
    private readonly schema: Schema,
    private readonly faults: Faults
  ) {}

  public create(
    objectName: string,
    input: Readonly<Record<string, unknown>>,
    options: WriteOptions = {}
  ): WriteOutcome {
    const object = this.schema.require(objectName);
    if (hasKey(input, 'id') && !options.csv) {
      return fail([saveError('INVALID_FIELD_FOR_INSERT_UPDATE', 'cannot specify Id in an insert call', ['Id'])]);
    }
    const { columns, values } = columnsOf(object, input, 'create', options.csv ?? false);
    return this.createRow(columns, values, options);
  }

  /** A new record from one row of resolved columns (`Id` and `attributes` are not written). */
  public createRow(columns: WriteColumns, values: readonly unknown[], options: WriteOptions = {}): WriteOutcome {
    const object = columns.object;
    const fields: Record<string, unknown> = {};
    const errors = this.resolve(columns, values, fields);
    if (errors) return fail(errors);
    const missing = checkedFields(object).required.filter((f) => (fields[f.name] ?? null) === null);
    if (missing.length > 0) return fail([requiredMissing(missing)]);
    fields.Id = this.store.newId(object);
    const record = this.store.created(object, fields);
    return this.commit(object, record, undefined, true, options);
  }

  public update(
    objectName: string,
    rawId: unknown,
    input: Readonly<Record<string, unknown>>,
    options: WriteOptions = {}
  ): WriteOutcome {
    const object = this.schema.require(objectName);
    const { columns, values } = columnsOf(object, input, 'update', options.csv ?? false);
    return this.updateRow(columns, rawId, values, options);
  }

  /** The record `rawId` names, changed by one row of resolved columns. */
  public updateRow(
    columns: WriteColumns,
    rawId: unknown,
    values: readonly unknown[],
    options: WriteOptions = {}
  ): WriteOutcome {
    const object = columns.object;
    const found = this.existing(object, rawId);
    if ('error' in found) return fail([found.error], typeof rawId === 'string' ? rawId : null);
    const id = found.record.Id as string;
    // The change goes into a copy: the stored record stays as it was for cursors that hold it.
    const record: Record<string, unknown> = { ...found.record };
    const errors = this.resolve(columns, values, record);
    if (errors) return fail(errors, id);
    const blanked = columns.notNillable
      .map((column) => ({ column, f: columns.fields[column] as FieldDef }))
      .filter(({ column, f }) => !(columns.csv && (values[column] ?? '') === '') && record[f.name] === null)
      .map(({ f }) => f);
    if (blanked.length > 0) return fail([requiredMissing(blanked)], id);
    return this.commit(object, this.store.modified(object, record), found.record, false, options);
  }

  public upsert(
    objectName: string,
    externalField: string,
    input: Readonly<Record<string, unknown>>,
    options: WriteOptions = {}
  ): WriteOutcome {
    const object = this.schema.require(objectName);
    const key = upsertKey(object, externalField);
    if (!key) {
      return fail([
        saveError(
          'INVALID_FIELD',
          `Field name provided, ${externalField} is not an External ID or indexed field for ${object.name}`
        ),
      ]);
    }
    const entry = Object.entries(input).find(([k]) => k.toLowerCase() === key.name.toLowerCase());
    const raw = entry?.[1];
    if (raw === undefined || raw === null || raw === '') {
      return fail([saveError('MISSING_ARGUMENT', `${key.name} not specified`, [key.name])]);
    }
    if (key.name === 'Id') return this.update(object.name, raw, input, options);
    const value = coerce(key, raw, options.csv ?? false);
    if (!value.ok) return fail([value.error]);
    const matches = this.store.findBy(object.name, key, value.value);
    if (matches.length > 1) {
      const ids = matches.map((m) => m.Id as string).join(', ');
      return fail([
        saveError('DUPLICATE_EXTERNAL_ID', `${key.label}: more than one record found for external id field: [${ids}]`, [
          key.name,
        ]),
      ]);
    }
    if (matches.length === 1) return this.update(object.name, matches[0].Id, input, options);
    // A new record: an Id in the input is not an error here, it is the key nothing matched.
    const { columns, values } = columnsOf(object, input, 'create', options.csv ?? false);
    return this.createRow(columns, values, options);
  }

  public remove(objectName: string, rawId: unknown, tx?: Transaction): WriteOutcome {
    const object = this.schema.require(objectName);
    const found = this.existing(object, rawId);
    if ('error' in found) return fail([found.error], typeof rawId === 'string' ? rawId : null);
    const id = found.record.Id as string;
    const fault = this.faults.recordError(object.name, id, found.record);
    if (fault) return fail([fault], id);
    this.cascade(object, id, tx);
    tx?.track(object, id, found.record);
    this.store.put(object, { ...found.record, IsDeleted: true, SystemModstamp: this.store.stamp() });
    return { success: true, id, created: false };
  }

  /** The stored record a write names by Id, or the error the org gives. */
  public existing(object: ObjectDef, rawId: unknown): { record: SfRecord } | { error: SaveError } {
    if (rawId === undefined || rawId === null || rawId === '') {
      return { error: saveError('MISSING_ARGUMENT', 'Id not specified in an update call', []) };
    }
    // The Id as the store keeps it needs no checking: it names a record of this object.
    const stored =
      typeof rawId === 'string' && rawId.length === 18 ? this.store.find(object.name, rawId, true) : undefined;
    if (stored)
      return stored.IsDeleted ? { error: saveError('ENTITY_IS_DELETED', 'entity is deleted', []) } : { record: stored };
    const id = typeof rawId === 'string' ? to18(rawId) : undefined;
    if (!id || id.slice(0, 3) !== object.keyPrefix) {
      return {
        error: saveError('MALFORMED_ID', `${object.label} ID: id value of incorrect type: ${String(rawId)}`, ['Id']),
      };
    }
    const record = this.store.find(object.name, id, true);
    if (!record) return { error: saveError('INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id', []) };
    if (record.IsDeleted) return { error: saveError('ENTITY_IS_DELETED', 'entity is deleted', []) };
    return { record };
  }

  private commit(
    object: ObjectDef,
    record: SfRecord,
    previous: SfRecord | undefined,
    created: boolean,
    options: WriteOptions
  ): WriteOutcome {
    const id = record.Id as string;
    const failId = created ? null : id;
    const fault = this.faults.recordError(object.name, created ? undefined : id, record);
    if (fault) return fail([fault], failId);
    const rules = this.store.formulas(object.name).firingRules(record);
    if (rules.length > 0) {
      return fail(
        rules.map((r) =>
          saveError('FIELD_CUSTOM_VALIDATION_EXCEPTION', r.message, r.displayField ? [r.displayField] : [])
        ),
        failId
      );
    }
    for (const f of checkedFields(object).unique) {
      if (record[f.name] === null || record[f.name] === undefined) continue;
      const other = this.store.findBy(object.name, f, record[f.name]).find((r) => r.Id !== id);
      if (other) {
        return fail(
          [
            saveError(
              'DUPLICATE_VALUE',
              `duplicate value found: ${f.name} duplicates value on record with id: ${String(other.Id)}`,
              [f.name]
            ),
          ],
          failId
        );
      }
    }
    options.tx?.track(object, id, previous);
    this.store.replace(object, record, previous);
    return { success: true, id, created };
  }

  /**
   * One row's values checked and coerced into `into`; the errors the org gives, or undefined. In CSV an
   * empty cell leaves the field alone and `#N/A` blanks it.
   */
  private resolve(
    columns: WriteColumns,
    values: readonly unknown[],
    into: Record<string, unknown>
  ): SaveError[] | undefined {
    let errors: SaveError[] | undefined;
    let readOnly: string[] | undefined;
    const csv = columns.csv;
    for (let i = 0; i < columns.fields.length; i++) {
      const f = columns.fields[i];
      if (f === null) continue;
      if (f === undefined) {
        const name = columns.names[i];
        (errors ??= []).push(
          saveError('INVALID_FIELD', `No such column '${name}' on sobject of type ${columns.object.name}`, [name])
        );
        continue;
      }
      const raw = values[i];
      // A CSV row shorter than its header leaves the missing cells empty.
      if (csv && (raw === '' || raw === undefined)) continue;
      if (!columns.writable[i]) {
        (readOnly ??= []).push(f.name);
        continue;
      }
      const c = coerce(f, csv && raw === '#N/A' ? null : raw, csv);
      if (!c.ok) {
        (errors ??= []).push(c.error);
        continue;
      }
      if (f.type === 'reference' && c.value !== null) {
        const error = this.referenceError(f, c.value as string);
        if (error) {
          (errors ??= []).push(error);
          continue;
        }
      }
      into[f.name] = c.value;
    }
    if (readOnly) {
      (errors ??= []).unshift(
        saveError(
          'INVALID_FIELD_FOR_INSERT_UPDATE',
          `Unable to create/update fields: ${readOnly.join(', ')}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`,
          readOnly
        )
      );
    }
    return errors;
  }

  private referenceError(f: FieldDef, id: string): SaveError | undefined {
    let target: ObjectDef | undefined;
    for (const name of f.referenceTo) {
      const o = this.schema.get(name);
      if (o && id.startsWith(o.keyPrefix)) target = o;
    }
    if (!target)
      return saveError('FIELD_INTEGRITY_EXCEPTION', `${f.label}: id value of incorrect type: ${id}`, [f.name]);
    const record = this.store.find(target.name, id, true);
    if (!record) return saveError('INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id', [f.name]);
    if (record.IsDeleted) return saveError('ENTITY_IS_DELETED', 'entity is deleted', [f.name]);
    return undefined;
  }

  /** Master-detail children go with their parent, as in the org. */
  private cascade(parent: ObjectDef, id: string, tx?: Transaction): void {
    for (const rel of parent.childRelationships.filter((r) => r.cascadeDelete)) {
      const child = this.schema.require(rel.childSObject);
      for (const r of [...this.store.live(child.name)]) {
        if (r[rel.field] !== id) continue;
        this.cascade(child, r.Id as string, tx);
        tx?.track(child, r.Id as string, r);
        this.store.put(child, { ...r, IsDeleted: true, SystemModstamp: this.store.stamp() });
      }
    }
  }
}

function upsertKey(object: ObjectDef, name: string): FieldDef | undefined {
  const f = object.byName.get(name.toLowerCase());
  return f && (f.externalId || f.name === 'Id') ? f : undefined;
}

const hasKey = (input: Readonly<Record<string, unknown>>, key: string): boolean =>
  Object.keys(input).some(
    (k) => k.toLowerCase() === key && input[k] !== undefined && input[k] !== null && input[k] !== ''
  );

/** Per object, the fields a write checks every record against; worked out once, not per record. */
const CHECKED = new WeakMap<ObjectDef, { required: FieldDef[]; notNillable: FieldDef[]; unique: FieldDef[] }>();

function checkedFields(object: ObjectDef): { required: FieldDef[]; notNillable: FieldDef[]; unique: FieldDef[] } {
  let checked = CHECKED.get(object);
  if (!checked) {
    checked = {
      required: object.fields.filter((f) => f.createable && !f.nillable && !f.defaultedOnCreate),
      notNillable: object.fields.filter((f) => !f.nillable),
      unique: object.fields.filter((f) => f.unique),
    };
    CHECKED.set(object, checked);
  }
  return checked;
}

function requiredMissing(fields: FieldDef[]): SaveError {
  const names = fields.map((f) => f.name);
  return saveError('REQUIRED_FIELD_MISSING', `Required fields are missing: [${names.join(', ')}]`, names);
}
