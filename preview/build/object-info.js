/**
 * UI API object infos (the shape getObjectInfo returns) made from force-app: the custom fields of each
 * object, with field-level security from one permission set (CVP_User, the sales rep's, unless the page
 * asks for another), and the Finnish labels from objectTranslations. Standard fields the components may
 * name are added by hand: they have no files in force-app.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { filesIn, forceApp, list, readXml, text } from './metadata.js';

export const MASTER_RECORD_TYPE_ID = '012000000000000AAA';

/** Field types of the metadata files → UI API dataType. */
const DATA_TYPES = {
  AutoNumber: 'String',
  Checkbox: 'Boolean',
  Currency: 'Currency',
  Date: 'Date',
  DateTime: 'DateTime',
  Email: 'Email',
  LongTextArea: 'TextArea',
  Lookup: 'Reference',
  MasterDetail: 'Reference',
  MultiselectPicklist: 'MultiPicklist',
  Number: 'Double',
  Percent: 'Percent',
  Phone: 'Phone',
  Picklist: 'Picklist',
  Text: 'String',
  TextArea: 'TextArea',
  Url: 'Url',
};

const KEY_PREFIXES = {
  Account: '001',
  User: '005',
  CVP_Customer_Profitability__c: 'a01',
  CVP_Value_Assessment__c: 'a02',
  CVP_Scoring_Profile__c: 'a03',
  CVP_Customer_Vision__c: 'a04',
  CVP_Vision_Objective__c: 'a05',
  CVP_Portfolio_Snapshot__c: 'a06',
};
export const keyPrefixOf = (objectApiName) => KEY_PREFIXES[objectApiName] ?? 'a0Z';

function field(apiName, label, dataType, extra = {}) {
  return {
    apiName,
    label,
    dataType,
    calculated: false,
    compound: false,
    controllingFields: [],
    createable: false,
    custom: apiName.endsWith('__c'),
    externalId: false,
    filterable: true,
    htmlFormatted: false,
    inlineHelpText: null,
    length: dataType === 'String' ? 255 : 0,
    nameField: false,
    polymorphicForeignKey: false,
    precision: 0,
    reference: dataType === 'Reference',
    referenceToInfos: [],
    relationshipName: null,
    required: false,
    scale: 0,
    sortable: true,
    unique: false,
    updateable: false,
    ...extra,
  };
}

const referenceTo = (apiName) => [{ apiName, nameFields: ['Name'] }];

function standardFields(objectApiName, nameLabel, nameIsAutoNumber) {
  const fields = {
    Id: field('Id', `${objectApiName === 'Account' ? 'Account' : 'Record'} ID`, 'String', { length: 18 }),
    Name: field('Name', nameLabel, 'String', {
      nameField: true,
      createable: !nameIsAutoNumber,
      updateable: !nameIsAutoNumber,
      length: nameIsAutoNumber ? 30 : 255,
    }),
    CreatedDate: field('CreatedDate', 'Created Date', 'DateTime'),
    LastModifiedDate: field('LastModifiedDate', 'Last Modified Date', 'DateTime'),
    SystemModstamp: field('SystemModstamp', 'System Modstamp', 'DateTime'),
    CreatedById: field('CreatedById', 'Created By ID', 'Reference', {
      relationshipName: 'CreatedBy',
      referenceToInfos: referenceTo('User'),
    }),
    LastModifiedById: field('LastModifiedById', 'Last Modified By ID', 'Reference', {
      relationshipName: 'LastModifiedBy',
      referenceToInfos: referenceTo('User'),
    }),
  };
  if (objectApiName === 'Account') {
    Object.assign(fields, {
      OwnerId: field('OwnerId', 'Owner ID', 'Reference', {
        relationshipName: 'Owner',
        referenceToInfos: referenceTo('User'),
        createable: true,
        updateable: true,
      }),
      Industry: field('Industry', 'Industry', 'Picklist', { createable: true, updateable: true }),
      Type: field('Type', 'Account Type', 'Picklist', { createable: true, updateable: true }),
      AnnualRevenue: field('AnnualRevenue', 'Annual Revenue', 'Currency', { createable: true, updateable: true }),
    });
  }
  return fields;
}

