/**
 * force-app-unpackaged: what it holds, and that each of its files is there because the package could
 * not hold it (force-app.test.ts runs every rule on the whole deploy, and the packaging rules on
 * force-app alone).
 */
import { FORCE_APP, UNPACKAGED } from '../helpers/force-app.js';
import { loadMetadataApp, loadRules, runRule, type MetadataApp } from './rule.js';

const rules = await loadRules();
const packaged = loadMetadataApp(FORCE_APP);
const unpackaged = loadMetadataApp(UNPACKAGED);

const isPackagingRule = (id: string): boolean => id.startsWith('packaging-');

describe('force-app-unpackaged holds only what a package cannot', () => {
  it('holds the four permission sets, the app and the translations naming it', () => {
    expect(unpackaged.files.map((f) => `${f.type} ${f.name}`).sort()).toEqual([
      'CustomApplication CVP_Customer_Value',
      'PermissionSet CVP_Admin',
      'PermissionSet CVP_Integration',
      'PermissionSet CVP_Manager',
      'PermissionSet CVP_User',
      'Translations fi',
    ]);
  });

  const packagingRules = rules.filter((r) => isPackagingRule(r.id));

  // Each file is tried alone inside the package, as if it had been left there.
  it.each(unpackaged.files.map((f) => [f.path, f] as const))('%s breaks a packaging rule', (path, file) => {
    const asPackaged: MetadataApp = { files: [...packaged.files, file] };
    const broken = packagingRules.filter((rule) =>
      runRule(rule, asPackaged).some((line) => line.startsWith(`${path}:`))
    );
    expect(broken.map((r) => r.id)).not.toEqual([]);
  });
});
