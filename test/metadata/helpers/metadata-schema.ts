/**
 * The elements and values the Metadata API accepts, for the metadata types this package uses. The
 * Salesforce CLI's conversion does not look inside the files (a misspelt element or `<type>Nmber</type>`
 * converts fine and fails only at deploy), so these whitelists are the offline stand-in for the
 * Metadata API's schema. Sources: the Metadata API Developer Guide pages of each type.
 *
 * Types without an entry here (components other engineers add) are still checked for well-formedness.
 */
import { childNames, type XmlElement } from './xml.js';

export type ElementRule =
  | { readonly kind: 'text' | 'boolean' | 'integer' | 'any' }
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  | { readonly kind: 'pattern'; readonly pattern: RegExp }
  | { readonly kind: 'element'; readonly children: Readonly<Record<string, ElementRule>> };

const TEXT: ElementRule = { kind: 'text' };
const BOOL: ElementRule = { kind: 'boolean' };
const INT: ElementRule = { kind: 'integer' };
const ANY: ElementRule = { kind: 'any' };
const oneOf = (...values: string[]): ElementRule => ({ kind: 'enum', values });
const el = (children: Record<string, ElementRule>): ElementRule => ({ kind: 'element', children });

const SHARING = oneOf(
  'Private',
  'Read',
  'ReadWrite',
  'ReadWriteTransfer',
  'FullAccess',
  'ControlledByParent',
  'ControlledByCampaign',
  'ControlledByLeadOrContact'
);

export const FIELD_TYPES = [
  'AutoNumber',
  'Checkbox',
  'Currency',
  'Date',
  'DateTime',
  'Email',
  'EncryptedText',
  'Html',
  'Location',
  'LongTextArea',
  'Lookup',
  'MasterDetail',
  'MultiselectPicklist',
  'Number',
  'Percent',
  'Phone',
  'Picklist',
  'Summary',
  'Text',
  'TextArea',
  'Time',
  'Url',
] as const;

const CUSTOM_FIELD = el({
  fullName: TEXT,
  businessOwnerGroup: TEXT,
  businessOwnerUser: TEXT,
  businessStatus: TEXT,
  caseSensitive: BOOL,
  complianceGroup: TEXT,
  defaultValue: TEXT,
  deleteConstraint: oneOf('Cascade', 'Restrict', 'SetNull'),
  deprecated: BOOL,
  description: TEXT,
  displayFormat: TEXT,
  displayLocationInDecimal: BOOL,
  externalId: BOOL,
  fieldManageability: oneOf('DeveloperControlled', 'SubscriberControlled', 'Locked'),
  formula: TEXT,
  formulaTreatBlanksAs: oneOf('BlankAsBlank', 'BlankAsZero'),
  inlineHelpText: TEXT,
  label: TEXT,
  length: INT,
  lookupFilter: ANY,
  maskChar: oneOf('asterisk', 'X'),
  maskType: TEXT,
  precision: INT,
  referenceTo: TEXT,
  relationshipLabel: TEXT,
  relationshipName: TEXT,
  relationshipOrder: INT,
  reparentableMasterDetail: BOOL,
  required: BOOL,
  scale: INT,
  securityClassification: TEXT,
  startingNumber: INT,
  summarizedField: TEXT,
  summaryFilterItems: ANY,
  summaryForeignKey: TEXT,
  summaryOperation: oneOf('count', 'min', 'max', 'sum'),
  trackFeedHistory: BOOL,
  trackHistory: BOOL,
  trackTrending: BOOL,
  type: oneOf(...FIELD_TYPES),
  unique: BOOL,
  valueSet: el({
    controllingField: TEXT,
    restricted: BOOL,
    valueSetName: TEXT,
    valueSettings: ANY,
    valueSetDefinition: el({
      sorted: BOOL,
      value: el({ fullName: TEXT, default: BOOL, label: TEXT, color: TEXT, description: TEXT, isActive: BOOL }),
    }),
  }),
  visibleLines: INT,
  writeRequiresMasterRead: BOOL,
});

