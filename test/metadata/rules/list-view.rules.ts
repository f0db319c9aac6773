/** ListView: the elements the Metadata API requires of a list view, and the lengths of its label and name. */
import { maxLength, maxNameLength, requiredElements } from './checks.js';
import { DOCS } from './docs.js';
import { xml, type Rule, type Sample } from './rule.js';

const PARTS: Readonly<Record<string, string>> = {
  fullName: '<fullName>All</fullName>',
  filterScope: '<filterScope>Everything</filterScope>',
  label: '<label>All</label>',
};
const listView = (name: string, label: string): Sample => ({
  [`objects/X__c/listViews/${name}.listView-meta.xml`]: xml(
    'ListView',
    `<fullName>${name}</fullName><filterScope>Everything</filterScope><label>${label}</label>`
  ),
});

export const rules: readonly Rule[] = [
  requiredElements({
    id: 'list-view-required',
    type: 'ListView',
    elements: ['filterScope', 'label'],
    doc: DOCS.listView,
    sample: (without) => ({
      'objects/X__c/listViews/All.listView-meta.xml': xml(
        'ListView',
        Object.entries(PARTS)
          .filter(([name]) => name !== without)
          .map(([, part]) => part)
          .join('')
      ),
    }),
  }),
  // The Field Reference's ListView.Name ("View Name") is the label, DeveloperName ("View Unique Name") the API name.
  maxLength({
    id: 'list-view-label-length',
    type: 'ListView',
    element: 'label',
    max: 40,
    doc: DOCS.listViewFields,
    sample: (v) => listView('All', v),
  }),
  maxNameLength({
    id: 'list-view-name-length',
    type: 'ListView',
    max: 80,
    doc: DOCS.listViewFields,
    sample: (name) => listView(name, 'All'),
  }),
];
