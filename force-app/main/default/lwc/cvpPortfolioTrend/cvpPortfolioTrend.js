import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/cvpPortfolioData';
import { TIER_LABEL, QUADRANT_LABEL, format, formatDate, formatMoney, formatNumber, formatPercent } from 'c/cvpText';
import { VERSION_LEGEND, versionMarks } from 'c/cvpVersionMarks';

const W = 600;
const H = 220;
const PAD = { left: 70, right: 20, top: 16, bottom: 30 };

/**
 * The customer balance sheet over time: one point per snapshot the sync wrote (total customer margin,
 * drawn), and every snapshot figure in the data table. Drawn in plain SVG like every chart of the
 * workspace: a few dozen points need no chart library, and SVG in the template gets SLDS colours,
 * keyboard focus and text alternatives without loading a static resource into Lightning Web Security.
 * A dashed rule marks each snapshot whose profile version differs from the one before (as the Account
 * page's score trend does, c/cvpVersionMarks): a step there may be new weights, not a changed portfolio.
 */
export default class CvpPortfolioTrend extends LightningElement {
    /** Snapshots oldest first (cvpPortfolioData.snapshotsFromConnection). */
    @api snapshots = [];

    labels = LABELS;
    versionLegend = VERSION_LEGEND;
    plotTop = PAD.top;
    plotBottom = H - PAD.bottom;
    viewBox = `0 0 ${W} ${H}`;

    get hasData() {
        return this.snapshots && this.snapshots.length > 0;
    }

    get chart() {
        const list = this.snapshots || [];
        const margins = list.map((s) => (typeof s.totalMargin === 'number' ? s.totalMargin : 0));
        const max = Math.max(0, ...margins);
        const min = Math.min(0, ...margins);
        const span = max - min || 1;
        const x = (i) => PAD.left + (list.length === 1 ? 0.5 : i / (list.length - 1)) * (W - PAD.left - PAD.right);
        const y = (m) => PAD.top + ((max - m) / span) * (H - PAD.top - PAD.bottom);
        const marks = versionMarks(
            list,
            (i) => ({ x: x(i), y: y(margins[i]) }),
            (s, i) => s.id || String(i)
        );
        const markAt = new Map(marks.map((m) => [m.index, m.label]));
        // A marked point says so to whoever reaches it by keyboard, not only to the mouse over the rule.
        const points = list.map((s, i) => ({
            key: s.id || String(i),
            cx: x(i).toFixed(1),
            cy: y(margins[i]).toFixed(1),
            label: [format(LABELS.trendPoint, formatDate(s.takenAt), formatMoney(s.totalMargin)), markAt.get(i)]
                .filter(Boolean)
                .join(' ')
        }));
        const first = list[0];
        const last = list[list.length - 1];
        return {
            points,
            marks,
            hasMarks: marks.length > 0,
            path: points.map((p, i) => `${i ? 'L' : 'M'}${p.cx},${p.cy}`).join(' '),
            zeroY: y(0).toFixed(1),
            maxLabel: formatMoney(max),
            minLabel: formatMoney(min),
            desc: [
                format(
                    LABELS.trendDesc,
                    list.length,
                    formatMoney(first.totalMargin),
                    formatDate(first.takenAt),
                    formatMoney(last.totalMargin),
                    formatDate(last.takenAt)
                ),
                ...marks.map((m) => `${formatDate(list[m.index].takenAt)}: ${m.label}`)
            ].join(' ')
        };
    }

    get columns() {
        return [
            { key: 'date', label: LABELS.date },
            { key: 'accounts', label: LABELS.accounts },
            ...['keyAccount', 'develop', 'maintain', 'lean'].map((t) => ({ key: t, label: TIER_LABEL[t] })),
            ...['ideal', 'prisoner', 'risk', 'emotionalBond'].map((q) => ({ key: q, label: QUADRANT_LABEL[q] })),
            { key: 'margin', label: LABELS.totalMargin },
            { key: 'keyShare', label: LABELS.keyShare },
            { key: 'score', label: LABELS.averageScore },
            { key: 'version', label: LABELS.trendProfileVersion }
        ];
    }

    get tableRows() {
        const n = (value) => (typeof value === 'number' ? String(value) : '');
        return (this.snapshots || []).map((s, i) => ({
            key: s.id || String(i),
            cells: [
                formatDate(s.takenAt),
                n(s.accounts),
                n(s.keyAccounts),
                n(s.developAccounts),
                n(s.maintainAccounts),
                n(s.leanAccounts),
                n(s.idealAccounts),
                n(s.prisonerAccounts),
                n(s.riskAccounts),
                n(s.emotionalBondAccounts),
                formatMoney(s.totalMargin),
                formatPercent(s.keyAccountMarginShare),
                formatNumber(s.averageScore, 2),
                n(s.profileVersion)
            ]
        }));
    }
}
