import CvpLossMakers from 'c/cvpLossMakers';
import { gql, graphql } from 'lightning/graphql';
import { EVERY_ACCOUNT } from 'c/cvpCore';
import flushPromises from 'cvp-test/flushPromises';
import { $, $$, mount, resetDom } from 'cvp-test/dom';

const page1 = require('./data/lossMakersPage1.json');
const page2 = require('./data/lossMakersPage2.json');

const SCOPE = { includedTypes: [], excludedTypes: ['Prospect', 'Partner'], recordTypes: [] };

async function render(props = { scope: SCOPE, lossTotal: -48250 }) {
    const element = mount('c-cvp-loss-makers', CvpLossMakers, props);
    await flushPromises();
    return element;
}

describe('c-cvp-loss-makers', () => {
    afterEach(resetDom);

    it('asks for every loss-maker of the portfolio scope, the largest loss first, paged with upperBound', async () => {
        await render();
        const { variables } = graphql.getLastConfig();
        // The scope's own `where` (a blank Type is in scope too), then the loss.
        expect(variables.where).toEqual({
            and: [
                { or: [{ Type: { eq: null } }, { Type: { nin: ['Prospect', 'Partner'] } }] },
                { CVP_Customer_Margin__c: { lt: 0 } }
            ]
        });
        expect(variables.orderBy).toEqual({
            CVP_Customer_Margin__c: { order: 'ASC' },
            CVP_Rank__c: { order: 'ASC', nulls: 'LAST' },
            Id: { order: 'ASC' }
        });
        expect(variables.after).toBeNull();
        const query = gql.mock.calls.map(([strings]) => strings.join('')).find((t) => t.includes('cvpLossMakers'));
        expect(query).toMatch(/Account\([^)]*first: 200, after: \$after, upperBound: 100000\)/);
        expect(query).toMatch(/CVP_Loss_Cause__c \{ value \}/);
    });

    it('waits for the scope: no where until the workspace knows it', async () => {
        await render({ scope: undefined });
        expect(graphql.getLastConfig().variables.where).toBeUndefined();
    });

    it('lists the page with rank, margin and the stored cause, and says how many make a loss in all', async () => {
        const element = await render();
        graphql.emit(page1.data);
        await flushPromises();
        expect($$(element, 'table.losses tbody a').map((a) => a.textContent)).toEqual([
            'Harbor Freight Oy',
            'Lumo Design'
        ]);
        // The last-ranked account of 1,240 is listed: the list does not depend on what the table loaded.
        expect($$(element, 'table.losses td.rank').map((td) => td.textContent)).toEqual(['1237', '1240']);
        expect($$(element, 'table.losses td.cause').map((td) => td.textContent)).toEqual([
            'c.CVP_Pf_Cause_Workload',
            'c.CVP_Pf_Cause_Low_Volume'
        ]);
        expect($(element, '.loss-count').textContent).toBe('c.CVP_Pf_Loss_Count');
        await expect(element).toBeAccessible();
    });

    it('loads the next page after the cursor and appends it, then stops', async () => {
        const element = await render();
        graphql.emit(page1.data);
        await flushPromises();
        $(element, 'lightning-button.load-more').click();
        await flushPromises();
        expect(graphql.getLastConfig().variables.after).toBe('djE6MQ==');
        graphql.emit(page2.data);
        await flushPromises();
        expect($$(element, 'table.losses tbody a').map((a) => a.textContent)).toEqual([
            'Harbor Freight Oy',
            'Lumo Design',
            'Nordic Parts AB'
        ]);
        expect($(element, 'lightning-button.load-more')).toBeNull();
    });

    it('opens an account and says so when the portfolio has no loss-maker', async () => {
        const element = await render({ scope: EVERY_ACCOUNT, lossTotal: 0 });
        graphql.emit(page1.data);
        await flushPromises();
        const opened = [];
        element.addEventListener('open', (e) => opened.push(e.detail.recordId));
        $(element, 'table.losses tbody a').click();
        expect(opened).toEqual(['001Qy0000Loss0001AA']);

        resetDom();
        const empty = await render();
        graphql.emit({ uiapi: { query: { Account: { edges: [], pageInfo: { hasNextPage: false }, totalCount: 0 } } } });
        await flushPromises();
        expect($(empty, '.no-loss').textContent).toBe('c.CVP_Pf_No_Loss');
    });
});
