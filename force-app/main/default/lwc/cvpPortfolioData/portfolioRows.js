/**
 * GraphQL nodes as plain rows. Every field of the UI API arrives as `{ value }` and may be missing when
 * the user cannot read it (field-level security): a missing field is null, never an error.
 */
import { ACCOUNT_ASSESSED, ACCOUNT_COMPUTED, ACCOUNT_REVIEW, PROFITABILITY, RELATIONSHIPS, SNAPSHOT } from 'c/cvpSchema';
import { wholeFromSnapshotNode } from './wholeQuery';

const v = (node, field) => (node && node[field] && node[field].value !== undefined ? node[field].value : null);
const num = (node, field) => {
    const value = v(node, field);
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
};

/** Keys of `map` → its field names, in the order given. */
const pick = (map, keys) => Object.fromEntries(keys.map((key) => [key, map[key]]));

/** The assessed scores of the Account by dimension. */
const ASSESSED = pick(ACCOUNT_ASSESSED, ['loyalty', 'potential', 'reference', 'learning', 'contact', 'emotional']);

const COSTS = pick(PROFITABILITY, ['directCosts', 'salesCosts', 'marketingCosts', 'serviceCosts', 'serviceHours']);

const A = { ...ACCOUNT_ASSESSED, ...ACCOUNT_COMPUTED };

/** The latest profitability row the query brought along (newest period first). */
function latestProfitability(node) {
    const rel = node && node[RELATIONSHIPS.accountProfitability];
    const edge = rel && rel.edges && rel.edges[0];
    return edge ? edge.node : null;
}

export function rowFromNode(node) {
    const scores = {};
    Object.keys(ASSESSED).forEach((d) => {
        scores[d] = num(node, ASSESSED[d]);
    });
    const profitability = latestProfitability(node);
    const costs = {};
    Object.keys(COSTS).forEach((c) => {
        costs[c] = num(profitability, COSTS[c]);
    });
    const owner = node.Owner ? v(node.Owner, 'Name') : null;
    const coverage = num(node, A.coverage);
    return {
        id: node.Id,
        name: v(node, 'Name') || node.Id,
        rank: num(node, A.rank),
        score: num(node, A.weightedScore),
        tier: v(node, A.tier),
        treatment: v(node, A.treatment),
        quadrant: v(node, A.quadrant),
        abcClass: v(node, A.abcClass),
        // Percent points in the org, a fraction in the core and in the export.
        coverage: coverage === null ? null : coverage / 100,
        incomplete: v(node, A.incomplete) === true,
        revenue: num(node, A.revenue),
        margin: num(node, A.customerMargin),
        volumeScore: num(node, A.volumeScore),
        profitabilityScore: num(node, A.profitabilityScore),
        volumeEntered: num(node, A.volumeEntered),
        profitabilityEntered: num(node, A.profitabilityEntered),
        scores,
        commitment: num(node, A.commitment),
        binding: num(node, A.binding),
        lifecycle: v(node, A.lifecycleStage),
        ownerId: v(node, 'OwnerId'),
        owner,
        costs,
        // What the sync keeps of the reviews (docs/method.md, Review due): a person's latest assessment and the day due.
        lastAssessedAt: v(node, ACCOUNT_REVIEW.lastAssessedAt),
        reviewDueOn: v(node, ACCOUNT_REVIEW.reviewDueOn)
    };
}

/** The rows of one page and where the next page starts. */
export function rowsFromConnection(connection) {
    const edges = (connection && connection.edges) || [];
    const pageInfo = (connection && connection.pageInfo) || {};
    return {
        rows: edges.map((edge) => rowFromNode(edge.node)),
        endCursor: pageInfo.endCursor || null,
        hasNextPage: pageInfo.hasNextPage === true,
        totalCount: connection && typeof connection.totalCount === 'number' ? connection.totalCount : null
    };
}

/**
 * A row as an input of the core (src/core/model/input.ts), for comparing profiles and the loss analysis on the
 * loaded accounts. Volume and profitability go in as the scores the sync banded over the whole portfolio:
 * banding again within the loaded page would score the same account differently depending on what else
 * happened to be loaded. The costs come from the latest profitability row; without one, the margin the
 * sync wrote is kept as revenue minus a single direct cost, so the core sees the same margin.
 */
export function inputFromRow(row) {
    const hasCosts = Object.keys(COSTS).some((c) => c !== 'serviceHours' && row.costs[c] !== null);
    const fallbackDirect = row.revenue !== null && row.margin !== null ? row.revenue - row.margin : null;
    const stage = row.lifecycle ? String(row.lifecycle).toLowerCase() : null;
    return {
        id: row.id,
        name: row.name,
        revenue: row.revenue,
        directCosts: hasCosts ? row.costs.directCosts : fallbackDirect,
        salesCosts: hasCosts ? row.costs.salesCosts : null,
        marketingCosts: hasCosts ? row.costs.marketingCosts : null,
        serviceCosts: hasCosts ? row.costs.serviceCosts : null,
        serviceHours: row.costs.serviceHours,
        scores: {
            volume: row.volumeEntered !== null ? row.volumeEntered : row.volumeScore,
            profitability: row.profitabilityEntered !== null ? row.profitabilityEntered : row.profitabilityScore,
            ...row.scores
        },
        commitment: row.commitment,
        binding: row.binding,
        lifecycleStage: stage,
        owner: row.owner
    };
}

// The snapshot's fields without its object name, as the query selects them.
const SNAPSHOT_FIELDS = Object.fromEntries(Object.entries(SNAPSHOT).filter(([key]) => key !== 'object'));
const SHARES = ['top20MarginShare', 'top20RevenueShare', 'whalePeakShare', 'keyAccountMarginShare'];

export function snapshotFromNode(node) {
    const snapshot = { id: node.Id };
    Object.keys(SNAPSHOT_FIELDS).forEach((key) => {
        snapshot[key] = v(node, SNAPSHOT_FIELDS[key]);
    });
    // Shares are percent points in the org; the components work in fractions like the core.
    SHARES.forEach((key) => {
        if (typeof snapshot[key] === 'number') snapshot[key] = snapshot[key] / 100;
    });
    return { ...snapshot, ...wholeFromSnapshotNode(node) };
}

/**
 * Snapshots oldest first, of the profile of the newest one: a trend that mixed profiles would show a
 * change of weights as a change of the portfolio.
 */
export function snapshotsFromConnection(connection) {
    const all = ((connection && connection.edges) || []).map((edge) => snapshotFromNode(edge.node));
    if (all.length === 0) return [];
    const byTime = all.slice().sort((a, b) => String(a.takenAt).localeCompare(String(b.takenAt)));
    const latest = byTime[byTime.length - 1];
    return byTime.filter((s) => s.profileKey === latest.profileKey);
}

/**
 * The users who own accounts (the context query's User connection, a semi-join on Account.OwnerId), by
 * name, without the current user: "My accounts" stands for that one.
 */
export function ownersFromConnection(connection, userId) {
    const edges = (connection && connection.edges) || [];
    return edges
        .map((edge) => ({ id: edge.node.Id, name: v(edge.node, 'Name') || edge.node.Id }))
        .filter((owner) => owner.id !== userId)
        .sort((a, b) => a.name.localeCompare(b.name));
}