const CUSTOM_OBJECT = el({
  actionOverrides: ANY,
  allowInChatterGroups: BOOL,
  compactLayoutAssignment: TEXT,
  deploymentStatus: oneOf('Deployed', 'InDevelopment'),
  description: TEXT,
  enableActivities: BOOL,
  enableBulkApi: BOOL,
  enableDivisions: BOOL,
  enableEnhancedLookup: BOOL,
  enableFeeds: BOOL,
  enableHistory: BOOL,
  enableLicensing: BOOL,
  enableReports: BOOL,
  enableSearch: BOOL,
  enableSharing: BOOL,
  enableStreamingApi: BOOL,
  externalSharingModel: SHARING,
  gender: oneOf('Neuter', 'Masculine', 'Feminine', 'AnimateMasculine'),
  label: TEXT,
  nameField: el({
    displayFormat: TEXT,
    label: TEXT,
    trackFeedHistory: BOOL,
    trackHistory: BOOL,
    type: oneOf('Text', 'AutoNumber'),
  }),
  pluralLabel: TEXT,
  recordTypeTrackFeedHistory: BOOL,
  recordTypeTrackHistory: BOOL,
  searchLayouts: ANY,
  sharingModel: SHARING,
  startsWith: oneOf('Consonant', 'Vowel', 'Special'),
  visibility: oneOf('Public', 'Protected', 'PackageProtected'),
});

const VALIDATION_RULE = el({
  fullName: TEXT,
  active: BOOL,
  description: TEXT,
  errorConditionFormula: TEXT,
  errorDisplayField: TEXT,
  errorMessage: TEXT,
});

const LIST_VIEW = el({
  fullName: TEXT,
  booleanFilter: TEXT,
  columns: TEXT,
  filterScope: oneOf(
    'Everything',
    'Mine',
    'MineAndMyGroups',
    'Queue',
    'Delegated',
    'MyTerritory',
    'MyTeamTerritory',
    'Team',
    'SalesTeam',
    'AssignedToMe',
    'ScopingRule'
  ),
  filters: el({
    field: TEXT,
    operation: oneOf(
      'equals',
      'notEqual',
      'lessThan',
      'greaterThan',
      'lessOrEqual',
      'greaterOrEqual',
      'contains',
      'notContain',
      'startsWith',
      'includes',
      'excludes',
      'within'
    ),
    value: TEXT,
  }),
  label: TEXT,
  language: TEXT,
  queue: TEXT,
  sharedTo: ANY,
});

const COMPACT_LAYOUT = el({ fullName: TEXT, fields: TEXT, label: TEXT });

const LAYOUT = el({
  customButtons: TEXT,
  excludeButtons: TEXT,
  feedLayout: ANY,
  headers: TEXT,
  layoutSections: el({
    customLabel: BOOL,
    detailHeading: BOOL,
    editHeading: BOOL,
    label: TEXT,
    layoutColumns: el({
      layoutItems: el({
        behavior: oneOf('Edit', 'Readonly', 'Required'),
        canvas: TEXT,
        component: TEXT,
        customLink: TEXT,
        emptySpace: BOOL,
        field: TEXT,
        height: INT,
        page: TEXT,
        reportChartComponent: ANY,
        scontrol: TEXT,
        showLabel: BOOL,
        showScrollbars: BOOL,
        width: TEXT,
      }),
      reserved: TEXT,
    }),
    style: oneOf('TwoColumnsTopToBottom', 'TwoColumnsLeftToRight', 'OneColumn', 'CustomLinks'),
  }),
  miniLayout: ANY,
  multilineLayoutFields: TEXT,
  platformActionList: ANY,
  quickActionList: ANY,
  relatedContent: ANY,
  relatedLists: el({
    customButtons: TEXT,
    excludeButtons: TEXT,
    fields: TEXT,
    relatedList: TEXT,
    sortField: TEXT,
    sortOrder: oneOf('Asc', 'Desc'),
  }),
  relatedObjects: TEXT,
  runAssignmentRulesDefault: BOOL,
  showEmailCheckbox: BOOL,
  showHighlightsPanel: BOOL,
  showInteractionLogPanel: BOOL,
  showKnowledgeComponent: BOOL,
  showRunAssignmentRulesCheckbox: BOOL,
  showSolutionSection: BOOL,
  showSubmitAndAttachButton: BOOL,
  summaryLayout: ANY,
});

