import CvpProfitabilityWaterfall from 'c/cvpProfitabilityWaterfall';
import { getRecord } from 'lightning/uiRecordApi';
import { getRelatedListRecords } from 'lightning/uiRelatedListApi';
import flushPromises from 'cvp-test/flushPromises';
import { $, $$, mount, resetDom } from 'cvp-test/dom';

const mockRecord = require('./data/getRecord.json');
const mockRecordIncomplete = require('./data/getRecordIncomplete.json');
const mockRecordPlaced = require('./data/getRecordPlaced.json');
const mockPeriods = require('./data/getRelatedListRecords.json');
const mockPeriodsIncomplete = require('./data/getRelatedListRecordsIncomplete.json');
const mockPeriodsEmpty = require('./data/getRelatedListRecordsEmpty.json');

const RECORD_ID = mockRecord.id;
// en-US in jest: amounts read "$240,000".
const amounts = (element) => $$(element, 'tr.figure-row .amount').map((td) => td.textContent);

async function render({ record = mockRecord, periods = mockPeriods, props = {} } = {}) {
    const element = mount('c-cvp-profitability-waterfall', CvpProfitabilityWaterfall, {
        recordId: RECORD_ID,
        ...props
    });
    getRecord.emit(record);
    getRelatedListRecords.emit(periods);
    await flushPromises();
    return element;
}

