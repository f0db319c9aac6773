/**
 * What the platform checks only at deploy time, checked offline over force-app: every Lightning
 * component bundle is complete; components on record pages have design attributes with a label and a
 * description, each a public property of the component; every Custom Label a component imports exists
 * and has a Finnish translation; every schema import and every field a GraphQL query names exists in
 * force-app; the Account record page places the components with properties they declare.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { children, parseXmlFile, text, type XmlElement } from '../metadata/helpers/xml.js';
import { repoPath } from '../helpers/paths.js';

const DEFAULT = repoPath('force-app', 'main', 'default');
const LWC = join(DEFAULT, 'lwc');
const PAGE_COMPONENTS = [
  'cvpValueScorecard',
  'cvpProfitabilityWaterfall',
  'cvpCommitmentMatrix',
  'cvpLifecycle',
  'cvpVisionBuilder',
];
/** Standard fields the components read; everything else must be a field of force-app. */
const STANDARD_FIELDS = new Set(['Account.Name', 'CVP_Scoring_Profile__c.Name', 'CVP_Customer_Vision__c.Name']);

const bundles = readdirSync(LWC, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** Every .js file of a bundle, tests left out. */
function sources(bundle: string): string[] {
  return readdirSync(join(LWC, bundle))
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(LWC, bundle, f), 'utf8'));
}

const allSources = bundles.flatMap((b) => sources(b).map((source) => ({ bundle: b, source })));

function meta(bundle: string): XmlElement {
  return parseXmlFile(join(LWC, bundle, `${bundle}.js-meta.xml`)).element;
}

const attr = (element: XmlElement, name: string): string | undefined => {
  const value = element[`@_${name}`];
  return typeof value === 'string' ? value : undefined;
};

function recordPageConfig(bundle: string): XmlElement | undefined {
  // A bundle without its js-meta.xml is reported by the completeness test, not here.
  if (!existsSync(join(LWC, bundle, `${bundle}.js-meta.xml`))) return undefined;
  const configs = children(meta(bundle), 'targetConfigs').flatMap((c) => children(c, 'targetConfig'));
  return configs.find((c) => (attr(c, 'targets') ?? '').split(',').includes('lightning__RecordPage'));
}

function designProperties(bundle: string): XmlElement[] {
  const config = recordPageConfig(bundle);
  return config ? children(config, 'property') : [];
}

/** Custom fields of force-app as Object.Field, from the objects folder. */
const customFields = new Set(
  readdirSync(join(DEFAULT, 'objects')).flatMap((object) => {
    const dir = join(DEFAULT, 'objects', object, 'fields');
    return existsSync(dir) ? readdirSync(dir).map((f) => `${object}.${f.replace('.field-meta.xml', '')}`) : [];
  })
);
const objects = new Set(['Account', ...readdirSync(join(DEFAULT, 'objects'))]);

/**
 * A field across a lookup (Account.CVP_Last_Assessed_By__r.Name): the lookup must be a field of
 * force-app, and the far field one every object of its kind has (a User's Name).
 */
const acrossLookup = (name: string): boolean => {
  const match = /^(\w+)\.(\w+)__r\.(Name|Id)$/.exec(name);
  return Boolean(match && customFields.has(`${match[1]}.${match[2]}__c`));
};

const labelNames = new Set(
  children(parseXmlFile(join(DEFAULT, 'labels', 'CustomLabels.labels-meta.xml')).element, 'labels').map(
    (l) => text(l, 'fullName') ?? ''
  )
);
const finnish = new Map(
  children(
    parseXmlFile(repoPath('force-app-unpackaged', 'main', 'default', 'translations', 'fi.translation-meta.xml'))
      .element,
    'customLabels'
  ).map((l) => [text(l, 'name') ?? '', text(l, 'label') ?? ''])
);

const importsOf = (prefix: string): Array<{ bundle: string; name: string }> =>
  allSources.flatMap(({ bundle, source }) =>
    [...source.matchAll(new RegExp(`from '${prefix}([^']+)'`, 'g'))].map((m) => ({ bundle, name: m[1] }))
  );

