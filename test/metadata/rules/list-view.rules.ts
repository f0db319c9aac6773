/** ListView: the elements the Metadata API requires of a list view. */
import { requiredElements } from './checks.js';
import { DOCS } from './docs.js';
import { xml, type Rule } from './rule.js';

const PARTS: Readonly<Record<string, string>> = {
  fullName: '<fullName>All</fullName>',
  filterScope: '<filterScope>Everything</filterScope>',
  label: '<label>All</label>',
};

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
];
