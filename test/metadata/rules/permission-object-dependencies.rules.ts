/**
 * PermissionSet object permissions: the dependencies the platform enforces on deploy ("Permission
 * Read X depends on permission(s): Read Account"), so a set that breaks one fails the whole deploy.
 */
import { PERMISSION_DOCS as DOCS } from './permission-docs.js';
import {
  grantsAny,
  mastersAbove,
  objectGrants,
  permissionSets,
  schemaOf,
  violationAt,
  type ObjectGrant,
} from './permission-model.js';
import { xml, type Rule, type Violation } from './rule.js';

const PS = 'permissionsets/P.permissionset-meta.xml';

/** One objectPermissions entry; letters as in docs/install.md (C R E D V M). */
const grant = (object: string, letters: string): string =>
  `<objectPermissions><allowCreate>${letters.includes('C')}</allowCreate><allowDelete>${letters.includes('D')}</allowDelete>` +
  `<allowEdit>${letters.includes('E')}</allowEdit><allowRead>${letters.includes('R')}</allowRead>` +
  `<modifyAllRecords>${letters.includes('M')}</modifyAllRecords><object>${object}</object>` +
  `<viewAllRecords>${letters.includes('V')}</viewAllRecords></objectPermissions>`;

const permissionSet = (...grants: string[]): Record<string, string> => ({
  [PS]: xml('PermissionSet', `<label>P</label>${grants.join('')}`),
});

const masterDetail = (object: string, field: string, master: string): Record<string, string> => ({
  [`objects/${object}/fields/${field}.field-meta.xml`]: xml(
    'CustomField',
    `<fullName>${field}</fullName><label>M</label><referenceTo>${master}</referenceTo><relationshipName>R</relationshipName><type>MasterDetail</type>`
  ),
});

/** Every grant of every set where `missing` names what the grant lacks. */
function eachGrant(
  app: Parameters<Rule['check']>[0],
  missing: (g: ObjectGrant, all: readonly ObjectGrant[]) => string | undefined
): Violation[] {
  return permissionSets(app).flatMap((ps) => {
    const all = objectGrants(ps);
    return all.flatMap((g) => {
      const problem = missing(g, all);
      return problem ? [violationAt(ps, `${g.element}/object`, `${g.object}: ${problem}`)] : [];
    });
  });
}

const names = (g: ObjectGrant, pairs: Array<[boolean, string]>): string[] =>
  pairs.filter(([on]) => on).map(([, n]) => n);

export const rules: readonly Rule[] = [
  {
    id: 'permission-set-object-access-needs-read',
    summary: 'PermissionSet objectPermissions: Create, Edit, Delete, View All and Modify All each need Read',
    doc: DOCS.objectPermissions,
    check: (app) =>
      eachGrant(app, (g) => {
        const without = names(g, [
          [g.create, 'Create'],
          [g.edit, 'Edit'],
          [g.del, 'Delete'],
          [g.viewAll, 'View All'],
          [g.modifyAll, 'Modify All'],
        ]);
        return !g.read && without.length > 0 ? `${without.join(', ')} without Read` : undefined;
      }),
    fails: [permissionSet(grant('X__c', 'C')), permissionSet(grant('X__c', 'V'))],
    passes: [permissionSet(grant('X__c', 'CR'))],
  },
  {
    id: 'permission-set-delete-needs-edit',
    summary: 'PermissionSet objectPermissions: Delete needs Edit (and Read)',
    doc: DOCS.objectPermissions,
    check: (app) => eachGrant(app, (g) => (g.del && !g.edit ? 'Delete without Edit' : undefined)),
    fails: [permissionSet(grant('X__c', 'RD'))],
    passes: [permissionSet(grant('X__c', 'RED'))],
  },
  {
    id: 'permission-set-modify-all-needs-view-all-edit-delete',
    summary: 'PermissionSet objectPermissions: Modify All needs Read, Edit, Delete and View All',
    doc: DOCS.objectPermissions,
    check: (app) =>
      eachGrant(app, (g) => {
        if (!g.modifyAll) return undefined;
        const lacking = names(g, [
          [!g.edit, 'Edit'],
          [!g.del, 'Delete'],
          [!g.viewAll, 'View All'],
        ]);
        return lacking.length > 0 ? `Modify All without ${lacking.join(', ')}` : undefined;
      }),
    fails: [permissionSet(grant('X__c', 'REM'))],
    passes: [permissionSet(grant('X__c', 'REDVM'))],
  },
  {
    id: 'permission-set-detail-needs-master-read',
    summary:
      'PermissionSet objectPermissions: any access to a master-detail child needs Read on its master, and on that master’s master',
    doc: DOCS.objectPermissionsHelp,
    check: (app): Violation[] => {
      const schema = schemaOf(app);
      return eachGrant(app, (g, all) => {
        if (!grantsAny(g)) return undefined;
        const unread = mastersAbove(schema, g.object).filter((m) => !all.some((o) => o.object === m && o.read));
        return unread.length > 0
          ? `is a detail of ${unread.join(' and ')}, which this set does not give Read (the deploy fails: "depends on permission(s): Read ${unread[0]}")`
          : undefined;
      });
    },
    fails: [
      { ...masterDetail('Child__c', 'Parent__c', 'Account'), ...permissionSet(grant('Child__c', 'R')) },
      {
        ...masterDetail('Child__c', 'Parent__c', 'Account'),
        ...masterDetail('Grandchild__c', 'Child__c', 'Child__c'),
        ...permissionSet(grant('Grandchild__c', 'CRED'), grant('Child__c', 'R')),
      },
    ],
    passes: [
      {
        ...masterDetail('Child__c', 'Parent__c', 'Account'),
        ...masterDetail('Grandchild__c', 'Child__c', 'Child__c'),
        ...permissionSet(grant('Account', 'R'), grant('Child__c', 'R'), grant('Grandchild__c', 'CRED')),
      },
    ],
  },
];
