/**
 * Which components the previewed Account page shows, and where: from the Account record page in
 * force-app/main/default/flexipages when there is one (regions, order and design-attribute values as the
 * Lightning App Builder saved them), otherwise the project's Account components in a default layout.
 * Only bundles that exist under force-app/main/default/lwc are placed.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { filesIn, forceApp, list, readXml, text } from './metadata.js';

export const DEFAULT_LAYOUT = [
  { region: 'main', component: 'cvpValueScorecard' },
  { region: 'main', component: 'cvpProfitabilityWaterfall' },
  { region: 'sidebar', component: 'cvpCommitmentMatrix' },
  { region: 'sidebar', component: 'cvpLifecycle' },
];

/** Bundles under force-app/main/default/lwc that have their main module: name → entry file. */
export function lwcBundles(root) {
  const dir = forceApp(root, 'lwc');
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => existsSync(path.join(dir, name, `${name}.js`)))
      .sort()
      .map((name) => [name, path.join(dir, name, `${name}.js`)])
  );
}

/** Does the bundle render (has a template), rather than being a service module? */
const renders = (root, name) => existsSync(forceApp(root, 'lwc', name, `${name}.html`));

function parseValue(raw) {
  if (raw === 'true' || raw === 'false') return raw === 'true';
  if (raw !== undefined && raw !== '' && !Number.isNaN(Number(raw))) return Number(raw);
  return raw;
}

function parseFlexipage(root, file, doc) {
  const placements = [];
  for (const region of list(doc, 'flexiPageRegions')) {
    const regionName = text(region, 'name');
    for (const item of list(region, 'itemInstances')) {
      const instance = list(item, 'componentInstance')[0];
      if (!instance) continue;
      const componentName = text(instance, 'componentName') ?? '';
      const properties = {};
      for (const p of list(instance, 'componentInstanceProperties'))
        properties[text(p, 'name')] = parseValue(text(p, 'value'));
      placements.push({ region: regionName, componentName, properties });
    }
  }
  return {
    name: path.basename(file, '.flexipage-meta.xml'),
    file: path.relative(root, file),
    label: text(doc, 'masterLabel'),
    placements,
  };
}

const flexipages = (root) =>
  filesIn(forceApp(root, 'flexipages'), '.flexipage-meta.xml').map((file) => ({ file, doc: readXml(file) }));

/** The first flexipage of type RecordPage for Account, parsed; null when there is none. */
export function accountFlexipage(root) {
  const found = flexipages(root).find(
    ({ doc }) => text(doc, 'type') === 'RecordPage' && text(doc, 'sobjectType') === 'Account'
  );
  return found ? parseFlexipage(root, found.file, found.doc) : null;
}

/** The app pages (AppPage flexipages), parsed. */
export const appFlexipages = (root) =>
  flexipages(root)
    .filter(({ doc }) => text(doc, 'type') === 'AppPage')
    .map(({ file, doc }) => parseFlexipage(root, file, doc));

function place(root, bundles, placements) {
  const regions = [];
  const notRendered = [];
  const missing = [];
  for (const p of placements) {
    const [ns, name] = p.componentName.includes(':') ? p.componentName.split(':') : ['c', p.componentName];
    if (ns !== 'c') {
      notRendered.push(p.componentName);
      continue;
    }
    if (!bundles[name] || !renders(root, name)) {
      missing.push(name);
      continue;
    }
    let region = regions.find((r) => r.name === p.region);
    if (!region) regions.push((region = { name: p.region, components: [] }));
    region.components.push({ name, properties: p.properties });
  }
  return { regions, notRendered, missing };
}

/**
 * The page to render: regions with their components. Components of the `c` namespace (c:x or just x)
 * are ours; standard ones (force:highlightsPanel, flexipage:tabset…) are listed as not rendered, and
 * ours that have no bundle (or no template) yet as missing. App pages (AppPage flexipages, such as the
 * portfolio workspace) come along in `apps`.
 */
export function pageLayout(root) {
  const bundles = lwcBundles(root);
  const flexipage = accountFlexipage(root);
  const placements = flexipage
    ? flexipage.placements
    : DEFAULT_LAYOUT.map((p) => ({ region: p.region, componentName: `c:${p.component}`, properties: {} }));
  const apps = appFlexipages(root).map((app) => ({
    name: app.name,
    label: app.label ?? app.name,
    source: app.file,
    ...place(root, bundles, app.placements),
  }));
  return {
    source: flexipage ? flexipage.file : 'default layout (no Account flexipage yet)',
    ...place(root, bundles, placements),
    apps,
    bundles,
  };
}
