/**
 * A re-ranking (c/cvpCore rerank) as what the panel draws: the tier moves, one page of the accounts
 * that change tier, the 80/20 figures now and tried, and the whale curves in shares.
 */
import { TIERS, TIER_SLOTS, whalePoints } from 'c/cvpCore';
import { format, formatNumber, formatPercent, tierLabel } from 'c/cvpText';
import { LABELS } from './whatIfLabels';

export const PAGE_SIZE = 25;

const slotLabel = (slot) => tierLabel(slot < TIERS.length ? TIERS[slot] : null);
const tierAt = (codes, i) => (codes[i] < 0 ? null : TIERS[codes[i]]);
const scoreText = (cents) => (cents < 0 ? '–' : formatNumber(cents / 100, 2));

/** Counts by from → to, the biggest moves first; the accounts that stay are left out. */
export function moveRows(result) {
    const rows = [];
    for (let from = 0; from < TIER_SLOTS; from++)
        for (let to = 0; to < TIER_SLOTS; to++) {
            const count = result.moves[from * TIER_SLOTS + to];
            if (from !== to && count > 0)
                rows.push({
                    key: `${from}-${to}`,
                    from: slotLabel(from),
                    to: slotLabel(to),
                    count,
                    countText: formatNumber(count, 0)
                });
        }
    return rows.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/**
 * Page `page` (0-based) of the accounts that change tier, in the tried rank order, each named by its
 * Name and linked by its Id (the columns ranked carry both: c/cvpWhatIf whatIfColumns).
 */
export function changedPage(result, page) {
    const { changed, base } = result;
    const { ids, names } = base.input;
    const pages = Math.max(1, Math.ceil(changed.length / PAGE_SIZE));
    const at = Math.min(Math.max(0, page), pages - 1);
    const out = [];
    for (let k = at * PAGE_SIZE; k < Math.min(changed.length, (at + 1) * PAGE_SIZE); k++) {
        const i = changed[k];
        out.push({
            key: ids[i] || String(i),
            id: ids[i],
            name: names[i],
            rankNow: formatNumber(base.rankOf[i], 0),
            rankTried: formatNumber(result.rankOf[i], 0),
            scoreNow: scoreText(base.cents[i]),
            scoreTried: scoreText(result.cents[i]),
            tierNow: tierLabel(tierAt(base.tier, i)),
            tierTried: tierLabel(tierAt(result.tier, i))
        });
    }
    return { rows: out, page: at, pages, text: format(LABELS.page, at + 1, pages) };
}

/** The figures now and tried, as table rows. */
export function figureRows(result) {
    const now = result.baseFigures;
    const tried = result.figures;
    const peak = (f) => f.rankCurve.peakShare;
    const rows = [
        {
            key: 'keyShare',
            label: LABELS.keyShare,
            now: formatPercent(now.keyAccountMarginShare),
            tried: formatPercent(tried.keyAccountMarginShare)
        },
        {
            key: 'top20',
            label: LABELS.top20Rank,
            now: formatPercent(now.top20RankMarginShare),
            tried: formatPercent(tried.top20RankMarginShare)
        },
        { key: 'peak', label: LABELS.peakRank, now: formatPercent(peak(now)), tried: formatPercent(peak(tried)) },
        {
            key: 'best',
            label: LABELS.peakBest,
            now: formatPercent(result.base.whale.peakShare),
            tried: formatPercent(result.base.whale.peakShare)
        }
    ];
    TIERS.forEach((tier, t) =>
        rows.push({
            key: `tier-${tier}`,
            label: format(LABELS.tierCount, tierLabel(tier)),
            now: formatNumber(now.tierCounts[t], 0),
            tried: formatNumber(tried.tierCounts[t], 0)
        })
    );
    return rows;
}

const W = 600;
const H = 260;
const PAD = { left: 56, right: 16, top: 22, bottom: 36 };

/**
 * The curves in shares: x 0–100 % of the accounts with a margin, y the cumulative margin as a share of
 * the total, the 100 % line and each curve's peak marked. Null when the total margin is not positive
 * (a share of a loss has no meaning: docs/method.md, Portfolio analysis).
 */
export function curveChart(result) {
    const curves = [
        { key: 'best', curve: result.base.whale, className: 'curve curve_best', label: LABELS.curveBest },
        { key: 'now', curve: result.baseFigures.rankCurve, className: 'curve curve_now', label: LABELS.curveNow },
        { key: 'tried', curve: result.figures.rankCurve, className: 'curve curve_tried', label: LABELS.curveTried }
    ];
    const n = result.base.whale.cumulative.length;
    if (n === 0 || result.base.whale.peakShare === null) return null;
    const thinned = curves.map((c) => ({ ...c, points: whalePoints(c.curve, 120) }));
    const shares = thinned.flatMap((c) => c.points.map((p) => p.share));
    const max = Math.max(1, ...shares);
    const min = Math.min(0, ...shares);
    const x = (accounts) => PAD.left + (accounts / n) * (W - PAD.left - PAD.right);
    const y = (share) => PAD.top + ((max - share) / (max - min)) * (H - PAD.top - PAD.bottom);
    const hundred = y(1).toFixed(1);
    return {
        viewBox: `0 0 ${W} ${H}`,
        hundred: { x1: PAD.left, x2: W - PAD.right, y: hundred },
        zero: y(0).toFixed(1),
        axis: { x: (W + PAD.left) / 2, y: H - 6 },
        curves: thinned.map((c) => {
            const peak = c.points.find((p) => p.accounts === c.curve.peakAccounts) || c.points[0];
            return {
                key: c.key,
                className: c.className,
                swatchClass: `swatch legend_${c.key}`,
                label: c.label,
                points: [`${x(0).toFixed(1)},${y(0).toFixed(1)}`]
                    .concat(c.points.map((p) => `${x(p.accounts).toFixed(1)},${y(p.share).toFixed(1)}`))
                    .join(' '),
                peakX: x(peak.accounts).toFixed(1),
                peakY: y(peak.share).toFixed(1),
                peakText: `${c.label}: ${formatPercent(peak.share)}`
            };
        }),
        table: thinned[0].points.map((p) => ({
            key: String(p.accounts),
            cells: [
                formatPercent(p.accounts / n),
                // The same account count on every curve (all have the same margins, so the same total).
                ...curves.map((c) => formatPercent(c.curve.cumulative[p.accounts - 1] / c.curve.total))
            ]
        }))
    };
}
