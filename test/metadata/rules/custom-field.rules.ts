/** CustomField: the lengths of its texts. */
import { maxLength } from './checks.js';
import { DOCS } from './docs.js';
import { xml, type Rule } from './rule.js';

const fieldFile = 'objects/X__c/fields/Y__c.field-meta.xml';
const field = (body: string): Record<string, string> => ({
  [fieldFile]: xml('CustomField', `<fullName>Y__c</fullName>${body}<type>Text</type><length>10</length>`),
});

export const rules: readonly Rule[] = [
  maxLength({
    id: 'custom-field-label-length',
    type: 'CustomField',
    element: 'label',
    max: 40,
    doc: DOCS.customField,
    sample: (v) => field(`<label>${v}</label>`),
  }),
];