const CUSTOM_TAB = el({
  actionOverrides: ANY,
  auraComponent: TEXT,
  customObject: BOOL,
  description: TEXT,
  flexiPage: TEXT,
  frameHeight: INT,
  hasSidebar: BOOL,
  label: TEXT,
  lwcComponent: TEXT,
  mobileReady: BOOL,
  motif: { kind: 'pattern', pattern: /^Custom\d{1,3}: [A-Za-z][A-Za-z ]*$/ },
  page: TEXT,
  splashPageLink: TEXT,
  url: TEXT,
  urlEncodingKey: TEXT,
});

const PERMISSION_SET = el({
  applicationVisibilities: el({ application: TEXT, visible: BOOL }),
  classAccesses: el({ apexClass: TEXT, enabled: BOOL }),
  customMetadataTypeAccesses: el({ enabled: BOOL, name: TEXT }),
  customPermissions: el({ enabled: BOOL, name: TEXT }),
  customSettingAccesses: el({ enabled: BOOL, name: TEXT }),
  description: TEXT,
  externalDataSourceAccesses: el({ enabled: BOOL, externalDataSource: TEXT }),
  fieldPermissions: el({ editable: BOOL, field: TEXT, readable: BOOL }),
  flowAccesses: el({ enabled: BOOL, flow: TEXT }),
  hasActivationRequired: BOOL,
  label: TEXT,
  license: TEXT,
  objectPermissions: el({
    allowCreate: BOOL,
    allowDelete: BOOL,
    allowEdit: BOOL,
    allowRead: BOOL,
    modifyAllRecords: BOOL,
    object: TEXT,
    viewAllFields: BOOL,
    viewAllRecords: BOOL,
  }),
  pageAccesses: el({ apexPage: TEXT, enabled: BOOL }),
  recordTypeVisibilities: el({ recordType: TEXT, visible: BOOL }),
  tabSettings: el({ tab: TEXT, visibility: oneOf('Available', 'None', 'Visible') }),
  userPermissions: el({ enabled: BOOL, name: TEXT }),
});

