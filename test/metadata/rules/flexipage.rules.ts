/**
 * FlexiPage: page types, the object of a page, components per region, and that every custom
 * component a page places exists, is offered for that kind of page and takes the properties the
 * page sets.
 */
import { children, text, type XmlElement } from '../helpers/xml.js';
import { oneOf, requiredElements, violation } from './checks.js';
import { DOCS } from './docs.js';
import { configTargets, targetConfigs, targetsOf } from './lightning-component.rules.js';
import { ofType, xml, type MetadataApp, type MetadataFile, type Rule, type Sample } from './rule.js';

const FLEXI_TYPES = [
  'AppPage',
  'CommAppPage',
  'CommForgotPasswordPage',
  'CommLoginPage',
  'CommObjectPage',
  'CommQuickActionCreatePage',
  'CommRecordPage',
  'CommRelatedListPage',
  'CommSearchResultPage',
  'CommSelfRegisterPage',
  'CommThemeLayoutPage',
  'HomePage',
  'MailAppAppPage',
  'RecordPage',
  'UtilityBar',
];
/** The LWC target that offers a component on each kind of Lightning Experience page. */
const TARGET_OF: Readonly<Record<string, string>> = {
  AppPage: 'lightning__AppPage',
  HomePage: 'lightning__HomePage',
  RecordPage: 'lightning__RecordPage',
  UtilityBar: 'lightning__UtilityBar',
};
const REGION_LIMIT = 25;

const component = (name: string, properties: Record<string, string> = {}): string =>
  `<itemInstances><componentInstance>${Object.entries(properties)
    .map(([n, v]) => `<componentInstanceProperties><name>${n}</name><value>${v}</value></componentInstanceProperties>`)
    .join(
      ''
    )}<componentName>${name}</componentName><identifier>${name.replace(':', '_')}</identifier></componentInstance></itemInstances>`;
const page = (type: string, regionBody: string, extra = ''): Sample => ({
  'flexipages/P.flexipage-meta.xml': xml(
    'FlexiPage',
    `<flexiPageRegions>${regionBody}<mode>Replace</mode><name>main</name><type>Region</type></flexiPageRegions><masterLabel>P</masterLabel>${extra}<template><name>flexipage:defaultAppHomeTemplate</name></template><type>${type}</type>`
  ),
});
const lwc = (name: string, targets: string[], configs = ''): Sample => ({
  [`lwc/${name}/${name}.js-meta.xml`]: xml(
    'LightningComponentBundle',
    `<apiVersion>62.0</apiVersion><isExposed>true</isExposed><targets>${targets
      .map((t) => `<target>${t}</target>`)
      .join('')}</targets>${configs ? `<targetConfigs>${configs}</targetConfigs>` : ''}`
  ),
});

type Placed = {
  readonly page: MetadataFile;
  readonly where: string;
  readonly instance: XmlElement;
  readonly name: string;
};

/** Every component a page places, with the element path a failure names. */
function placed(app: MetadataApp): Placed[] {
  return ofType(app, 'FlexiPage').flatMap((p) =>
    children(p.xml, 'flexiPageRegions').flatMap((region) =>
      children(region, 'itemInstances').flatMap((item) =>
        children(item, 'componentInstance').map((instance) => ({
          page: p,
          where: `flexiPageRegions[name=${text(region, 'name') ?? '?'}]/itemInstances/componentInstance[${text(instance, 'componentName') ?? '?'}]`,
          instance,
          name: text(instance, 'componentName') ?? '',
        }))
      )
    )
  );
}
/** A component of this package: no namespace prefix such as force: or flexipage:. */
const isOwn = (name: string): boolean => !name.includes(':');
const bundleNamed = (app: MetadataApp, name: string): MetadataFile | undefined =>
  ofType(app, 'LightningComponentBundle').find((b) => b.name === name);
/** Each component of this package a page places, with its bundle (if any) and the page's LWC target. */
const ownPlaced = (app: MetadataApp): Array<Placed & { bundle?: MetadataFile; target?: string }> =>
  placed(app)
    .filter((c) => isOwn(c.name))
    .map((c) => ({ ...c, bundle: bundleNamed(app, c.name), target: TARGET_OF[text(c.page.xml, 'type') ?? ''] }));
const configsFor = (bundle: MetadataFile, target: string): XmlElement[] =>
  targetConfigs(bundle).filter((c) => configTargets(c).includes(target));

