/** Describe answers in the documented shape (the fields clients read; a real org sends many more). */
import type { Access } from './access.js';
import type { Org } from './org.js';
import type { FieldDef, ObjectDef } from './schema-types.js';

const SOAP_TYPES: Readonly<Record<string, string>> = {
  id: 'tns:ID',
  reference: 'tns:ID',
  string: 'xsd:string',
  textarea: 'xsd:string',
  picklist: 'xsd:string',
  multipicklist: 'xsd:string',
  email: 'xsd:string',
  phone: 'xsd:string',
  url: 'xsd:string',
  double: 'xsd:double',
  currency: 'xsd:double',
  percent: 'xsd:double',
  int: 'xsd:int',
  boolean: 'xsd:boolean',
  date: 'xsd:date',
  datetime: 'xsd:dateTime',
};

export function describeField(f: FieldDef): Record<string, unknown> {
  const numeric = ['double', 'currency', 'percent'].includes(f.type);
  return {
    name: f.name,
    label: f.label,
    type: f.type,
    soapType: SOAP_TYPES[f.type],
    length: f.length,
    byteLength: f.length * 3,
    precision: numeric ? f.precision : 0,
    scale: numeric ? f.scale : 0,
    digits: f.type === 'int' ? f.precision : 0,
    createable: f.createable,
    updateable: f.updateable,
    nillable: f.nillable,
    defaultedOnCreate: f.defaultedOnCreate,
    defaultValue: f.defaultValue,
    externalId: f.externalId,
    unique: f.unique,
    caseSensitive: f.caseSensitive,
    idLookup: f.type === 'id' || f.externalId || f.unique,
    calculated: f.calculated,
    calculatedFormula: f.formula,
    autoNumber: f.autoNumber,
    nameField: f.nameField,
    custom: f.custom,
    filterable: f.filterable,
    sortable: f.sortable,
    groupable: f.sortable && !numeric,
    referenceTo: f.referenceTo,
    relationshipName: f.relationshipName,
    relationshipOrder: f.masterDetail ? 0 : null,
    cascadeDelete: f.masterDetail,
    writeRequiresMasterRead: false,
    restrictedPicklist: f.restrictedPicklist,
    picklistValues: f.picklistValues.map((value) => ({
      active: true,
      defaultValue: false,
      label: value,
      validFor: null,
      value,
    })),
    dependentPicklist: false,
    htmlFormatted: false,
    encrypted: false,
    permissionable: f.custom && f.nillable && !f.calculated,
  };
}

const objectUrls = (version: string, name: string): Record<string, string> => {
  const base = `/services/data/v${version}/sobjects/${name}`;
  return { sobject: base, describe: `${base}/describe`, rowTemplate: `${base}/{ID}` };
};

export function describeGlobalEntry(o: ObjectDef, version: string, access?: Access): Record<string, unknown> {
  return {
    name: o.name,
    label: o.label,
    labelPlural: o.labelPlural,
    keyPrefix: o.keyPrefix,
    custom: o.custom,
    createable: o.createable && (access?.createable(o.name) ?? true),
    updateable: o.updateable && (access?.updateable(o.name) ?? true),
    deletable: o.createable,
    queryable: true,
    retrieveable: true,
    searchable: o.custom,
    triggerable: true,
    layoutable: o.createable,
    urls: objectUrls(version, o.name),
  };
}

export function describeObject(o: ObjectDef, version: string, access?: Access): Record<string, unknown> {
  const createable = access?.createable(o.name) ?? true;
  const updateable = access?.updateable(o.name) ?? true;
  return {
    ...describeGlobalEntry(o, version, access),
    // Without the object permission no field is createable or updateable either.
    fields: o.fields
      .map(describeField)
      .map((f) => ({ ...f, createable: f.createable && createable, updateable: f.updateable && updateable })),
    childRelationships: o.childRelationships.map((r) => ({
      childSObject: r.childSObject,
      field: r.field,
      relationshipName: r.relationshipName,
      cascadeDelete: r.cascadeDelete,
      restrictedDelete: false,
      deprecatedAndHidden: false,
    })),
    recordTypeInfos: [],
  };
}

export function describeGlobal(org: Org, version: string): Record<string, unknown> {
  return {
    encoding: 'UTF-8',
    maxBatchSize: 200,
    sobjects: org.schema.all().map((o) => describeGlobalEntry(o, version, org.access)),
  };
}
