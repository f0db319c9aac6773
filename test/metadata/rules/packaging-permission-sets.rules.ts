/**
 * What a packaged permission set cannot carry. These rules run on the packaged directory
 * (force-app, through force-app.test.ts): sets that need any of this live in force-app-unpackaged
 * and are deployed after the package is installed.
 */
import { text } from '../helpers/xml.js';
import { PERMISSION_DOCS as DOCS } from './permission-docs.js';
import {
  grantsAny,
  isCustom,
  mastersAbove,
  objectGrants,
  permissionSets,
  references,
  schemaOf,
  violationAt,
  fieldGrants,
} from './permission-model.js';
import { ofType, xml, type Rule, type Violation } from './rule.js';

const PS = 'permissionsets/P.permissionset-meta.xml';

const permissionSet = (body: string): Record<string, string> => ({
  [PS]: xml('PermissionSet', `<label>P</label>${body}`),
});
const read = (object: string): string =>
  '<objectPermissions><allowCreate>false</allowCreate><allowDelete>false</allowDelete><allowEdit>false</allowEdit>' +
  `<allowRead>true</allowRead><modifyAllRecords>false</modifyAllRecords><object>${object}</object>` +
  '<viewAllRecords>false</viewAllRecords></objectPermissions>';
const masterDetail = (object: string, master: string): Record<string, string> => ({
  [`objects/${object}/fields/Master__c.field-meta.xml`]: xml(
    'CustomField',
    `<fullName>Master__c</fullName><label>M</label><referenceTo>${master}</referenceTo><relationshipName>R</relationshipName><type>MasterDetail</type>`
  ),
});
const customObject = (name: string): Record<string, string> => ({
  [`objects/${name}/${name}.object-meta.xml`]: xml('CustomObject', '<label>X</label>'),
});

export const rules: readonly Rule[] = [
  {
    id: 'packaging-permission-set-no-standard-object',
    summary: 'Packaged PermissionSet: no object permissions on a standard object (Account …)',
    doc: DOCS.packagedPermissionSetGroups,
    check: (app) =>
      permissionSets(app).flatMap((ps) =>
        objectGrants(ps)
          .filter((g) => grantsAny(g) && !isCustom(g.object))
          .map((g) =>
            violationAt(ps, `${g.element}/object`, `grants ${g.object}, a standard object: a package cannot carry it`)
          )
      ),
    fails: [permissionSet(read('Account'))],
    passes: [{ ...customObject('X__c'), ...permissionSet(read('X__c')) }],
  },
  {
    id: 'packaging-permission-set-no-user-permissions',
    summary: 'Packaged PermissionSet: no user permissions (API Enabled, View Setup …)',
    doc: DOCS.packagedPermissionSets,
    check: (app) =>
      permissionSets(app).flatMap((ps) =>
        references(ps, 'userPermissions', 'name')
          .filter((p) => text(p.xml, 'enabled') !== 'false')
          .map((p) => violationAt(ps, p.element, `grants user permission ${p.name}: a package cannot carry it`))
      ),
    fails: [permissionSet('<userPermissions><enabled>true</enabled><name>ApiEnabled</name></userPermissions>')],
  },
  {
    id: 'packaging-permission-set-no-detail-of-standard-object',
    summary:
      'Packaged PermissionSet: no object permissions on a custom object whose master (or master’s master) is a standard object',
    doc: DOCS.packagedPermissionSets,
    check: (app): Violation[] => {
      const schema = schemaOf(app);
      return permissionSets(app).flatMap((ps) =>
        objectGrants(ps).flatMap((g) => {
          const standard = mastersAbove(schema, g.object).filter((m) => !isCustom(m));
          return grantsAny(g) && isCustom(g.object) && standard.length > 0
            ? [
                violationAt(
                  ps,
                  `${g.element}/object`,
                  `grants ${g.object}, a detail of standard ${standard.join(', ')}: a package cannot carry it`
                ),
              ]
            : [];
        })
      );
    },
    fails: [{ ...masterDetail('X__c', 'Account'), ...permissionSet(read('X__c')) }],
    passes: [{ ...masterDetail('X__c', 'Y__c'), ...customObject('Y__c'), ...permissionSet(read('X__c')) }],
  },
  {
    id: 'packaging-permission-set-own-components-only',
    summary: 'Packaged PermissionSet: grants only on custom objects, fields, tabs and apps of the package itself',
    doc: DOCS.packagedPermissionSetGroups,
    check: (app): Violation[] => {
      const schema = schemaOf(app);
      const tabs = new Set(ofType(app, 'CustomTab').map((f) => f.name));
      const apps = new Set(ofType(app, 'CustomApplication').map((f) => f.name));
      return permissionSets(app).flatMap((ps): Violation[] => [
        ...fieldGrants(ps)
          .filter((g) => isCustom(g.field) && !schema.fields.has(g.field))
          .map((g) => violationAt(ps, `${g.element}/field`, `names ${g.field}, which is not in the package`)),
        ...objectGrants(ps)
          .filter((g) => isCustom(g.object) && !schema.objects.has(g.object))
          .map((g) => violationAt(ps, `${g.element}/object`, `names ${g.object}, which is not in the package`)),
        ...references(ps, 'tabSettings', 'tab')
          .filter((t) => isCustom(t.name) && !tabs.has(t.name))
          .map((t) => violationAt(ps, t.element, `names tab ${t.name}, which is not in the package`)),
        ...references(ps, 'applicationVisibilities', 'application')
          .filter((a) => !a.name.startsWith('standard__') && !apps.has(a.name))
          .map((a) => violationAt(ps, a.element, `names app ${a.name}, which is not in the package`)),
      ]);
    },
    fails: [
      permissionSet('<applicationVisibilities><application>Elsewhere</application><visible>true</visible></applicationVisibilities>'),
      permissionSet(read('Elsewhere__c')),
    ],
    passes: [{ ...customObject('X__c'), ...permissionSet(read('X__c')) }],
  },
];
