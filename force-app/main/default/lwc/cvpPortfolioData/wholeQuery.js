/**
 * The whole-portfolio lists (issue 16): the loss-makers and the rising stars and fallers, read as ordered,
 * paged Account queries over the fields the sync computes on every account in scope (ACCOUNT_PLACE), so
 * they cover the portfolio whatever the ranked table has loaded.
 */
import { ACCOUNT_COMPUTED, ACCOUNT_PLACE, SNAPSHOT_WHOLE } from 'c/cvpSchema';
import { accountWhere } from './portfolioScope';

const v = (node, field) => (node && node[field] && node[field].value !== undefined ? node[field].value : null);
const num = (node, field) => {
    const value = v(node, field);
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
};

const share = (points) => (points === null ? null : points / 100);

/** The scope's `where` and one more condition; undefined while the scope is not known (the query waits). */
function within(scope, condition) {
    const base = accountWhere(scope, {}, undefined);
    return base ? { and: [base, condition] } : undefined;
}

/** Every account of the portfolio with a negative customer margin. */
export function lossMakersWhere(scope) {
    return within(scope, { [ACCOUNT_COMPUTED.customerMargin]: { lt: 0 } });
}

/** The largest loss first, as the core's lossMakers lists them; the Id keeps the cursor pages stable. */
export const LOSS_MAKERS_ORDER = Object.freeze({
    [ACCOUNT_COMPUTED.customerMargin]: { order: 'ASC' },
    [ACCOUNT_COMPUTED.rank]: { order: 'ASC', nulls: 'LAST' },
    Id: { order: 'ASC' }
});

/** 'rising': accounts that climb under the comparison profile; 'falling': those that drop. */
export function moversWhere(scope, direction) {
    const change = ACCOUNT_PLACE.compareRankChange;
    return within(scope, { [change]: direction === 'rising' ? { gt: 0 } : { lt: 0 } });
}

/** The largest rise (or fall) first, as compareProfiles orders the rising stars and the fallers. */
export function moversOrder(direction) {
    const change = ACCOUNT_PLACE.compareRankChange;
    return direction === 'rising'
        ? { [change]: { order: 'DESC' }, [ACCOUNT_PLACE.compareRank]: { order: 'ASC' }, Id: { order: 'ASC' } }
        : { [change]: { order: 'ASC' }, [ACCOUNT_COMPUTED.rank]: { order: 'ASC' }, Id: { order: 'ASC' } };
}

/** An Account node of these queries as a plain row. */
export function placeRowFromNode(node) {
    return {
        id: node.Id,
        name: v(node, 'Name') || '',
        rank: num(node, ACCOUNT_COMPUTED.rank),
        tier: v(node, ACCOUNT_COMPUTED.tier),
        margin: num(node, ACCOUNT_COMPUTED.customerMargin),
        revenue: num(node, ACCOUNT_COMPUTED.revenue),
        lossCause: v(node, ACCOUNT_PLACE.lossCause),
        compareRank: num(node, ACCOUNT_PLACE.compareRank),
        rankChange: num(node, ACCOUNT_PLACE.compareRankChange),
        // Percent points in the org; fractions here, like the core.
        curveAccountShare: share(num(node, ACCOUNT_PLACE.curveAccountShare)),
        curveMarginShare: share(num(node, ACCOUNT_PLACE.curveMarginShare))
    };
}

/** A page of one of these connections: its rows, the cursor of the next page and the count of all. */
export function placePage(connection) {
    const edges = (connection && connection.edges) || [];
    const info = (connection && connection.pageInfo) || {};
    return {
        rows: edges.map((edge) => placeRowFromNode(edge.node)),
        endCursor: info.endCursor || null,
        hasNextPage: Boolean(info.hasNextPage),
        totalCount: connection && typeof connection.totalCount === 'number' ? connection.totalCount : null
    };
}

/** The snapshot's whole-portfolio figures the context query brings (the curve itself is read apart). */
export function wholeFromSnapshotNode(node) {
    return {
        lossTotal: num(node, SNAPSHOT_WHOLE.lossTotal),
        compareProfileKey: v(node, SNAPSHOT_WHOLE.compareProfileKey)
    };
}
