/**
 * The preview's in-memory org: the sample portfolio's records (built from config/sample-portfolio.csv by
 * preview/build/sample-data.js) and the object infos made from force-app. Every platform module of the
 * preview reads and writes through it. Nothing persists: a reload starts from the sample again.
 *
 * Switches in the page address (for tests and for seeing edge cases by hand):
 *   ?readonly=Account.CVP_Loyalty_Score__c,…  those fields are not editable (field-level security)
 *   ?hidden=Account.CVP_Emotional_Score__c,…  those fields are not readable at all
 *   ?fail=updateRecord,getRecord,…            those operations fail with a UI API error
 *   ?fail=graphql:cvpWhatIfAccounts@2         that GraphQL operation's second page fails once (graphql.js)
 *   ?latency=300                              every answer comes after that many milliseconds
 *   ?empty=CVP_Customer_Profitability__c      the store starts with no records of those objects
 *   ?accounts=2000                            a synthetic portfolio of that many accounts (synthetic.js)
 */
import sample from '@preview/data';
import { LANG, listParam, param } from './locale.js';
import { uiApiError } from './errors.js';
import { withSyntheticAccounts } from './synthetic.js';

const data = withSyntheticAccounts(sample);

const qualify = (name) => (name.includes('.') ? name : `Account.${name}`);
const readonlyFields = new Set(listParam('readonly').map(qualify));
const hiddenFields = new Set(listParam('hidden').map(qualify));
const failing = new Set(listParam('fail'));
const latency = Math.max(0, Number(param('latency')) || 0);
const emptied = new Set(listParam('empty'));

const records = new Map();
const byObject = new Map();
const prefixes = new Map();
const counters = new Map();
let version = 0;
let pending = 0;
const listeners = new Set();

function restrictInfo(info) {
  const fields = {};
  for (const [name, field] of Object.entries(info.fields)) {
    const key = `${info.apiName}.${name}`;
    if (hiddenFields.has(key)) continue;
    fields[name] = readonlyFields.has(key) ? { ...field, updateable: false, createable: false } : field;
  }
  return { ...info, fields };
}

// `?permset=CVP_Admin` shows the org as the admin sees it; otherwise as the sales rep (CVP_User).
const permsetInfos = data.objectInfosByPermset?.[param('permset')];
const objectInfos = Object.fromEntries(
  Object.entries((permsetInfos ?? data.objectInfos)[LANG]).map(([name, info]) => [name, restrictInfo(info)])
);
for (const info of Object.values(objectInfos)) prefixes.set(info.keyPrefix, info.apiName);

for (const [objectApiName, list] of Object.entries(data.records)) {
  byObject.set(objectApiName, new Set());
  counters.set(objectApiName, list.length);
  if (emptied.has(objectApiName)) continue;
  for (const record of list) add(objectApiName, { ...record });
}

function add(objectApiName, record) {
  record.__version = ++version;
  records.set(record.Id, { objectApiName, record });
  if (!byObject.has(objectApiName)) byObject.set(objectApiName, new Set());
  byObject.get(objectApiName).add(record.Id);
}

function notify(ids, explicit = false) {
  for (const listener of [...listeners]) listener(ids, explicit);
}

const CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** Same scheme as preview/build/ids.js, for records created in the browser. */
function newId(objectApiName) {
  const n = (counters.get(objectApiName) ?? 0) + 1;
  counters.set(objectApiName, n);
  let counter = '';
  let rest = n;
  while (counter.length < 10) {
    counter = BASE62[rest % 62] + counter;
    rest = Math.floor(rest / 62);
  }
  const id15 = `${objectInfos[objectApiName]?.keyPrefix ?? 'a0Z'}5P${counter}`;
  let suffix = '';
  for (let block = 0; block < 3; block++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) if (/[A-Z]/.test(id15[block * 5 + i])) bits |= 1 << i;
    suffix += CHARS[bits];
  }
  return { id: id15 + suffix, n };
}

function autoName(objectApiName, n) {
  const format = data.autoNumbers[objectApiName];
  if (!format) return undefined;
  return format.replace(/\{(0+)\}/, (_, zeros) => String(n).padStart(zeros.length, '0'));
}

