/** CustomLabels and their translations: the length of a label's text, its name and its categories. */
import { developerNameProblem, eachValue, maxLength } from './checks.js';
import { DOCS } from './docs.js';
import { xml, type Rule, type Sample } from './rule.js';

const LABELS_FILE = 'labels/CustomLabels.labels-meta.xml';
const label = (name: string, value: string, categories = 'C'): Sample => ({
  [LABELS_FILE]: xml(
    'CustomLabels',
    `<labels><fullName>${name}</fullName><categories>${categories}</categories><language>en_US</language><protected>false</protected><shortDescription>S</shortDescription><value>${value}</value></labels>`
  ),
});
const VALUE_LIMIT = 1000;

export const rules: readonly Rule[] = [
  maxLength({
    id: 'custom-label-value-length',
    type: 'CustomLabels',
    element: 'labels/value',
    max: VALUE_LIMIT,
    doc: DOCS.customLabels,
    sample: (v) => label('L', v),
  }),
  // A translation is the label's text in another language: the same custom label value, the same limit.
  maxLength({
    id: 'translation-custom-label-length',
    type: 'Translations',
    element: 'customLabels/label',
    what: 'translated custom label',
    max: VALUE_LIMIT,
    doc: DOCS.customLabels,
    sample: (v) => ({
      'translations/fi.translation-meta.xml': xml(
        'Translations',
        `<customLabels><label>${v}</label><name>L</name></customLabels>`
      ),
    }),
  }),
  maxLength({
    id: 'custom-label-categories-length',
    type: 'CustomLabels',
    element: 'labels/categories',
    max: 255,
    doc: DOCS.externalStringTooling,
    sample: (v) => label('L', 'V', v),
  }),
  {
    id: 'custom-label-name',
    summary:
      'CustomLabels label name: letters, digits and underscores, begins with a letter, no two underscores in a row',
    doc: DOCS.externalStringTooling,
    check: (app) => eachValue(app, 'CustomLabels', 'labels/fullName', (name) => developerNameProblem(name, '', false)),
    fails: [label('My__Label', 'V'), label('1Label', 'V')],
    passes: [label('My_Label', 'V')],
  },
];
