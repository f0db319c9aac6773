import CvpRankMovers from 'c/cvpRankMovers';
import { gql, graphql } from 'lightning/graphql';
import { EVERY_ACCOUNT } from 'c/cvpCore';
import { snapshotsFromConnection } from 'c/cvpPortfolioData';
import flushPromises from 'cvp-test/flushPromises';
import { $, $$, mount, resetDom } from 'cvp-test/dom';

const risingPage1 = require('./data/risingPage1.json');
const risingPage2 = require('./data/risingPage2.json');
const fallers = require('./data/fallers.json');
const context = require('../../cvpPortfolioData/__tests__/data/context.json');

const snapshot = snapshotsFromConnection(context.data.uiapi.query.CVP_Portfolio_Snapshot__c).at(-1);
const change = (config) => config && config.variables && config.variables.where && config.variables.where.and[1];
const isRising = (config) => Boolean(change(config) && change(config).CVP_Compare_Rank_Change__c.gt === 0);
const isFalling = (config) => Boolean(change(config) && change(config).CVP_Compare_Rank_Change__c.lt === 0);

async function render(props = {}) {
    const element = mount('c-cvp-rank-movers', CvpRankMovers, { scope: EVERY_ACCOUNT, snapshot, ...props });
    await flushPromises();
    graphql.emit(risingPage1.data, isRising);
    graphql.emit(fallers.data, isFalling);
    await flushPromises();
    return element;
}

const changes = (element, list) => $$(element, `ol.${list} li .change`).map((s) => s.textContent);

describe('c-cvp-rank-movers', () => {
    afterEach(resetDom);

    it('asks for every rise and fall of the whole portfolio, the largest first, 200 a page with upperBound', async () => {
        const configs = [];
        const element = mount('c-cvp-rank-movers', CvpRankMovers, { scope: EVERY_ACCOUNT, snapshot });
        await flushPromises();
        graphql.emit(risingPage1.data, (config) => {
            configs.push(config);
            return false;
        });
        const risingConfig = configs.find(isRising);
        expect(risingConfig.variables.orderBy).toEqual({
            CVP_Compare_Rank_Change__c: { order: 'DESC' },
            CVP_Compare_Rank__c: { order: 'ASC' },
            Id: { order: 'ASC' }
        });
        expect(risingConfig.variables.after).toBeNull();
        expect(configs.find(isFalling).variables.orderBy).toEqual({
            CVP_Compare_Rank_Change__c: { order: 'ASC' },
            CVP_Rank__c: { order: 'ASC' },
            Id: { order: 'ASC' }
        });
        const texts = gql.mock.calls.map(([strings]) => strings.join(''));
        for (const name of ['cvpRisingStars', 'cvpFallers']) {
            const query = texts.find((t) => t.includes(name));
            expect(query).toMatch(/Account\([^)]*first: 200, after: \$after, upperBound: 100000\)/);
            expect(query).toMatch(/pageInfo \{ endCursor hasNextPage \}/);
        }
        expect(element).toBeTruthy();
    });

    it('lists the rising stars and the fallers with their ranks, a riser from far down included', async () => {
        const element = await render();
        expect(changes(element, 'rising')).toEqual(['(+38838)', '(+725)']);
        expect(changes(element, 'fallers')).toEqual(['(-1616)']);
        expect($$(element, 'ol.rising a').length).toBe(2);
        expect($(element, '.movers-scope').textContent).toBe('c.CVP_Pf_Movers_Scope');
        expect($(element, '.rising-shown').textContent.trim()).toBe('c.CVP_Pf_Movers_Shown');
        // Every faller is listed: no button to ask for more.
        expect($(element, 'lightning-button.more-falling')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('loads the next rising stars after the cursor and appends them, then stops; the fallers stay', async () => {
        const element = await render();
        $(element, 'lightning-button.more-rising').click();
        await flushPromises();
        const configs = [];
        graphql.emit(risingPage2.data, (config) => {
            configs.push(config);
            return isRising(config) && config.variables.after === 'djE6MTk5';
        });
        await flushPromises();
        expect(configs.find(isRising).variables.after).toBe('djE6MTk5');
        expect(configs.find(isFalling).variables.after).toBeNull();
        expect(changes(element, 'rising')).toEqual(['(+38838)', '(+725)', '(+71)']);
        expect($(element, 'lightning-button.more-rising')).toBeNull();
        expect(changes(element, 'fallers')).toEqual(['(-1616)']);
    });

    it('opens an account, and says when no snapshot names a comparison', async () => {
        const element = await render();
        const opened = [];
        element.addEventListener('open', (e) => opened.push(e.detail.recordId));
        $(element, 'ol.fallers a').click();
        expect(opened).toEqual(['001Qy0000Move0003AA']);
        resetDom();
        const none = await render({ snapshot: undefined });
        expect($(none, '.no-comparison')).not.toBeNull();
        expect($(none, 'ol.rising')).toBeNull();
    });
});
