/**
 * The score trend of one profile at a time (docs/components.md, Value scorecard): scores of different
 * profiles are on different scales of meaning, so a line never mixes them. Points where the profile's
 * version changed (docs/method.md, Profile versions) are marked: a jump there may be the weights, not
 * the customer.
 */
import { versionMarks } from 'c/cvpVersionMarks';

const SPARK = { width: 160, height: 36, pad: 4 };
/** Up to this many assessments each get a dot: two assessments of the same score read as two, not as a dash. */
const MAX_DOTS = 24;

/** The profiles the history holds, newest first. */
export function trendProfiles(rows) {
    const keys = [];
    for (const row of rows) if (row.profileKey && !keys.includes(row.profileKey)) keys.push(row.profileKey);
    return keys;
}

/** The profile a trend opens with: the one being scored with, else the newest row's. */
export function defaultTrendProfile(rows, scoringKey) {
    const keys = trendProfiles(rows);
    return keys.includes(scoringKey) ? scoringKey : keys[0] || null;
}

/**
 * Polyline points of one profile's scores, oldest left, on the 1–5 scale, with a mark at each point
 * whose version differs from the one before (c/cvpVersionMarks); null with fewer than two scores.
 */
export function profileTrend(rows, profileKey) {
    const points = rows.filter((r) => r.profileKey === profileKey && r.score !== null).reverse();
    if (points.length < 2) return null;
    const { width, height, pad } = SPARK;
    const x = (i) => pad + (i * (width - 2 * pad)) / (points.length - 1);
    const y = (s) => pad + ((5 - s) * (height - 2 * pad)) / 4;
    const marks = versionMarks(
        points,
        (i) => ({ x: x(i), y: y(points[i].score) }),
        (p) => p.id
    );
    return {
        width,
        height,
        viewBox: `0 0 ${width} ${height}`,
        points: points.map((p, i) => `${x(i).toFixed(1)},${y(p.score).toFixed(1)}`).join(' '),
        first: points[0].score,
        last: points[points.length - 1].score,
        count: points.length,
        dots:
            points.length <= MAX_DOTS
                ? points.map((p, i) => ({ key: p.id || String(i), x: x(i).toFixed(1), y: y(p.score).toFixed(1) }))
                : [],
        marks
    };
}
