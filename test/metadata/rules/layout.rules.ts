/**
 * Layout (page layouts): the enumerated values of its sections and items, as the Apex Metadata
 * namespace, which mirrors the Metadata API's Layout type, lists them.
 */
import { oneOf } from './checks.js';
import { DOCS } from './docs.js';
import { xml, type Rule, type Sample } from './rule.js';

const layout = (style: string, behavior: string): Sample => ({
  'layouts/X__c-X Layout.layout-meta.xml': xml(
    'Layout',
    `<layoutSections><customLabel>false</customLabel><detailHeading>false</detailHeading><editHeading>true</editHeading><layoutColumns><layoutItems><behavior>${behavior}</behavior><field>Name</field></layoutItems></layoutColumns><style>${style}</style></layoutSections>`
  ),
});

export const rules: readonly Rule[] = [
  // UiBehavior: Edit (editable, not required), Readonly, Required (editable and required).
  oneOf({
    id: 'layout-item-behavior',
    type: 'Layout',
    element: 'layoutSections/layoutColumns/layoutItems/behavior',
    what: 'layout item behavior',
    values: ['Edit', 'Readonly', 'Required'],
    doc: DOCS.uiBehavior,
    sample: (v) => layout('OneColumn', v),
  }),
  oneOf({
    id: 'layout-section-style',
    type: 'Layout',
    element: 'layoutSections/style',
    what: 'section style',
    values: ['CustomLinks', 'OneColumn', 'TwoColumnsLeftToRight', 'TwoColumnsTopToBottom'],
    doc: DOCS.layoutSectionStyle,
    sample: (v) => layout(v, 'Edit'),
  }),
];
