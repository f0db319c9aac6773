/**
 * A rollup plugin that gives the preview build the modules the Salesforce platform provides to
 * components: `@salesforce/schema`, `@salesforce/label`, `@salesforce/user`, `@salesforce/i18n`,
 * `@salesforce/client/formFactor`, `@salesforce/apex`, `@salesforce/resourceUrl`, permissions, and the
 * `lightning/*` data modules, implemented in preview/platform over the in-memory store. It also makes
 * two modules of the preview itself: `@preview/data` (the sample org) and `@preview/page` (the Account page
 * to render).
 *
 * References the org would refuse at deploy time fail the build here too: a schema import of a custom
 * field that does not exist, a label that is not in CustomLabels.
 */
import path from 'node:path';

const PLATFORM = {
  'lightning/uiRecordApi': 'uiRecordApi.js',
  'lightning/uiObjectInfoApi': 'uiObjectInfoApi.js',
  'lightning/uiRelatedListApi': 'uiRelatedListApi.js',
  'lightning/graphql': 'graphql.js',
  'lightning/uiGraphQLApi': 'uiGraphQLApi.js',
  'lightning/navigation': 'navigation.js',
  'lightning/platformShowToastEvent': 'platformShowToastEvent.js',
  'lightning/refresh': 'refresh.js',
  'lightning/platformResourceLoader': 'platformResourceLoader.js',
  'lightning/pageReferenceUtils': 'pageReferenceUtils.js',
  '@salesforce/apex': 'apex.js',
};

/**
 * Feature gates of lightning-base-components the preview closes: its stubs open every gate, but the
 * combobox's ElementInternals path cannot run under synthetic shadow (attachInternals throws there).
 */
const CLOSED_GATES = new Set(['@salesforce/gate/bc.260.enableComboboxElementInternals']);

/** Standard objects and fields components may name that force-app has no files for. */
const STANDARD_OBJECTS = new Set(['Account', 'Contact', 'Opportunity', 'User', 'Case', 'Lead', 'Task', 'Event']);

const VIRTUAL = '\0sf:';
const js = (value) => JSON.stringify(value);

