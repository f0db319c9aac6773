/**
 * Icons the components name in their templates (`icon-name="standard:account"`) that SLDS does not have.
 * lightning-icon draws nothing for such a name, in the org as here, so the build reports them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { forceApp } from './metadata.js';

const ICON = /icon-name="([a-z]+):([a-z0-9_]+)"/g;

function templates(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name === '__tests__') return [];
    const full = path.join(dir, e.name);
    return e.isDirectory() ? templates(full) : e.name.endsWith('.html') ? [full] : [];
  });
}

/** [{ file, icon }] for every static icon name with no SVG in @salesforce-ux/design-system. */
export function unknownIcons(root) {
  const icons = path.join(root, 'node_modules', '@salesforce-ux', 'design-system', 'assets', 'icons');
  const unknown = [];
  for (const file of templates(forceApp(root, 'lwc'))) {
    for (const [, category, name] of readFileSync(file, 'utf8').matchAll(ICON)) {
      if (!existsSync(path.join(icons, category, `${name}.svg`)))
        unknown.push({ file: path.relative(root, file), icon: `${category}:${name}` });
    }
  }
  return unknown;
}
