/**
 * CustomField: names, default values as the platform reads them (a default is a formula), lines of
 * long text, the enumerated values (field type, what a formula may return, delete constraint), and
 * the lengths of its texts (name, label, description, picklist values) in English and translated.
 */
import { text } from '../helpers/xml.js';
import { developerNameProblem, maxLength, maxNameLength, oneOf, violation } from './checks.js';
import { DOCS } from './docs.js';
import { ofType, xml, type Rule, type Sample } from './rule.js';

const fieldFile = (object = 'X__c', name = 'Y__c'): string => `objects/${object}/fields/${name}.field-meta.xml`;
const field = (body: string, name = 'Y__c', object = 'X__c'): Sample => ({
  [fieldFile(object, name)]: xml('CustomField', `<fullName>${name}</fullName><label>Y</label>${body}`),
});

const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * A default is a formula, and in a formula a percent is its decimal: the Help's own Percent
 * default `CASE(..., 0.25, ...)` inserts 25 %. A bare 70 is therefore 7,000 %. Anything above 1
 * (100 %) is taken for a percentage written as a whole number.
 */
const percentDefault: Rule = {
  id: 'custom-field-percent-default-is-decimal',
  summary: 'CustomField Percent defaultValue: a decimal (0.7 is 70 %), so a literal above 1 is a mistake',
  doc: DOCS.usefulDefaultFormulas,
  check: (app) =>
    ofType(app, 'CustomField').flatMap((f) => {
      const value = text(f.xml, 'defaultValue')?.trim();
      if (text(f.xml, 'type') !== 'Percent' || !value || !NUMBER.test(value) || Math.abs(Number(value)) <= 1) return [];
      return [
        violation(
          f,
          'defaultValue',
          `is ${value}, which the default formula reads as ${Number(value) * 100} %; write ${Number(value) / 100} for ${value} %`
        ),
      ];
    }),
  fails: [field('<type>Percent</type><precision>5</precision><scale>2</scale><defaultValue>70</defaultValue>')],
  passes: [field('<type>Percent</type><precision>5</precision><scale>2</scale><defaultValue>0.7</defaultValue>')],
};

const checkboxDefault: Rule = {
  id: 'custom-field-checkbox-default',
  summary: 'CustomField Checkbox (not a formula) defaultValue: present, true or false (checked or unchecked)',
  doc: DOCS.customFieldAttributes,
  check: (app) =>
    ofType(app, 'CustomField').flatMap((f) => {
      // A formula checkbox computes its value and has no default.
      if (text(f.xml, 'type') !== 'Checkbox' || text(f.xml, 'formula')) return [];
      const value = text(f.xml, 'defaultValue');
      if (value === 'true' || value === 'false') return [];
      return [violation(f, 'defaultValue', value === undefined ? 'is missing' : `is "${value}", not true or false`)];
    }),
  fails: [field('<type>Checkbox</type><defaultValue>yes</defaultValue>'), field('<type>Checkbox</type>')],
  passes: [
    field('<type>Checkbox</type><defaultValue>false</defaultValue>'),
    field('<type>Checkbox</type><formula>TRUE</formula>'),
  ],
};

const TEXT_TYPES = new Set(['Text', 'TextArea', 'LongTextArea', 'Email', 'Phone', 'Url']);
/** A text default that is a bare word or phrase: the formula would read it as a field name. */
const BARE_TEXT = /^[A-Za-z][A-Za-z0-9 ]*$/;
const FORMULA_WORDS = new Set(['TRUE', 'FALSE', 'NULL']);

const textDefault: Rule = {
  id: 'custom-field-text-default-is-quoted',
  summary: 'CustomField text defaultValue: a formula, so literal text is in quotes',
  doc: DOCS.usefulDefaultFormulas,
  check: (app) =>
    ofType(app, 'CustomField').flatMap((f) => {
      const value = text(f.xml, 'defaultValue')?.trim();
      if (!TEXT_TYPES.has(text(f.xml, 'type') ?? '') || !value) return [];
      if (!BARE_TEXT.test(value) || FORMULA_WORDS.has(value.toUpperCase())) return [];
      return [violation(f, 'defaultValue', `is ${value} unquoted; the formula reads it as a name, write "${value}"`)];
    }),
  fails: [field('<type>Text</type><length>20</length><defaultValue>Draft</defaultValue>')],
  passes: [field('<type>Text</type><length>20</length><defaultValue>"Draft"</defaultValue>')],
};

