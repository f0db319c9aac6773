import CvpWhatIf from 'c/cvpWhatIf';
import { createRecord } from 'lightning/uiRecordApi';
import { rowsFromConnection } from 'c/cvpPortfolioData';
import { mergeProfiles } from 'c/cvpProfiles';
import { $, $$, mount, resetDom } from 'cvp-test/dom';

// Eight accounts in the GraphQL wire's shape, and the profiles of the workspace's context query.
const accounts = require('./data/accounts.json');
const context = require('../../cvpPortfolioData/__tests__/data/context.json');
// The UI API's record representation that createRecord resolves with, and its error body.
const created = require('./data/createRecord.json');
const createError = require('./data/createRecordError.json');

const rows = rowsFromConnection(accounts.data.uiapi.query.Account).rows;
const profiles = mergeProfiles(context.data.uiapi.query.CVP_Scoring_Profile__c).profiles;
const current = profiles.find((p) => p.key === 'current');

// The debounce runs on fake timers, so waiting is on microtasks only (renders and promises), never on a timer.
function settle() {
    let chain = Promise.resolve();
    for (let i = 0; i < 10; i++) chain = chain.then(() => undefined);
    return chain;
}

function render(props = {}) {
    return mount('c-cvp-what-if', CvpWhatIf, {
        rows,
        profile: current,
        profileKeys: profiles.map((p) => p.key),
        ...props
    });
}

const input = (element, key) => $(element, `lightning-input[data-key="${key}"]`);

// As a person types: the input holds the text, and its change event carries it.
async function type(element, key, value) {
    const field = input(element, key);
    field.value = value;
    field.dispatchEvent(new CustomEvent('change', { detail: { value } }));
    await Promise.resolve();
}

const text = (element, selector) => ($(element, selector) || {}).textContent;
const moves = (element) =>
    $$(element, 'tr.move').map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent).join(' → '));
const changedNames = (element) => $$(element, 'tr.changed-row a').map((a) => a.textContent);
const button = (element, name) => $(element, `lightning-button.${name}`);

