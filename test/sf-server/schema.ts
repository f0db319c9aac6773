/**
 * Every object the server knows: the standard ones of standard-objects.ts and the package's, read from
 * force-app (objects, fields, validation rules) so the server changes when the metadata does.
 */
import { loadForceApp, nameField, type Field, type SObject } from '../metadata/helpers/force-app.js';
import { children, text } from '../metadata/helpers/xml.js';
import { customPrefix } from './ids.js';
import {
  field,
  makeObject,
  systemFields,
  type FieldDef,
  type FieldKind,
  type ObjectDef,
  type ValidationRuleDef,
} from './schema-types.js';
import { standardObjects } from './standard-objects.js';
import { ACTIVITY, activityObjects } from './activity-objects.js';

const KINDS: Readonly<Record<string, FieldKind>> = {
  Text: 'string',
  TextArea: 'textarea',
  LongTextArea: 'textarea',
  Number: 'double',
  Currency: 'currency',
  Percent: 'percent',
  Checkbox: 'boolean',
  Date: 'date',
  DateTime: 'datetime',
  Picklist: 'picklist',
  MultiselectPicklist: 'multipicklist',
  Lookup: 'reference',
  MasterDetail: 'reference',
  Email: 'email',
  Phone: 'phone',
  Url: 'url',
};

const flag = (f: Field, name: string): boolean => text(f.xml, name) === 'true';
const num = (f: Field, name: string, fallback: number): number => Number(text(f.xml, name) ?? fallback);

function defaultOf(f: Field, type: FieldKind, formula: string | null): unknown {
  const defaultText = text(f.xml, 'defaultValue');
  if (type === 'boolean') return defaultText === 'true';
  if (defaultText === undefined || formula) return null;
  // The default is a formula, where a percent is its decimal (0.7); the API reads percent points (70).
  return f.type === 'Percent' ? Number(defaultText) * 100 : Number(defaultText);
}

function lengthOf(f: Field, type: FieldKind): number {
  if (f.type === 'LongTextArea') return num(f, 'length', 32_768);
  if (type === 'string') return num(f, 'length', 255);
  return type === 'reference' ? 18 : 0;
}

function customField(f: Field): FieldDef {
  const type = KINDS[f.type];
  if (!type) throw new Error(`sf-server: ${f.object}.${f.name} has type ${f.type}, which the server does not model`);
  const formula = f.formula ?? null;
  const masterDetail = f.type === 'MasterDetail';
  const reparentable = !masterDetail || flag(f, 'reparentableMasterDetail');
  const valueSet = children(f.xml, 'valueSet')[0];
  const defaultValue = defaultOf(f, type, formula);
  const required = flag(f, 'required') || masterDetail || type === 'boolean';
  const longText = f.type === 'LongTextArea';
  return field(f.name, type, {
    label: f.label ?? f.name,
    custom: true,
    length: lengthOf(f, type),
    precision: num(f, 'precision', 18),
    scale: num(f, 'scale', 0),
    createable: !formula,
    updateable: !formula && reparentable,
    nillable: Boolean(formula) || !required,
    externalId: flag(f, 'externalId'),
    unique: flag(f, 'unique'),
    caseSensitive: flag(f, 'caseSensitive'),
    calculated: formula !== null,
    defaultedOnCreate: defaultValue !== null,
    defaultValue,
    referenceTo: f.referenceTo ? [f.referenceTo] : [],
    relationshipName: type === 'reference' ? f.name.replace(/__c$/, '__r') : null,
    masterDetail,
    reparentable,
    picklistValues: f.values,
    restrictedPicklist: valueSet ? text(valueSet, 'restricted') === 'true' : false,
    formula,
    formulaBlanksAsZero: text(f.xml, 'formulaTreatBlanksAs') === 'BlankAsZero',
    filterable: !longText,
    sortable: !longText && type !== 'multipicklist',
  });
}

function rulesOf(o: SObject): ValidationRuleDef[] {
  return [...o.rules.values()]
    .filter((r) => text(r.xml, 'active') !== 'false')
    .map((r) => ({
      name: r.name,
      formula: r.formula,
      message: r.message,
      displayField: text(r.xml, 'errorDisplayField') ?? null,
    }));
}