const visibleLines: Rule = {
  id: 'custom-field-long-text-visible-lines',
  summary: 'CustomField LongTextArea visibleLines: 2 through 50',
  doc: DOCS.customFieldAttributes,
  check: (app) =>
    ofType(app, 'CustomField').flatMap((f) => {
      if (text(f.xml, 'type') !== 'LongTextArea') return [];
      const lines = Number(text(f.xml, 'visibleLines'));
      return lines >= 2 && lines <= 50
        ? []
        : [violation(f, 'visibleLines', `is ${text(f.xml, 'visibleLines') ?? 'missing'}; it must be 2 through 50`)];
    }),
  fails: [field('<type>LongTextArea</type><length>32768</length><visibleLines>60</visibleLines>')],
  passes: [field('<type>LongTextArea</type><length>32768</length><visibleLines>50</visibleLines>')],
};

const fieldName: Rule = {
  id: 'custom-field-name',
  summary:
    'CustomField name: letters, digits and underscores, begins with a letter, no two underscores in a row, no trailing underscore (before __c)',
  doc: DOCS.customFieldAttributes,
  check: (app) =>
    ofType(app, 'CustomField').flatMap((f) => {
      const problem = f.name.endsWith('__c') ? developerNameProblem(f.name, '__c') : undefined;
      return problem ? [violation(f, 'fullName', problem)] : [];
    }),
  fails: [field('<type>Checkbox</type><defaultValue>false</defaultValue>', 'Y_Z___c')],
  passes: [field('<type>Checkbox</type><defaultValue>false</defaultValue>', 'Y_Z__c')],
};

/** Knowledge Article 000381913: "The current character limit for creating field names and labels is 40 characters." */
const NAME_AND_LABEL_LIMIT = 40;
/** Create a Custom Picklist Field: "Values can be up to 255 characters long." */
const PICKLIST_VALUE_LIMIT = 255;

const picklist = (valueName: string, valueLabel: string): Sample =>
  field(
    `<type>Picklist</type><valueSet><valueSetDefinition><sorted>false</sorted><value><fullName>${valueName}</fullName><default>false</default><label>${valueLabel}</label></value></valueSetDefinition></valueSet>`
  );
const fieldTranslation = (body: string): Sample => ({
  'objectTranslations/X__c-fi/Y__c.fieldTranslation-meta.xml': xml(
    'CustomFieldTranslation',
    `${body}<name>Y__c</name>`
  ),
});

const lengths: Rule[] = [
  maxNameLength({
    id: 'custom-field-name-length',
    type: 'CustomField',
    max: NAME_AND_LABEL_LIMIT,
    suffix: '__c',
    doc: DOCS.fieldNameAndLabelLength,
    sample: (name) => field('<type>Checkbox</type><defaultValue>false</defaultValue>', name),
  }),
  maxLength({
    id: 'custom-field-label-length',
    type: 'CustomField',
    element: 'label',
    max: NAME_AND_LABEL_LIMIT,
    doc: DOCS.fieldNameAndLabelLength,
    sample: (v) => ({
      [fieldFile()]: xml('CustomField', `<fullName>Y__c</fullName><label>${v}</label><type>Date</type>`),
    }),
  }),
  maxLength({
    id: 'custom-field-description-length',
    type: 'CustomField',
    element: 'description',
    max: 1000,
    doc: DOCS.fieldDefinitionFields,
    sample: (v) => field(`<description>${v}</description><type>Date</type>`),
  }),
  maxLength({
    id: 'custom-field-picklist-value-name-length',
    type: 'CustomField',
    element: 'valueSet/valueSetDefinition/value/fullName',
    what: 'picklist value fullName',
    max: PICKLIST_VALUE_LIMIT,
    doc: DOCS.createPicklistField,
    sample: (v) => picklist(v, 'V'),
  }),
  maxLength({
    id: 'custom-field-picklist-value-label-length',
    type: 'CustomField',
    element: 'valueSet/valueSetDefinition/value/label',
    what: 'picklist value label',
    max: PICKLIST_VALUE_LIMIT,
    doc: DOCS.createPicklistField,
    sample: (v) => picklist('V', v),
  }),
  // A translation replaces the text it translates for users of that language: the same limits.
  maxLength({
    id: 'translation-custom-field-label-length',
    type: 'CustomFieldTranslation',
    element: 'label',
    what: 'translated field label',
    max: NAME_AND_LABEL_LIMIT,
    doc: DOCS.fieldNameAndLabelLength,
    sample: (v) => fieldTranslation(`<label>${v}</label>`),
  }),
  maxLength({
    id: 'translation-custom-field-picklist-value-length',
    type: 'CustomFieldTranslation',
    element: 'picklistValues/translation',
    what: 'translated picklist value',
    max: PICKLIST_VALUE_LIMIT,
    doc: DOCS.createPicklistField,
    sample: (v) =>
      fieldTranslation(`<picklistValues><masterLabel>V</masterLabel><translation>${v}</translation></picklistValues>`),
  }),
];

