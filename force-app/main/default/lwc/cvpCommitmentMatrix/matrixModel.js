/**
 * The commitment matrix (docs/method.md, Commitment matrix): where commitment and binding place the account,
 * where it stood at the last assessment that differs, and the geometry of the 2×2 drawing.
 */
import { quadrantOf } from 'c/cvpCore';
import { VALUE_ASSESSMENT } from 'c/cvpSchema';

export const BOX = { size: 320, pad: 44, end: 12 };

const valueOf = (node, field) => (node && node[field] ? node[field].value : null);
const numberOrNull = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** Past assessments, newest first, as { at, commitment, binding }. */
export function assessmentsOf(connection) {
    const edges = (connection && connection.edges) || [];
    return edges.map((edge) => ({
        id: edge.node.Id,
        at: valueOf(edge.node, VALUE_ASSESSMENT.assessedAt),
        commitment: numberOrNull(valueOf(edge.node, VALUE_ASSESSMENT.commitment)),
        binding: numberOrNull(valueOf(edge.node, VALUE_ASSESSMENT.binding))
    }));
}

/**
 * The assessment to compare with: the newest whose commitment or binding differ from today's. The
 * newest row often records today's values themselves (the scorecard writes one on save), and comparing
 * with it would always say "no movement".
 */
export function baselineOf(current, assessments) {
    return assessments.find((a) => a.commitment !== current.commitment || a.binding !== current.binding) || null;
}

export function placement(current, assessments, high) {
    const quadrant = quadrantOf(current.commitment, current.binding, high);
    const baseline = baselineOf(current, assessments);
    const before = baseline ? quadrantOf(baseline.commitment, baseline.binding, high) : null;
    return { quadrant, baseline, before, moved: Boolean(baseline) && before !== quadrant };
}

/** Scale 1–5 onto the drawing: commitment left to right, binding bottom to top. */
const toX = (v) => BOX.pad + ((v - 1) / 4) * (BOX.size - BOX.pad - BOX.end);
const toY = (v) => BOX.size - BOX.pad - ((v - 1) / 4) * (BOX.size - BOX.pad - BOX.end);
const round1 = (v) => Math.round(v * 10) / 10;

/** The four quadrant rectangles, split at the profile's "high" threshold, and the points. */
export function geometry(high, current, baseline, activeQuadrant, names) {
    const left = toX(1);
    const right = toX(5);
    const top = toY(5);
    const bottom = toY(1);
    const splitX = toX(high);
    const splitY = toY(high);
    const cell = (key, x1, y1, x2, y2) => ({
        key,
        name: names[key],
        x: round1(x1),
        y: round1(y1),
        width: round1(x2 - x1),
        height: round1(y2 - y1),
        labelX: round1((x1 + x2) / 2),
        labelY: round1((y1 + y2) / 2),
        className: key === activeQuadrant ? 'quadrant quadrant_active' : 'quadrant'
    });
    const point = (p) => {
        if (!p || p.commitment === null || p.binding === null) return null;
        return { cx: round1(toX(p.commitment)), cy: round1(toY(p.binding)) };
    };
    const now = point(current);
    const before = point(baseline);
    return {
        quadrants: [
            cell('prisoner', left, top, splitX, splitY),
            cell('ideal', splitX, top, right, splitY),
            cell('risk', left, splitY, splitX, bottom),
            cell('emotionalBond', splitX, splitY, right, bottom)
        ],
        now,
        before,
        path: now && before ? { x1: before.cx, y1: before.cy, x2: now.cx, y2: now.cy } : null,
        axisX: { x: round1((left + right) / 2), y: BOX.size - 10 },
        axisY: { x: 14, y: round1((top + bottom) / 2), transform: `rotate(-90 14 ${round1((top + bottom) / 2)})` }
    };
}
