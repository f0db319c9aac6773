/** CustomTab: its name, that it shows exactly one thing, and the lengths of its label (in English and translated) and name. */
import { text } from '../helpers/xml.js';
import { developerNameProblem, maxLength, maxNameLength, violation } from './checks.js';
import { DOCS } from './docs.js';
import { ofType, xml, type Rule, type Sample, type Violation } from './rule.js';

const tab = (name: string, body: string): Sample => ({ [`tabs/${name}.tab-meta.xml`]: xml('CustomTab', body) });
const CONTENT = ['auraComponent', 'customObject', 'flexiPage', 'lwcComponent', 'page', 'scontrol', 'url'] as const;
/** customObject is a flag; the others name what the tab shows. */
const shows = (x: Parameters<typeof text>[0], element: (typeof CONTENT)[number]): boolean =>
  element === 'customObject' ? text(x, element) === 'true' : Boolean(text(x, element));

/** TabDefinition in the Field Reference: Label (the tab's MasterLabel) and Name have 255 characters. */
const TAB_TEXT_LIMIT = 255;

export const rules: readonly Rule[] = [
  maxLength({
    id: 'custom-tab-label-length',
    type: 'CustomTab',
    element: 'label',
    max: TAB_TEXT_LIMIT,
    doc: DOCS.tabDefinitionFields,
    sample: (v) => tab('T', `<label>${v}</label><flexiPage>P</flexiPage><motif>Custom16: Star</motif>`),
  }),
  maxNameLength({
    id: 'custom-tab-name-length',
    type: 'CustomTab',
    max: TAB_TEXT_LIMIT,
    doc: DOCS.tabDefinitionFields,
    sample: (name) => tab(name, '<label>T</label><flexiPage>P</flexiPage><motif>Custom16: Star</motif>'),
  }),
  // The translated label replaces the label for users of that language: the same limit.
  maxLength({
    id: 'translation-custom-tab-label-length',
    type: 'Translations',
    element: 'customTabs/label',
    what: 'translated tab label',
    max: TAB_TEXT_LIMIT,
    doc: DOCS.tabDefinitionFields,
    sample: (v) => ({
      'translations/fi.translation-meta.xml': xml(
        'Translations',
        `<customTabs><label>${v}</label><name>T</name></customTabs>`
      ),
    }),
  }),
  {
    id: 'custom-tab-name',
    summary:
      'CustomTab name: letters, digits and underscores, begins with a letter, no two underscores in a row, no trailing underscore (an object tab has its object’s name)',
    doc: DOCS.customTab,
    check: (app) =>
      ofType(app, 'CustomTab').flatMap((t) => {
        const problem = developerNameProblem(t.name, text(t.xml, 'customObject') === 'true' ? '__c' : '');
        return problem ? [violation(t, 'fullName', problem)] : [];
      }),
    fails: [tab('My__Tab', '<label>T</label><flexiPage>P</flexiPage><motif>Custom16: Star</motif>')],
    passes: [tab('My_Tab', '<label>T</label><flexiPage>P</flexiPage><motif>Custom16: Star</motif>')],
  },
  {
    id: 'custom-tab-shows-one-thing',
    summary: `CustomTab: exactly one of ${CONTENT.join(', ')}`,
    doc: DOCS.customTab,
    check: (app) =>
      ofType(app, 'CustomTab').flatMap((t) => {
        const set = CONTENT.filter((e) => shows(t.xml, e));
        return set.length === 1
          ? []
          : [
              violation(
                t,
                set[1] ?? 'customObject',
                `the tab shows ${set.length === 0 ? 'nothing' : set.join(' and ')}`
              ),
            ];
      }),
    fails: [tab('T', '<customObject>true</customObject><flexiPage>P</flexiPage><motif>Custom16: Star</motif>')],
    passes: [tab('X__c', '<customObject>true</customObject><motif>Custom16: Star</motif>')],
  },
  {
    id: 'custom-tab-object-exists',
    summary: 'CustomTab for a custom object: named after an object of the package',
    doc: DOCS.customTab,
    check: (app): Violation[] => {
      const objects = new Set(ofType(app, 'CustomObject').map((o) => o.name));
      return ofType(app, 'CustomTab')
        .filter((t) => text(t.xml, 'customObject') === 'true' && !objects.has(t.name))
        .map((t) => violation(t, 'customObject', `names no custom object: there is no objects/${t.name}`));
    },
    fails: [tab('Missing__c', '<customObject>true</customObject><motif>Custom16: Star</motif>')],
    passes: [
      {
        ...tab('X__c', '<customObject>true</customObject><motif>Custom16: Star</motif>'),
        'objects/X__c/X__c.object-meta.xml': xml('CustomObject', '<label>X</label>'),
      },
    ],
  },
];