describe('c-cvp-profitability-waterfall', () => {
    afterEach(resetDom);

    it('marks the account’s place on the whole portfolio’s whale curve, from the fields the sync wrote', async () => {
        const element = await render({ record: mockRecordPlaced });
        const config = getRecord.getLastConfig();
        expect(config.optionalFields.map((f) => f.fieldApiName)).toEqual([
            'CVP_Current_Period__c',
            'CVP_Curve_Account_Share__c',
            'CVP_Curve_Margin_Share__c'
        ]);
        // 96.77 % of the accounts earn more: the marker sits near the right end of the 6–194 track.
        expect(Number($(element, '.curve-track .marker').getAttribute('cx'))).toBeCloseTo(6 + 0.9677 * 188, 1);
        expect($(element, '.curve-place-text').textContent).toBe('c.CVP_Waterfall_Curve_Place');
        await expect(element).toBeAccessible();
    });

    it('shows no place for an account the sync has not placed on the curve', async () => {
        const element = await render();
        expect($(element, '.curve-place')).toBeNull();
    });

    it('asks for the profitability rows of the account, newest period first', async () => {
        await render({ props: { periods: 4 } });
        expect(getRelatedListRecords.getLastConfig()).toEqual({
            parentRecordId: RECORD_ID,
            relatedListId: 'CVP_Profitability__r',
            fields: [
                'CVP_Customer_Profitability__c.CVP_Period__c',
                'CVP_Customer_Profitability__c.CVP_Revenue__c',
                'CVP_Customer_Profitability__c.CVP_Direct_Costs__c',
                'CVP_Customer_Profitability__c.CVP_Sales_Costs__c',
                'CVP_Customer_Profitability__c.CVP_Marketing_Costs__c',
                'CVP_Customer_Profitability__c.CVP_Service_Costs__c',
                'CVP_Customer_Profitability__c.CVP_Service_Hours__c'
            ],
            sortBy: ['-CVP_Customer_Profitability__c.CVP_Period__c'],
            pageSize: 4
        });
    });

    it('draws the waterfall of the account’s current period, from revenue to customer margin', async () => {
        const element = await render();
        expect($(element, '.period-picker').value).toBe('2025-Q3');
        expect($$(element, 'svg.waterfall g.step').map((g) => g.dataset.key)).toEqual([
            'revenue',
            'directCosts',
            'salesMargin',
            'salesCosts',
            'marketingCosts',
            'serviceCosts',
            'customerMargin'
        ]);
        // 240,000 − 150,000 = 90,000; 90,000 − 18,000 − 6,000 − 30,000 = 36,000
        expect(amounts(element)).toEqual([
            '$240,000',
            '-$150,000',
            '$90,000',
            '-$18,000',
            '-$6,000',
            '-$30,000',
            '$36,000'
        ]);
        expect($(element, '.margin-pct').textContent).toBe('15.00 %');
        // 410 h / 240,000 × 1,000
        expect($(element, '.hours-per-revenue').textContent).toBe('1.71');
        expect($(element, '.loss')).toBeNull();
    });

    it('makes the chart an image with a title and a description, the figures a table', async () => {
        const element = await render();
        const svg = $(element, 'svg.waterfall');
        expect(svg.getAttribute('role')).toBe('img');
        expect(svg.querySelector('title').textContent).toBe('c.CVP_Waterfall_Chart_Title');
        expect(svg.querySelector('desc').textContent).toBe('c.CVP_Waterfall_Chart_Desc');
        const ids = svg.getAttribute('aria-labelledby').split(' ');
        expect(ids).toEqual([svg.querySelector('title').id, svg.querySelector('desc').id]);
        expect($(element, 'table.figures caption').textContent).toBe('c.CVP_Waterfall_Table_Caption');
        await expect(element).toBeAccessible();
    });

    it('draws costs as bars hanging from the level before them', async () => {
        const element = await render();
        const rect = (key) => $(element, `g.step[data-key="${key}"] rect`);
        const top = (key) => Number(rect(key).getAttribute('y'));
        const bottom = (key) => top(key) + Number(rect(key).getAttribute('height'));
        // Direct costs hang from the top of revenue down to the top of the sales margin.
        expect(top('directCosts')).toBeCloseTo(top('revenue'), 0);
        expect(bottom('directCosts')).toBeCloseTo(top('salesMargin'), 0);
        expect(bottom('serviceCosts')).toBeCloseTo(top('customerMargin'), 0);
        expect(rect('directCosts').getAttribute('class')).toContain('bar_cost');
    });

    it('shows the trend over the periods, newest first in the table', async () => {
        const element = await render();
        const rows = $$(element, 'tr.trend-row');
        expect(rows.map((r) => r.querySelector('th').textContent)).toEqual([
            '2025-Q3',
            '2025-Q2',
            '2025-Q1',
            '2024-Q4'
        ]);
        expect(rows.map((r) => r.querySelector('.trend-margin').textContent)).toEqual([
            '$36,000',
            '$12,000',
            '-$10,000',
            '$25,000'
        ]);
        const bars = $$(element, 'svg.trend rect');
        expect(bars).toHaveLength(4);
        // 2025-Q1 lost money.
        expect(bars[1].getAttribute('class')).toContain('bar_loss');
        expect($(element, 'svg.trend desc').textContent).toBe('c.CVP_Waterfall_Trend_Desc');
    });

    it('switches to another period the user picks, and marks a loss', async () => {
        const element = await render();
        $(element, '.period-picker').dispatchEvent(new CustomEvent('change', { detail: { value: '2025-Q1' } }));
        await flushPromises();
        expect(amounts(element)[6]).toBe('-$10,000');
        expect($(element, '.margin-pct').textContent).toBe('-5.56 %');
        expect($(element, '.loss')).not.toBeNull();
        expect($(element, 'g.step[data-key="customerMargin"] rect').getAttribute('class')).toContain('bar_loss');
        await expect(element).toBeAccessible();
    });

    it('says the margin is unknown when the period has revenue but no costs', async () => {
        const element = await render({ record: mockRecordIncomplete, periods: mockPeriodsIncomplete });
        expect($(element, '.period-picker').value).toBe('2025-Q4');
        expect($(element, 'svg.waterfall')).toBeNull();
        expect($(element, '.incomplete').textContent).toBe('c.CVP_Waterfall_Incomplete');
        expect($$(element, 'tr.trend-row .trend-margin').map((td) => td.textContent)).toEqual(['–', '$36,000']);
        await expect(element).toBeAccessible();
    });

    it('says how to load profitability data when there is none', async () => {
        const element = await render({ periods: mockPeriodsEmpty });
        expect($(element, '.empty')).not.toBeNull();
        expect($(element, '.empty-command').textContent).toBe('c.CVP_Waterfall_Empty_Command');
        expect($(element, 'svg')).toBeNull();
        expect($(element, 'lightning-spinner')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows a spinner while loading and the error panel when the rows cannot be read', async () => {
        const element = mount('c-cvp-profitability-waterfall', CvpProfitabilityWaterfall, { recordId: RECORD_ID });
        await flushPromises();
        expect($(element, 'lightning-spinner')).not.toBeNull();
        getRecord.emit(mockRecord);
        getRelatedListRecords.error(
            { message: 'Insufficient privileges on CVP_Customer_Profitability__c' },
            403,
            'Forbidden'
        );
        await flushPromises();
        const panel = $(element, 'c-error-panel');
        expect(panel.friendlyMessage).toBe('c.CVP_Waterfall_Load_Failed');
        expect($(element, 'lightning-spinner')).toBeNull();
        await expect(element).toBeAccessible();
    });
});
