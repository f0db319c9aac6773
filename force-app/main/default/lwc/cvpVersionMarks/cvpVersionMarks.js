/**
 * The marks on a trend where the scoring profile's version changed (docs/method.md, Profile versions):
 * a step at such a point may come from new weights or thresholds, not from the customers. One place
 * for the Account page's score trend (c/cvpValueScorecard) and the workspace's snapshot trend
 * (c/cvpPortfolioTrend), so both mark the same points and say the same words.
 */
import { versionChanges } from 'c/cvpCore';
import { VERSION_TEXT, format } from 'c/cvpText';

/** A point without a recorded version (written before versions existed) neither marks nor breaks the line. */
const versionOf = (point) => (typeof point.profileVersion === 'number' ? point.profileVersion : null);

/**
 * `points` oldest first, each with its `profileVersion`; `place(i)` is the point's { x, y } on the chart
 * and `keyOf(point, i)` its template key. One mark per point whose version differs from the one before.
 */
export function versionMarks(points, place, keyOf) {
    return versionChanges(points.map(versionOf)).map((i) => {
        const { x, y } = place(i);
        const version = versionOf(points[i]);
        return {
            key: keyOf(points[i], i),
            index: i,
            x: x.toFixed(1),
            y: y.toFixed(1),
            version,
            label: format(VERSION_TEXT.mark, version)
        };
    });
}

/** What the dashed line means, for a legend under a chart that has a mark. */
export const VERSION_LEGEND = VERSION_TEXT.legend;
