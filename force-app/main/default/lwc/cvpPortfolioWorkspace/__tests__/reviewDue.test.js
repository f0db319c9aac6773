import CvpPortfolioWorkspace from 'c/cvpPortfolioWorkspace';
import CvpPortfolioTable from 'c/cvpPortfolioTable';
import { gql, graphql } from 'lightning/graphql';
import { exportRecords, REVIEW_DUE_WHERE, rowsFromConnection, whereFor } from 'c/cvpPortfolioData';
import flushPromises from 'cvp-test/flushPromises';
import { $, mount, resetDom } from 'cvp-test/dom';

const page1 = require('../../cvpPortfolioData/__tests__/data/accountsPage1.json');
const context = require('../../cvpPortfolioData/__tests__/data/context.json');

// A fixture goes to the query whose variables it answers (as in cvpPortfolioWorkspace.test.js).
const isAccounts = (config) => Boolean(config && config.variables && 'first' in config.variables);
const isContext = (config) => Boolean(config) && !config.variables;

async function renderWorkspace() {
    const element = mount('c-cvp-portfolio-workspace', CvpPortfolioWorkspace, {});
    await flushPromises();
    graphql.emit(context.data, isContext);
    graphql.emit(page1.data, isAccounts);
    await flushPromises();
    return element;
}

describe('accounts due for review in the workspace (docs/method.md, Review due)', () => {
    afterEach(resetDom);

    it('filters on the day the sync stored, against the org’s today', () => {
        expect(whereFor({ reviewDue: true })).toEqual({ CVP_Review_Due_On__c: { lte: { literal: 'TODAY' } } });
        expect(whereFor({ reviewDue: true, tier: 'keyAccount' })).toEqual({
            and: [{ CVP_Tier__c: { eq: 'keyAccount' } }, REVIEW_DUE_WHERE]
        });
        expect(whereFor({ reviewDue: false })).toBeUndefined();
    });

    it('counts the due accounts of the whole portfolio on the server, not the loaded rows', async () => {
        const element = await renderWorkspace();
        const query = gql.mock.calls
            .map(([strings]) => strings.join(''))
            .find((text) => text.includes('cvpPortfolioContext'));
        expect(query).toMatch(
            /Account\(where: \{ CVP_Review_Due_On__c: \{ lte: \{ literal: TODAY \} \} \}, first: 1\) \{\s*totalCount/
        );
        const table = $(element, 'c-cvp-portfolio-table');
        // 37 due in the portfolio, with three rows loaded.
        expect(table.reviewDueCount).toBe(37);
        expect(table.rows).toHaveLength(3);
    });

    it('asks the server for the due accounts when the filter is on, within the scope', async () => {
        const element = await renderWorkspace();
        const table = $(element, 'c-cvp-portfolio-table');
        table.dispatchEvent(new CustomEvent('filterchange', { detail: { filters: { reviewDue: true } } }));
        await flushPromises();
        expect(graphql.getLastConfig().variables).toMatchObject({ where: REVIEW_DUE_WHERE, after: null });
    });

    it('offers the filter beside the others and shows the count', async () => {
        const rows = rowsFromConnection(page1.data.uiapi.query.Account).rows;
        const element = mount('c-cvp-portfolio-table', CvpPortfolioTable, { rows, totalCount: 5, reviewDueCount: 37 });
        await flushPromises();
        const events = [];
        element.addEventListener('filterchange', (e) => events.push(e.detail));
        expect($(element, '.review-due-count').textContent.trim()).toBe('c.CVP_Pf_Review_Due_Count');
        const box = $(element, 'lightning-input[data-filter="reviewDue"]');
        expect(box.label).toBe('c.CVP_Pf_Review_Due_Only');
        box.dispatchEvent(new CustomEvent('change', { detail: { checked: true } }));
        expect(events[0].filters).toMatchObject({ reviewDue: true });
    });

    it("shows each account's next review, marked when it has come, and exports the last assessed day", async () => {
        const rows = rowsFromConnection(page1.data.uiapi.query.Account).rows;
        expect(rows.map((r) => r.reviewDueOn)).toEqual(['2020-01-10', '2030-05-02', null]);
        const element = mount('c-cvp-portfolio-table', CvpPortfolioTable, { rows, totalCount: 3 });
        await flushPromises();
        const table = $(element, 'lightning-datatable');
        const column = table.columns.find((c) => c.fieldName === 'nextReviewText');
        expect(column.label).toBe('c.CVP_Pf_Next_Review');
        expect(column.cellAttributes).toEqual({ class: { fieldName: 'nextReviewClass' } });
        const [due, later, none] = table.data;
        // The label mock is its name: the due one is said with "Due since", the later one as its date.
        expect(due).toMatchObject({
            nextReviewText: 'c.CVP_Pf_Review_Due_Since',
            nextReviewClass: 'slds-text-color_error'
        });
        expect(later).toMatchObject({ nextReviewText: 'May 2, 2030', nextReviewClass: '' });
        expect(none).toMatchObject({ nextReviewText: '', nextReviewClass: '' });

        const [header, first, , third] = exportRecords(rows);
        const at = header.indexOf('Last Assessed At');
        expect(at).toBe(header.length - 2);
        expect(first[at]).toBe('2026-03-10');
        expect(third[at]).toBeNull();
    });
});