function checkWritable(info, fields, mode) {
  const errors = {};
  for (const [name, value] of Object.entries(fields)) {
    if (name === 'Id') continue;
    const field = info.fields[name];
    if (!field) {
      errors[name] = `No such column '${name}' on entity '${info.apiName}', or you cannot see it.`;
      continue;
    }
    if (!(mode === 'create' ? field.createable : field.updateable)) {
      errors[name] = `Unable to ${mode} the field '${name}': you do not have permission, or it is read-only.`;
      continue;
    }
    if (value === null || value === undefined) continue;
    if (['Double', 'Currency', 'Percent', 'Int'].includes(field.dataType) && typeof value !== 'number')
      errors[name] = `${field.label}: expected a number, got ${JSON.stringify(value)}.`;
    else if (field.dataType === 'Boolean' && typeof value !== 'boolean')
      errors[name] = `${field.label}: expected true or false.`;
    else if (typeof value === 'number' && field.precision > 0) {
      const max = 10 ** (field.precision - field.scale);
      if (Math.abs(value) >= max)
        errors[name] = `${field.label}: value outside of valid range on numeric field: ${value}`;
    } else if (field.dataType === 'Picklist' && data.picklists[LANG][info.apiName]?.[name]) {
      const allowed = data.picklists[LANG][info.apiName][name].map((v) => v.value);
      if (!allowed.includes(value)) errors[name] = `${field.label}: bad value for restricted picklist field: ${value}`;
    }
  }
  return errors;
}

export const store = {
  lang: LANG,
  userId: data.userId,
  period: data.period,
  sampleIds: data.sampleIds,
  get version() {
    return version;
  },
  /** Answers under way: the render benchmark waits for none. */
  get pending() {
    return pending;
  },
  /** Runs `work` counted as pending until it settles. */
  async track(work) {
    pending++;
    try {
      return await work();
    } finally {
      pending--;
    }
  },

  objectInfo: (objectApiName) => objectInfos[objectApiName],
  picklistValues: (objectApiName, fieldApiName) => data.picklists[LANG][objectApiName]?.[fieldApiName],
  objectOfId(id) {
    if (typeof id !== 'string') return undefined;
    return records.get(id)?.objectApiName ?? prefixes.get(id.slice(0, 3));
  },
  /** The stored record (not a copy: callers must not change it). */
  get: (id) => records.get(id)?.record,
  all: (objectApiName) => [...(byObject.get(objectApiName) ?? [])].map((id) => records.get(id).record),

  /** Resolves after the configured latency; rejects when the page asked this operation to fail. */
  async answer(operation) {
    if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
    else await Promise.resolve();
    if (failing.has(operation))
      throw uiApiError(500, 'PREVIEW_FAILURE', `The preview was asked to fail ${operation} (?fail=${operation}).`);
  },

  update(fields) {
    const id = fields.Id;
    const entry = records.get(id);
    if (!entry) throw uiApiError(404, 'NOT_FOUND', `The requested resource does not exist: ${id}`);
    const info = objectInfos[entry.objectApiName];
    const errors = checkWritable(info, fields, 'update');
    if (Object.keys(errors).length > 0) throw saveError(errors);
    const now = new Date().toISOString();
    Object.assign(entry.record, fields, { LastModifiedDate: now, SystemModstamp: now, LastModifiedById: data.userId });
    entry.record.__version = ++version;
    notify([id]);
    return entry.record;
  },

  create(objectApiName, fields) {
    const info = objectInfos[objectApiName];
    if (!info || !info.createable)
      throw uiApiError(403, 'INSUFFICIENT_ACCESS', `You cannot create ${objectApiName} records.`);
    const errors = checkWritable(info, fields, 'create');
    for (const [name, field] of Object.entries(info.fields))
      if (field.required && field.createable && (fields[name] === undefined || fields[name] === null))
        errors[name] = `Required field missing: ${name}`;
      else if (field.reference && fields[name] && !records.has(fields[name]))
        errors[name] = `${field.label}: id value of incorrect type or not found: ${fields[name]}`;
    if (Object.keys(errors).length > 0) throw saveError(errors);
    const { id, n } = newId(objectApiName);
    const now = new Date().toISOString();
    const record = {
      Id: id,
      Name: autoName(objectApiName, n),
      CreatedDate: now,
      LastModifiedDate: now,
      SystemModstamp: now,
      CreatedById: data.userId,
      LastModifiedById: data.userId,
      ...fields,
    };
    add(objectApiName, record);
    notify([id]);
    return record;
  },

  remove(id) {
    const entry = records.get(id);
    if (!entry) throw uiApiError(404, 'NOT_FOUND', `The requested resource does not exist: ${id}`);
    records.delete(id);
    byObject.get(entry.objectApiName).delete(id);
    version++;
    notify([id]);
  },

  /** Tells listeners that these records may have changed (notifyRecordUpdateAvailable). */
  touch(ids) {
    notify(ids, true);
  },

  subscribe(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

function saveError(errors) {
  const first = Object.values(errors)[0];
  const err = uiApiError(400, 'INVALID_FIELD', first, {
    enhancedErrorType: 'RecordError',
    output: {
      errors: [],
      fieldErrors: Object.fromEntries(
        Object.entries(errors).map(([field, message]) => [
          field,
          [
            {
              constituentField: null,
              duplicateRecordError: null,
              errorCode: 'INVALID_FIELD',
              field,
              fieldLabel: field,
              message,
            },
          ],
        ])
      ),
    },
  });
  return err;
}
