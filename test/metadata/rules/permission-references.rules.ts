/**
 * What a permission set names must be in the deploy: a custom field, object, tab or app the org does
 * not get alongside the set makes the deploy fail ("no CustomField named … found"); and a visible tab
 * of an object the set cannot read shows users an empty page.
 */
import { text } from '../helpers/xml.js';
import { ofType, xml, type MetadataApp, type Rule, type Violation } from './rule.js';
import { PERMISSION_DOCS as DOCS } from './permission-docs.js';
import { fieldGrants, isCustom, objectGrants, permissionSets, references, schemaOf, violationAt } from './permission-model.js';

const PS = 'permissionsets/P.permissionset-meta.xml';

const permissionSet = (body: string): Record<string, string> => ({
  [PS]: xml('PermissionSet', `<label>P</label>${body}`),
});
const customObject = (name: string): Record<string, string> => ({
  [`objects/${name}/${name}.object-meta.xml`]: xml('CustomObject', '<label>X</label>'),
});
const customField = (object: string, name: string): Record<string, string> => ({
  [`objects/${object}/fields/${name}.field-meta.xml`]: xml(
    'CustomField',
    `<fullName>${name}</fullName><label>F</label><type>Text</type><length>10</length>`
  ),
});
const tab = (name: string): Record<string, string> => ({
  [`tabs/${name}.tab-meta.xml`]: xml('CustomTab', '<customObject>true</customObject>'),
});
const objectRead = (object: string, read: boolean): string =>
  '<objectPermissions><allowCreate>false</allowCreate><allowDelete>false</allowDelete><allowEdit>false</allowEdit>' +
  `<allowRead>${read}</allowRead><modifyAllRecords>false</modifyAllRecords><object>${object}</object>` +
  '<viewAllRecords>false</viewAllRecords></objectPermissions>';
const visibleTab = (name: string): string => `<tabSettings><tab>${name}</tab><visibility>Visible</visibility></tabSettings>`;

function missingReferences(app: MetadataApp): Violation[] {
  const schema = schemaOf(app);
  const tabs = new Set(ofType(app, 'CustomTab').map((f) => f.name));
  const apps = new Set(ofType(app, 'CustomApplication').map((f) => f.name));
  return permissionSets(app).flatMap((ps) => {
    const out: Violation[] = [];
    for (const g of fieldGrants(ps)) {
      const [object, name] = g.field.split('.');
      if (isCustom(name ?? '') && !schema.fields.has(g.field))
        out.push(violationAt(ps, `${g.element}/field`, `names ${g.field}, which the deploy does not hold`));
      else if (isCustom(object) && !schema.objects.has(object))
        out.push(violationAt(ps, `${g.element}/field`, `names a field of ${object}, which the deploy does not hold`));
    }
    for (const g of objectGrants(ps))
      if (isCustom(g.object) && !schema.objects.has(g.object))
        out.push(violationAt(ps, `${g.element}/object`, `names ${g.object}, which the deploy does not hold`));
    for (const t of references(ps, 'tabSettings', 'tab'))
      if (!t.name.startsWith('standard-') && !tabs.has(t.name))
        out.push(violationAt(ps, t.element, `names tab ${t.name}, which the deploy does not hold`));
    for (const a of references(ps, 'applicationVisibilities', 'application'))
      if (!a.name.startsWith('standard__') && !apps.has(a.name))
        out.push(violationAt(ps, a.element, `names app ${a.name}, which the deploy does not hold`));
    return out;
  });
}

export const rules: readonly Rule[] = [
  {
    id: 'permission-set-names-existing-components',
    summary:
      'PermissionSet: every custom field, object, tab and app it names is in the deploy (standard ones are in every org)',
    doc: DOCS.permissionSetMetadata,
    check: missingReferences,
    fails: [
      permissionSet('<fieldPermissions><editable>false</editable><field>X__c.Gone__c</field><readable>true</readable></fieldPermissions>'),
      permissionSet(objectRead('Gone__c', true)),
      permissionSet(visibleTab('Gone__c')),
      permissionSet('<applicationVisibilities><application>Gone_App</application><visible>true</visible></applicationVisibilities>'),
    ],
    passes: [
      {
        ...customObject('X__c'),
        ...customField('X__c', 'Y__c'),
        ...tab('X__c'),
        ...permissionSet(
          '<fieldPermissions><editable>false</editable><field>X__c.Y__c</field><readable>true</readable></fieldPermissions>' +
            objectRead('X__c', true) +
            objectRead('Account', true) +
            visibleTab('X__c') +
            visibleTab('standard-Account')
        ),
      },
    ],
  },
  {
    id: 'permission-set-object-tab-needs-read',
    summary: 'PermissionSet tabSettings: a custom object’s tab is shown only by a set that can read the object',
    doc: DOCS.permissionSetMetadata,
    check: (app): Violation[] => {
      const schema = schemaOf(app);
      return permissionSets(app).flatMap((ps) => {
        const readable = new Set(
          objectGrants(ps)
            .filter((g) => g.read)
            .map((g) => g.object)
        );
        return references(ps, 'tabSettings', 'tab')
          .filter((t) => schema.objects.has(t.name) && isCustom(t.name) && !readable.has(t.name))
          .filter((t) => ['Visible', 'Available'].includes(text(t.xml, 'visibility') ?? ''))
          .map((t) => violationAt(ps, t.element, `shows the tab of ${t.name}, which the set does not give Read`));
      });
    },
    fails: [{ ...customObject('X__c'), ...tab('X__c'), ...permissionSet(visibleTab('X__c')) }],
    passes: [{ ...customObject('X__c'), ...tab('X__c'), ...permissionSet(objectRead('X__c', true) + visibleTab('X__c')) }],
  },
];
