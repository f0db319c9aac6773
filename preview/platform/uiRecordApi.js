/**
 * lightning/uiRecordApi for the preview, over the in-memory store: the wire adapters getRecord and
 * getRecords, the functions updateRecord, createRecord, deleteRecord, notifyRecordUpdateAvailable,
 * getFieldValue, getFieldDisplayValue and the record-input helpers, with the UI API's shapes.
 */
import { store } from './store.js';
import { StoreWireAdapter } from './wire.js';
import { uiApiError } from './errors.js';
import { allFieldPaths, deepFreeze, fieldPath, objectOfSpec, recordRepresentation } from './record-shape.js';

function idsOf(rep, into = []) {
  into.push(rep.id);
  for (const f of Object.values(rep.fields))
    if (f?.value && typeof f.value === 'object' && f.value.id) idsOf(f.value, into);
  return into;
}

const asList = (value) => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);

function readRecord(recordId, { fields, optionalFields, layoutTypes }) {
  const objectApiName = store.objectOfId(recordId);
  const raw = store.get(recordId);
  if (!raw || !objectApiName) return { error: uiApiError(404, 'NOT_FOUND', 'The requested resource does not exist') };
  const wrong = [...asList(fields)].find((spec) => {
    const named = objectOfSpec(spec);
    return named !== undefined && named !== objectApiName;
  });
  if (wrong)
    return {
      error: uiApiError(
        400,
        'INVALID_FIELD',
        `Field ${typeof wrong === 'object' ? `${wrong.objectApiName}.${wrong.fieldApiName}` : wrong} does not belong to ${objectApiName}.`
      ),
    };
  const { record, error } = recordRepresentation(objectApiName, raw, {
    fields: asList(fields),
    optionalFields: asList(optionalFields),
    all: asList(layoutTypes).length > 0,
  });
  if (error) return { error: uiApiError(400, 'INVALID_FIELD', error) };
  return { data: record, ids: idsOf(record) };
}

export class getRecord extends StoreWireAdapter {
  static required = ['recordId'];
  static operation = 'getRecord';

  ready() {
    const c = this.config;
    return Boolean(c && c.recordId && (c.fields || c.optionalFields || c.layoutTypes));
  }

  compute(config) {
    return readRecord(config.recordId, config);
  }
}

export class getRecords extends StoreWireAdapter {
  static required = ['records'];
  static operation = 'getRecords';

  compute(config) {
    const results = [];
    const ids = [];
    for (const group of config.records) {
      for (const recordId of asList(group.recordIds)) {
        const { data, error, ids: held } = readRecord(recordId, group);
        if (error) results.push({ statusCode: error.status, result: [error.body] });
        else results.push({ statusCode: 200, result: data });
        ids.push(...(held ?? [recordId]));
      }
    }
    return { data: { results }, ids };
  }
}

/** The value of a field of a wired record; `field` is 'Account.Name' or a @salesforce/schema reference. */
export function getFieldValue(record, field) {
  return walk(record, field, 'value');
}

export function getFieldDisplayValue(record, field) {
  return walk(record, field, 'displayValue');
}

function walk(record, field, key) {
  if (!record) return undefined;
  const path = fieldPath(record.apiName, field);
  if (!path) return undefined;
  let current = record;
  for (let i = 0; i < path.length; i++) {
    const entry = current?.fields?.[path[i]];
    if (entry === undefined) return undefined;
    if (i === path.length - 1) return entry[key];
    current = entry.value;
    if (current === null) return null;
  }
  return undefined;
}

function answerWith(operation, fn) {
  return store.track(async () => {
    await store.answer(operation);
    return deepFreeze(fn());
  });
}

function fullRecord(id) {
  const objectApiName = store.objectOfId(id);
  return recordRepresentation(objectApiName, store.get(id), { all: true }).record;
}

export function updateRecord(recordInput) {
  return answerWith('updateRecord', () => {
    const fields = recordInput?.fields ?? {};
    if (!fields.Id) throw uiApiError(400, 'INVALID_INPUT', 'updateRecord needs fields.Id');
    store.update(fields);
    return fullRecord(fields.Id);
  });
}

export function createRecord(recordInput) {
  return answerWith('createRecord', () => {
    if (!recordInput?.apiName) throw uiApiError(400, 'INVALID_INPUT', 'createRecord needs apiName');
    const raw = store.create(recordInput.apiName, { ...(recordInput.fields ?? {}) });
    return fullRecord(raw.Id);
  });
}

export function deleteRecord(recordId) {
  return answerWith('deleteRecord', () => {
    store.remove(recordId);
    return undefined;
  });
}

/** Tells the wires that hold or name these records to ask again (after writes LDS did not see). */
export async function notifyRecordUpdateAvailable(recordIds) {
  await Promise.resolve();
  store.touch(asList(recordIds).map((r) => (typeof r === 'object' ? r.recordId : r)));
}

/** The older name of notifyRecordUpdateAvailable. */
export function getRecordNotifyChange(recordIds) {
  notifyRecordUpdateAvailable(recordIds);
}

export function generateRecordInputForCreate(record, objectInfo) {
  const fields = {};
  for (const [name, entry] of Object.entries(record?.fields ?? {})) {
    const info = objectInfo?.fields?.[name];
    if (!objectInfo || info?.createable) fields[name] = entry?.value ?? null;
  }
  return { apiName: record?.apiName ?? objectInfo?.apiName, fields };
}

export function generateRecordInputForUpdate(record, objectInfo) {
  const fields = { Id: record?.id };
  for (const [name, entry] of Object.entries(record?.fields ?? {})) {
    const info = objectInfo?.fields?.[name];
    if (!objectInfo || info?.updateable) fields[name] = entry?.value ?? null;
  }
  return { apiName: record?.apiName, fields };
}

export function createRecordInputFilteredByEditedFields(recordInput, originalRecord) {
  const fields = {};
  for (const [name, value] of Object.entries(recordInput.fields ?? {}))
    if (name === 'Id' || originalRecord?.fields?.[name]?.value !== value) fields[name] = value;
  return { ...recordInput, fields };
}

export { allFieldPaths };
