import { LightningElement, api } from 'lwc';
import { ABC_CLASSES, QUADRANTS, TIERS } from 'c/cvpCore';
import { LABELS, OWNER_MINE } from 'c/cvpPortfolioData';
import {
    QUADRANT_LABEL,
    STAGES,
    format,
    formatDate,
    formatMoney,
    formatPercent,
    tierLabel,
    todayDay,
    treatmentLabel
} from 'c/cvpText';

const ALL = '';
const DISPLAY_ROWS = new WeakMap();

/** The day the review is due, and since when when it has come (days compare as yyyy-mm-dd text). */
function nextReview(dueOn, today) {
    if (!dueOn) return { nextReviewText: '', nextReviewClass: '' };
    const due = dueOn <= today;
    return {
        nextReviewText: due ? format(LABELS.reviewDueSince, formatDate(dueOn)) : formatDate(dueOn),
        nextReviewClass: due ? 'slds-text-color_error' : ''
    };
}

/** The loaded rows as the datatable shows them: labels in the user's language. */
function displayRows(rows) {
    const stage = new Map(STAGES.map((s) => [s.value, s.label]));
    const today = todayDay();
    return rows.map((r) => ({
        id: r.id,
        rank: r.rank,
        name: r.name,
        score: r.score,
        tierText: tierLabel(r.tier),
        treatmentText: treatmentLabel(r.treatment),
        quadrantText: r.quadrant ? QUADRANT_LABEL[r.quadrant] || r.quadrant : '',
        // No margin, no class (docs/method.md, Portfolio analysis): a dash, like any missing figure.
        abcClass: r.abcClass || '–',
        margin: r.margin,
        lifecycleText: r.lifecycle ? stage.get(r.lifecycle) || r.lifecycle : '',
        owner: r.owner,
        ...nextReview(r.reviewDueOn, today)
    }));
}

/**
 * The ranked portfolio: filters, search and a lightning-datatable that loads the next page as the user
 * scrolls (enable-infinite-loading). It holds no data of its own: every filter, sort and search is an
 * event the workspace turns into a new server query, so the table never filters a partial page.
 */
export default class CvpPortfolioTable extends LightningElement {
    @api rows = [];
    @api totalCount;
    /** Accounts in the whole portfolio due for review, as the server counts them; undefined: not known. */
    @api reviewDueCount;
    @api snapshot;
    @api hasMore = false;
    @api loading = false;
    @api filters = {};
    /** Users who own accounts ({ id, name }), besides the current user: the owner filter offers each. */
    @api owners = [];
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
        { label: LABELS.owner, fieldName: 'owner' },
        {
            label: LABELS.nextReview,
            fieldName: 'nextReviewText',
            sortable: true,
            // Wide enough for "Due since 30 Sept 2026" / "Erääntynyt 30.9.2026" without cutting the date.
            initialWidth: 170,
            cellAttributes: { class: { fieldName: 'nextReviewClass' } }
        }
    ];

    // Once per rows array: the table also renders again when only the spinner, the count or the snapshot
    // changes, and a new data array would make lightning-datatable process every row again.
    get tableRows() {
        const rows = this.rows || [];
        let display = DISPLAY_ROWS.get(rows);
        if (!display) {
            display = displayRows(rows);
            DISPLAY_ROWS.set(rows, display);
        }
        return display;
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
            { label: LABELS.ownerMine, value: OWNER_MINE }
        ].concat((this.owners || []).map((o) => ({ label: o.name, value: o.id })));
    }

    get f() {
        return {
            tier: ALL,
            quadrant: ALL,
            abcClass: ALL,
            lifecycle: ALL,
            owner: ALL,
            incomplete: false,
            reviewDue: false,
            search: '',
            ...this.filters
        };
    }

    get reviewDueText() {
        return typeof this.reviewDueCount === 'number' ? format(LABELS.reviewDueCount, this.reviewDueCount) : '';
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
        const value = name === 'incomplete' || name === 'reviewDue' ? event.detail.checked : event.detail.value;
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
        this.dispatchEvent(new CustomEvent('export', { detail: { format: 'csv' } }));
    }

    exportXlsx() {
        this.dispatchEvent(new CustomEvent('export', { detail: { format: 'xlsx' } }));
    }
}
