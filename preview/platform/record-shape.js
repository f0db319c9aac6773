/**
 * Records in the UI API's shape (what getRecord, getRecords, updateRecord and the related-list adapter
 * give components): `fields.X = { value, displayValue }`, spanning fields nested under the relationship
 * name, field-level security applied, and data frozen as LDS freezes it, so a component that mutates
 * wired data fails here as it would in the org.
 */
import { store } from './store.js';
import { CURRENCY, LOCALE, TIME_ZONE } from './locale.js';

/** 'Account.Owner.Name', 'Owner.Name' or a @salesforce/schema reference → ['Owner', 'Name']. */
export function fieldPath(objectApiName, spec) {
  if (spec && typeof spec === 'object') {
    if (spec.objectApiName && spec.objectApiName !== objectApiName) return null;
    return String(spec.fieldApiName).split('.');
  }
  const parts = String(spec).split('.');
  if (parts.length > 1 && parts[0] === objectApiName) parts.shift();
  return parts;
}

/** The object a field spec names ('Account.Name' → 'Account'), when it names one. */
export function objectOfSpec(spec) {
  if (spec && typeof spec === 'object') return spec.objectApiName;
  const parts = String(spec).split('.');
  return parts.length > 1 ? parts[0] : undefined;
}

const numberFormat = (options) => new Intl.NumberFormat(LOCALE, options);

export function displayValue(objectApiName, field, value) {
  if (value === null || value === undefined) return null;
  switch (field.dataType) {
    case 'Picklist': {
      const values = store.picklistValues(objectApiName, field.apiName) ?? [];
      return values.find((v) => v.value === value)?.label ?? value;
    }
    case 'MultiPicklist': {
      const values = store.picklistValues(objectApiName, field.apiName) ?? [];
      return String(value)
        .split(';')
        .map((v) => values.find((p) => p.value === v)?.label ?? v)
        .join(';');
    }
    case 'Currency':
      return numberFormat({
        style: 'currency',
        currency: CURRENCY,
        minimumFractionDigits: field.scale,
        maximumFractionDigits: field.scale,
      }).format(value);
    case 'Percent':
      return `${numberFormat({ maximumFractionDigits: field.scale }).format(value)}%`;
    case 'DateTime':
      return new Intl.DateTimeFormat(LOCALE, { dateStyle: 'short', timeStyle: 'short', timeZone: TIME_ZONE }).format(
        new Date(value)
      );
    case 'Date':
      return new Intl.DateTimeFormat(LOCALE, { dateStyle: 'short', timeZone: 'UTC' }).format(new Date(value));
    case 'Reference': {
      const target = store.get(value);
      return target?.Name ?? null;
    }
    default:
      return null;
  }
}

export function deepFreeze(value) {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze(value[key]);
  }
  return value;
}

function relationshipField(info, name) {
  return Object.values(info.fields).find((f) => f.relationshipName === name);
}

/**
 * Adds one field path to `fields`. Returns an error text when the path names nothing readable, so that
 * `fields` (required) can fail and `optionalFields` can skip, as the UI API does.
 */
function addPath(fields, objectApiName, raw, path) {
  const info = store.objectInfo(objectApiName);
  if (!info) return `Object ${objectApiName} is not supported in the preview.`;
  const [head, ...rest] = path;
  if (rest.length === 0) {
    const field = info.fields[head];
    if (!field)
      return `No such column '${head}' on entity '${objectApiName}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name.`;
    const value = raw[head] ?? null;
    fields[head] = { displayValue: displayValue(objectApiName, field, value), value };
    return null;
  }
  const lookup = relationshipField(info, head);
  if (!lookup)
    return `Didn't understand relationship '${head}' in field path. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name.`;
  const targetObject = lookup.referenceToInfos[0]?.apiName;
  const targetId = raw[lookup.apiName] ?? null;
  const target = targetId ? store.get(targetId) : null;
  if (!target) {
    fields[head] = { displayValue: null, value: null };
    return null;
  }
  const existing = fields[head]?.value;
  const nested = existing && typeof existing === 'object' ? existing : shell(targetObject, target);
  const error = addPath(nested.fields, targetObject, target, rest);
  if (error) return error;
  fields[head] = { displayValue: target.Name ?? null, value: nested };
  return null;
}

function shell(objectApiName, raw) {
  return {
    apiName: objectApiName,
    childRelationships: {},
    eTag: `preview-${raw.__version ?? 0}`,
    fields: {},
    id: raw.Id,
    lastModifiedById: raw.LastModifiedById ?? null,
    lastModifiedDate: raw.LastModifiedDate ?? null,
    recordTypeId: '012000000000000AAA',
    recordTypeInfo: null,
    systemModstamp: raw.SystemModstamp ?? null,
    weakEtag: raw.__version ?? 0,
  };
}

/** Every readable field of the object: what layoutTypes: ['Full'] and the save answers carry. */
export const allFieldPaths = (objectApiName) =>
  Object.keys(store.objectInfo(objectApiName)?.fields ?? {}).map((f) => [f]);

/**
 * The record as the UI API gives it, with the required `fields` and the `optionalFields` asked for.
 * Returns { record } or { error } (a required field that does not exist or cannot be read).
 */
export function recordRepresentation(objectApiName, raw, { fields = [], optionalFields = [], all = false } = {}) {
  const rep = shell(objectApiName, raw);
  if (all) for (const path of allFieldPaths(objectApiName)) addPath(rep.fields, objectApiName, raw, path);
  for (const spec of fields) {
    const path = fieldPath(objectApiName, spec);
    if (!path) continue;
    const error = addPath(rep.fields, objectApiName, raw, path);
    if (error) return { error };
  }
  for (const spec of optionalFields) {
    const path = fieldPath(objectApiName, spec);
    if (path) addPath(rep.fields, objectApiName, raw, path);
  }
  return { record: rep };
}
