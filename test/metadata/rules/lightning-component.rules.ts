/**
 * LightningComponentBundle (js-meta.xml): description length, bundle name, targets and their
 * configurations as the configuration file reference allows them.
 */
import { children, text, type XmlElement } from '../helpers/xml.js';
import { developerNameProblem, maxLength, violation } from './checks.js';
import { DOCS } from './docs.js';
import { ofType, xml, type MetadataFile, type Rule, type Sample } from './rule.js';

const bundle = (body: string, name = 'myCmp'): Sample => ({
  [`lwc/${name}/${name}.js-meta.xml`]: xml('LightningComponentBundle', `<apiVersion>62.0</apiVersion>${body}`),
});
const exposed = (targets: string[], configs = ''): string =>
  `<isExposed>true</isExposed><targets>${targets.map((t) => `<target>${t}</target>`).join('')}</targets>${
    configs ? `<targetConfigs>${configs}</targetConfigs>` : ''
  }`;

/** The targets the configuration file reference lists. */
export const LWC_TARGETS = [
  'analytics__Dashboard',
  'lightning__AppPage',
  'lightning__Dashboard',
  'lightning__FlowScreen',
  'lightning__GlobalAction',
  'lightning__HomePage',
  'lightning__Inbox',
  'lightning__RecordAction',
  'lightning__RecordPage',
  'lightning__Tab',
  'lightning__UrlAddressable',
  'lightning__UtilityBar',
  'lightningCommunity__Default',
  'lightningCommunity__Page',
  'lightningCommunity__Page_Layout',
  'lightningCommunity__Theme_Layout',
  'lightningSnapin__ChatHeader',
  'lightningSnapin__ChatMessage',
  'lightningSnapin__Minimized',
  'lightningSnapin__PreChat',
  'lightningStatic__Email',
] as const;
const FORM_FACTORS = ['Small', 'Large'];

export const targetsOf = (b: MetadataFile): string[] =>
  children(b.xml, 'targets').flatMap((t) => children(t, 'target').map((x) => String(x['#text'] ?? '')));
export const targetConfigs = (b: MetadataFile): XmlElement[] =>
  children(b.xml, 'targetConfigs').flatMap((c) => children(c, 'targetConfig'));