function customObject(o: SObject, prefix: string): ObjectDef {
  const xml = o.xml ?? {};
  const name = nameField(o);
  const owned = text(xml, 'sharingModel') !== 'ControlledByParent';
  const autoNumber = name.type === 'AutoNumber';
  const nameFieldXml = children(xml, 'nameField')[0];
  const label = text(xml, 'label') ?? o.name;
  return makeObject({
    name: o.name,
    label,
    labelPlural: text(xml, 'pluralLabel') ?? label,
    keyPrefix: prefix,
    custom: true,
    createable: true,
    updateable: true,
    fields: [
      ...systemFields(owned),
      field('Name', 'string', {
        label: name.label ?? 'Name',
        length: 80,
        nameField: true,
        createable: !autoNumber,
        updateable: !autoNumber,
        autoNumber,
        nillable: autoNumber,
        defaultedOnCreate: autoNumber,
      }),
      ...[...o.fields.values()].map(customField),
    ],
    validationRules: rulesOf(o),
    autoNumberFormat: autoNumber && nameFieldXml ? (text(nameFieldXml, 'displayFormat') ?? null) : null,
  });
}

function withCustomFields(base: ObjectDef, o: SObject): ObjectDef {
  return makeObject({
    ...base,
    fields: [...base.fields, ...[...o.fields.values()].map(customField)],
    validationRules: rulesOf(o),
  });
}

export class Schema {
  /** Formula fields and rules keep the force-app view too, for formulon when the fast path cannot. */
  public readonly metadata = new Map<string, SObject>();
  private readonly objects = new Map<string, ObjectDef>();

  public constructor(forceAppDir?: string, options: { chatter?: boolean } = {}) {
    const app = loadForceApp(forceAppDir);
    const standard = new Map(
      [...standardObjects(), ...activityObjects({ chatter: options.chatter ?? true })].map((o) => [o.name, o])
    );
    // Activity is no object of its own: its custom fields are Task's.
    const customNames = [...app.objects.keys()].filter((n) => !standard.has(n) && n !== ACTIVITY).sort();
    const all: ObjectDef[] = [];
    for (const [name, o] of standard) {
      const metadata = app.objects.get(name === 'Task' ? ACTIVITY : name);
      all.push(metadata ? withCustomFields(o, metadata) : o);
    }
    customNames.forEach((n, i) => all.push(customObject(app.objects.get(n) as SObject, customPrefix(i))));
    for (const [name, o] of app.objects) this.metadata.set(name, o);
    for (const o of all) this.objects.set(o.name.toLowerCase(), o);
    this.linkChildren();
  }

  public get(name: string): ObjectDef | undefined {
    return this.objects.get(name.toLowerCase());
  }

  public require(name: string): ObjectDef {
    const o = this.get(name);
    if (!o) throw new Error(`sf-server: no object ${name}`);
    return o;
  }

  public all(): ObjectDef[] {
    return [...this.objects.values()];
  }

  public byPrefix(id: string): ObjectDef | undefined {
    const prefix = id.slice(0, 3);
    return this.all().find((o) => o.keyPrefix === prefix);
  }

  public field(object: ObjectDef, name: string): FieldDef | undefined {
    return object.byName.get(name.toLowerCase());
  }

  private linkChildren(): void {
    for (const child of this.all()) {
      for (const f of child.fields) {
        if (f.type !== 'reference' || !f.custom) continue;
        const parent = this.get(f.referenceTo[0]);
        const meta = this.metadata.get(child.name)?.fields.get(f.name);
        if (!parent || !meta?.relationshipName) continue;
        parent.childRelationships.push({
          childSObject: child.name,
          field: f.name,
          relationshipName: `${meta.relationshipName}__r`,
          cascadeDelete: f.masterDetail,
        });
      }
    }
    const account = this.get('Account');
    if (account)
      account.childRelationships.push({
        childSObject: 'Account',
        field: 'ParentId',
        relationshipName: 'ChildAccounts',
        cascadeDelete: false,
      });
  }
}
