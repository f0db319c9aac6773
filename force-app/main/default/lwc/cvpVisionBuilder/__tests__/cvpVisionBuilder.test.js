import CvpVisionBuilder from 'c/cvpVisionBuilder';
import { getRecord, createRecord, updateRecord } from 'lightning/uiRecordApi';
import { getRelatedListRecords } from 'lightning/uiRelatedListApi';
import flushPromises from 'cvp-test/flushPromises';
import { $, $$, mount, resetDom } from 'cvp-test/dom';

const mockAccount = require('./data/getRecordAccount.json');
const mockDraft = require('./data/visionsDraft.json');
const mockAgreed = require('./data/visionsAgreed.json');
const mockEmpty = require('./data/visionsEmpty.json');
const mockCreated = require('./data/createRecordVision.json');
const mockUpdateError = require('./data/updateRecordError.json');
const mockObjectives = require('../../cvpVisionObjectives/__tests__/data/objectives.json');

const ACCOUNT_ID = mockAccount.id;
const visionsList = (config) => config.relatedListId === 'CVP_Customer_Visions__r';
const objectivesList = (config) => config.relatedListId === 'CVP_Objectives__r';

async function render(visions = mockDraft) {
    const element = mount('c-cvp-vision-builder', CvpVisionBuilder, { recordId: ACCOUNT_ID });
    // The wires get their config after connecting; the filtered emits below need it.
    await flushPromises();
    getRecord.emit(mockAccount);
    getRelatedListRecords.emit(visions, visionsList);
    await flushPromises();
    return element;
}

