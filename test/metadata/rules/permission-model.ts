/**
 * What the permission and packaging rules read from a metadata app: each permission set's object,
 * field, tab and app grants with the element path a violation names, and the schema facts the
 * platform's dependencies turn on (which object is the master of which, which field is required).
 */
import { children, text, type XmlElement } from '../helpers/xml.js';
import { ofType, type MetadataApp, type MetadataFile, type Violation } from './rule.js';

export type ObjectGrant = {
  readonly object: string;
  /** `objectPermissions[3]`, for the violation. */
  readonly element: string;
  readonly create: boolean;
  readonly read: boolean;
  readonly edit: boolean;
  readonly del: boolean;
  readonly viewAll: boolean;
  readonly modifyAll: boolean;
};

export type FieldGrant = {
  /** `Object.Field`, as the permission set writes it. */
  readonly field: string;
  readonly element: string;
  readonly readable: boolean;
  readonly editable: boolean;
};

/** Path of the i-th of n repeated elements, as checks.ts writes it. */
const nth = (name: string, i: number, n: number): string => (n > 1 ? `${name}[${i + 1}]` : name);

const flag = (x: XmlElement, name: string): boolean => text(x, name) === 'true';

export function objectGrants(ps: MetadataFile): ObjectGrant[] {
  const all = children(ps.xml, 'objectPermissions');
  return all.map((op, i) => ({
    object: text(op, 'object') ?? '',
    element: nth('objectPermissions', i, all.length),
    create: flag(op, 'allowCreate'),
    read: flag(op, 'allowRead'),
    edit: flag(op, 'allowEdit'),
    del: flag(op, 'allowDelete'),
    viewAll: flag(op, 'viewAllRecords'),
    modifyAll: flag(op, 'modifyAllRecords'),
  }));
}

/** A grant that gives anything at all (an all-false entry only takes access away). */
export const grantsAny = (g: ObjectGrant): boolean => g.create || g.read || g.edit || g.del || g.viewAll || g.modifyAll;

export function fieldGrants(ps: MetadataFile): FieldGrant[] {
  const all = children(ps.xml, 'fieldPermissions');
  return all.map((fp, i) => ({
    field: text(fp, 'field') ?? '',
    element: nth('fieldPermissions', i, all.length),
    readable: flag(fp, 'readable'),
    editable: flag(fp, 'editable'),
  }));
}

/** Named references of a repeated element: `tabSettings[2]/tab` → its text. */
export function references(
  ps: MetadataFile,
  element: string,
  child: string
): Array<{ element: string; name: string; xml: XmlElement }> {
  const all = children(ps.xml, element);
  return all.map((x, i) => ({
    element: `${nth(element, i, all.length)}/${child}`,
    name: text(x, child) ?? '',
    xml: x,
  }));
}

export const permissionSets = (app: MetadataApp): MetadataFile[] => ofType(app, 'PermissionSet');

/** Standard objects have no suffix; custom objects (and their relatives) end in `__c`, `__mdt` … */
export const isCustom = (name: string): boolean => /__[a-z]+$/i.test(name);

export type Schema = {
  /** Every field file of the app, as `Object.Field`. */
  readonly fields: ReadonlyMap<string, MetadataFile>;
  /** The objects the app defines or adds fields to. */
  readonly objects: ReadonlySet<string>;
  /** Detail object → its master(s), from the master-detail fields. */
  readonly masters: ReadonlyMap<string, readonly string[]>;
};

export function schemaOf(app: MetadataApp): Schema {
  const fields = new Map<string, MetadataFile>();
  const masters = new Map<string, string[]>();
  const objects = new Set<string>(ofType(app, 'CustomObject').map((f) => f.name));
  for (const f of ofType(app, 'CustomField')) {
    if (!f.object) continue;
    objects.add(f.object);
    fields.set(`${f.object}.${f.name}`, f);
    const master = text(f.xml, 'referenceTo');
    if (text(f.xml, 'type') === 'MasterDetail' && master)
      masters.set(f.object, [...(masters.get(f.object) ?? []), master]);
  }
  return { fields, objects, masters };
}

/** Every master above an object, nearest first (a vision's objective: the vision, then Account). */
export function mastersAbove(schema: Schema, object: string): string[] {
  const out: string[] = [];
  const visit = (o: string): void => {
    for (const m of schema.masters.get(o) ?? []) {
      if (out.includes(m)) continue;
      out.push(m);
      visit(m);
    }
  };
  visit(object);
  return out;
}

export const violationAt = (file: MetadataFile, element: string, problem: string): Violation => ({
  file: file.path,
  element,
  problem,
});
