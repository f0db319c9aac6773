/** The server's picture of an object and its fields: what describe answers and what writes check. */

/** Field types as describe names them. */
export type FieldKind =
  | 'id'
  | 'string'
  | 'textarea'
  | 'double'
  | 'int'
  | 'currency'
  | 'percent'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'picklist'
  | 'multipicklist'
  | 'reference'
  | 'email'
  | 'phone'
  | 'url';

export type FieldDef = {
  readonly name: string;
  readonly label: string;
  readonly type: FieldKind;
  readonly length: number;
  readonly precision: number;
  readonly scale: number;
  readonly createable: boolean;
  readonly updateable: boolean;
  readonly nillable: boolean;
  readonly externalId: boolean;
  readonly unique: boolean;
  readonly caseSensitive: boolean;
  readonly calculated: boolean;
  readonly autoNumber: boolean;
  readonly defaultedOnCreate: boolean;
  readonly defaultValue: unknown;
  readonly referenceTo: readonly string[];
  /** As SOQL names the parent: `Owner`, `CVP_Account__r`. */
  readonly relationshipName: string | null;
  readonly masterDetail: boolean;
  readonly reparentable: boolean;
  readonly picklistValues: readonly string[];
  readonly restrictedPicklist: boolean;
  readonly formula: string | null;
  readonly formulaBlanksAsZero: boolean;
  readonly nameField: boolean;
  readonly filterable: boolean;
  readonly sortable: boolean;
  readonly custom: boolean;
};

export type ChildRelationship = {
  readonly childSObject: string;
  readonly field: string;
  readonly relationshipName: string;
  readonly cascadeDelete: boolean;
};

export type ValidationRuleDef = {
  readonly name: string;
  readonly formula: string;
  readonly message: string;
  readonly displayField: string | null;
};

export type ObjectDef = {
  readonly name: string;
  readonly label: string;
  readonly labelPlural: string;
  readonly keyPrefix: string;
  readonly custom: boolean;
  readonly createable: boolean;
  readonly updateable: boolean;
  readonly fields: readonly FieldDef[];
  /** Lower-case field name → field: SOQL and the API match names without regard to case. */
  readonly byName: ReadonlyMap<string, FieldDef>;
  /** Lower-case relationship name → the reference field that has it. */
  readonly parentRelationships: ReadonlyMap<string, FieldDef>;
  readonly childRelationships: ChildRelationship[];
  readonly validationRules: readonly ValidationRuleDef[];
  /** `CP-{000000}` when the Name field is an auto-number. */
  readonly autoNumberFormat: string | null;
};

const DEFAULTS: Omit<FieldDef, 'name' | 'label' | 'type'> = {
  length: 0,
  precision: 0,
  scale: 0,
  createable: true,
  updateable: true,
  nillable: true,
  externalId: false,
  unique: false,
  caseSensitive: false,
  calculated: false,
  autoNumber: false,
  defaultedOnCreate: false,
  defaultValue: null,
  referenceTo: [],
  relationshipName: null,
  masterDetail: false,
  reparentable: true,
  picklistValues: [],
  restrictedPicklist: false,
  formula: null,
  formulaBlanksAsZero: false,
  nameField: false,
  filterable: true,
  sortable: true,
  custom: false,
};

const TEXT_LENGTHS: Partial<Record<FieldKind, number>> = { id: 18, reference: 18, string: 255, textarea: 32_768 };

export function field(name: string, type: FieldKind, options: Partial<FieldDef> = {}): FieldDef {
  return {
    ...DEFAULTS,
    length: TEXT_LENGTHS[type] ?? 0,
    label: name.replace(/__c$/, '').replace(/_/g, ' '),
    name,
    type,
    ...options,
  };
}

/** The system fields every object has (Id, audit fields); `owned` adds OwnerId. */
export function systemFields(owned: boolean): FieldDef[] {
  const readOnly = { createable: false, updateable: false };
  const audit = { ...readOnly, nillable: false, defaultedOnCreate: true };
  const userRef = (name: string, relationshipName: string): FieldDef =>
    field(name, 'reference', { ...audit, referenceTo: ['User'], relationshipName });
  return [
    field('Id', 'id', { ...readOnly, nillable: false, defaultedOnCreate: true }),
    ...(owned
      ? [
          field('OwnerId', 'reference', {
            nillable: false,
            defaultedOnCreate: true,
            referenceTo: ['User'],
            relationshipName: 'Owner',
            label: 'Owner ID',
          }),
        ]
      : []),
    field('IsDeleted', 'boolean', { ...audit, label: 'Deleted' }),
    field('CreatedDate', 'datetime', { ...audit, label: 'Created Date' }),
    userRef('CreatedById', 'CreatedBy'),
    field('LastModifiedDate', 'datetime', { ...audit, label: 'Last Modified Date' }),
    userRef('LastModifiedById', 'LastModifiedBy'),
    field('SystemModstamp', 'datetime', { ...audit, label: 'System Modstamp' }),
  ];
}

export function makeObject(base: Omit<ObjectDef, 'byName' | 'parentRelationships' | 'childRelationships'>): ObjectDef {
  return {
    ...base,
    byName: new Map(base.fields.map((f) => [f.name.toLowerCase(), f])),
    parentRelationships: new Map(
      base.fields
        .filter((f) => f.type === 'reference' && f.relationshipName)
        .map((f) => [(f.relationshipName as string).toLowerCase(), f])
    ),
    childRelationships: [],
  };
}
