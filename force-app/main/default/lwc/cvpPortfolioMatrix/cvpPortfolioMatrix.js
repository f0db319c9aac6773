import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/cvpPortfolioData';
import { DIMENSION_TEXT, QUADRANT_LABEL, countText, format, formatMoney, formatNumber, tierLabel } from 'c/cvpText';

const SIZE = 400;
const PAD = 40;
const scale = (score) => PAD + ((score - 1) / 4) * (SIZE - 2 * PAD);
// Accounts share whole scores; a small fixed offset per account keeps equal bubbles apart, the same on
// every render (a random one would make the picture move on each load).
const offset = (index) => (((index * 37) % 11) - 5) * 1.6;

/**
 * Every loaded account in the commitment matrix: commitment across, binding up, bubble area by customer
 * margin, colour by tier (SLDS palette). A bubble opens its account (the `open` event); it takes focus
 * and opens with Enter too. SVG: see cvpPortfolioTrend for why no chart library.
 */
export default class CvpPortfolioMatrix extends LightningElement {
    @api rows = [];
    /** The profile's matrix threshold: 3.5 unless the page says otherwise. */
    @api high = 3.5;

    labels = LABELS;
    viewBox = `0 0 ${SIZE} ${SIZE}`;
    axisCommitment = DIMENSION_TEXT.commitment.name;
    axisBinding = DIMENSION_TEXT.binding.name;

    get placed() {
        return (this.rows || []).filter((r) => r.commitment !== null && r.binding !== null);
    }

    get bubbles() {
        const placed = this.placed;
        const maxMargin = Math.max(1, ...placed.map((r) => (r.margin > 0 ? r.margin : 0)));
        return placed.map((r, i) => ({
            key: r.id,
            id: r.id,
            cx: (scale(r.commitment) + offset(i)).toFixed(1),
            cy: (SIZE - scale(r.binding) + offset(i + 3)).toFixed(1),
            r: (3 + 14 * Math.sqrt(Math.max(0, r.margin || 0) / maxMargin)).toFixed(1),
            className: `bubble tier_${r.tier || 'none'}`,
            label: format(
                LABELS.bubble,
                r.name,
                formatNumber(r.commitment, 1),
                formatNumber(r.binding, 1),
                tierLabel(r.tier),
                formatMoney(r.margin)
            )
        }));
    }

    get split() {
        const at = scale(Number(this.high) || 3.5);
        return { x: at.toFixed(1), y: (SIZE - at).toFixed(1) };
    }

    get quadrantLabels() {
        const low = PAD + 40;
        const highPos = SIZE - PAD - 40;
        return [
            { key: 'prisoner', x: low, y: PAD + 14, text: QUADRANT_LABEL.prisoner },
            { key: 'ideal', x: highPos, y: PAD + 14, text: QUADRANT_LABEL.ideal },
            { key: 'risk', x: low, y: SIZE - PAD - 6, text: QUADRANT_LABEL.risk },
            { key: 'emotionalBond', x: highPos, y: SIZE - PAD - 6, text: QUADRANT_LABEL.emotionalBond }
        ];
    }

    get desc() {
        const assessed = this.placed.length;
        const unassessed = (this.rows || []).length - assessed;
        return format(
            LABELS.matrixDesc,
            countText(assessed, LABELS.matrixAssessed, LABELS.matrixAssessedOne),
            countText(unassessed, LABELS.matrixUnassessed, LABELS.matrixUnassessedOne)
        );
    }

    get columns() {
        return [
            { key: 'name', label: LABELS.account },
            { key: 'commitment', label: this.axisCommitment },
            { key: 'binding', label: this.axisBinding },
            { key: 'quadrant', label: LABELS.quadrant },
            { key: 'tier', label: LABELS.tier },
            { key: 'margin', label: LABELS.margin }
        ];
    }

    get tableRows() {
        return this.placed.map((r) => ({
            key: r.id,
            cells: [
                r.name,
                formatNumber(r.commitment, 1),
                formatNumber(r.binding, 1),
                r.quadrant ? QUADRANT_LABEL[r.quadrant] || r.quadrant : '',
                tierLabel(r.tier),
                formatMoney(r.margin)
            ]
        }));
    }

    open(event) {
        this.dispatchEvent(new CustomEvent('open', { detail: { recordId: event.currentTarget.dataset.id } }));
    }

    keyOpen(event) {
        if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            this.open(event);
        }
    }
}
