/**
 * Filters, search and sort go to the server as the GraphQL `where` and `orderBy`, never applied to the
 * loaded rows: with 50,000 accounts the loaded rows are a page, and a filter on them would hide matches
 * that are not loaded yet.
 */

/** The GraphQL wire adapter returns at most 2,000 records a page; 200 keeps the first render quick. */
export const PAGE_SIZE_MIN = 200;
export const PAGE_SIZE_MAX = 2000;

export function pageSize(value) {
    const n = Number(value);
    if (!Number.isFinite(n)) return PAGE_SIZE_MIN;
    return Math.min(PAGE_SIZE_MAX, Math.max(PAGE_SIZE_MIN, Math.round(n)));
}

/** Table column (fieldName) → the Account field the server sorts by. */
export const SORTABLE = {
    rank: 'CVP_Rank__c',
    name: 'Name',
    score: 'CVP_Weighted_Score__c',
    margin: 'CVP_Customer_Margin__c',
    revenue: 'CVP_Revenue__c'
};

// GraphQL `like` takes SQL wildcards: a user's own % or _ must not widen the search.
const escapeLike = (text) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * filters: { tier, quadrant, abcClass, lifecycle, owner ('mine' or ''), incomplete (boolean), search }.
 * Empty values do not filter. Returns undefined when nothing filters (the query then reads everything).
 */
export function whereFor(filters = {}, userId) {
    const parts = [];
    const eq = (field, value) => {
        if (value) parts.push({ [field]: { eq: value } });
    };
    eq('CVP_Tier__c', filters.tier);
    eq('CVP_Quadrant__c', filters.quadrant);
    eq('CVP_ABC_Class__c', filters.abcClass);
    eq('CVP_Lifecycle_Stage__c', filters.lifecycle);
    if (filters.owner === 'mine' && userId) parts.push({ OwnerId: { eq: userId } });
    if (filters.incomplete) parts.push({ CVP_Incomplete__c: { eq: true } });
    const search = (filters.search || '').trim();
    if (search) parts.push({ Name: { like: `%${escapeLike(search)}%` } });
    if (parts.length === 0) return undefined;
    return parts.length === 1 ? parts[0] : { and: parts };
}

/**
 * Rank order by default. Unscored accounts have no rank and come last either way; the Id breaks ties
 * so the cursor pages never repeat or skip a row between equal values.
 */
export function orderByFor(sortedBy, sortDirection) {
    const field = SORTABLE[sortedBy] || SORTABLE.rank;
    const order = sortDirection === 'desc' ? 'DESC' : 'ASC';
    return { [field]: { order, nulls: 'LAST' }, Id: { order: 'ASC' } };
}
