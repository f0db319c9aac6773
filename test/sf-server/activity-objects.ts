/**
 * Task, and Chatter's CollaborationGroup and FeedItem, with the fields the sync's follow-up writes and
 * reads, typed as the org types them. Custom fields of Activity (force-app/.../objects/Activity) are
 * Task's and Event's in an org; here Task gets them (there is no Event).
 *
 * `chatter: false` leaves the two Chatter objects out, as an org with Chatter turned off does: describe,
 * query and writes then answer as for any object the org does not have.
 */
import { STANDARD_PREFIXES } from './ids.js';
import { field, makeObject, systemFields, type FieldDef, type ObjectDef } from './schema-types.js';

/** The folder of force-app whose custom fields are Task's (and Event's) in an org. */
export const ACTIVITY = 'Activity';

const picklist = (name: string, values: string[], options: Partial<FieldDef> = {}): FieldDef =>
  field(name, 'picklist', { picklistValues: values, restrictedPicklist: false, ...options });

/** The standard fields of Task the tests need (WhatId points at any object; here Account or a custom one). */
export function taskFields(): FieldDef[] {
  return [
    field('WhatId', 'reference', { referenceTo: ['Account'], relationshipName: 'What', label: 'Related To ID' }),
    field('Subject', 'string', { length: 255, label: 'Subject' }),
    field('Description', 'textarea', { length: 32_000, label: 'Comments', filterable: false, sortable: false }),
    picklist('Status', ['Not Started', 'In Progress', 'Completed', 'Waiting on someone else', 'Deferred'], {
      nillable: false,
      defaultedOnCreate: true,
      defaultValue: 'Not Started',
      label: 'Status',
    }),
    picklist('Priority', ['High', 'Normal', 'Low'], {
      nillable: false,
      defaultedOnCreate: true,
      defaultValue: 'Normal',
      label: 'Priority',
    }),
    field('ActivityDate', 'date', { label: 'Due Date Only' }),
  ];
}

export function collaborationGroupFields(): FieldDef[] {
  return [
    field('Name', 'string', { length: 40, nillable: false, unique: true, nameField: true, label: 'Name' }),
    picklist('CollaborationType', ['Public', 'Private', 'Unlisted'], {
      nillable: false,
      defaultedOnCreate: true,
      defaultValue: 'Public',
      label: 'Access Type',
    }),
    field('IsArchived', 'boolean', {
      nillable: false,
      defaultedOnCreate: true,
      defaultValue: false,
      label: 'Archived',
    }),
  ];
}

export function feedItemFields(): FieldDef[] {
  return [
    field('ParentId', 'reference', {
      nillable: false,
      updateable: false,
      referenceTo: ['CollaborationGroup', 'Account', 'User'],
      relationshipName: 'Parent',
      label: 'Parent ID',
    }),
    field('Body', 'textarea', { length: 10_000, label: 'Body', filterable: false, sortable: false }),
    field('Title', 'string', { length: 255, label: 'Title' }),
    picklist('Type', ['TextPost', 'LinkPost', 'ContentPost'], {
      defaultedOnCreate: true,
      defaultValue: 'TextPost',
      label: 'Feed Item Type',
    }),
  ];
}

function standard(name: string, label: string, owned: boolean, fields: FieldDef[]): ObjectDef {
  return makeObject({
    name,
    label,
    labelPlural: `${label}s`,
    keyPrefix: STANDARD_PREFIXES[name],
    custom: false,
    createable: true,
    updateable: true,
    fields: [...systemFields(owned), ...fields],
    validationRules: [],
    autoNumberFormat: null,
  });
}

/** Task always; the Chatter objects when Chatter is on. */
export function activityObjects(options: { chatter: boolean }): ObjectDef[] {
  return [
    standard('Task', 'Task', true, taskFields()),
    ...(options.chatter
      ? [
          standard('CollaborationGroup', 'Group', true, collaborationGroupFields()),
          // A post's author is CreatedById; a FeedItem has no owner.
          standard('FeedItem', 'Feed Item', false, feedItemFields()),
        ]
      : []),
  ];
}