function picklistValues(element) {
  return list(list(element, 'valueSet')[0], 'valueSetDefinition')
    .flatMap((def) => list(def, 'value'))
    .map((v) => ({ value: text(v, 'fullName'), label: text(v, 'label') ?? text(v, 'fullName') }));
}

// A permission set the package cannot hold lives in force-app-unpackaged (deployed beside the package).
const PERMISSION_SET_ROOTS = ['force-app', 'force-app-unpackaged'];

function permissionSetFile(root, permissionSet) {
  const files = PERMISSION_SET_ROOTS.map((dir) =>
    path.join(root, dir, 'main', 'default', 'permissionsets', `${permissionSet}.permissionset-meta.xml`)
  );
  return files.find((f) => existsSync(f)) ?? files[0];
}

function fieldPermissions(root, permissionSet) {
  const doc = readXml(permissionSetFile(root, permissionSet));
  const fields = new Map();
  for (const p of list(doc, 'fieldPermissions'))
    fields.set(text(p, 'field'), {
      readable: text(p, 'readable') === 'true',
      editable: text(p, 'editable') === 'true',
    });
  const objects = new Map();
  for (const p of list(doc, 'objectPermissions'))
    objects.set(text(p, 'object'), {
      create: text(p, 'allowCreate') === 'true',
      edit: text(p, 'allowEdit') === 'true',
      read: text(p, 'allowRead') === 'true',
      delete: text(p, 'allowDelete') === 'true',
    });
  return { fields, objects, found: doc !== null };
}

function finnishOf(root, objectApiName) {
  const dir = forceApp(root, 'objectTranslations', `${objectApiName}-fi`);
  const fields = {};
  for (const file of filesIn(dir, '.fieldTranslation-meta.xml')) {
    const doc = readXml(file);
    fields[text(doc, 'name')] = {
      label: text(doc, 'label'),
      help: text(doc, 'help'),
      picklist: Object.fromEntries(
        list(doc, 'picklistValues').map((p) => [text(p, 'masterLabel'), text(p, 'translation')])
      ),
    };
  }
  const objectDoc = readXml(path.join(dir, `${objectApiName}-fi.objectTranslation-meta.xml`));
  const cases = list(objectDoc, 'caseValues');
  const singular = cases.find((c) => text(c, 'plural') === 'false');
  const plural = cases.find((c) => text(c, 'plural') === 'true');
  return { fields, label: text(singular, 'value'), labelPlural: text(plural, 'value') };
}

/**
 * Object infos in English and Finnish, with picklist values per field (what getPicklistValues returns),
 * for the objects under force-app plus User. `permissionSet` decides what is readable and editable.
 */
