/**
 * GraphQL nodes as plain rows. Every field of the UI API arrives as `{ value }` and may be missing when
 * the user cannot read it (field-level security): a missing field is null, never an error.
 */
const v = (node, field) => (node && node[field] && node[field].value !== undefined ? node[field].value : null);
const num = (node, field) => {
    const value = v(node, field);
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
};

/** The assessed scores of the Account (ACCOUNT_ASSESSED of src/schema/fields.ts) by dimension. */
const ASSESSED = {
    loyalty: 'CVP_Loyalty_Score__c',
    potential: 'CVP_Potential_Score__c',
    reference: 'CVP_Reference_Score__c',
    learning: 'CVP_Learning_Score__c',
    contact: 'CVP_Contact_Score__c',
    emotional: 'CVP_Emotional_Score__c'
};

const COSTS = {
    directCosts: 'CVP_Direct_Costs__c',
    salesCosts: 'CVP_Sales_Costs__c',
    marketingCosts: 'CVP_Marketing_Costs__c',
    serviceCosts: 'CVP_Service_Costs__c',
    serviceHours: 'CVP_Service_Hours__c'
};

/** The latest profitability row the query brought along (CVP_Profitability__r, newest period first). */
function latestProfitability(node) {
    const rel = node && node.CVP_Profitability__r;
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
    const coverage = num(node, 'CVP_Coverage__c');
    return {
        id: node.Id,
        name: v(node, 'Name') || node.Id,
        rank: num(node, 'CVP_Rank__c'),
        score: num(node, 'CVP_Weighted_Score__c'),
        tier: v(node, 'CVP_Tier__c'),
        treatment: v(node, 'CVP_Treatment__c'),
        quadrant: v(node, 'CVP_Quadrant__c'),
        abcClass: v(node, 'CVP_ABC_Class__c'),
        // Percent points in the org, a fraction in the core and in the export.
        coverage: coverage === null ? null : coverage / 100,
        incomplete: v(node, 'CVP_Incomplete__c') === true,
        revenue: num(node, 'CVP_Revenue__c'),
        margin: num(node, 'CVP_Customer_Margin__c'),
        volumeScore: num(node, 'CVP_Volume_Score__c'),
        profitabilityScore: num(node, 'CVP_Profitability_Score__c'),
        volumeEntered: num(node, 'CVP_Volume_Score_Entered__c'),
        profitabilityEntered: num(node, 'CVP_Profitability_Score_Entered__c'),
        scores,
        commitment: num(node, 'CVP_Commitment__c'),
        binding: num(node, 'CVP_Binding__c'),
        lifecycle: v(node, 'CVP_Lifecycle_Stage__c'),
        ownerId: v(node, 'OwnerId'),
        owner,
        costs
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
 * A row as an input of the core (src/core/input.ts), for comparing profiles and the loss analysis on the
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

const SNAPSHOT_FIELDS = {
    takenAt: 'CVP_Taken_At__c',
    profileKey: 'CVP_Profile_Key__c',
    accounts: 'CVP_Accounts__c',
    keyAccounts: 'CVP_Key_Accounts__c',
    developAccounts: 'CVP_Develop_Accounts__c',
    maintainAccounts: 'CVP_Maintain_Accounts__c',
    leanAccounts: 'CVP_Lean_Accounts__c',
    prisonerAccounts: 'CVP_Prisoner_Accounts__c',
    idealAccounts: 'CVP_Ideal_Accounts__c',
    riskAccounts: 'CVP_Risk_Accounts__c',
    emotionalBondAccounts: 'CVP_Emotional_Bond_Accounts__c',
    aAccounts: 'CVP_A_Accounts__c',
    bAccounts: 'CVP_B_Accounts__c',
    cAccounts: 'CVP_C_Accounts__c',
    totalRevenue: 'CVP_Total_Revenue__c',
    totalMargin: 'CVP_Total_Margin__c',
    top20MarginShare: 'CVP_Top20_Margin_Share__c',
    top20RevenueShare: 'CVP_Top20_Revenue_Share__c',
    whalePeakShare: 'CVP_Whale_Peak_Share__c',
    keyAccountMarginShare: 'CVP_Key_Account_Margin_Share__c',
    averageScore: 'CVP_Average_Score__c',
    unprofitableAccounts: 'CVP_Unprofitable_Accounts__c',
    incompleteAccounts: 'CVP_Incomplete_Accounts__c'
};
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
    return snapshot;
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
