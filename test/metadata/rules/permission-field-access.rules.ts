/**
 * PermissionSet field permissions: what the platform refuses (edit without read, a required or
 * master-detail field) and a grant that cannot work (edit on a field of an object the set can neither
 * create nor edit).
 */
import { text } from '../helpers/xml.js';
import { PERMISSION_DOCS as DOCS } from './permission-docs.js';
import { fieldGrants, isCustom, objectGrants, permissionSets, schemaOf, violationAt } from './permission-model.js';
import { xml, type Rule, type Violation } from './rule.js';

const PS = 'permissionsets/P.permissionset-meta.xml';

const fieldGrant = (field: string, readable: boolean, editable: boolean): string =>
  `<fieldPermissions><editable>${editable}</editable><field>${field}</field><readable>${readable}</readable></fieldPermissions>`;

const objectGrant = (object: string, create: boolean, edit: boolean): string =>
  `<objectPermissions><allowCreate>${create}</allowCreate><allowDelete>false</allowDelete><allowEdit>${edit}</allowEdit>` +
  `<allowRead>true</allowRead><modifyAllRecords>false</modifyAllRecords><object>${object}</object>` +
  '<viewAllRecords>false</viewAllRecords></objectPermissions>';

const permissionSet = (...grants: string[]): Record<string, string> => ({
  [PS]: xml('PermissionSet', `<label>P</label>${grants.join('')}`),
});

const field = (object: string, name: string, body: string): Record<string, string> => ({
  [`objects/${object}/fields/${name}.field-meta.xml`]: xml(
    'CustomField',
    `<fullName>${name}</fullName><label>F</label>${body}`
  ),
});

export const rules: readonly Rule[] = [
  {
    id: 'permission-set-field-edit-needs-read',
    summary: 'PermissionSet fieldPermissions: editable needs readable',
    doc: DOCS.fieldPermissions,
    check: (app) =>
      permissionSets(app).flatMap((ps) =>
        fieldGrants(ps)
          .filter((g) => g.editable && !g.readable)
          .map((g) => violationAt(ps, `${g.element}/editable`, `${g.field} is editable but not readable`))
      ),
    fails: [permissionSet(fieldGrant('X__c.Y__c', false, true))],
    passes: [permissionSet(fieldGrant('X__c.Y__c', true, true))],
  },
  {
    id: 'permission-set-no-required-field',
    summary:
      'PermissionSet fieldPermissions: never a required field, nor a master-detail field (always required); their access follows the object',
    doc: DOCS.requiredFieldPermissions,
    check: (app): Violation[] => {
      const { fields } = schemaOf(app);
      return permissionSets(app).flatMap((ps) =>
        fieldGrants(ps).flatMap((g) => {
          const f = fields.get(g.field);
          if (!f) return [];
          const why =
            text(f.xml, 'type') === 'MasterDetail'
              ? 'is a master-detail field'
              : text(f.xml, 'required') === 'true'
                ? 'is required'
                : undefined;
          return why
            ? [violationAt(ps, `${g.element}/field`, `${g.field} ${why}: the deploy refuses field permissions on it`)]
            : [];
        })
      );
    },
    fails: [
      {
        ...field('X__c', 'Y__c', '<required>true</required><type>Text</type><length>10</length>'),
        ...permissionSet(fieldGrant('X__c.Y__c', true, true)),
      },
      {
        ...field('X__c', 'Account__c', '<referenceTo>Account</referenceTo><type>MasterDetail</type>'),
        ...permissionSet(fieldGrant('X__c.Account__c', true, false)),
      },
    ],
    passes: [
      {
        ...field('X__c', 'Y__c', '<required>false</required><type>Text</type><length>10</length>'),
        ...permissionSet(fieldGrant('X__c.Y__c', true, true)),
      },
    ],
  },
  {
    id: 'permission-set-field-edit-needs-object-write',
    summary:
      'PermissionSet fieldPermissions: an editable field of a custom object needs Create or Edit on that object in the same set',
    doc: DOCS.objectPermissionsHelp,
    check: (app) =>
      permissionSets(app).flatMap((ps) => {
        const writable = new Set(
          objectGrants(ps)
            .filter((g) => g.create || g.edit)
            .map((g) => g.object)
        );
        return fieldGrants(ps)
          .filter((g) => g.editable)
          .filter((g) => {
            const object = g.field.split('.')[0];
            // Standard objects: people's create and edit come from their profile, by design.
            return isCustom(object) && !writable.has(object);
          })
          .map((g) =>
            violationAt(
              ps,
              `${g.element}/editable`,
              `${g.field} is editable, but the set can neither create nor edit ${g.field.split('.')[0]}`
            )
          );
      }),
    fails: [permissionSet(fieldGrant('X__c.Y__c', true, true), objectGrant('X__c', false, false))],
    passes: [
      permissionSet(fieldGrant('X__c.Y__c', true, true), objectGrant('X__c', true, false)),
      permissionSet(fieldGrant('Account.Y__c', true, true)),
    ],
  },
];
