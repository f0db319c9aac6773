import CvpPortfolioTable from 'c/cvpPortfolioTable';
import { rowsFromConnection, snapshotsFromConnection } from 'c/cvpPortfolioData';
import flushPromises from 'cvp-test/flushPromises';
import { $, mount, resetDom } from 'cvp-test/dom';

const page1 = require('../../cvpPortfolioData/__tests__/data/accountsPage1.json');
const context = require('../../cvpPortfolioData/__tests__/data/context.json');

const rows = rowsFromConnection(page1.data.uiapi.query.Account).rows;
const snapshots = snapshotsFromConnection(context.data.uiapi.query.CVP_Portfolio_Snapshot__c);

async function render(props = {}) {
    const element = mount('c-cvp-portfolio-table', CvpPortfolioTable, {
        rows,
        totalCount: 5,
        hasMore: true,
        snapshot: snapshots[snapshots.length - 1],
        ...props
    });
    await flushPromises();
    return element;
}

function listen(element, name) {
    const events = [];
    element.addEventListener(name, (e) => events.push(e.detail));
    return events;
}

describe('c-cvp-portfolio-table', () => {
    afterEach(resetDom);

    it('shows the loaded rows with words for tier, quadrant and stage', async () => {
        const element = await render();
        const table = $(element, 'lightning-datatable');
        expect(table.data.map((r) => r.rank)).toEqual([1, 2, 3]);
        expect(table.data[0]).toMatchObject({
            tierText: 'c.CVP_Tier_Key_Account',
            quadrantText: 'c.CVP_Quadrant_Ideal',
            lifecycleText: 'c.CVP_Stage_Established'
        });
        expect(table.enableInfiniteLoading).toBe(true);
        expect(table.columns.filter((c) => c.sortable).map((c) => c.fieldName)).toEqual([
            'rank',
            'name',
            'score',
            'margin',
            'nextReviewText'
        ]);
        expect($(element, '.loaded').textContent).toBe('c.CVP_Pf_Loaded');
        expect($(element, '.totals').textContent).toBe('c.CVP_Pf_Totals');
        await expect(element).toBeAccessible();
    });

    it('shows a dash, not a class, for an account with no customer margin', async () => {
        const element = await render({ rows: [{ ...rows[0], abcClass: null, margin: null }, rows[1]] });
        const table = $(element, 'lightning-datatable');
        expect(table.data.map((r) => r.abcClass)).toEqual(['–', rows[1].abcClass]);
    });

    it('asks for the next page only while there is one and nothing is loading', async () => {
        const element = await render();
        const events = listen(element, 'loadmore');
        $(element, 'lightning-datatable').dispatchEvent(new CustomEvent('loadmore'));
        expect(events).toHaveLength(1);
        element.loading = true;
        await flushPromises();
        $(element, 'lightning-datatable').dispatchEvent(new CustomEvent('loadmore'));
        element.loading = false;
        element.hasMore = false;
        await flushPromises();
        $(element, 'lightning-datatable').dispatchEvent(new CustomEvent('loadmore'));
        expect(events).toHaveLength(1);
        expect($(element, 'lightning-datatable').enableInfiniteLoading).toBe(false);
    });

    it('turns each filter into a filter change for the server', async () => {
        const element = await render({ filters: { tier: 'develop' } });
        const events = listen(element, 'filterchange');
        const quadrant = $(element, 'lightning-combobox[data-filter="quadrant"]');
        quadrant.dispatchEvent(new CustomEvent('change', { detail: { value: 'risk' } }));
        const incomplete = $(element, 'lightning-input[data-filter="incomplete"]');
        incomplete.dispatchEvent(new CustomEvent('change', { detail: { checked: true } }));
        expect(events[0].filters).toMatchObject({ tier: 'develop', quadrant: 'risk' });
        expect(events[1].filters).toMatchObject({ tier: 'develop', incomplete: true });
        expect($(element, 'lightning-combobox[data-filter="owner"]').options.map((o) => o.value)).toEqual(['', 'mine']);
    });

    it('offers each owner besides "my accounts" and sends the picked owner’s Id', async () => {
        const element = await render({ owners: [{ id: '005000000000000BBB', name: 'Pekka Laine' }] });
        const owner = $(element, 'lightning-combobox[data-filter="owner"]');
        expect(owner.options).toEqual([
            { label: 'c.CVP_Pf_All', value: '' },
            { label: 'c.CVP_Pf_Owner_Mine', value: 'mine' },
            { label: 'Pekka Laine', value: '005000000000000BBB' }
        ]);
        const events = listen(element, 'filterchange');
        owner.dispatchEvent(new CustomEvent('change', { detail: { value: '005000000000000BBB' } }));
        expect(events[0].filters.owner).toBe('005000000000000BBB');
    });

    it('searches when the user commits the search, not on every key', async () => {
        const element = await render();
        const events = listen(element, 'filterchange');
        const search = $(element, 'lightning-input.search');
        search.value = 'Bore';
        search.dispatchEvent(new CustomEvent('change'));
        expect(events).toHaveLength(0);
        search.dispatchEvent(new CustomEvent('commit'));
        expect(events[0].filters.search).toBe('Bore');
    });

    it('passes sort, open and export up', async () => {
        const element = await render();
        const sorts = listen(element, 'sort');
        const opens = listen(element, 'open');
        const exports = listen(element, 'export');
        const table = $(element, 'lightning-datatable');
        table.dispatchEvent(new CustomEvent('sort', { detail: { fieldName: 'score', sortDirection: 'desc' } }));
        table.dispatchEvent(
            new CustomEvent('rowaction', { detail: { action: { name: 'open' }, row: { id: rows[1].id } } })
        );
        $(element, 'lightning-button.export').dispatchEvent(new CustomEvent('click'));
        expect(sorts).toEqual([{ sortedBy: 'score', sortDirection: 'desc' }]);
        expect(opens).toEqual([{ recordId: '001Qy00000BoreLIAA' }]);
        expect(exports).toHaveLength(1);
    });

    it('says when nothing matches, and when there is no snapshot yet', async () => {
        const element = await render({ rows: [], totalCount: 0, hasMore: false, snapshot: undefined });
        expect($(element, 'lightning-datatable')).toBeNull();
        expect($(element, '.empty').textContent).toBe('c.CVP_Pf_Empty');
        expect($(element, '.totals').textContent).toBe('c.CVP_Pf_No_Snapshot');
        await expect(element).toBeAccessible();
    });
});
