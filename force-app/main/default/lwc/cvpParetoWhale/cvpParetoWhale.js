import { LightningElement, api } from 'lwc';
import {
    builtInProfile,
    DEFAULT_PROFILE_KEY,
    lossMakers,
    scorePortfolio,
    sortedDesc,
    whaleCurve,
    whalePoints
} from 'c/cvpCore';
import { LABELS, inputFromRow } from 'c/cvpPortfolioData';
import { format, formatDate, formatMoney, formatPercent } from 'c/cvpText';

const W = 600;
const H = 240;
const PAD = { left: 80, right: 20, top: 16, bottom: 30 };
// Outside the component: a field written while rendering would make LWC render again.
const ANALYSES = new WeakMap();
const CAUSE = { lowVolume: LABELS.causeLowVolume, workload: LABELS.causeWorkload, costs: LABELS.causeCosts };

/**
 * 80/20, the ABC split and the whale curve. The shares and the ABC split are the whole portfolio's, from
 * the latest snapshot the sync wrote (never from loading every account); the whale curve and the
 * loss-makers need each account's margin, so they are computed with the core on the loaded accounts,
 * and the page says so. SVG: see cvpPortfolioTrend for why no chart library.
 */
export default class CvpParetoWhale extends LightningElement {
    @api rows = [];
    @api snapshot;
    /** The core profile the loss analysis scores with; the built-in default when not given. */
    @api profile;

    labels = LABELS;
    viewBox = `0 0 ${W} ${H}`;

    get hasSnapshot() {
        return Boolean(this.snapshot);
    }

    get shares() {
        const s = this.snapshot;
        return {
            margin: format(LABELS.top20Margin, formatPercent(s.top20MarginShare)),
            revenue: format(LABELS.top20Revenue, formatPercent(s.top20RevenueShare))
        };
    }

    get abc() {
        const s = this.snapshot;
        const counts = [
            { key: 'A', value: s.aAccounts || 0 },
            { key: 'B', value: s.bAccounts || 0 },
            { key: 'C', value: s.cAccounts || 0 }
        ];
        const total = counts.reduce((sum, c) => sum + c.value, 0) || 1;
        let x = 0;
        return counts.map((c) => {
            const width = (c.value / total) * 100;
            const bar = { ...c, x: x.toFixed(2), width: width.toFixed(2), className: `abc abc_${c.key}` };
            x += width;
            return { ...bar, text: `${c.key}: ${c.value}` };
        });
    }

    get abcDesc() {
        return this.abc.map((c) => c.text).join(', ');
    }

    get abcRows() {
        return this.abc.map((c) => ({ key: c.key, cells: [c.key, String(c.value)] }));
    }

    get abcColumns() {
        return [
            { key: 'class', label: LABELS.abc },
            { key: 'accounts', label: LABELS.accounts }
        ];
    }

    get scope() {
        return format(
            LABELS.loadedScope,
            (this.rows || []).length,
            this.snapshot ? formatDate(this.snapshot.takenAt) : '–'
        );
    }

    // Scoring 2,000 accounts is a few milliseconds, but the getters below read this many times a render.
    get analysis() {
        const rows = this.rows || [];
        const hit = ANALYSES.get(rows);
        if (hit && hit.profile === this.profile) return hit.result;
        const margins = new Float64Array(rows.map((r) => (r.margin === null ? Number.NaN : r.margin)));
        const curve = whaleCurve(sortedDesc(margins));
        const profile = this.profile || builtInProfile(DEFAULT_PROFILE_KEY);
        const losses = lossMakers(scorePortfolio(rows.map(inputFromRow), profile));
        const result = { curve, points: whalePoints(curve, 120), losses };
        ANALYSES.set(rows, { profile: this.profile, result });
        return result;
    }

    get hasCurve() {
        return this.analysis.points.length > 0;
    }

    get chart() {
        const { curve, points } = this.analysis;
        const values = points.map((p) => p.cumulative);
        const max = Math.max(0, ...values);
        const min = Math.min(0, ...values);
        const span = max - min || 1;
        const n = curve.cumulative.length;
        const x = (accounts) => PAD.left + (accounts / n) * (W - PAD.left - PAD.right);
        const y = (m) => PAD.top + ((max - m) / span) * (H - PAD.top - PAD.bottom);
        const dots = points.map((p) => ({
            key: String(p.accounts),
            cx: x(p.accounts).toFixed(1),
            cy: y(p.cumulative).toFixed(1),
            isPeak: p.accounts === curve.peakAccounts,
            label: format(LABELS.point, p.accounts, formatMoney(p.cumulative))
        }));
        return {
            path: `M${x(0).toFixed(1)},${y(0).toFixed(1)} ` + dots.map((d) => `L${d.cx},${d.cy}`).join(' '),
            zeroY: y(0).toFixed(1),
            peak: dots.find((d) => d.isPeak),
            // Every point in the tab order would be 120 stops: the peak, the ends and each tenth are enough.
            focusable: dots.filter((d, i) => d.isPeak || i === 0 || i === dots.length - 1 || i % 10 === 0),
            maxLabel: formatMoney(max),
            minLabel: formatMoney(min),
            desc: format(LABELS.whaleDesc, n, formatMoney(curve.peak), curve.peakAccounts, formatMoney(curve.lossTail)),
            rows: dots.map((d, i) => ({
                key: d.key,
                cells: [String(points[i].accounts), formatMoney(points[i].cumulative), formatPercent(points[i].share)]
            }))
        };
    }

    get curveColumns() {
        return [
            { key: 'accounts', label: LABELS.accounts },
            { key: 'cumulative', label: LABELS.cumulative },
            { key: 'share', label: LABELS.totalMargin }
        ];
    }

    get losses() {
        const rows = this.rows || [];
        return this.analysis.losses.map((l) => ({
            key: rows[l.index].id,
            id: rows[l.index].id,
            name: l.name,
            margin: formatMoney(l.margin),
            causes: l.causes.map((c) => CAUSE[c]).join(', ')
        }));
    }

    get hasLosses() {
        return this.losses.length > 0;
    }

    open(event) {
        event.preventDefault();
        this.dispatchEvent(new CustomEvent('open', { detail: { recordId: event.currentTarget.dataset.id } }));
    }
}