const attribute = (e: XmlElement, name: string): string | undefined => e[`@_${name}`] as string | undefined;
export const configTargets = (config: XmlElement): string[] =>
  (attribute(config, 'targets') ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
const bundles = (app: Parameters<Rule['check']>[0]): MetadataFile[] => ofType(app, 'LightningComponentBundle');

export const rules: readonly Rule[] = [
  maxLength({
    id: 'lwc-description-length',
    type: 'LightningComponentBundle',
    element: 'description',
    max: 255,
    doc: DOCS.lwcBundleTooling,
    sample: (v) => bundle(`<isExposed>false</isExposed><description>${v}</description>`),
  }),
  {
    id: 'lwc-bundle-name',
    summary:
      'LightningComponentBundle name: letters, digits and underscores, begins with a letter, no two underscores in a row, no trailing underscore',
    doc: DOCS.lwcBundleTooling,
    check: (app) =>
      bundles(app).flatMap((b) => {
        const problem = developerNameProblem(b.name);
        return problem ? [violation(b, 'fullName', problem)] : [];
      }),
    fails: [bundle('<isExposed>false</isExposed>', 'my__cmp')],
    passes: [bundle('<isExposed>false</isExposed>', 'my_cmp')],
  },
  {
    id: 'lwc-targets-known',
    summary: 'LightningComponentBundle targets/target: one of the targets the configuration reference lists',
    doc: DOCS.lwcConfiguration,
    check: (app) =>
      bundles(app).flatMap((b) =>
        targetsOf(b)
          .filter((t) => !(LWC_TARGETS as readonly string[]).includes(t))
          .map((t) => violation(b, 'targets/target', `"${t}" is not a documented target`))
      ),
    fails: [bundle(exposed(['lightning__RecordPages']))],
    passes: [bundle(exposed(['lightning__RecordPage']))],
  },
  {
    id: 'lwc-targets-need-exposed',
    summary: 'LightningComponentBundle with targets: isExposed is true, or no builder offers it',
    doc: DOCS.lwcConfiguration,
    check: (app) =>
      bundles(app)
        .filter((b) => targetsOf(b).length > 0 && text(b.xml, 'isExposed') !== 'true')
        .map((b) =>
          violation(b, 'isExposed', `is ${text(b.xml, 'isExposed') ?? 'missing'} although the bundle has targets`)
        ),
    fails: [bundle('<isExposed>false</isExposed><targets><target>lightning__AppPage</target></targets>')],
    passes: [bundle(exposed(['lightning__AppPage']))],
  },
  {
    id: 'lwc-target-config-targets-declared',
    summary: 'LightningComponentBundle targetConfig targets: only page types listed under targets',
    doc: DOCS.lwcConfiguration,
    check: (app) =>
      bundles(app).flatMap((b) => {
        const declared = new Set(targetsOf(b));
        return targetConfigs(b).flatMap((c, i) =>
          configTargets(c)
            .filter((t) => !declared.has(t))
            .map((t) =>
              violation(b, `targetConfigs/targetConfig[${i + 1}]@targets`, `names ${t}, which targets does not list`)
            )
        );
      }),
    fails: [bundle(exposed(['lightning__AppPage'], '<targetConfig targets="lightning__RecordPage"/>'))],
    passes: [bundle(exposed(['lightning__RecordPage'], '<targetConfig targets="lightning__RecordPage"/>'))],
  },
  {
    id: 'lwc-form-factor-values',
    summary: `LightningComponentBundle supportedFormFactor type: ${FORM_FACTORS.join(' or ')}`,
    doc: DOCS.lwcConfiguration,
    check: (app) =>
      bundles(app).flatMap((b) =>
        targetConfigs(b).flatMap((c, i) =>
          children(c, 'supportedFormFactors')
            .flatMap((s) => children(s, 'supportedFormFactor'))
            .map((f) => attribute(f, 'type') ?? '')
            .filter((t) => !FORM_FACTORS.includes(t))
            .map((t) =>
              violation(
                b,
                `targetConfigs/targetConfig[${i + 1}]/supportedFormFactors`,
                `type "${t}" is not Small or Large`
              )
            )
        )
      ),
    fails: [
      bundle(
        exposed(
          ['lightning__RecordPage'],
          '<targetConfig targets="lightning__RecordPage"><supportedFormFactors><supportedFormFactor type="Phone"/></supportedFormFactors></targetConfig>'
        )
      ),
    ],
    passes: [
      bundle(
        exposed(
          ['lightning__RecordPage'],
          '<targetConfig targets="lightning__RecordPage"><supportedFormFactors><supportedFormFactor type="Small"/></supportedFormFactors></targetConfig>'
        )
      ),
    ],
  },
  {
    id: 'lwc-property-min-max-integer',
    summary: 'LightningComponentBundle property min/max: only on Integer properties, and default within them',
    doc: DOCS.lwcConfiguration,
    check: (app) =>
      bundles(app).flatMap((b) =>
        targetConfigs(b).flatMap((c, i) =>
          children(c, 'property').flatMap((p) => {
            const where = `targetConfigs/targetConfig[${i + 1}]/property[@name=${attribute(p, 'name') ?? '?'}]`;
            const [min, max, fallback] = ['min', 'max', 'default'].map((a) => attribute(p, a));
            if (min === undefined && max === undefined) return [];
            if (attribute(p, 'type') !== 'Integer')
              return [violation(b, where, `has min/max but type ${attribute(p, 'type') ?? 'none'}, not Integer`)];
            const d = Number(fallback);
            const outside =
              fallback !== undefined &&
              ((min !== undefined && d < Number(min)) || (max !== undefined && d > Number(max)));
            return outside ? [violation(b, where, `default ${fallback} is outside ${min ?? '…'}..${max ?? '…'}`)] : [];
          })
        )
      ),
    fails: [
      bundle(
        exposed(
          ['lightning__AppPage'],
          '<targetConfig targets="lightning__AppPage"><property name="n" type="String" min="1"/></targetConfig>'
        )
      ),
      bundle(
        exposed(
          ['lightning__AppPage'],
          '<targetConfig targets="lightning__AppPage"><property name="n" type="Integer" min="1" max="5" default="9"/></targetConfig>'
        )
      ),
    ],
    passes: [
      bundle(
        exposed(
          ['lightning__AppPage'],
          '<targetConfig targets="lightning__AppPage"><property name="n" type="Integer" min="1" max="5" default="5"/></targetConfig>'
        )
      ),
    ],
  },
];
