/**
 * PermissionSet: its enumerated values. (Lengths are in lengths-of-permission-sets.rules.ts; what a
 * set grants and what each grant depends on, in the permission-*.rules.ts files.)
 */
import { oneOf } from './checks.js';
import { DOCS } from './docs.js';
import { xml, type Rule } from './rule.js';

export const rules: readonly Rule[] = [
  // Tab Settings: a permission set enables Available, Available and Visible (the XML's Visible), or None.
  oneOf({
    id: 'permission-set-tab-visibility',
    type: 'PermissionSet',
    element: 'tabSettings/visibility',
    what: 'tabSettings/visibility',
    values: ['Available', 'Visible', 'None'],
    doc: DOCS.tabSettings,
    sample: (v) => ({
      'permissionsets/P.permissionset-meta.xml': xml(
        'PermissionSet',
        `<hasActivationRequired>false</hasActivationRequired><label>P</label><tabSettings><tab>T</tab><visibility>${v}</visibility></tabSettings>`
      ),
    }),
  }),
];
