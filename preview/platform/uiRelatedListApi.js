/**
 * lightning/uiRelatedListApi for the preview: getRelatedListRecords (paged by page token) and
 * getRelatedListCount, over the child relationships of force-app's objects.
 */
import { store } from './store.js';
import { StoreWireAdapter } from './wire.js';
import { uiApiError } from './errors.js';
import { recordRepresentation } from './record-shape.js';

const asList = (value) => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);

function relationship(parentRecordId, relatedListId) {
  const parentObject = store.objectOfId(parentRecordId);
  const parent = store.objectInfo(parentObject);
  const rel = parent?.childRelationships.find((r) => r.relationshipName === relatedListId);
  if (!rel)
    return {
      error: uiApiError(
        400,
        'INVALID_INPUT',
        `Related list ${relatedListId} is not available for ${parentObject ?? parentRecordId}.`
      ),
    };
  return { parentObject, rel };
}

function children(parentRecordId, rel) {
  return store.all(rel.childObjectApiName).filter((r) => r[rel.fieldName] === parentRecordId);
}

export function compareValues(a, b) {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}

function sorter(objectApiName, sortBy) {
  const keys = asList(sortBy).map((spec) => {
    let text = typeof spec === 'object' ? spec.fieldApiName : String(spec);
    const desc = text.startsWith('-');
    if (desc) text = text.slice(1);
    if (text.startsWith(`${objectApiName}.`)) text = text.slice(objectApiName.length + 1);
    return { field: text, desc };
  });
  return (a, b) => {
    for (const { field, desc } of keys) {
      const c = compareValues(a[field], b[field]);
      if (c !== 0) return desc ? -c : c;
    }
    return compareValues(a.Id, b.Id);
  };
}

export class getRelatedListRecords extends StoreWireAdapter {
  static required = ['parentRecordId', 'relatedListId'];
  static operation = 'getRelatedListRecords';

  compute(config) {
    const { rel, error } = relationship(config.parentRecordId, config.relatedListId);
    if (error) return { error };
    const objectApiName = rel.childObjectApiName;
    const pageSize = Math.min(Math.max(Number(config.pageSize) || 50, 1), 1999);
    const offset = Number(config.pageToken) || 0;
    const all = children(config.parentRecordId, rel).sort(sorter(objectApiName, config.sortBy));
    const page = all.slice(offset, offset + pageSize);
    const records = [];
    for (const raw of page) {
      const rep = recordRepresentation(objectApiName, raw, {
        fields: asList(config.fields),
        optionalFields: asList(config.optionalFields),
      });
      if (rep.error) return { error: uiApiError(400, 'INVALID_FIELD', rep.error) };
      records.push(rep.record);
    }
    const next = offset + pageSize < all.length ? String(offset + pageSize) : null;
    return {
      data: {
        count: all.length,
        currentPageToken: String(offset),
        currentPageUrl: null,
        fields: asList(config.fields),
        listInfoETag: 'preview',
        listReference: {
          id: null,
          inContextOfRecordId: config.parentRecordId,
          listViewApiName: null,
          objectApiName,
          parentObjectApiName: store.objectOfId(config.parentRecordId),
          recordTypeId: null,
          relatedListId: config.relatedListId,
        },
        nextPageToken: next,
        nextPageUrl: null,
        optionalFields: asList(config.optionalFields),
        pageSize,
        previousPageToken: offset > 0 ? String(Math.max(0, offset - pageSize)) : null,
        previousPageUrl: null,
        records,
        sortBy: asList(config.sortBy),
      },
      ids: page.map((r) => r.Id),
    };
  }
}

export class getRelatedListCount extends StoreWireAdapter {
  static required = ['parentRecordId', 'relatedListId'];
  static operation = 'getRelatedListCount';

  compute(config) {
    const { rel, error } = relationship(config.parentRecordId, config.relatedListId);
    if (error) return { error };
    const count = children(config.parentRecordId, rel).length;
    return { data: { count, hasMore: false, listReference: { relatedListId: config.relatedListId } }, ids: [] };
  }
}
