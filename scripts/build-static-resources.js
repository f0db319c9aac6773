/**
 * Static resources made from npm packages: the file under force-app/main/default/staticresources is the
 * package's own browser build with its licence notice in front, so what is deployed is exactly what
 * package-lock.json pins. `npm run build:static-resources` writes them again after an update;
 * test/browser/static-resources.test.js fails while one differs from what this would write. It lives in
 * scripts/, not preview/, because what it writes is deployable metadata, not part of the preview.
 *
 *   cvpExcelJs: exceljs's browser build without polyfills (dist/exceljs.bare.min.js), which the portfolio
 *   workspace loads with loadScript for its XLSX export (cvpPortfolioData/portfolioXlsx.js says why).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const VENDOR_RESOURCES = [{ name: 'cvpExcelJs', pkg: 'exceljs', file: 'dist/exceljs.bare.min.js' }];

const resourcePath = (root, name) =>
  path.join(root, 'force-app', 'main', 'default', 'staticresources', `${name}.resource`);

/** The resource's bytes as this build of the package gives them. */
export function vendorResource(root, { pkg, file }) {
  const dir = path.join(root, 'node_modules', pkg);
  const { version, license } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const notice = readFileSync(path.join(dir, 'LICENSE'), 'utf8').replace(/\*\//g, '* /').trim();
  const header = `/*! ${pkg} ${version} (${file}), ${license} licence:\n${notice}\n*/\n`;
  return Buffer.concat([Buffer.from(header), readFileSync(path.join(dir, file))]);
}

/** Resources whose committed file differs from what `vendorResource` gives (an npm update since). */
export function staleVendorResources(root = ROOT) {
  return VENDOR_RESOURCES.filter((r) => {
    try {
      return !readFileSync(resourcePath(root, r.name)).equals(vendorResource(root, r));
    } catch {
      return true;
    }
  }).map((r) => r.name);
}

export function writeVendorResources(root = ROOT) {
  for (const r of VENDOR_RESOURCES) writeFileSync(resourcePath(root, r.name), vendorResource(root, r));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeVendorResources();
  console.log(`wrote ${VENDOR_RESOURCES.map((r) => `staticresources/${r.name}.resource`).join(', ')}`);
}