describe('c-cvp-what-if', () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => {
        resetDom();
        jest.useRealTimers();
    });

    it('starts from the profile: its figures in the inputs, every account ranked, nobody moving', async () => {
        const element = render();
        await settle();
        expect(input(element, 'volume').value).toBe(30);
        expect(input(element, 'keyAccount').value).toBe(4);
        // Labels are their names under jest: the summary is there, and the table of moves is not.
        expect(text(element, '.summary')).toBe('c.CVP_WhatIf_Summary');
        expect(text(element, '.no-moves')).toBe('c.CVP_WhatIf_No_Moves');
        expect(button(element, 'save').disabled).toBe(true);
        expect(button(element, 'discard').disabled).toBe(true);
    });

    it('ranks again once typing pauses, not on every change, and shows who changes tier', async () => {
        const element = render();
        await settle();
        await type(element, 'volume', '20');
        await type(element, 'volume', '10');
        // Volume 10 and potential 10: the weights sum to 80 until potential is raised.
        expect(text(element, '.general-issue')).toBe('c.CVP_WhatIf_Err_Sum');
        await type(element, 'potential', '30');
        jest.advanceTimersByTime(200);
        await Promise.resolve();
        // Not yet: nobody moves until typing has paused for the whole debounce.
        expect(text(element, '.no-moves')).toBe('c.CVP_WhatIf_No_Moves');
        jest.advanceTimersByTime(100);
        await settle();
        expect(moves(element)).toEqual([
            'c.CVP_Tier_Maintain → c.CVP_Tier_Develop → 2',
            'c.CVP_Tier_Key_Account → c.CVP_Tier_Develop → 1',
            'c.CVP_Tier_Maintain → c.CVP_Tier_Lean → 1'
        ]);
        // Scores tried: Aalto and Carelia 3.40, Eno 3.20, Fjord 1.80.
        expect(changedNames(element).sort()).toEqual(['Aalto Oy', 'Carelia Oy', 'Eno Oy', 'Fjord Ab']);
        const aalto = $$(element, 'tr.changed-row').find((tr) => tr.textContent.includes('Aalto Oy'));
        expect([...aalto.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
            'c.CVP_Tier_Key_Account',
            'c.CVP_Tier_Develop',
            '1',
            expect.any(String),
            '4.20',
            '3.40'
        ]);
        expect(button(element, 'save').disabled).toBe(false);
    });

    it('checks the figures by the profile rules and ranks nothing while they break them', async () => {
        const element = render();
        await settle();
        await type(element, 'loyalty', '-5');
        await type(element, 'develop', '4.5');
        jest.advanceTimersByTime(300);
        await settle();
        expect(text(element, '.field-error').trim()).toBe('c.CVP_WhatIf_Err_Negative');
        expect($$(element, '.general-issue').map((p) => p.textContent.trim())).toEqual([
            'c.CVP_WhatIf_Err_Sum',
            'c.CVP_WhatIf_Err_Order'
        ]);
        expect($(element, '.summary')).toBeNull();
        expect(text(element, '.invalid')).toBeTruthy();
        expect(button(element, 'save').disabled).toBe(true);
        await type(element, 'keyAccount', '');
        expect($$(element, '.field-error').map((p) => p.textContent.trim())).toContain('c.CVP_WhatIf_Err_Not_Number');
    });

    it('shows the 80/20 figures and the whale curves now and tried', async () => {
        const element = render();
        await settle();
        await type(element, 'volume', '10');
        await type(element, 'potential', '30');
        jest.advanceTimersByTime(300);
        await settle();
        const figure = (key) =>
            [...$(element, `tr.figure[data-key="${key}"]`).querySelectorAll('td')].map((td) => td.textContent);
        // Margins 120,000 + 100,000 of 338,000: the key accounts Aalto and Helmi now; Helmi alone tried.
        expect(figure('keyShare')).toEqual(['65%', '30%']);
        expect(figure('tier-keyAccount')).toEqual(['2', '1']);
        expect(figure('tier-develop')).toEqual(['2', '5']);
        expect($$(element, 'svg.curves polyline').map((p) => p.dataset.key)).toEqual(['best', 'now', 'tried']);
    });

    it('pages the accounts that change tier', async () => {
        const many = Array.from({ length: 60 }, (_, k) => ({
            ...rows[k % rows.length],
            id: `001Qy00000Many${k}`,
            name: `Account ${k}`
        }));
        const element = render({ rows: many });
        await settle();
        await type(element, 'volume', '10');
        await type(element, 'potential', '30');
        jest.advanceTimersByTime(300);
        await settle();
        // 4 of every 8 change tier: 30 accounts, 25 on the first page.
        expect(changedNames(element)).toHaveLength(25);
        expect(button(element, 'previous').disabled).toBe(true);
        button(element, 'next').click();
        await settle();
        expect(changedNames(element)).toHaveLength(5);
        expect(button(element, 'next').disabled).toBe(true);
    });

    it('saves the tried figures as a new profile and never touches the shown one', async () => {
        createRecord.mockResolvedValue(created);
        const element = render();
        const handler = jest.fn();
        element.addEventListener('profilesaved', handler);
        await settle();
        await type(element, 'volume', '10');
        await type(element, 'potential', '30');
        await type(element, 'keyAccount', '3.9');
        jest.advanceTimersByTime(300);
        await settle();
        button(element, 'save').click();
        await settle();
        expect(createRecord).toHaveBeenCalledTimes(1);
        expect(createRecord).toHaveBeenCalledWith({
            apiName: 'CVP_Scoring_Profile__c',
            fields: {
                Name: 'Current key accounts (2)',
                CVP_Key__c: 'current-2',
                CVP_Default__c: false,
                CVP_Derived_From__c: 'current',
                CVP_Weight_Volume__c: 10,
                CVP_Weight_Profitability__c: 20,
                CVP_Weight_Loyalty__c: 20,
                CVP_Weight_Potential__c: 30,
                CVP_Weight_Reference__c: 10,
                CVP_Weight_Learning__c: 10,
                CVP_Weight_Contact__c: 0,
                CVP_Weight_Emotional__c: 0,
                CVP_Tier_Key_Account__c: 3.9,
                CVP_Tier_Develop__c: 3,
                CVP_Tier_Maintain__c: 2,
                CVP_Matrix_High__c: 3.5,
                CVP_Min_Coverage__c: 70
            }
        });
        expect(current.weights.volume).toBe(30);
        expect(text(element, '.saved')).toBe('c.CVP_WhatIf_Saved');
        expect(handler.mock.calls[0][0].detail).toEqual({ key: 'current-2' });
        // A second save is the next version, not the same key again.
        button(element, 'save').click();
        await settle();
        expect(createRecord.mock.calls[1][0].fields.CVP_Key__c).toBe('current-3');
    });

    it('shows a failed save in the error panel and keeps the draft', async () => {
        createRecord.mockRejectedValue(createError);
        const element = render();
        await settle();
        await type(element, 'volume', '10');
        await type(element, 'potential', '30');
        jest.advanceTimersByTime(300);
        await settle();
        button(element, 'save').click();
        await settle();
        const panel = $(element, 'c-error-panel.save-error');
        expect(panel.friendlyMessage).toBe('c.CVP_WhatIf_Save_Failed');
        expect(panel.errors).toEqual(createError);
        expect(panel.shadowRoot.textContent).toContain('duplicate value found: CVP_Key__c');
        expect(input(element, 'volume').value).toBe('10');
        expect($(element, '.saved')).toBeNull();
        expect(button(element, 'save').disabled).toBe(false);
    });

    it('discards the tried figures: the profile figures back, nobody moving', async () => {
        const element = render();
        await settle();
        await type(element, 'volume', '10');
        await type(element, 'potential', '30');
        jest.advanceTimersByTime(300);
        await settle();
        expect(moves(element)).toHaveLength(3);
        button(element, 'discard').click();
        await settle();
        expect(input(element, 'volume').value).toBe(30);
        expect(input(element, 'potential').value).toBe(10);
        expect(text(element, '.no-moves')).toBe('c.CVP_WhatIf_No_Moves');
        expect(button(element, 'save').disabled).toBe(true);
        expect(createRecord).not.toHaveBeenCalled();
    });

    it('says when only part of the portfolio is loaded, and nothing once all of it is', async () => {
        const element = render({ totalCount: 50000 });
        await settle();
        // Labels resolve to their names under jest: the label is the right one.
        expect(text(element, '.scope')).toBe('c.CVP_WhatIf_Scope');
        element.totalCount = rows.length;
        await settle();
        expect($(element, '.scope')).toBeNull();
    });
});