describe('Lightning component bundles', () => {
  it('are complete: a js file and a js-meta.xml named after the folder', () => {
    const incomplete = bundles.filter(
      (b) => !existsSync(join(LWC, b, `${b}.js`)) || !existsSync(join(LWC, b, `${b}.js-meta.xml`))
    );
    expect(incomplete).toEqual([]);
  });

  it.each(PAGE_COMPONENTS)('%s is exposed on Account record pages, on desktop and phone', (bundle) => {
    expect(text(meta(bundle), 'isExposed')).toBe('true');
    const config = recordPageConfig(bundle);
    expect(config).toBeDefined();
    const objectNames = children(config ?? {}, 'objects').flatMap((o) => children(o, 'object').map((x) => x['#text']));
    expect(objectNames).toEqual(['Account']);
    const factors = children(config ?? {}, 'supportedFormFactors').flatMap((f) =>
      children(f, 'supportedFormFactor').map((x) => attr(x, 'type'))
    );
    expect(factors.sort()).toEqual(['Large', 'Small']);
    expect(designProperties(bundle).length).toBeGreaterThan(0);
  });

  it('give every design attribute a label and a description, and declare it @api', () => {
    const problems = bundles.flatMap((bundle) =>
      designProperties(bundle).flatMap((p) => {
        const name = attr(p, 'name') ?? '?';
        const js = readFileSync(join(LWC, bundle, `${bundle}.js`), 'utf8');
        return [
          ...(attr(p, 'label') ? [] : [`${bundle}.${name}: no label`]),
          ...(attr(p, 'description') ? [] : [`${bundle}.${name}: no description`]),
          ...(new RegExp(`@api\\s+${name}\\b`).test(js) ? [] : [`${bundle}.${name}: not an @api property`]),
        ];
      })
    );
    expect(problems).toEqual([]);
  });

  it('import only Custom Labels that exist, and every label has a Finnish translation', () => {
    const imported = importsOf('@salesforce/label/c.');
    expect(imported.length).toBeGreaterThan(100);
    expect(imported.filter((i) => !labelNames.has(i.name))).toEqual([]);
    const untranslated = [...labelNames].filter((name) => !(finnish.get(name) ?? '').trim());
    expect(untranslated).toEqual([]);
    expect([...finnish.keys()].filter((name) => !labelNames.has(name))).toEqual([]);
  });

  it('import only objects and fields that exist in force-app', () => {
    const missing = importsOf('@salesforce/schema/')
      .map((i) => i.name)
      .filter((name) =>
        name.includes('.')
          ? !customFields.has(name) && !STANDARD_FIELDS.has(name) && !acrossLookup(name)
          : !objects.has(name)
      );
    expect(missing).toEqual([]);
  });

  it('name only fields that exist in their GraphQL queries', () => {
    const queried = allSources.flatMap(({ source }) =>
      [...source.matchAll(/gql`([\s\S]*?)`/g)].flatMap((m) => [...m[1].matchAll(/\b(CVP_\w+__c)\b/g)].map((f) => f[1]))
    );
    expect(queried.length).toBeGreaterThan(20);
    const known = new Set([...customFields].map((f) => f.slice(f.indexOf('.') + 1)));
    expect(queried.filter((f) => !known.has(f) && !objects.has(f))).toEqual([]);
  });
});

describe('the Account record page', () => {
  const page = parseXmlFile(join(DEFAULT, 'flexipages', 'CVP_Account_Record_Page.flexipage-meta.xml')).element;
  const instances = children(page, 'flexiPageRegions')
    .flatMap((r) => children(r, 'itemInstances'))
    .flatMap((i) => children(i, 'componentInstance'));
  const custom = instances.filter((c) => !(text(c, 'componentName') ?? '').includes(':'));

  it('is an Account record page', () => {
    expect(text(page, 'type')).toBe('RecordPage');
    expect(text(page, 'sobjectType')).toBe('Account');
  });

  it('places the four components', () => {
    expect(custom.map((c) => text(c, 'componentName')).sort()).toEqual([...PAGE_COMPONENTS].sort());
  });

  it('sets only design attributes the components declare, and gives each instance its own identifier', () => {
    const unknown = custom.flatMap((c) => {
      const bundle = text(c, 'componentName') ?? '';
      const declared = new Set(designProperties(bundle).map((p) => attr(p, 'name')));
      return children(c, 'componentInstanceProperties')
        .map((p) => text(p, 'name'))
        .filter((name) => !declared.has(name))
        .map((name) => `${bundle}.${String(name)}`);
    });
    expect(unknown).toEqual([]);
    const ids = instances.map((c) => text(c, 'identifier'));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refers only to facets it defines', () => {
    const facets = new Set(
      children(page, 'flexiPageRegions')
        .filter((r) => text(r, 'type') === 'Facet')
        .map((r) => text(r, 'name'))
    );
    const used = instances.flatMap((c) =>
      children(c, 'componentInstanceProperties')
        .filter((p) => ['body', 'tabs'].includes(text(p, 'name') ?? ''))
        .map((p) => text(p, 'value'))
    );
    expect(used.filter((f) => !facets.has(f))).toEqual([]);
    expect([...facets].filter((f) => !used.includes(f))).toEqual([]);
  });
});
