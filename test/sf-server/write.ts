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
    const resolved = this.resolve(object, withoutKey(input, 'id'), 'create', options);
    if (!resolved.ok) return fail(resolved.errors);
    const missing = checkedFields(object).required.filter((f) => (resolved.fields[f.name] ?? null) === null);
    if (missing.length > 0) return fail([requiredMissing(missing)]);
    const id = this.store.newId(object);
    const record = this.store.created(object, { ...resolved.fields, Id: id });
    return this.commit(object, record, undefined, true, options);
  }

  public update(
    objectName: string,
    rawId: unknown,
    input: Readonly<Record<string, unknown>>,
    options: WriteOptions = {}
  ): WriteOutcome {
    const object = this.schema.require(objectName);
    const found = this.existing(object, rawId);
    if ('error' in found) return fail([found.error], typeof rawId === 'string' ? rawId : null);
    const resolved = this.resolve(object, withoutKey(input, 'id'), 'update', options);
    if (!resolved.ok) return fail(resolved.errors, found.record.Id as string);
    const blanked = checkedFields(object).notNillable.filter(
      (f) => f.name in resolved.fields && resolved.fields[f.name] === null
    );
    if (blanked.length > 0) return fail([requiredMissing(blanked)], found.record.Id as string);
    const record = this.store.modified(object, { ...found.record, ...resolved.fields });
    return this.commit(object, record, found.record, false, options);
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
    return this.create(object.name, withoutKey(input, 'id'), options);
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
    this.store.put(object, record);
    return { success: true, id, created };
  }

  private resolve(
    object: ObjectDef,
    input: Readonly<Record<string, unknown>>,
    mode: 'create' | 'update',
    options: WriteOptions
  ): { ok: true; fields: Record<string, unknown> } | { ok: false; errors: SaveError[] } {
    const fields: Record<string, unknown> = {};
    const errors: SaveError[] = [];
    const readOnly: string[] = [];
    for (const [name, raw] of Object.entries(input)) {
      if (name === 'attributes') continue;
      const f = object.byName.get(name.toLowerCase());
      if (!f) {
        errors.push(saveError('INVALID_FIELD', `No such column '${name}' on sobject of type ${object.name}`, [name]));
        continue;
      }
      if (options.csv && raw === '') continue;
      const value = options.csv && raw === '#N/A' ? null : raw;
      if (mode === 'create' ? !f.createable : !f.updateable) {
        readOnly.push(f.name);
        continue;
      }
      const c = coerce(f, value, options.csv ?? false);
      if (!c.ok) {
        errors.push(c.error);
        continue;
      }
      if (f.type === 'reference' && c.value !== null) {
        const error = this.referenceError(f, c.value as string);
        if (error) {
          errors.push(error);
          continue;
        }
      }
      fields[f.name] = c.value;
    }
    if (readOnly.length > 0) {
      errors.unshift(
        saveError(
          'INVALID_FIELD_FOR_INSERT_UPDATE',
          `Unable to create/update fields: ${readOnly.join(', ')}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`,
          readOnly
        )
      );
    }
    return errors.length > 0 ? { ok: false, errors } : { ok: true, fields };
  }

  private referenceError(f: FieldDef, id: string): SaveError | undefined {
    const target = f.referenceTo.map((name) => this.schema.get(name)).find((o) => o?.keyPrefix === id.slice(0, 3));
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

/** The input without `key` in any case; the input itself when it has no such key (nothing changes it). */
function withoutKey(input: Readonly<Record<string, unknown>>, key: string): Readonly<Record<string, unknown>> {
  let found = false;
  for (const k in input) if (k.length === key.length && k.toLowerCase() === key) found = true;
  return found ? Object.fromEntries(Object.entries(input).filter(([k]) => k.toLowerCase() !== key)) : input;
}

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
