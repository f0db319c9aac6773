/**
 * ValidationRule: the lengths of the error message (in English and translated), the description and
 * the rule's API name, and the name's pattern.
 */
import { developerNameProblem, eachValue, maxLength, maxNameLength } from './checks.js';
import { DOCS } from './docs.js';
import { xml, type Rule } from './rule.js';

const ruleFile = (name = 'Y'): string => `objects/X__c/validationRules/${name}.validationRule-meta.xml`;
const validationRule = (body: string, name = 'Y'): Record<string, string> => ({
  [ruleFile(name)]: xml(
    'ValidationRule',
    `<fullName>${name}</fullName><active>true</active><errorConditionFormula>false</errorConditionFormula>${body}`
  ),
});
const MESSAGE_LIMIT = 255;

export const rules: readonly Rule[] = [
  maxLength({
    id: 'validation-rule-error-message-length',
    type: 'ValidationRule',
    element: 'errorMessage',
    max: MESSAGE_LIMIT,
    doc: DOCS.validationRuleTooling,
    sample: (v) => validationRule(`<errorMessage>${v}</errorMessage>`),
  }),
  // The translated message replaces the message in the org, so it is held to the message's limit.
  maxLength({
    id: 'validation-rule-translated-error-message-length',
    type: 'CustomObjectTranslation',
    element: 'validationRules/errorMessage',
    what: 'translated validation rule errorMessage',
    max: MESSAGE_LIMIT,
    doc: DOCS.validationRuleTooling,
    sample: (v) => ({
      'objectTranslations/X__c-fi/X__c-fi.objectTranslation-meta.xml': xml(
        'CustomObjectTranslation',
        `<validationRules><errorMessage>${v}</errorMessage><name>Y</name></validationRules>`
      ),
    }),
  }),
  maxLength({
    id: 'validation-rule-description-length',
    type: 'ValidationRule',
    element: 'description',
    max: 255,
    doc: DOCS.validationRulesFields,
    sample: (v) => validationRule(`<description>${v}</description><errorMessage>E</errorMessage>`),
  }),
  maxNameLength({
    id: 'validation-rule-name-length',
    type: 'ValidationRule',
    max: 40,
    doc: DOCS.validationRulesFields,
    sample: (name) => validationRule('<errorMessage>E</errorMessage>', name),
  }),
  {
    id: 'validation-rule-name',
    summary:
      'ValidationRule name: letters, digits and underscores, begins with a letter, no two underscores in a row, no trailing underscore',
    doc: DOCS.validationRuleTooling,
    check: (app) =>
      eachValue(
        app,
        'ValidationRule',
        'fullName',
        (name, file) =>
          developerNameProblem(name) ??
          (name === file.name ? undefined : `"${name}" is not the file's name ${file.name}`)
      ),
    fails: [validationRule('<errorMessage>E</errorMessage>', 'Y_')],
    passes: [validationRule('<errorMessage>E</errorMessage>', 'Y_Z')],
  },
];