export function readObjectInfos(root, { permissionSet = 'CVP_User' } = {}) {
  const perms = fieldPermissions(root, permissionSet);
  const objectsDir = forceApp(root, 'objects');
  const objectNames = existsSync(objectsDir) ? readdirSync(objectsDir).sort() : [];
  const en = {};
  const fi = {};
  const picklists = { en: {}, fi: {} };
  const children = [];
  const autoNumbers = {};

  for (const objectApiName of objectNames) {
    const objectDoc = readXml(path.join(objectsDir, objectApiName, `${objectApiName}.object-meta.xml`));
    const nameField = list(objectDoc, 'nameField')[0];
    const nameIsAutoNumber = text(nameField, 'type') === 'AutoNumber';
    if (nameIsAutoNumber) autoNumbers[objectApiName] = text(nameField, 'displayFormat');
    const custom = objectApiName.endsWith('__c');
    // Permissions add up: the preview user's profile grants the standard objects (create, read, edit), and
    // a permission set can only add to that; a set that grants Read on Account takes no Edit away.
    const fromProfile = { create: !custom, edit: !custom, read: !custom, delete: false };
    const fromSet = perms.objects.get(objectApiName);
    const objectPerm = fromSet
      ? Object.fromEntries(Object.keys(fromProfile).map((k) => [k, fromProfile[k] || fromSet[k]]))
      : fromProfile;
    const fields = standardFields(objectApiName, text(nameField, 'label') ?? `${objectApiName} Name`, nameIsAutoNumber);
    const finnish = finnishOf(root, objectApiName);
    const fiFields = {};
    picklists.en[objectApiName] = {};
    picklists.fi[objectApiName] = {};

    for (const file of filesIn(path.join(objectsDir, objectApiName, 'fields'), '.field-meta.xml')) {
      const doc = readXml(file);
      const apiName = text(doc, 'fullName');
      const type = text(doc, 'type');
      const formula = text(doc, 'formula');
      const masterDetail = type === 'MasterDetail';
      const fls =
        masterDetail || text(doc, 'required') === 'true'
          ? { readable: true, editable: true }
          : (perms.fields.get(`${objectApiName}.${apiName}`) ?? { readable: false, editable: false });
      if (!fls.readable) continue;
      const editable = fls.editable && !formula && objectPerm.edit;
      const info = field(apiName, text(doc, 'label') ?? apiName, DATA_TYPES[type] ?? 'String', {
        calculated: Boolean(formula),
        createable: fls.editable && !formula && objectPerm.create,
        updateable: editable && !(masterDetail && text(doc, 'reparentableMasterDetail') !== 'true'),
        externalId: text(doc, 'externalId') === 'true',
        inlineHelpText: text(doc, 'inlineHelpText') ?? null,
        length: Number(text(doc, 'length') ?? (type === 'LongTextArea' ? 32768 : 0)),
        precision: Number(text(doc, 'precision') ?? 0),
        scale: Number(text(doc, 'scale') ?? 0),
        required: masterDetail || text(doc, 'required') === 'true',
        unique: text(doc, 'unique') === 'true',
      });
      const target = text(doc, 'referenceTo');
      if (target) {
        info.referenceToInfos = referenceTo(target);
        info.relationshipName = apiName.replace(/__c$/, '__r');
        const childName = text(doc, 'relationshipName');
        if (childName)
          children.push({
            parent: target,
            child: {
              childObjectApiName: objectApiName,
              fieldName: apiName,
              relationshipName: `${childName}__r`,
              junctionIdListNames: [],
              junctionReferenceTo: [],
            },
          });
      }
      fields[apiName] = info;
      const values = picklistValues(doc);
      if (values.length > 0) {
        picklists.en[objectApiName][apiName] = values;
        picklists.fi[objectApiName][apiName] = values.map((v) => ({
          value: v.value,
          label: finnish.fields[apiName]?.picklist?.[v.value] ?? v.label,
        }));
      }
      const fiText = finnish.fields[apiName];
      fiFields[apiName] = {
        ...info,
        label: fiText?.label ?? info.label,
        inlineHelpText: fiText?.help ?? info.inlineHelpText,
      };
    }

    const base = {
      apiName: objectApiName,
      label: text(objectDoc, 'label') ?? objectApiName,
      labelPlural: text(objectDoc, 'pluralLabel') ?? objectApiName,
      keyPrefix: keyPrefixOf(objectApiName),
      custom,
      createable: objectPerm.create,
      updateable: objectPerm.edit,
      deletable: objectPerm.delete,
      queryable: objectPerm.read,
      searchable: true,
      layoutable: true,
      feedEnabled: false,
      mruEnabled: true,
      nameFields: ['Name'],
      defaultRecordTypeId: MASTER_RECORD_TYPE_ID,
      recordTypeInfos: {
        [MASTER_RECORD_TYPE_ID]: {
          available: true,
          defaultRecordTypeMapping: true,
          master: true,
          name: 'Master',
          recordTypeId: MASTER_RECORD_TYPE_ID,
        },
      },
      childRelationships: [],
      dependentFields: {},
      themeInfo: null,
    };
    en[objectApiName] = { ...base, fields };
    fi[objectApiName] = {
      ...base,
      label: finnish.label ?? base.label,
      labelPlural: finnish.labelPlural ?? base.labelPlural,
      fields: { ...fields, ...fiFields },
    };
  }

  // The English and Finnish infos of an object share one childRelationships list.
  for (const { parent, child } of children) en[parent]?.childRelationships.push(child);

  for (const infos of [en, fi])
    infos.User = {
      ...(en.Account ? { ...en.Account, childRelationships: [] } : {}),
      apiName: 'User',
      label: 'User',
      labelPlural: 'Users',
      keyPrefix: keyPrefixOf('User'),
      custom: false,
      createable: false,
      updateable: false,
      fields: standardFields('User', 'Full Name', false),
    };
  return { en, fi, picklists, autoNumbers, permissionSet, permissionSetFound: perms.found };
}
