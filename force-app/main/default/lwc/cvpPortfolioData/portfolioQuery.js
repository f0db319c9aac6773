/**
 * Filters, search and sort go to the server as the GraphQL `where` and `orderBy`, never applied to the
 * loaded rows: with 50,000 accounts the loaded rows are a page, and a filter on them would hide matches
 * that are not loaded yet.
 */
import { ACCOUNT_ASSESSED, ACCOUNT_COMPUTED, ACCOUNT_REVIEW } from 'c/cvpSchema';

/**
 * Pages of 200–2,000: with `upperBound` on the connection, `first` may only be 200 to 2,000 (GraphQL API
 * Developer Guide, "Paginate with Upper-Bound Limit"); 200 keeps the first render quick.
 */
export const PAGE_SIZE_MIN = 200;
export const PAGE_SIZE_MAX = 2000;

/**
 * The `upperBound` the workspace's Account connection carries (a constant in its query; this is the same
 * number, for tests and docs). Without one, record-connection paging stops after 4,000 records in all
 * ("Paginate with Record Connections"); with one, `after` pages on up to this many. The guide asks for a
 * high value and names no maximum; 100,000 is twice the largest org the workspace is sized for.
 */
export const UPPER_BOUND = 100000;

export function pageSize(value) {
    const n = Number(value);
    if (!Number.isFinite(n)) return PAGE_SIZE_MIN;
    return Math.min(PAGE_SIZE_MAX, Math.max(PAGE_SIZE_MIN, Math.round(n)));
}

/** Table column (fieldName) → the Account field the server sorts by. */
export const SORTABLE = {
    rank: ACCOUNT_COMPUTED.rank,
    name: 'Name',
    score: ACCOUNT_COMPUTED.weightedScore,
    margin: ACCOUNT_COMPUTED.customerMargin,
    revenue: ACCOUNT_COMPUTED.revenue,
    // Ascending, the longest overdue first: the order of the review meeting's agenda.
    nextReviewText: ACCOUNT_REVIEW.reviewDueOn
};

// GraphQL `like` takes SQL wildcards: a user's own % or _ must not widen the search.
const escapeLike = (text) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The owner filter's value for "my accounts"; any other non-empty value is a User Id. */
export const OWNER_MINE = 'mine';

/** A User Id: 15 or 18 characters, key prefix 005. Anything else is not sent to the server as an Id. */
const USER_ID_PATTERN = /^005[a-zA-Z0-9]{12}([a-zA-Z0-9]{3})?$/;

/** The OwnerId the owner filter names: the user's own for 'mine', a picked user's, or none. */
function ownerIdFor(owner, userId) {
    if (owner === OWNER_MINE) return userId || null;
    return owner && USER_ID_PATTERN.test(owner) ? owner : null;
}

/**
 * Accounts due for review (docs/method.md, Review due): the day the sync stored has come. The org's own
 * TODAY, so every user's count agrees with the server's.
 */
export const REVIEW_DUE_WHERE = Object.freeze({ [ACCOUNT_REVIEW.reviewDueOn]: { lte: { literal: 'TODAY' } } });

/**
 * filters: { tier, quadrant, abcClass, lifecycle, owner ('mine', a User Id or ''), incomplete (boolean),
 * reviewDue (boolean), search }. Empty values do not filter. Returns undefined when nothing filters (the query then reads
 * everything).
 */
export function whereFor(filters = {}, userId) {
    const parts = [];
    const eq = (field, value) => {
        if (value) parts.push({ [field]: { eq: value } });
    };
    eq(ACCOUNT_COMPUTED.tier, filters.tier);
    eq(ACCOUNT_COMPUTED.quadrant, filters.quadrant);
    eq(ACCOUNT_COMPUTED.abcClass, filters.abcClass);
    eq(ACCOUNT_ASSESSED.lifecycleStage, filters.lifecycle);
    const ownerId = ownerIdFor(filters.owner, userId);
    if (ownerId) parts.push({ OwnerId: { eq: ownerId } });
    if (filters.incomplete) parts.push({ [ACCOUNT_COMPUTED.incomplete]: { eq: true } });
    if (filters.reviewDue) parts.push(REVIEW_DUE_WHERE);
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

/**
 * A list read page by page through a GraphQL connection: a page after a cursor extends the rows held,
 * the first page (after = null) replaces them. `page` is what rowsFromConnection or placePage made.
 */
export function withPage(rows, page, after) {
    return {
        rows: after ? rows.concat(page.rows) : page.rows,
        endCursor: page.endCursor,
        hasMore: page.hasNextPage,
        totalCount: page.totalCount
    };
}
