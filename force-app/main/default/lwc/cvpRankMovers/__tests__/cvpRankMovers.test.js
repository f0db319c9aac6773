import CvpRankMovers from 'c/cvpRankMovers';
import { graphql } from 'lightning/graphql';
import { EVERY_ACCOUNT } from 'c/cvpCore';
import { snapshotsFromConnection } from 'c/cvpPortfolioData';
import flushPromises from 'cvp-test/flushPromises';
import { $, $$, mount, resetDom } from 'cvp-test/dom';

const rising = require('./data/rising.json');
const fallers = require('./data/fallers.json');
const context = require('../../cvpPortfolioData/__tests__/data/context.json');

const snapshot = snapshotsFromConnection(context.data.uiapi.query.CVP_Portfolio_Snapshot__c).at(-1);
const change = (config) => config && config.variables && config.variables.where && config.variables.where.and[1];
const isRising = (config) => Boolean(change(config) && change(config).CVP_Compare_Rank_Change__c.gt === 0);
const isFalling = (config) => Boolean(change(config) && change(config).CVP_Compare_Rank_Change__c.lt === 0);

async function render(props = {}) {
    const element = mount('c-cvp-rank-movers', CvpRankMovers, { scope: EVERY_ACCOUNT, snapshot, ...props });
    await flushPromises();
    graphql.emit(rising.data, isRising);
    graphql.emit(fallers.data, isFalling);
    await flushPromises();
    return element;
}

describe('c-cvp-rank-movers', () => {
    afterEach(resetDom);

    it('asks for the largest rises and falls of the whole portfolio, from the stored compare ranks', async () => {
        const configs = [];
        const element = mount('c-cvp-rank-movers', CvpRankMovers, { scope: EVERY_ACCOUNT, snapshot });
        await flushPromises();
        graphql.emit(rising.data, (config) => {
            configs.push(config);
            return false;
        });
        const risingConfig = configs.find(isRising);
        expect(risingConfig.variables.orderBy).toEqual({
            CVP_Compare_Rank_Change__c: { order: 'DESC' },
            CVP_Compare_Rank__c: { order: 'ASC' },
            Id: { order: 'ASC' }
        });
        expect(configs.find(isFalling).variables.orderBy).toEqual({
            CVP_Compare_Rank_Change__c: { order: 'ASC' },
            CVP_Rank__c: { order: 'ASC' },
            Id: { order: 'ASC' }
        });
        expect(element).toBeTruthy();
    });

    it('lists the rising stars and the fallers with their ranks, a riser from far down included', async () => {
        const element = await render();
        expect($$(element, 'ol.rising li .change').map((s) => s.textContent)).toEqual(['(+38838)', '(+725)']);
        expect($$(element, 'ol.fallers li .change').map((s) => s.textContent)).toEqual(['(-1616)']);
        expect($$(element, 'ol.rising a').length).toBe(2);
        expect($(element, '.movers-scope').textContent).toBe('c.CVP_Pf_Movers_Scope');
        await expect(element).toBeAccessible();
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
