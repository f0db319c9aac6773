import { LightningElement, api } from 'lwc';
import { ABC_CLASSES, QUADRANTS, TIERS } from 'c/cvpCore';
import { LABELS } from 'c/cvpPortfolioData';
import {
    QUADRANT_LABEL,
    STAGES,
    format,
    formatDate,
    formatMoney,
    formatPercent,
    tierLabel,
    treatmentLabel
} from 'c/cvpText';

const ALL = '';

/**
 * The ranked portfolio: filters, search and a lightning-datatable that loads the next page as the user
 * scrolls (enable-infinite-loading). It holds no data of its own: every filter, sort and search is an
 * event the workspace turns into a new server query, so the table never filters a partial page.
 */
export default class CvpPortfolioTable extends LightningElement {
    @api rows = [];
    @api totalCount;
    @api snapshot;
    @api hasMore = false;
    @api loading = false;
    @api filters = {};
    @api sortedBy = 'rank';
    @api sortDirection = 'asc';

    labels = LABELS;

    columns = [
        { label: LABELS.rank, fieldName: 'rank', type: 'number', sortable: true, initialWidth: 80 },
        {
            label: LABELS.account,
            fieldName: 'name',
            type: 'button',
            sortable: true,
            typeAttributes: { label: { fieldName: 'name' }, name: 'open', variant: 'base' }
        },
        {
            label: LABELS.score,
            fieldName: 'score',
            type: 'number',
            sortable: true,
            typeAttributes: { minimumFractionDigits: 2 }
        },
        { label: LABELS.tier, fieldName: 'tierText' },
        { label: LABELS.treatment, fieldName: 'treatmentText' },
        { label: LABELS.quadrant, fieldName: 'quadrantText' },
        { label: LABELS.abc, fieldName: 'abcClass', initialWidth: 90 },
        { label: LABELS.margin, fieldName: 'margin', type: 'currency', sortable: true },
        { label: LABELS.lifecycle, fieldName: 'lifecycleText' },
        { label: LABELS.owner, fieldName: 'owner' }
    ];

    get tableRows() {
        const stage = new Map(STAGES.map((s) => [s.value, s.label]));
        return (this.rows || []).map((r) => ({
            id: r.id,
            rank: r.rank,
            name: r.name,
            score: r.score,
            tierText: tierLabel(r.tier),
            treatmentText: treatmentLabel(r.treatment),
            quadrantText: r.quadrant ? QUADRANT_LABEL[r.quadrant] || r.quadrant : '',
            abcClass: r.abcClass,
            margin: r.margin,
            lifecycleText: r.lifecycle ? stage.get(r.lifecycle) || r.lifecycle : '',
            owner: r.owner
        }));
    }

    get hasRows() {
        return (this.rows || []).length > 0;
    }

    get isEmpty() {
        return !this.hasRows && !this.loading;
    }

    options(values, labelOf) {
        return [{ label: LABELS.all, value: ALL }].concat(values.map((value) => ({ label: labelOf(value), value })));
    }

    get tierOptions() {
        return this.options(TIERS, tierLabel);
    }

    get quadrantOptions() {
        return this.options(QUADRANTS, (q) => QUADRANT_LABEL[q]);
    }

    get abcOptions() {
        return this.options(ABC_CLASSES, (c) => c);
    }

    get lifecycleOptions() {
        return this.options(
            STAGES.map((s) => s.value),
            (value) => STAGES.find((s) => s.value === value).label
        );
    }

    get ownerOptions() {
        return [
            { label: LABELS.all, value: ALL },
            { label: LABELS.ownerMine, value: 'mine' }
        ];
    }

    get f() {
        return {
            tier: ALL,
            quadrant: ALL,
            abcClass: ALL,
            lifecycle: ALL,
            owner: ALL,
            incomplete: false,
            search: '',
            ...this.filters
        };
    }

    get loadedText() {
        const total = typeof this.totalCount === 'number' ? this.totalCount : (this.rows || []).length;
        return format(LABELS.loaded, (this.rows || []).length, total);
    }

    get totalsText() {
        const s = this.snapshot;
        if (!s) return LABELS.noSnapshot;
        return format(
            LABELS.totals,
            s.accounts,
            formatMoney(s.totalMargin),
            formatPercent(s.top20MarginShare),
            formatDate(s.takenAt)
        );
    }

    changeFilter(event) {
        const name = event.target.dataset.filter;
        const value = name === 'incomplete' ? event.detail.checked : event.detail.value;
        this.dispatchEvent(new CustomEvent('filterchange', { detail: { filters: { ...this.f, [name]: value } } }));
    }

    // Search runs on Enter or when the box is cleared (the input's commit event): a query per keystroke
    // would send a request for every letter of a name.
    commitSearch(event) {
        const value = event.target.value || '';
        if (value === this.f.search) return;
        this.dispatchEvent(new CustomEvent('filterchange', { detail: { filters: { ...this.f, search: value } } }));
    }

    sort(event) {
        const { fieldName, sortDirection } = event.detail;
        this.dispatchEvent(new CustomEvent('sort', { detail: { sortedBy: fieldName, sortDirection } }));
    }

    loadMore() {
        if (this.hasMore && !this.loading) this.dispatchEvent(new CustomEvent('loadmore'));
    }

    rowAction(event) {
        this.dispatchEvent(new CustomEvent('open', { detail: { recordId: event.detail.row.id } }));
    }

    exportCsv() {
        this.dispatchEvent(new CustomEvent('export'));
    }
}