const CUSTOM_APPLICATION = el({
  actionOverrides: ANY,
  brand: el({
    footerColor: TEXT,
    headerColor: { kind: 'pattern', pattern: /^#[0-9A-Fa-f]{6}$/ },
    logo: TEXT,
    logoVersion: INT,
    shouldOverrideOrgTheme: BOOL,
  }),
  consoleConfig: ANY,
  defaultLandingTab: TEXT,
  description: TEXT,
  formFactors: oneOf('Small', 'Medium', 'Large'),
  isNavAutoTempTabsDisabled: BOOL,
  isNavPersonalizationDisabled: BOOL,
  isNavTabPersistenceDisabled: BOOL,
  isOmniPinnedViewEnabled: BOOL,
  label: TEXT,
  logo: TEXT,
  navType: oneOf('Standard', 'Console'),
  preferences: ANY,
  profileActionOverrides: ANY,
  setupExperience: TEXT,
  subscriberTabs: TEXT,
  tabs: TEXT,
  uiType: oneOf('Aloha', 'Lightning'),
  utilityBar: TEXT,
  workspaceConfig: ANY,
});

const CASE_VALUES = el({ article: TEXT, caseType: TEXT, plural: BOOL, possessive: TEXT, value: TEXT });

const OBJECT_TRANSLATION = el({
  caseValues: CASE_VALUES,
  fieldSets: el({ label: TEXT, name: TEXT }),
  gender: oneOf('Neuter', 'Masculine', 'Feminine', 'AnimateMasculine'),
  layouts: el({ layout: TEXT, layoutType: TEXT, sections: el({ label: TEXT, section: TEXT }) }),
  nameFieldLabel: TEXT,
  quickActions: el({ label: TEXT, name: TEXT }),
  recordTypes: el({ description: TEXT, label: TEXT, name: TEXT }),
  sharingReasons: el({ label: TEXT, name: TEXT }),
  standardFields: ANY,
  startsWith: oneOf('Consonant', 'Vowel', 'Special'),
  validationRules: el({ errorMessage: TEXT, name: TEXT }),
  webLinks: el({ label: TEXT, name: TEXT }),
  workflowTasks: el({ description: TEXT, name: TEXT, subject: TEXT }),
});

const FIELD_TRANSLATION = el({
  caseValues: CASE_VALUES,
  description: TEXT,
  gender: oneOf('Neuter', 'Masculine', 'Feminine', 'AnimateMasculine'),
  help: TEXT,
  label: TEXT,
  lookupFilter: ANY,
  name: TEXT,
  picklistValues: el({ masterLabel: TEXT, translation: TEXT }),
  relationshipLabel: TEXT,
  startsWith: oneOf('Consonant', 'Vowel', 'Special'),
});

const LABEL_AND_NAME = el({ label: TEXT, name: TEXT });
const TRANSLATIONS = el({
  customApplications: LABEL_AND_NAME,
  customDataTypeTranslations: ANY,
  customLabels: LABEL_AND_NAME,
  customPageWebLinks: LABEL_AND_NAME,
  customTabs: LABEL_AND_NAME,
  flowDefinitions: ANY,
  quickActions: LABEL_AND_NAME,
  reportTypes: ANY,
  scontrols: ANY,
});

/** Root element per metadata type, and the rule for its content. */
export const SCHEMAS: Readonly<Record<string, ElementRule>> = {
  CustomField: CUSTOM_FIELD,
  CustomObject: CUSTOM_OBJECT,
  ValidationRule: VALIDATION_RULE,
  ListView: LIST_VIEW,
  CompactLayout: COMPACT_LAYOUT,
  Layout: LAYOUT,
  CustomTab: CUSTOM_TAB,
  PermissionSet: PERMISSION_SET,
  CustomApplication: CUSTOM_APPLICATION,
  CustomObjectTranslation: OBJECT_TRANSLATION,
  CustomFieldTranslation: FIELD_TRANSLATION,
  Translations: TRANSLATIONS,
};

/** File suffix → the root element the file must have (longest suffix first). */
export const ROOT_BY_SUFFIX: ReadonlyArray<readonly [string, string]> = [
  ['.objectTranslation-meta.xml', 'CustomObjectTranslation'],
  ['.fieldTranslation-meta.xml', 'CustomFieldTranslation'],
  ['.validationRule-meta.xml', 'ValidationRule'],
  ['.compactLayout-meta.xml', 'CompactLayout'],
  ['.permissionset-meta.xml', 'PermissionSet'],
  ['.translation-meta.xml', 'Translations'],
  ['.listView-meta.xml', 'ListView'],
  ['.object-meta.xml', 'CustomObject'],
  ['.layout-meta.xml', 'Layout'],
  ['.field-meta.xml', 'CustomField'],
  ['.app-meta.xml', 'CustomApplication'],
  ['.tab-meta.xml', 'CustomTab'],
];

export function expectedRoot(file: string): string | undefined {
  return ROOT_BY_SUFFIX.find(([suffix]) => file.endsWith(suffix))?.[1];
}

function checkValue(rule: ElementRule, value: string, path: string): string[] {
  switch (rule.kind) {
    case 'text':
    case 'any':
      return [];
    case 'boolean':
      return value === 'true' || value === 'false' ? [] : [`${path}: "${value}" is not true or false`];
    case 'integer':
      return /^-?\d+$/.test(value) ? [] : [`${path}: "${value}" is not a whole number`];
    case 'enum':
      return rule.values.includes(value) ? [] : [`${path}: "${value}" is not one of ${rule.values.join(', ')}`];
    case 'pattern':
      return rule.pattern.test(value) ? [] : [`${path}: "${value}" does not match ${String(rule.pattern)}`];
    case 'element':
      return value === '' ? [] : [`${path}: expected child elements, found text "${value}"`];
  }
}

/** Every problem with an element's content under a rule, as readable paths. */
export function checkElement(rule: ElementRule, element: XmlElement, path: string): string[] {
  if (rule.kind === 'any') return [];
  if (rule.kind !== 'element') return [`${path}: expected a value, found child elements`];
  const problems: string[] = [];
  for (const name of childNames(element)) {
    const childRule = rule.children[name];
    const childPath = `${path}/${name}`;
    if (!childRule) {
      problems.push(`${childPath}: unknown element`);
      continue;
    }
    for (const value of (element[name] as ReadonlyArray<XmlElement | string> | undefined) ?? []) {
      problems.push(
        ...(typeof value === 'string'
          ? checkValue(childRule, value, childPath)
          : checkElement(childRule, value, childPath))
      );
    }
  }
  return problems;
}
