/**
 * The standard objects the package touches, with the fields a sync, the doctor or the sf CLI read.
 * A real org has many more fields; these are the ones the tests need, typed as the org types them.
 */
import { STANDARD_PREFIXES } from './ids.js';
import { field, makeObject, systemFields, type FieldDef, type ObjectDef } from './schema-types.js';

const readOnly = { createable: false, updateable: false };

function standard(name: string, label: string, owned: boolean, fields: FieldDef[], writable = true): ObjectDef {
  return makeObject({
    name,
    label,
    labelPlural: `${label}s`,
    keyPrefix: STANDARD_PREFIXES[name],
    custom: false,
    createable: writable,
    updateable: writable,
    fields: [...systemFields(owned), ...fields],
    validationRules: [],
    autoNumberFormat: null,
  });
}

const picklist = (name: string, values: string[]): FieldDef =>
  field(name, 'picklist', { picklistValues: values, restrictedPicklist: false });

export function standardObjects(): ObjectDef[] {
  return [
    standard('Account', 'Account', true, [
      field('Name', 'string', { nillable: false, nameField: true, label: 'Account Name' }),
      picklist('Type', ['Prospect', 'Customer - Direct', 'Customer - Channel', 'Partner', 'Competitor', 'Other']),
      // An org has RecordTypeId on Account only once Account has record types; here it always has it.
      field('RecordTypeId', 'reference', {
        referenceTo: ['RecordType'],
        relationshipName: 'RecordType',
        label: 'Account Record Type',
      }),
      field('ParentId', 'reference', {
        referenceTo: ['Account'],
        relationshipName: 'Parent',
        label: 'Parent Account ID',
      }),
      picklist('Industry', [
        'Agriculture',
        'Banking',
        'Construction',
        'Energy',
        'Manufacturing',
        'Retail',
        'Technology',
      ]),
      field('AnnualRevenue', 'currency', { precision: 18, scale: 0, label: 'Annual Revenue' }),
      field('NumberOfEmployees', 'int', { precision: 8, label: 'Employees' }),
      field('AccountNumber', 'string', { length: 40, label: 'Account Number' }),
      field('Site', 'string', { length: 80, label: 'Account Site' }),
      field('BillingCity', 'string', { length: 40, label: 'Billing City' }),
      field('BillingCountry', 'string', { length: 80, label: 'Billing Country' }),
      field('Phone', 'phone', { length: 40, label: 'Account Phone' }),
      field('Website', 'url', { length: 255, label: 'Website' }),
      field('Description', 'textarea', {
        length: 32_000,
        label: 'Account Description',
        filterable: false,
        sortable: false,
      }),
    ]),
    standard('User', 'User', false, [
      field('Username', 'string', { length: 80, nillable: false, unique: true, label: 'Username' }),
      field('Name', 'string', { ...readOnly, length: 121, nameField: true, label: 'Full Name' }),
      field('FirstName', 'string', { length: 40, label: 'First Name' }),
      field('LastName', 'string', { length: 80, nillable: false, label: 'Last Name' }),
      field('Email', 'email', { length: 128, nillable: false, label: 'Email' }),
      field('Alias', 'string', { length: 8, nillable: false, label: 'Alias' }),
      field('IsActive', 'boolean', { nillable: false, defaultedOnCreate: true, defaultValue: true, label: 'Active' }),
      field('TimeZoneSidKey', 'picklist', { nillable: false, label: 'Time Zone' }),
      field('LanguageLocaleKey', 'picklist', { nillable: false, label: 'Language' }),
    ]),
    standard('PermissionSet', 'Permission Set', false, [
      field('Name', 'string', { length: 80, nillable: false, unique: true, nameField: true, label: 'Name' }),
      field('Label', 'string', { length: 80, nillable: false, label: 'Label' }),
      field('IsOwnedByProfile', 'boolean', {
        ...readOnly,
        nillable: false,
        defaultedOnCreate: true,
        defaultValue: false,
      }),
    ]),
    standard('PermissionSetAssignment', 'Permission Set Assignment', false, [
      field('AssigneeId', 'reference', {
        nillable: false,
        updateable: false,
        referenceTo: ['User'],
        relationshipName: 'Assignee',
        label: 'Assignee ID',
      }),
      field('PermissionSetId', 'reference', {
        nillable: false,
        updateable: false,
        referenceTo: ['PermissionSet'],
        relationshipName: 'PermissionSet',
        label: 'Permission Set ID',
      }),
    ]),
    standard(
      'RecordType',
      'Record Type',
      false,
      [
        field('Name', 'string', { length: 80, nillable: false, nameField: true, label: 'Record Type Name' }),
        field('DeveloperName', 'string', { length: 80, nillable: false, label: 'Record Type Name (API)' }),
        field('SobjectType', 'string', { length: 40, nillable: false, label: 'SObject Type Name' }),
        field('IsActive', 'boolean', { nillable: false, defaultedOnCreate: true, defaultValue: true, label: 'Active' }),
      ],
      false
    ),
    standard(
      'Organization',
      'Organization',
      false,
      [
        field('Name', 'string', { ...readOnly, length: 80, nameField: true }),
        field('InstanceName', 'string', { ...readOnly, length: 5 }),
        field('IsSandbox', 'boolean', { ...readOnly, nillable: false }),
        field('TrialExpirationDate', 'datetime', readOnly),
        field('NamespacePrefix', 'string', { ...readOnly, length: 15 }),
        picklist('OrganizationType', ['Developer Edition', 'Enterprise Edition', 'Unlimited Edition']),
      ],
      false
    ),
  ];
}