function type(element, field, value) {
    const input = $(element, `[data-field="${field}"]`);
    input.value = value;
    input.dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

async function click(element, selector) {
    $(element, selector).click();
    await flushPromises();
}

describe('c-cvp-vision-builder', () => {
    afterEach(() => {
        resetDom();
        window.sessionStorage.clear();
    });

    it('reads the account’s visions, newest version first, joint fields only', async () => {
        await render();
        expect(getRecord.getLastConfig().fields).toEqual([{ objectApiName: 'Account', fieldApiName: 'Name' }]);
        let config;
        getRelatedListRecords.emit(mockDraft, (c) => {
            if (visionsList(c)) config = c;
            return false;
        });
        expect(config.parentRecordId).toBe(ACCOUNT_ID);
        expect(config.sortBy).toEqual(['-CVP_Customer_Vision__c.CVP_Version__c']);
        // Only the vision's own fields: nothing of the account's scores can come through this list.
        expect(config.fields.every((f) => f.startsWith('CVP_Customer_Vision__c.'))).toBe(true);
    });

    it('starts the first vision as a Draft, version 1', async () => {
        createRecord.mockResolvedValue(mockCreated);
        const element = await render(mockEmpty);
        expect($(element, '.empty').textContent).toBe('c.CVP_Vision_Empty');
        await click(element, 'lightning-button.create');
        expect(createRecord).toHaveBeenCalledWith({
            apiName: 'CVP_Customer_Vision__c',
            fields: {
                CVP_Account__c: ACCOUNT_ID,
                Name: 'c.CVP_Vision_Name_Template',
                CVP_Status__c: 'Draft',
                CVP_Version__c: 1
            }
        });
        expect($$(element, 'section.vision-section')).toHaveLength(7);
        await expect(element).toBeAccessible();
    });

    it('shows each section of the method with its prompt', async () => {
        const element = await render();
        expect($$(element, 'section.vision-section').map((s) => s.dataset.section)).toEqual([
            'currentState',
            'developmentPlan',
            'sharedVision',
            'communication',
            'value',
            'edges',
            'followUp'
        ]);
        expect($$(element, '.prompt').map((p) => p.textContent)).toEqual([
            'c.CVP_Vision_Current_State_Prompt',
            'c.CVP_Vision_Development_Plan_Prompt',
            'c.CVP_Vision_Shared_Vision_Prompt',
            'c.CVP_Vision_Communication_Prompt',
            'c.CVP_Vision_Value_Prompt',
            'c.CVP_Vision_Edges_Prompt',
            'c.CVP_Vision_Follow_Up_Prompt'
        ]);
        expect($(element, '[data-field="sharedVision"]').value).toBe('Zero unplanned stops by 2027.');
        expect($(element, 'lightning-checkbox-group.edges').value).toEqual(['Education', 'Efficiency']);
        expect($(element, '.unsaved')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('edits and saves explicitly, writing the joint fields', async () => {
        updateRecord.mockResolvedValue({});
        const element = await render();
        type(element, 'sharedVision', 'A mill that never stops unplanned.');
        await flushPromises();
        expect($(element, '.unsaved').textContent).toBe('c.CVP_Vision_Unsaved');
        await click(element, 'lightning-button.save');
        const { fields } = updateRecord.mock.calls[0][0];
        expect(fields).toMatchObject({
            Id: 'a06Qy000000Vis1IAC',
            CVP_Shared_Vision__c: 'A mill that never stops unplanned.',
            CVP_Current_State__c: 'Sawmill customer since 2021; two sites.',
            CVP_Competitive_Edges__c: 'Education;Efficiency'
        });
        expect(Object.keys(fields).every((f) => f === 'Id' || f.startsWith('CVP_'))).toBe(true);
        expect(fields).not.toHaveProperty('CVP_Status__c');
        expect($(element, '.unsaved')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('keeps the text when the save fails, and says why', async () => {
        updateRecord.mockRejectedValue(mockUpdateError);
        const element = await render();
        type(element, 'developmentPlan', 'Text that must not be lost.');
        await flushPromises();
        await click(element, 'lightning-button.save');
        expect($(element, 'c-error-panel.save-error')).not.toBeNull();
        expect($(element, '[data-field="developmentPlan"]').value).toBe('Text that must not be lost.');
        expect($(element, '.unsaved')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('keeps unsaved text over a page reload and warns before leaving', async () => {
        const first = await render();
        type(first, 'followUp', 'Typed, not saved.');
        await flushPromises();
        // The browser's own event, as a page reload or close sends it.
        // eslint-disable-next-line @lwc/lwc/prefer-custom-event
        const leave = new Event('beforeunload', { cancelable: true });
        window.dispatchEvent(leave);
        expect(leave.defaultPrevented).toBe(true);
        resetDom();

        const again = await render();
        expect($(again, '.restored').textContent).toBe('c.CVP_Vision_Draft_Restored');
        expect($(again, '[data-field="followUp"]').value).toBe('Typed, not saved.');
        await click(again, 'lightning-button.discard');
        expect($(again, '[data-field="followUp"]').value).toBe('Quarterly review.');
        expect(window.sessionStorage.length).toBe(0);
        await expect(again).toBeAccessible();
    });

    it('agrees a draft only with the date and the customer participants', async () => {
        updateRecord.mockResolvedValue({});
        const element = await render();
        await click(element, 'lightning-button.agree');
        await click(element, 'lightning-button.agree-confirm');
        expect(updateRecord).not.toHaveBeenCalled();
        expect($(element, '.agree-problems li').textContent).toBe('c.CVP_Vision_Agree_Missing');
        await expect(element).toBeAccessible();

        const participants = $(element, 'lightning-textarea.agree-participants');
        participants.dispatchEvent(new CustomEvent('change', { detail: { value: ' Anna Virtanen ' } }));
        const date = $(element, 'lightning-input.agree-date');
        date.dispatchEvent(new CustomEvent('change', { detail: { value: '2026-03-15' } }));
        await click(element, 'lightning-button.agree-confirm');
        expect(updateRecord.mock.calls[0][0].fields).toMatchObject({
            Id: 'a06Qy000000Vis1IAC',
            CVP_Status__c: 'Agreed',
            CVP_Agreed_Date__c: '2026-03-15',
            CVP_Customer_Participants__c: 'Anna Virtanen'
        });
        expect($(element, '.locked').textContent).toBe('c.CVP_Vision_Agreed_Locked');
        expect($(element, '[data-field="sharedVision"]').readOnly).toBe(true);
        await expect(element).toBeAccessible();
    });

    it('moves an agreed vision under review', async () => {
        updateRecord.mockResolvedValue({});
        const element = await render(mockAgreed);
        expect($(element, 'lightning-button.agree')).toBeNull();
        await click(element, 'lightning-button.start-review');
        expect(updateRecord.mock.calls[0][0].fields).toMatchObject({
            Id: 'a06Qy000000Vis2IAC',
            CVP_Status__c: 'UnderReview'
        });
        expect($(element, 'lightning-button.start-review')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('starts a new version from the agreed one, carrying the open objectives', async () => {
        createRecord.mockResolvedValue(mockCreated);
        const element = await render(mockAgreed);
        getRelatedListRecords.emit(mockObjectives, objectivesList);
        await flushPromises();
        await click(element, 'lightning-button.new-version');
        expect(createRecord.mock.calls[0][0]).toEqual({
            apiName: 'CVP_Customer_Vision__c',
            fields: expect.objectContaining({
                CVP_Account__c: ACCOUNT_ID,
                CVP_Status__c: 'Draft',
                CVP_Version__c: 3,
                CVP_Previous_Version__c: 'a06Qy000000Vis2IAC',
                CVP_Shared_Vision__c: 'Zero unplanned stops by 2028.'
            })
        });
        expect(createRecord.mock.calls[0][0].fields).not.toHaveProperty('CVP_Agreed_Date__c');
        const copied = createRecord.mock.calls.slice(1).map((c) => c[0]);
        expect(copied.map((c) => c.fields.Name)).toEqual(['Cut downtime', 'Joint roadmap']);
        expect(copied.every((c) => c.fields.CVP_Vision__c === mockCreated.id)).toBe(true);
        expect($(element, '.version-line').textContent).toBe('c.CVP_Vision_Version_Line');
        expect($(element, 'lightning-button.agree')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('keeps earlier agreed versions readable', async () => {
        const element = await render(mockAgreed);
        const earlier = $$(element, '.earlier-version');
        expect(earlier).toHaveLength(1);
        await click(element, 'lightning-button.read');
        const view = $(element, 'c-cvp-vision-print');
        expect(view.vision.id).toBe('a06Qy000000Vis1IAC');
        expect(view.vision.sharedVision).toBe('Zero unplanned stops by 2027.');
        await click(element, 'lightning-button.close-view');
        expect($(element, 'c-cvp-vision-print')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows the customer view with the joint content only', async () => {
        const element = await render(mockAgreed);
        await click(element, 'lightning-button.customer-view');
        const view = $(element, 'c-cvp-vision-print');
        const keys = Object.keys(view.vision).sort();
        expect(keys).toEqual(
            [
                'id',
                'name',
                'account',
                'status',
                'version',
                'agreedDate',
                'participants',
                'currentState',
                'developmentPlan',
                'sharedVision',
                'cadence',
                'channels',
                'people',
                'followUp',
                'valueEncounter',
                'valueRelationship',
                'valueWhole',
                'edges',
                'edgesNotes',
                'nextReview',
                'previousVersion'
            ].sort()
        );
        const text = view.shadowRoot.textContent;
        expect(text).toContain('Zero unplanned stops by 2028.');
        expect(text).not.toMatch(/Tier|Quadrant|Treatment|Score|Prisoner/);
        window.print = jest.fn();
        await click(element, 'lightning-button.print');
        expect(window.print).toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });

    it('offers a reminder Task when the review is due', async () => {
        createRecord.mockResolvedValue({ id: '00TQy000000Tsk1IAC' });
        const element = await render(mockAgreed);
        expect($(element, '.review-due')).not.toBeNull();
        await click(element, 'lightning-button.remind-review');
        expect(createRecord).toHaveBeenCalledWith({
            apiName: 'Task',
            fields: expect.objectContaining({
                Subject: 'c.CVP_Vision_Review_Task_Subject',
                ActivityDate: '2020-01-15',
                WhatId: 'a06Qy000000Vis2IAC',
                OwnerId: expect.any(String)
            })
        });
        await expect(element).toBeAccessible();
    });

    it('shows a load error through the error panel', async () => {
        const element = mount('c-cvp-vision-builder', CvpVisionBuilder, { recordId: ACCOUNT_ID });
        getRelatedListRecords.error(undefined, 500, 'Server Error');
        await flushPromises();
        expect($(element, 'c-error-panel.load-error')).not.toBeNull();
        await expect(element).toBeAccessible();
    });
});
