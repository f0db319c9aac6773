/**
 * CustomObject: its API name and its length, the length of its name field's label (in English and
 * translated), how many master-detail relationships it may have, and the enumerated values
 * (deployment status, the name field's data type).
 */
import { text } from '../helpers/xml.js';
import { developerNameProblem, maxLength, maxNameLength, oneOf, violation } from './checks.js';
import { DOCS } from './docs.js';
import { ofType, xml, type Rule, type Sample } from './rule.js';

const object = (name: string): Sample => ({
  [`objects/${name}/${name}.object-meta.xml`]: xml('CustomObject', '<label>X</label><pluralLabel>Xs</pluralLabel>'),
});
const field = (body: string, name: string, objectName = 'X__c'): Sample => ({
  [`objects/${objectName}/fields/${name}.field-meta.xml`]: xml(
    'CustomField',
    `<fullName>${name}</fullName><label>Y</label>${body}`
  ),
});

const MASTER_DETAIL_LIMIT = 2;
const masterDetailCount: Rule = {
  id: 'custom-object-master-detail-limit',
  summary: `CustomObject: at most ${MASTER_DETAIL_LIMIT} master-detail relationship fields`,
  doc: DOCS.relationshipConsiderations,
  check: (app) => {
    const byObject = new Map<string, string[]>();
    for (const f of ofType(app, 'CustomField'))
      if (f.object && text(f.xml, 'type') === 'MasterDetail')
        byObject.set(f.object, [...(byObject.get(f.object) ?? []), f.path]);
    return [...byObject.values()]
      .filter((paths) => paths.length > MASTER_DETAIL_LIMIT)
      .map((paths) => ({
        file: paths[MASTER_DETAIL_LIMIT],
        element: 'type',
        problem: `is the master-detail relationship number ${paths.length} of this object; the limit is ${MASTER_DETAIL_LIMIT}`,
      }));
  },
  fails: [
    {
      ...field('<type>MasterDetail</type><referenceTo>A__c</referenceTo>', 'A__c'),
      ...field('<type>MasterDetail</type><referenceTo>B__c</referenceTo>', 'B__c'),
      ...field('<type>MasterDetail</type><referenceTo>C__c</referenceTo>', 'C__c'),
    },
  ],
  passes: [
    {
      ...field('<type>MasterDetail</type><referenceTo>A__c</referenceTo>', 'A__c'),
      ...field('<type>MasterDetail</type><referenceTo>B__c</referenceTo>', 'B__c'),
    },
  ],
};

const objectName: Rule = {
  id: 'custom-object-name',
  summary:
    'CustomObject name: letters, digits and underscores, begins with a letter, no two underscores in a row, no trailing underscore (before __c)',
  doc: DOCS.customObjectDefinition,
  check: (app) =>
    ofType(app, 'CustomObject')
      .filter((o) => o.name.endsWith('__c'))
      .flatMap((o) => {
        const problem = developerNameProblem(o.name, '__c');
        return problem ? [violation(o, 'fullName', problem)] : [];
      }),
  fails: [object('My__Object__c'), object('My_Object___c')],
  passes: [object('My_Object__c')],
};

/**
 * Knowledge Article 000381913: field names and labels have at most 40 characters, and a custom
 * object of 40 characters gets __c appended (43 in all).
 */
const NAME_AND_LABEL_LIMIT = 40;
const objectWithNameField = (nameFieldLabel: string): Sample => ({
  'objects/X__c/X__c.object-meta.xml': xml(
    'CustomObject',
    `<label>X</label><nameField><label>${nameFieldLabel}</label><type>Text</type></nameField><pluralLabel>Xs</pluralLabel>`
  ),
});

const lengths: Rule[] = [
  maxNameLength({
    id: 'custom-object-name-length',
    type: 'CustomObject',
    max: NAME_AND_LABEL_LIMIT,
    suffix: '__c',
    doc: DOCS.fieldNameAndLabelLength,
    sample: object,
  }),
  // The record name is the object's Name field, so its label is a field label.
  maxLength({
    id: 'custom-object-name-field-label-length',
    type: 'CustomObject',
    element: 'nameField/label',
    max: NAME_AND_LABEL_LIMIT,
    doc: DOCS.fieldNameAndLabelLength,
    sample: objectWithNameField,
  }),
  maxLength({
    id: 'translation-custom-object-name-field-label-length',
    type: 'CustomObjectTranslation',
    element: 'nameFieldLabel',
    what: 'translated name field label',
    max: NAME_AND_LABEL_LIMIT,
    doc: DOCS.fieldNameAndLabelLength,
    sample: (v) => ({
      'objectTranslations/X__c-fi/X__c-fi.objectTranslation-meta.xml': xml(
        'CustomObjectTranslation',
        `<nameFieldLabel>${v}</nameFieldLabel>`
      ),
    }),
  }),
];

const objectWith = (body: string): Sample => ({
  'objects/X__c/X__c.object-meta.xml': xml('CustomObject', `${body}<label>X</label><pluralLabel>Xs</pluralLabel>`),
});

const enumerated: Rule[] = [
  oneOf({
    id: 'custom-object-deployment-status',
    type: 'CustomObject',
    element: 'deploymentStatus',
    values: ['InDevelopment', 'Deployed'],
    doc: DOCS.metadataFieldTypes,
    sample: (v) => objectWith(`<deploymentStatus>${v}</deploymentStatus>`),
  }),
  // Schema Builder Custom Object Definition: "Data Type: The type of field (text or auto-number) for the record name."
  oneOf({
    id: 'custom-object-name-field-type',
    type: 'CustomObject',
    element: 'nameField/type',
    values: ['Text', 'AutoNumber'],
    doc: DOCS.customObjectDefinition,
    sample: (v) => objectWith(`<nameField><label>Name</label><type>${v}</type></nameField>`),
  }),
];

export const rules: readonly Rule[] = [objectName, masterDetailCount, ...enumerated, ...lengths];
