/**
 * CustomApplication: the lengths of its label (in English and translated), description and API name.
 * The app itself is in force-app-unpackaged; the rules hold for any app a package directory has.
 */
import { maxLength, maxNameLength } from './checks.js';
import { DOCS } from './docs.js';
import { xml, type Rule, type Sample } from './rule.js';

const app = (body: string, name = 'A'): Sample => ({
  [`applications/${name}.app-meta.xml`]: xml(
    'CustomApplication',
    `${body}<navType>Standard</navType><uiType>Lightning</uiType>`
  ),
});
/** AppDefinition in the Field Reference: MasterLabel (the app's label) has 40 characters. */
const LABEL_LIMIT = 40;

export const rules: readonly Rule[] = [
  maxLength({
    id: 'custom-application-label-length',
    type: 'CustomApplication',
    element: 'label',
    max: LABEL_LIMIT,
    doc: DOCS.appDefinitionFields,
    sample: (v) => app(`<label>${v}</label>`),
  }),
  maxLength({
    id: 'custom-application-description-length',
    type: 'CustomApplication',
    element: 'description',
    max: 255,
    doc: DOCS.appDefinitionFields,
    sample: (v) => app(`<description>${v}</description><label>A</label>`),
  }),
  maxNameLength({
    id: 'custom-application-name-length',
    type: 'CustomApplication',
    max: 80,
    doc: DOCS.appDefinitionFields,
    sample: (name) => app('<label>A</label>', name),
  }),
  // The translated label replaces the label for users of that language: the same limit.
  maxLength({
    id: 'translation-custom-application-label-length',
    type: 'Translations',
    element: 'customApplications/label',
    what: 'translated app label',
    max: LABEL_LIMIT,
    doc: DOCS.appDefinitionFields,
    sample: (v) => ({
      'translations/fi.translation-meta.xml': xml(
        'Translations',
        `<customApplications><label>${v}</label><name>A</name></customApplications>`
      ),
    }),
  }),
];
