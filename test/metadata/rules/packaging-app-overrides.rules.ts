/**
 * Lightning page activation through an app (CustomApplication actionOverrides): the page it names
 * must be a record page of that object, for a form factor the page and its components support; and
 * none of it may sit in the packaged directory when the object is a standard one, because a package
 * cannot carry overrides of a standard object's actions, nor profile-based overrides at all.
 */
import { children, text, type XmlElement } from '../helpers/xml.js';
import { PERMISSION_DOCS as DOCS } from './permission-docs.js';
import { isCustom, violationAt } from './permission-model.js';
import { ofType, xml, type MetadataApp, type MetadataFile, type Rule, type Violation } from './rule.js';

const APP = 'applications/A.app-meta.xml';
const PAGE = 'flexipages/P.flexipage-meta.xml';

/** Form factors a Lightning record page supports, per the form-factor page. */
const RECORD_PAGE_FORM_FACTORS = ['Large', 'Small'];

type Override = { readonly file: MetadataFile; readonly element: string; readonly xml: XmlElement };

function overrides(app: MetadataApp, element = 'actionOverrides'): Override[] {
  return ofType(app, 'CustomApplication').flatMap((file) => {
    const all = children(file.xml, element);
    return all.map((x, i) => ({ file, element: all.length > 1 ? `${element}[${i + 1}]` : element, xml: x }));
  });
}

const field = (o: Override, name: string): string => text(o.xml, name) ?? '';

/** Object overrides only: app home pages (standard-home …) are not an object's action. */
const objectOf = (o: Override): string | undefined => {
  const target = field(o, 'pageOrSobjectType');
  return target && !target.includes('-') ? target : undefined;
};

/** Custom components a FlexiPage places (no namespace, or the default `c:` one). */
function customComponents(page: XmlElement): string[] {
  const names = children(page, 'flexiPageRegions')
    .flatMap((r) => children(r, 'itemInstances'))
    .flatMap((i) => children(i, 'componentInstance'))
    .map((c) => text(c, 'componentName') ?? '')
    .filter((n) => !n.includes(':') || n.startsWith('c:'))
    .map((n) => n.replace(/^c:/, ''));
  return [...new Set(names)];
}

/** Form factors a component declares for record pages; undefined when it declares none (page's apply). */
function componentFormFactors(bundle: XmlElement): string[] | undefined {
  const config = children(bundle, 'targetConfigs')
    .flatMap((t) => children(t, 'targetConfig'))
    .find((c) => String(c['@_targets'] ?? '').split(',').map((t) => t.trim()).includes('lightning__RecordPage'));
  const declared = config
    ? children(config, 'supportedFormFactors')
        .flatMap((s) => children(s, 'supportedFormFactor'))
        .map((f) => String(f['@_type'] ?? ''))
    : [];
  return declared.length > 0 ? declared : undefined;
}

const appXml = (body: string): Record<string, string> => ({
  [APP]: xml('CustomApplication', `${body}<formFactors>Large</formFactors><label>A</label><navType>Standard</navType><uiType>Lightning</uiType>`),
});
const override = (page: string, object: string, formFactor: string): string =>
  `<actionOverrides><actionName>View</actionName><content>${page}</content><formFactor>${formFactor}</formFactor>` +
  `<skipRecordTypeSelect>false</skipRecordTypeSelect><type>Flexipage</type><pageOrSobjectType>${object}</pageOrSobjectType></actionOverrides>`;
const recordPage = (object: string, component = ''): Record<string, string> => ({
  [PAGE]: xml(
    'FlexiPage',
    (component
      ? `<flexiPageRegions><itemInstances><componentInstance><componentName>${component}</componentName>` +
        '<identifier>x</identifier></componentInstance></itemInstances><name>main</name><type>Region</type></flexiPageRegions>'
      : '') +
      `<masterLabel>P</masterLabel><sobjectType>${object}</sobjectType><template><name>flexipage:recordHomeTemplateDesktop</name></template><type>RecordPage</type>`
  ),
});
const bundle = (name: string, formFactors: string[]): Record<string, string> => ({
  [`lwc/${name}/${name}.js-meta.xml`]: xml(
    'LightningComponentBundle',
    '<apiVersion>62.0</apiVersion><isExposed>true</isExposed><targets><target>lightning__RecordPage</target></targets>' +
      '<targetConfigs><targetConfig targets="lightning__RecordPage"><supportedFormFactors>' +
      formFactors.map((f) => `<supportedFormFactor type="${f}"/>`).join('') +
      '</supportedFormFactors></targetConfig></targetConfigs>'
  ),
});