/**
 * Metadata Field Types, FieldType: "Indicates the type of a custom field. Valid values are" these, as
 * listed for Spring '16 (API 36.0). The page writes Number with a footnote (a double), listed here
 * as the XML writes it. Types added later (Time) are not on that page: see docs/metadata-rules.md.
 */
export const FIELD_TYPE_VALUES = [
  'AutoNumber',
  'Lookup',
  'MasterDetail',
  'MetadataRelationship',
  'Checkbox',
  'Currency',
  'Date',
  'DateTime',
  'Email',
  'EncryptedText',
  'ExternalLookup',
  'IndirectLookup',
  'Number',
  'Percent',
  'Phone',
  'Picklist',
  'MultiselectPicklist',
  'Summary',
  'Text',
  'TextArea',
  'LongTextArea',
  'Url',
  'Hierarchy',
  'File',
  'CustomDataType',
  'Html',
  'Geolocation',
] as const;

/**
 * Formula Data Types: a formula returns Checkbox, Currency, Date, Date/Time, Number, Percent, Text or
 * Time; the XML writes Date/Time as DateTime.
 */
export const FORMULA_RETURN_TYPES = ['Checkbox', 'Currency', 'Date', 'DateTime', 'Number', 'Percent', 'Text', 'Time'];

const enumerated: Rule[] = [
  oneOf({
    id: 'custom-field-type',
    type: 'CustomField',
    element: 'type',
    values: FIELD_TYPE_VALUES,
    doc: DOCS.metadataFieldTypes,
    sample: (v) => field(`<type>${v}</type>`),
  }),
  {
    id: 'custom-field-formula-return-type',
    summary: `CustomField with a formula: type (what the formula returns) one of ${FORMULA_RETURN_TYPES.join(', ')}`,
    doc: DOCS.formulaDataTypes,
    check: (app) =>
      ofType(app, 'CustomField').flatMap((f) => {
        const type = text(f.xml, 'type') ?? '';
        return text(f.xml, 'formula') && !FORMULA_RETURN_TYPES.includes(type)
          ? [
              violation(
                f,
                'type',
                `is "${type}" on a formula field; a formula returns ${FORMULA_RETURN_TYPES.join(', ')}`
              ),
            ]
          : [];
      }),
    fails: [
      field('<formula>1</formula><type>Picklist</type>'),
      field('<formula>"a"</formula><type>LongTextArea</type>'),
    ],
    passes: [
      field('<formula>1</formula><precision>18</precision><scale>2</scale><type>Currency</type>'),
      field('<type>Picklist</type>'),
    ],
  },
  oneOf({
    id: 'custom-field-delete-constraint',
    type: 'CustomField',
    element: 'deleteConstraint',
    values: ['SetNull', 'Restrict', 'Cascade'],
    doc: DOCS.metadataFieldTypes,
    sample: (v) =>
      field(
        `<deleteConstraint>${v}</deleteConstraint><referenceTo>Account</referenceTo><relationshipName>Ys</relationshipName><type>Lookup</type>`
      ),
  }),
];

export const rules: readonly Rule[] = [
  ...enumerated,
  percentDefault,
  checkboxDefault,
  textDefault,
  visibleLines,
  fieldName,
  ...lengths,
];
