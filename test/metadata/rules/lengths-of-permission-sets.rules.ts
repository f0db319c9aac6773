/**
 * PermissionSet: the lengths of its label and description. (What a permission set grants, and what
 * each grant depends on, is in the permission-*.rules.ts files.)
 */
import { maxLength } from './checks.js';
import { DOCS } from './docs.js';
import { xml, type Rule } from './rule.js';

const permissionSet = (body: string): Record<string, string> => ({
  'permissionsets/P.permissionset-meta.xml': xml(
    'PermissionSet',
    `${body}<hasActivationRequired>false</hasActivationRequired>`
  ),
});

export const rules: readonly Rule[] = [
  maxLength({
    id: 'permission-set-label-length',
    type: 'PermissionSet',
    element: 'label',
    max: 80,
    doc: DOCS.permissionSetTooling,
    sample: (v) => permissionSet(`<label>${v}</label>`),
  }),
  maxLength({
    id: 'permission-set-description-length',
    type: 'PermissionSet',
    element: 'description',
    max: 255,
    doc: DOCS.permissionSetTooling,
    sample: (v) => permissionSet(`<description>${v}</description><label>P</label>`),
  }),
];