export function salesforceModules({ root, labels, objectInfos, data, page, warn }) {
  const platform = (file) => path.join(root, 'preview', 'platform', file);
  const locale = platform('locale.js');

  function schemaModule(spec) {
    const [objectApiName, ...fieldParts] = spec.split('.');
    const info = objectInfos.en[objectApiName];
    if (!info && objectApiName.endsWith('__c'))
      throw new Error(`@salesforce/schema/${spec}: no object ${objectApiName} in force-app.`);
    if (fieldParts.length === 0) return `export default ${js({ objectApiName })};`;
    const first = fieldParts[0];
    if (info && first.endsWith('__c') && !info.fields[first])
      throw new Error(
        `@salesforce/schema/${spec}: ${objectApiName} has no field ${first} readable by the preview user (CVP_User).`
      );
    if (info && first.endsWith('__r') && !Object.values(info.fields).some((f) => f.relationshipName === first))
      throw new Error(`@salesforce/schema/${spec}: ${objectApiName} has no relationship ${first}.`);
    if (!STANDARD_OBJECTS.has(objectApiName) && !info)
      warn(`@salesforce/schema/${spec}: unknown object, passed through.`);
    return `export default ${js({ objectApiName, fieldApiName: fieldParts.join('.') })};`;
  }

  function labelModule(name) {
    if (!(name in labels.en))
      throw new Error(`@salesforce/label/c.${name}: no such label in CustomLabels.labels-meta.xml.`);
    return `import { LANG } from ${js(locale)};\nconst en = ${js(labels.en[name])};\nconst fi = ${js(labels.fi[name] ?? null)};\nexport default LANG === 'fi' && fi !== null ? fi : en;`;
  }

  const I18N = {
    lang: `export default LANG === 'fi' ? 'fi' : 'en-US';`,
    locale: `export default LOCALE;`,
    currency: `export default CURRENCY;`,
    timeZone: `export default TIME_ZONE;`,
    dir: `export default 'ltr';`,
    firstDayOfWeek: `export default LANG === 'fi' ? 2 : 1;`,
  };

  function load(id) {
    const spec = id.slice(VIRTUAL.length);
    if (spec.startsWith('@salesforce/schema/')) return schemaModule(spec.slice('@salesforce/schema/'.length));
    if (spec.startsWith('@salesforce/label/c.')) return labelModule(spec.slice('@salesforce/label/c.'.length));
    if (spec === '@salesforce/user/Id') return `export default ${js(data.userId)};`;
    if (spec === '@salesforce/user/isGuest') return 'export default false;';
    if (spec.startsWith('@salesforce/i18n/'))
      return `import { LANG, LOCALE, CURRENCY, TIME_ZONE } from ${js(locale)};\n${I18N[spec.slice('@salesforce/i18n/'.length)]}`;
    if (spec === '@salesforce/client/formFactor')
      return `import { FORM_FACTOR } from ${js(locale)};\nexport default FORM_FACTOR;`;
    if (spec.startsWith('@salesforce/customPermission/') || spec.startsWith('@salesforce/userPermission/'))
      return 'export default false;';
    if (spec.startsWith('@salesforce/resourceUrl/'))
      return `export default ${js(`resources/${spec.slice('@salesforce/resourceUrl/'.length)}`)};`;
    if (spec.startsWith('@salesforce/apex/'))
      return `import { apexMethod } from ${js(platform('apex.js'))};\nexport default apexMethod(${js(spec.slice('@salesforce/apex/'.length))});`;
    if (CLOSED_GATES.has(spec)) return 'export default { isOpen: () => false };';
    if (spec === '@preview/data') return `export default JSON.parse(${js(JSON.stringify(data))});`;
    if (spec === '@preview/page') return pageModule(page);
    return null;
  }

  return {
    name: 'preview-salesforce-modules',
    resolveId(source) {
      if (PLATFORM[source]) return platform(PLATFORM[source]);
      if (
        source.startsWith('@salesforce/schema/') ||
        source.startsWith('@salesforce/label/c.') ||
        source.startsWith('@salesforce/user/') ||
        (source.startsWith('@salesforce/i18n/') && source.slice('@salesforce/i18n/'.length) in I18N) ||
        source === '@salesforce/client/formFactor' ||
        source.startsWith('@salesforce/customPermission/') ||
        source.startsWith('@salesforce/userPermission/') ||
        source.startsWith('@salesforce/resourceUrl/') ||
        source.startsWith('@salesforce/apex/') ||
        CLOSED_GATES.has(source) ||
        source === '@preview/data' ||
        source === '@preview/page'
      )
        return VIRTUAL + source;
      return null;
    },
    load(id) {
      return id.startsWith(VIRTUAL) ? load(id) : null;
    },
  };
}

function pageModule(page) {
  const all = [page, ...page.apps];
  const names = [...new Set(all.flatMap((p) => p.regions.flatMap((r) => r.components.map((c) => c.name))))];
  const imports = names.map((n) => `import ${n} from 'c/${n}';`).join('\n');
  const plain = (p) => ({
    source: p.source,
    notRendered: p.notRendered,
    missing: p.missing,
    regions: p.regions.map((r) => ({
      name: r.name,
      components: r.components.map((c) => ({ name: c.name, properties: c.properties })),
    })),
  });
  const apps = page.apps.map((a) => ({ name: a.name, label: a.label, ...plain(a) }));
  return `${imports}
const constructors = { ${names.join(', ')} };
const withConstructors = (p) => ({ ...p, regions: p.regions.map((r) => ({ ...r, components: r.components.map((c) => ({ ...c, ctor: constructors[c.name] })) })) });
const account = withConstructors(${js(plain(page))});
export default { ...account, apps: ${js(apps)}.map(withConstructors), constructors };`;
}
