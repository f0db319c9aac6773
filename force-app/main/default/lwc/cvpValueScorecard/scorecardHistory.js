/**
 * Past value assessments (CVP_Value_Assessment__c, newest first from the GraphQL query) as table rows
 * and as a small trend line of the weighted score.
 */
import { formatNumber, tierLabel } from 'c/cvpText';
import { VALUE_ASSESSMENT } from 'c/cvpSchema';

const valueOf = (node, field) => (node && node[field] ? node[field].value : null);
// A picklist's label in the user's language (the field's translation), the stored code when there is none.
const displayOf = (node, field) => (node && node[field] ? node[field].displayValue || node[field].value : null);

const SPARK = { width: 160, height: 36, pad: 4 };

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

/** Polyline points of the scores, oldest left, on the 1–5 scale; null with fewer than two scores. */
export function sparkline(rows) {
    const scores = rows
        .map((r) => r.score)
        .filter((s) => s !== null)
        .reverse();
    if (scores.length < 2) return null;
    const { width, height, pad } = SPARK;
    const x = (i) => pad + (i * (width - 2 * pad)) / (scores.length - 1);
    const y = (s) => pad + ((5 - s) * (height - 2 * pad)) / 4;
    return {
        width,
        height,
        viewBox: `0 0 ${width} ${height}`,
        points: scores.map((s, i) => `${x(i).toFixed(1)},${y(s).toFixed(1)}`).join(' '),
        first: scores[0],
        last: scores[scores.length - 1],
        count: scores.length
    };
}
