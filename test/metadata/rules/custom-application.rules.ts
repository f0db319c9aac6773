/**
 * CustomApplication: the lengths of its label (in English and translated), description and API name,
 * and its enumerated values (form factors, the actions its overrides name). The app itself is in
 * force-app-unpackaged; the rules hold for any app a package directory has.
 */
import { eachValue, maxLength, maxNameLength, oneOf } from './checks.js';
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

/**
 * ActionOverride (which an app's AppActionOverride extends), actionName: "The possible values are the
 * same as the actions you can override". The page writes them in lower case, the XML capitalised
 * (View), so case is ignored.
 */
const OVERRIDE_ACTIONS = ['accept', 'clone', 'delete', 'edit', 'list', 'new', 'tab', 'view'];
const withOverride = (actionName: string): Sample =>
  app(
    `<actionOverrides><actionName>${actionName}</actionName><content>P</content><formFactor>Large</formFactor><skipRecordTypeSelect>false</skipRecordTypeSelect><type>Flexipage</type><pageOrSobjectType>Account</pageOrSobjectType></actionOverrides><label>A</label>`
  );

export const rules: readonly Rule[] = [
  // CustomApplication, formFactors: Small (mobile), Medium (reserved), Large (Lightning Experience desktop); none for Classic.
  oneOf({
    id: 'custom-application-form-factors',
    type: 'CustomApplication',
    element: 'formFactors',
    values: ['Small', 'Medium', 'Large'],
    doc: DOCS.customApplication,
    sample: (v) => app(`<formFactors>${v}</formFactors><label>A</label>`),
  }),
  {
    id: 'custom-application-override-action-name',
    summary: `CustomApplication actionOverrides/actionName: one of ${OVERRIDE_ACTIONS.join(', ')} (any case)`,
    doc: DOCS.actionOverride,
    check: (a) =>
      eachValue(a, 'CustomApplication', 'actionOverrides/actionName', (value) =>
        OVERRIDE_ACTIONS.includes(value.toLowerCase())
          ? undefined
          : `is "${value}", not an action that can be overridden (${OVERRIDE_ACTIONS.join(', ')})`
      ),
    fails: [withOverride('Show')],
    passes: [withOverride('View')],
  },
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
