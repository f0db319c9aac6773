import { LightningElement, api, wire } from 'lwc';
import { gql, graphql } from 'lightning/graphql';
import { parseStoredWhaleCurve } from 'c/cvpCore';
import { LABELS } from 'c/cvpPortfolioData';
import { SNAPSHOT_WHOLE } from 'c/cvpSchema';
import { format, formatDate, formatMoney, formatPercent } from 'c/cvpText';

const W = 600;
const H = 260;
const PAD = { left: 56, right: 20, top: 16, bottom: 44 };
// Outside the component: a field written while rendering would make LWC render again.
const CHARTS = new WeakMap();

/**
 * 80/20, the ABC split, the whale curve and the loss-makers, all of the whole portfolio: the shares and
 * the ABC split from the latest snapshot, the curve from the thinned points the sync stored on it
 * (CVP_Whale_Curve__c, read for that one snapshot only), and every loss-maker from c/cvpLossMakers. The
 * curve is drawn in shares (docs/method.md, Portfolio analysis): x the share of accounts, most
 * profitable first, y the cumulative margin as a share of the total, with the 100 % line and the peak.
 * SVG: see cvpPortfolioTrend for why no chart library.
 */
export default class CvpParetoWhale extends LightningElement {
    @api snapshot;
    /** The portfolio scope, for the loss-makers' query. */
    @api scope;

    labels = LABELS;
    viewBox = `0 0 ${W} ${H}`;
    curveText;
    curveError;

    @wire(graphql, {
        query: gql`
            query cvpWhaleCurve($where: CVP_Portfolio_Snapshot__c_Filter!) {
                uiapi {
                    query {
                        CVP_Portfolio_Snapshot__c(where: $where, first: 1) {
                            edges {
                                node {
                                    Id
                                    CVP_Whale_Curve__c { value }
                                }
                            }
                        }
                    }
                }
            }
        `,
        variables: '$curveVariables'
    })
    wiredCurve({ data, errors }) {
        if (data) {
            const edge = data.uiapi.query.CVP_Portfolio_Snapshot__c.edges[0];
            const field = edge && edge.node[SNAPSHOT_WHOLE.whaleCurve];
            this.curveText = field ? field.value : null;
            this.curveError = undefined;
        }
        if (errors) this.curveError = errors;
    }

    get curveVariables() {
        return { where: this.snapshot ? { Id: { eq: this.snapshot.id } } : undefined };
    }

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

    get curve() {
        return parseStoredWhaleCurve(this.curveText);
    }

    get hasCurve() {
        const curve = this.curve;
        return Boolean(curve && curve.accounts > 0);
    }

    get noCurve() {
        return this.hasSnapshot && this.curveText !== undefined && !this.hasCurve;
    }

    get scopeText() {
        const curve = this.curve;
        return format(
            LABELS.wholeScope,
            curve ? curve.accounts : 0,
            this.snapshot ? formatDate(this.snapshot.takenAt) : '–'
        );
    }

    get lossTotal() {
        return this.snapshot ? this.snapshot.lossTotal : null;
    }

    get chart() {
        const curve = this.curve;
        const hit = CHARTS.get(curve);
        if (hit) return hit;
        const chart = drawCurve(curve, this.lossTotal);
        CHARTS.set(curve, chart);
        return chart;
    }

    get curveColumns() {
        return [
            { key: 'accounts', label: LABELS.accounts },
            { key: 'accountShare', label: LABELS.accountShare },
            { key: 'marginShare', label: LABELS.marginShare }
        ];
    }

    forward(event) {
        this.dispatchEvent(new CustomEvent('open', { detail: event.detail }));
    }
}

/** The SVG geometry and texts of a stored curve, in shares. */
function drawCurve(curve, lossTotal) {
    const n = curve.accounts;
    const ys = curve.points.map((p) => p[1]);
    // Headroom above the 100 % line or the peak, for the peak's label.
    const max = Math.max(1, ...ys) * 1.1;
    const min = Math.min(0, ...ys);
    const span = max - min || 1;
    const x = (k) => PAD.left + (k / n) * (W - PAD.left - PAD.right);
    const y = (share) => PAD.top + ((max - share) / span) * (H - PAD.top - PAD.bottom);
    const dots = curve.points.map(([k, share]) => ({
        key: String(k),
        k,
        share,
        cx: x(k).toFixed(1),
        cy: y(share).toFixed(1),
        isPeak: k === curve.peakAccounts,
        label: format(LABELS.sharePoint, formatPercent(k / n), formatPercent(share))
    }));
    const peak = dots.find((d) => d.isPeak);
    // Every stored point in the tab order would be hundreds of stops: the ends, the peak and each tenth.
    const tenth = Math.max(1, Math.round(dots.length / 10));
    return {
        path: dots.map((d, i) => `${i === 0 ? 'M' : 'L'}${d.cx},${d.cy}`).join(' '),
        zeroY: y(0).toFixed(1),
        hundredY: y(1).toFixed(1),
        left: PAD.left,
        right: W - PAD.right,
        bottom: H - PAD.bottom + 16,
        captionX: ((PAD.left + W - PAD.right) / 2).toFixed(1),
        captionY: H - 6,
        peak,
        peakLabel: peak ? format(LABELS.peak, formatPercent(peak.share)) : '',
        peakLabelY: peak ? (Number(peak.cy) - 12).toFixed(1) : '0',
        // Near the right edge the label ends at the peak instead of centring on it, so it is not cut off.
        peakAnchor: peak && Number(peak.cx) > W - PAD.right - 60 ? 'end' : 'middle',
        focusable: dots.filter((d, i) => d.isPeak || i === 0 || i === dots.length - 1 || i % tenth === 0),
        desc: format(
            LABELS.whaleShareDesc,
            formatPercent(peak ? peak.share : null),
            formatPercent(curve.peakAccounts / n),
            formatMoney(lossTotal)
        ),
        rows: dots.map((d) => ({
            key: d.key,
            cells: [String(d.k), formatPercent(d.k / n), formatPercent(d.share)]
        }))
    };
}
