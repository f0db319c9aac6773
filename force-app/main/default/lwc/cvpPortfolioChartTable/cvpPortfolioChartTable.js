import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/cvpPortfolioData';

/**
 * The data table behind a chart: the same figures as text, for screen readers, for people who read
 * tables better than curves, and for copying. Hidden behind a toggle so the charts stay the first view.
 */
export default class CvpPortfolioChartTable extends LightningElement {
    @api caption;
    /** [{ key, label }] */
    @api columns = [];
    /** [{ key, cells: [text, …] }] in the order of the columns. */
    @api rows = [];

    open = false;

    get toggleLabel() {
        return this.open ? LABELS.hideData : LABELS.showData;
    }

    get expanded() {
        return String(this.open);
    }

    get tableRows() {
        return (this.rows || []).map((row) => ({
            key: row.key,
            cells: row.cells.map((text, i) => ({ key: `${row.key}-${i}`, text }))
        }));
    }

    toggle() {
        this.open = !this.open;
    }
}