function pageProblems(app: MetadataApp): Violation[] {
  const pages = new Map(ofType(app, 'FlexiPage').map((f) => [f.name, f.xml]));
  return overrides(app)
    .filter((o) => field(o, 'type') === 'Flexipage' && objectOf(o))
    .flatMap((o) => {
      const page = pages.get(field(o, 'content'));
      const object = objectOf(o) ?? '';
      const problem = !page
        ? `names page ${field(o, 'content')}, which the deploy does not hold`
        : text(page, 'type') !== 'RecordPage'
          ? `names ${field(o, 'content')}, a ${text(page, 'type') ?? '?'} page, not a record page`
          : text(page, 'sobjectType') !== object
            ? `names ${field(o, 'content')}, a record page of ${text(page, 'sobjectType') ?? '?'}, for ${object}`
            : undefined;
      return problem ? [violationAt(o.file, `${o.element}/content`, problem)] : [];
    });
}

function formFactorProblems(app: MetadataApp): Violation[] {
  const pages = new Map(ofType(app, 'FlexiPage').map((f) => [f.name, f.xml]));
  const bundles = new Map(ofType(app, 'LightningComponentBundle').map((f) => [f.name, f.xml]));
  return overrides(app)
    .filter((o) => field(o, 'type') === 'Flexipage' && objectOf(o))
    .flatMap((o) => {
      const formFactor = field(o, 'formFactor');
      const page = pages.get(field(o, 'content'));
      const appFormFactors = children(o.file.xml, 'formFactors').map((f) => String(f['#text'] ?? ''));
      const unsupported = [
        ...(RECORD_PAGE_FORM_FACTORS.includes(formFactor) ? [] : ['a record page']),
        ...(appFormFactors.length === 0 || appFormFactors.includes(formFactor) ? [] : [`the app (${appFormFactors.join(', ')})`]),
        ...(page ? customComponents(page) : []).filter((c) => {
          const declared = bundles.has(c) ? componentFormFactors(bundles.get(c) as XmlElement) : undefined;
          return declared !== undefined && !declared.includes(formFactor);
        }),
      ];
      return unsupported.length > 0
        ? [violationAt(o.file, `${o.element}/formFactor`, `${formFactor || '(none)'} is not supported by ${unsupported.join(', ')}`)]
        : [];
    });
}

function standardObjectOverrides(app: MetadataApp): Violation[] {
  const inApps = overrides(app)
    .filter((o) => objectOf(o) && !isCustom(objectOf(o) ?? ''))
    .map((o) =>
      violationAt(o.file, `${o.element}/pageOrSobjectType`, `overrides ${objectOf(o) ?? ''}, a standard object: a package cannot carry it`)
    );
  const onObjects = ofType(app, 'CustomObject')
    .filter((f) => !isCustom(f.name) && children(f.xml, 'actionOverrides').length > 0)
    .map((f) => violationAt(f, 'actionOverrides', `overrides actions of ${f.name}, a standard object: a package cannot carry it`));
  return [...inApps, ...onObjects];
}

export const rules: readonly Rule[] = [
  {
    id: 'custom-application-override-names-record-page',
    summary: 'CustomApplication actionOverrides: a Flexipage override names a record page of the same object, in the deploy',
    doc: DOCS.customApplication,
    check: pageProblems,
    fails: [
      appXml(override('Missing_Page', 'Account', 'Large')),
      { ...appXml(override('P', 'Account', 'Large')), ...recordPage('Contact') },
    ],
    passes: [{ ...appXml(override('P', 'Account', 'Large')), ...recordPage('Account') }],
  },
  {
    id: 'custom-application-override-form-factor',
    summary:
      'CustomApplication actionOverrides: the form factor is one record pages support (Large, Small), the app has, and every custom component on the page declares',
    doc: DOCS.formFactors,
    check: formFactorProblems,
    fails: [
      { ...appXml(override('P', 'Account', 'Medium')), ...recordPage('Account') },
      { ...appXml(override('P', 'Account', 'Small')), ...recordPage('Account') },
      {
        ...appXml(`${override('P', 'Account', 'Large')}`),
        ...recordPage('Account', 'cvpX'),
        ...bundle('cvpX', ['Small']),
      },
    ],
    passes: [{ ...appXml(override('P', 'Account', 'Large')), ...recordPage('Account', 'cvpX'), ...bundle('cvpX', ['Large', 'Small']) }],
  },
  {
    id: 'packaging-no-standard-object-override',
    summary: 'Packaged metadata: no action override of a standard object (in an app or on the object itself)',
    doc: DOCS.packagingActionOverrides,
    check: standardObjectOverrides,
    fails: [appXml(override('P', 'Account', 'Large'))],
    passes: [appXml(override('P', 'X__c', 'Large'))],
  },
  {
    id: 'packaging-no-profile-action-overrides',
    summary: 'Packaged CustomApplication: no profileActionOverrides',
    doc: DOCS.profileActionOverride,
    check: (app) =>
      overrides(app, 'profileActionOverrides').map((o) =>
        violationAt(o.file, o.element, 'assigns a page by profile: a package cannot carry it')
      ),
    fails: [
      appXml(
        '<profileActionOverrides><actionName>View</actionName><content>P</content><formFactor>Large</formFactor>' +
          '<pageOrSobjectType>Account</pageOrSobjectType><type>Flexipage</type><profile>Admin</profile></profileActionOverrides>'
      ),
    ],
  },
];
