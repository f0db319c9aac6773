/**
 * lightning/uiObjectInfoApi for the preview: object infos made from force-app's field files, with the
 * field-level security of the CVP_User permission set (and the page's ?readonly= / ?hidden= switches).
 */
import { store } from './store.js';
import { StoreWireAdapter } from './wire.js';
import { uiApiError } from './errors.js';

const apiNameOf = (spec) => (spec && typeof spec === 'object' ? spec.objectApiName : spec);

function info(objectApiName) {
  const found = store.objectInfo(apiNameOf(objectApiName));
  if (!found)
    return {
      error: uiApiError(404, 'NOT_FOUND', `The requested resource does not exist: ${apiNameOf(objectApiName)}`),
    };
  return { data: found, ids: [] };
}

export class getObjectInfo extends StoreWireAdapter {
  static required = ['objectApiName'];
  static operation = 'getObjectInfo';

  compute(config) {
    return info(config.objectApiName);
  }
}

export class getObjectInfos extends StoreWireAdapter {
  static required = ['objectApiNames'];
  static operation = 'getObjectInfos';

  compute(config) {
    const results = config.objectApiNames.map((name) => {
      const { data, error } = info(name);
      return error ? { statusCode: error.status, result: [error.body] } : { statusCode: 200, result: data };
    });
    return { data: { results }, ids: [] };
  }
}

function picklist(objectApiName, fieldApiName) {
  const values = store.picklistValues(objectApiName, fieldApiName);
  if (!values) return null;
  return {
    controllerValues: {},
    defaultValue: null,
    eTag: 'preview',
    url: `/services/data/v62.0/ui-api/object-info/${objectApiName}/picklist-values/012000000000000AAA/${fieldApiName}`,
    values: values.map((v) => ({ attributes: null, label: v.label, validFor: [], value: v.value })),
  };
}

export class getPicklistValues extends StoreWireAdapter {
  static required = ['recordTypeId', 'fieldApiName'];
  static operation = 'getPicklistValues';

  compute(config) {
    const spec = config.fieldApiName;
    const [objectApiName, fieldApiName] =
      typeof spec === 'object' ? [spec.objectApiName, spec.fieldApiName] : String(spec).split('.');
    const data = picklist(objectApiName, fieldApiName);
    if (!data)
      return { error: uiApiError(404, 'NOT_FOUND', `No picklist values for ${objectApiName}.${fieldApiName}`) };
    return { data, ids: [] };
  }
}

export class getPicklistValuesByRecordType extends StoreWireAdapter {
  static required = ['objectApiName', 'recordTypeId'];
  static operation = 'getPicklistValuesByRecordType';

  compute(config) {
    const objectApiName = apiNameOf(config.objectApiName);
    const objectInfo = store.objectInfo(objectApiName);
    if (!objectInfo)
      return { error: uiApiError(404, 'NOT_FOUND', `The requested resource does not exist: ${objectApiName}`) };
    const picklistFieldValues = {};
    for (const name of Object.keys(objectInfo.fields)) {
      const values = picklist(objectApiName, name);
      if (values) picklistFieldValues[name] = values;
    }
    return { data: { eTag: 'preview', picklistFieldValues }, ids: [] };
  }
}
