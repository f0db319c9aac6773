/**
 * PermissionSet: the lengths of its label, description and API name. (What a permission set grants, and what
 * each grant depends on, is in the permission-*.rules.ts files.)
 */
import { maxLength, maxNameLength } from './checks.js';
import { DOCS } from './docs.js';
import { xml, type Rule } from './rule.js';

const permissionSet = (body: string, name = 'P'): Record<string, string> => ({
  [`permissionsets/${name}.permissionset-meta.xml`]: xml(
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
  maxNameLength({
    id: 'permission-set-name-length',
    type: 'PermissionSet',
    max: 80,
    doc: DOCS.permissionSetFields,
    sample: (name) => permissionSet('<label>P</label>', name),
  }),
];