export const rules: readonly Rule[] = [
  requiredElements({
    id: 'flexipage-required',
    type: 'FlexiPage',
    elements: ['flexiPageRegions', 'masterLabel', 'template', 'type'],
    doc: DOCS.flexiPage,
    sample: (without) => {
      const whole = page('AppPage', component('force:detailPanel'))['flexipages/P.flexipage-meta.xml'];
      // The page's own <type> is its last one; a region has a <type> too.
      const cut =
        without === 'type'
          ? whole.replace('<type>AppPage</type>', '')
          : without
            ? whole.replace(new RegExp(`<${without}>.*</${without}>`), '')
            : whole;
      return { 'flexipages/P.flexipage-meta.xml': cut };
    },
  }),
  oneOf({
    id: 'flexipage-type',
    type: 'FlexiPage',
    element: 'type',
    values: FLEXI_TYPES,
    doc: DOCS.describeFlexiPageResult,
    sample: (v) => page(v, component('force:detailPanel')),
  }),
  {
    id: 'flexipage-object-only-on-record-pages',
    summary: 'FlexiPage of type AppPage or HomePage: no sobjectType',
    doc: DOCS.flexiPage,
    check: (app) =>
      ofType(app, 'FlexiPage')
        .filter((p) => ['AppPage', 'HomePage'].includes(text(p.xml, 'type') ?? '') && text(p.xml, 'sobjectType'))
        .map((p) => violation(p, 'sobjectType', `is set on a ${text(p.xml, 'type') ?? ''}, where it is null`)),
    fails: [page('AppPage', component('force:detailPanel'), '<sobjectType>Account</sobjectType>')],
    passes: [page('RecordPage', component('force:detailPanel'), '<sobjectType>Account</sobjectType>')],
  },
  {
    id: 'flexipage-components-per-region',
    summary: `FlexiPage region: at most ${REGION_LIMIT} components`,
    doc: DOCS.flexiPage,
    check: (app) =>
      ofType(app, 'FlexiPage').flatMap((p) =>
        children(p.xml, 'flexiPageRegions')
          .filter((r) => children(r, 'itemInstances').length > REGION_LIMIT)
          .map((r) =>
            violation(
              p,
              `flexiPageRegions[name=${text(r, 'name') ?? '?'}]`,
              `holds ${children(r, 'itemInstances').length} components; the limit is ${REGION_LIMIT}`
            )
          )
      ),
    fails: [page('AppPage', component('force:detailPanel').repeat(REGION_LIMIT + 1))],
    passes: [page('AppPage', component('force:detailPanel').repeat(REGION_LIMIT))],
  },
  {
    id: 'flexipage-component-offered-for-page',
    summary: 'FlexiPage: every component of the package it places exists, is exposed and targets that kind of page',
    doc: DOCS.lwcConfiguration,
    check: (app) =>
      ownPlaced(app).flatMap(({ bundle, target, ...c }) => {
        if (!bundle) return [violation(c.page, c.where, `places ${c.name}, which is no component of force-app`)];
        if (text(bundle.xml, 'isExposed') !== 'true')
          return [violation(c.page, c.where, `places ${c.name}, which is not exposed`)];
        return target && !targetsOf(bundle).includes(target)
          ? [violation(c.page, c.where, `places ${c.name}, which does not target ${target}`)]
          : [];
      }),
    fails: [
      page('AppPage', component('myCmp')),
      {
        ...page('RecordPage', component('myCmp'), '<sobjectType>Account</sobjectType>'),
        ...lwc('myCmp', ['lightning__AppPage']),
      },
    ],
    passes: [{ ...page('AppPage', component('myCmp')), ...lwc('myCmp', ['lightning__AppPage']) }],
  },
  {
    id: 'flexipage-component-properties-declared',
    summary: 'FlexiPage: a property set on a component of the package is a property of its targetConfig for that page',
    doc: DOCS.lwcConfiguration,
    check: (app) =>
      ownPlaced(app).flatMap(({ bundle, target, ...c }) => {
        if (!bundle || !target) return [];
        const declared = new Set(
          configsFor(bundle, target).flatMap((cfg) => children(cfg, 'property').map((p) => String(p['@_name'] ?? '')))
        );
        return children(c.instance, 'componentInstanceProperties')
          .map((p) => text(p, 'name') ?? '')
          .filter((n) => !declared.has(n))
          .map((n) =>
            violation(
              c.page,
              `${c.where}/componentInstanceProperties[${n}]`,
              `sets ${n}, which ${c.name} does not declare for ${target}`
            )
          );
      }),
    fails: [{ ...page('AppPage', component('myCmp', { size: '5' })), ...lwc('myCmp', ['lightning__AppPage']) }],
    passes: [
      {
        ...page('AppPage', component('myCmp', { size: '5' })),
        ...lwc(
          'myCmp',
          ['lightning__AppPage'],
          '<targetConfig targets="lightning__AppPage"><property name="size" type="Integer"/></targetConfig>'
        ),
      },
    ],
  },
  {
    id: 'flexipage-record-page-object-supported',
    summary: 'FlexiPage RecordPage: a component that lists objects for record pages lists the page’s object',
    doc: DOCS.lwcConfiguration,
    check: (app) =>
      placed(app)
        .filter((c) => isOwn(c.name) && text(c.page.xml, 'type') === 'RecordPage')
        .flatMap((c) => {
          const bundle = bundleNamed(app, c.name);
          const object = text(c.page.xml, 'sobjectType') ?? '';
          const listed = (bundle ? configsFor(bundle, 'lightning__RecordPage') : []).flatMap((cfg) =>
            children(cfg, 'objects').flatMap((o) => children(o, 'object').map((x) => String(x['#text'] ?? '')))
          );
          return listed.length > 0 && !listed.includes(object)
            ? [
                violation(
                  c.page,
                  c.where,
                  `places ${c.name} on ${object}; the component lists only ${listed.join(', ')}`
                ),
              ]
            : [];
        }),
    fails: [
      {
        ...page('RecordPage', component('myCmp'), '<sobjectType>Contact</sobjectType>'),
        ...lwc(
          'myCmp',
          ['lightning__RecordPage'],
          '<targetConfig targets="lightning__RecordPage"><objects><object>Account</object></objects></targetConfig>'
        ),
      },
    ],
    passes: [
      {
        ...page('RecordPage', component('myCmp'), '<sobjectType>Account</sobjectType>'),
        ...lwc(
          'myCmp',
          ['lightning__RecordPage'],
          '<targetConfig targets="lightning__RecordPage"><objects><object>Account</object></objects></targetConfig>'
        ),
      },
    ],
  },
];
