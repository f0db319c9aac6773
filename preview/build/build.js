/**
 * Builds the preview into a folder: reads force-app (labels, object infos, the Account flexipage) and the
 * sample portfolio, bundles the components with rollup, and copies the page shells and SLDS. About half a
 * minute and up to 1 GB of memory, most of it compiling lightning-base-components.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { rollupConfig } from './config.js';
import { readLabels } from './labels.js';
import { readObjectInfos } from './object-info.js';
import { readSampleData } from './sample-data.js';
import { readSyntheticData, SYNTHETIC_SIZES, syntheticFile } from './synthetic-data.js';
import { pageLayout } from './page-layout.js';
import { copyStaticResources } from './static-resources.js';
import { unknownIcons } from './icons.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_OUT_DIR = path.join(ROOT, 'preview', 'dist');

const SLDS_CSS = path.join(
  'node_modules',
  '@salesforce-ux',
  'design-system',
  'assets',
  'styles',
  'salesforce-lightning-design-system.min.css'
);

/** What the build reads, so a finished build can tell whether it is still current. */
export function buildInputs(root = ROOT) {
  const dirs = [
    'force-app/main/default',
    'force-app-unpackaged/main/default/permissionsets',
    'force-app-unpackaged/main/default/translations',
    'preview/build',
    'preview/platform',
    'preview/modules',
    'preview/src',
    'preview/public',
    'lib/core',
    'lib/io',
    'lib/org',
    'lib/schema',
  ];
  const files = [
    'config/sample-portfolio.csv',
    'scripts/org/load-sample.js',
    'scripts/bench/synthetic.js',
    'messages/portfolio.sync.md',
  ];
  const walk = (dir) =>
    existsSync(dir)
      ? readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
          e.name === '__tests__' ? [] : e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]
        )
      : [];
  return [...dirs.flatMap((d) => walk(path.join(root, d))), ...files.map((f) => path.join(root, f))].filter(existsSync);
}

export function newestInput(root = ROOT) {
  return Math.max(...buildInputs(root).map((f) => statSync(f).mtimeMs));
}

/**
 * Builds into `outDir` and returns { outDir, ms, warnings, page }. `log` receives progress lines.
 * Throws on an error (an unknown label or field, a module the preview cannot provide, a compile error).
 */
export async function buildPreview({ outDir = DEFAULT_OUT_DIR, root = ROOT, log = () => {} } = {}) {
  const started = Date.now();
  const labels = readLabels(root);
  const objectInfos = readObjectInfos(root);
  // `?permset=CVP_Admin`: the same org seen by the admin (the what-if saves scoring profiles).
  const adminInfos = readObjectInfos(root, { permissionSet: 'CVP_Admin' });
  const sample = await readSampleData(root);
  const page = pageLayout(root);
  const data = {
    ...sample,
    objectInfos: { en: objectInfos.en, fi: objectInfos.fi },
    objectInfosByPermset: { CVP_Admin: { en: adminInfos.en, fi: adminInfos.fi } },
    picklists: objectInfos.picklists,
    autoNumbers: objectInfos.autoNumbers,
  };
  log(
    `Rendering ${page.regions.flatMap((r) => r.components.map((c) => c.name)).join(', ') || 'no components'} (${page.source}).`
  );
  for (const app of page.apps)
    log(
      `App page ${app.name}: ${app.regions.flatMap((r) => r.components.map((c) => c.name)).join(', ') || 'no components'}.`
    );

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const config = rollupConfig({
    root,
    outDir,
    labels,
    objectInfos,
    data,
    page,
    onWarning: (w) => log(`warning: ${w}`),
  });
  const { warnings, output, ...input } = config;
  let bundle;
  try {
    bundle = await rollup(input);
    await bundle.write(output);
  } finally {
    await bundle?.close();
  }

  cpSync(path.join(root, 'preview', 'public'), outDir, { recursive: true });
  mkdirSync(path.join(outDir, 'assets', 'styles'), { recursive: true });
  cpSync(path.join(root, SLDS_CSS), path.join(outDir, 'assets', 'styles', path.basename(SLDS_CSS)));
  copyStaticResources(root, path.join(outDir, 'resources'));
  // The large portfolios of `?accounts=` (preview/platform/synthetic.js fetches one before the store fills).
  for (const n of SYNTHETIC_SIZES) {
    const file = path.join(outDir, syntheticFile(n));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(await readSyntheticData(root, n)));
  }
  for (const { file, icon } of unknownIcons(root)) {
    const message = `${file}: SLDS has no icon ${icon}; lightning-icon draws nothing for it.`;
    warnings.push(message);
    log(`warning: ${message}`);
  }
  const ms = Date.now() - started;
  writeFileSync(
    path.join(outDir, 'build.json'),
    JSON.stringify(
      {
        builtAt: new Date().toISOString(),
        ms,
        page: {
          source: page.source,
          regions: page.regions,
          notRendered: page.notRendered,
          missing: page.missing,
          apps: page.apps,
        },
        warnings,
      },
      null,
      2
    )
  );
  return { outDir, ms, warnings, page };
}
