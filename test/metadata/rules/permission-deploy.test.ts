/**
 * The rules on the whole deploy: force-app and force-app-unpackaged together, as
 * `sf project deploy start` of both directories sends them. force-app.test.ts runs every rule on the
 * packaged directory alone (the packaging rules belong there); this file runs the others where the
 * permission sets and the app now live, with the package's objects and pages beside them, and shows
 * that each file of the unpackaged directory is there because a package could not hold it.
 */
import { FORCE_APP, UNPACKAGED } from '../helpers/force-app.js';
import { loadMetadataApp, loadRules, runRule, type MetadataApp } from './rule.js';

const rules = await loadRules();
const packaged = loadMetadataApp(FORCE_APP);
const unpackaged = loadMetadataApp(UNPACKAGED);
const deploy: MetadataApp = { files: [...packaged.files, ...unpackaged.files] };

const isPackagingRule = (id: string): boolean => id.startsWith('packaging-');
const unpackagedPaths = new Set(unpackaged.files.map((f) => f.path));
/** force-app.test.ts reports what is wrong inside force-app; this file what is wrong outside it. */
const outsideForceApp = (line: string): boolean => [...unpackagedPaths].some((p) => line.startsWith(`${p}:`));

describe('the whole deploy keeps the documented platform rules', () => {
  it('finds the unpackaged directory: four permission sets and the app', () => {
    expect(unpackaged.files.map((f) => `${f.type} ${f.name}`).sort()).toEqual([
      'CustomApplication CVP_Customer_Value',
      'PermissionSet CVP_Admin',
      'PermissionSet CVP_Integration',
      'PermissionSet CVP_Manager',
      'PermissionSet CVP_User',
    ]);
  });

  it.each(rules.filter((r) => !isPackagingRule(r.id)).map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    expect(runRule(rule, deploy).filter(outsideForceApp)).toEqual([]);
  });
});

describe('force-app-unpackaged holds only what a package cannot', () => {
  const packagingRules = rules.filter((r) => isPackagingRule(r.id));

  it.each(unpackaged.files.map((f) => [f.path, f] as const))('%s breaks a packaging rule', (path) => {
    const broken = packagingRules.filter((rule) => runRule(rule, deploy).some((line) => line.startsWith(`${path}:`)));
    expect(broken.map((r) => r.id)).not.toEqual([]);
  });
});
