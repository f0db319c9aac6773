/**
 * Past value assessments (CVP_Value_Assessment__c, newest first from the GraphQL query) as table rows;
 * scorecardTrend.js draws their weighted score as a line.
 */
import { formatNumber, tierLabel } from 'c/cvpText';
import { VALUE_ASSESSMENT } from 'c/cvpSchema';

const valueOf = (node, field) => (node && node[field] ? node[field].value : null);
// A picklist's label in the user's language (the field's translation), the stored code when there is none.
const displayOf = (node, field) => (node && node[field] ? node[field].displayValue || node[field].value : null);

export function historyRows(connection) {
    const edges = (connection && connection.edges) || [];
    const rows = edges.map((edge) => {
        const node = edge.node;
        const score = valueOf(node, VALUE_ASSESSMENT.weightedScore);
        return {
            id: node.Id,
            assessedAt: valueOf(node, VALUE_ASSESSMENT.assessedAt),
            score,
            scoreText: score === null ? '–' : formatNumber(score, 2),
            tier: tierLabel(valueOf(node, VALUE_ASSESSMENT.tier)),
            profileKey: valueOf(node, VALUE_ASSESSMENT.profileKey) || '',
            profileVersion: valueOf(node, VALUE_ASSESSMENT.profileVersion),
            comment: valueOf(node, VALUE_ASSESSMENT.comment) || '',
            source: displayOf(node, VALUE_ASSESSMENT.source) || '',
            changeText: ''
        };
    });
    // Change against the assessment before it (the next row: rows are newest first).
    rows.forEach((row, i) => {
        const older = rows[i + 1];
        if (!older || row.score === null || older.score === null) return;
        const delta = Math.round((row.score - older.score) * 100) / 100;
        row.changeText = `${delta > 0 ? '+' : ''}${formatNumber(delta, 2)}`;
    });
    return rows;
}
