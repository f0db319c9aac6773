import CvpVisionObjectives from 'c/cvpVisionObjectives';
import { getRelatedListRecords } from 'lightning/uiRelatedListApi';
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import flushPromises from 'cvp-test/flushPromises';
import { $, $$, mount, resetDom } from 'cvp-test/dom';

const mockObjectives = require('./data/objectives.json');
const mockEmpty = require('./data/objectivesEmpty.json');
const mockCreated = require('./data/createRecordObjective.json');
const mockCreateError = require('./data/createRecordError.json');

const VISION_ID = 'a06Qy000000Vis1IAC';

async function render(data = mockObjectives) {
    const element = mount('c-cvp-vision-objectives', CvpVisionObjectives, { visionId: VISION_ID });
    getRelatedListRecords.emit(data);
    await flushPromises();
    return element;
}

function type(element, field, value) {
    const input = $(element, `[data-field="${field}"]`);
    input.value = value;
    input.dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

describe('c-cvp-vision-objectives', () => {
    afterEach(resetDom);

    it('reads the vision’s objectives by due date', async () => {
        await render();
        expect(getRelatedListRecords.getLastConfig()).toMatchObject({
            parentRecordId: VISION_ID,
            relatedListId: 'CVP_Objectives__r',
            sortBy: ['CVP_Vision_Objective__c.CVP_Due_Date__c']
        });
    });

    it('shows owner side, progress and flags the overdue ones in words', async () => {
        const element = await render();
        const rows = $$(element, 'tr.objective');
        expect(rows).toHaveLength(3);
        expect(rows[0].querySelector('.name').textContent).toBe('Cut downtime');
        expect(rows[0].querySelector('.owner').textContent).toContain('c.CVP_Vision_Obj_Side_Customer');
        // Downtime is a reduction: 6 hours against a target of 10 is met, 10 / 6 = 167 %, not 60 %.
        expect(rows[0].querySelector('.progress-text').textContent).toBe('167 %');
        expect(rows[0].classList.contains('overdue')).toBe(true);
        expect(rows[0].querySelector('.overdue-flag').textContent).toBe('c.CVP_Vision_Obj_Overdue');
        // Done is never overdue, a future date neither.
        expect(rows[1].querySelector('.overdue-flag')).toBeNull();
        expect(rows[2].querySelector('.overdue-flag')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('creates an objective with the fields typed', async () => {
        createRecord.mockResolvedValue(mockCreated);
        const element = await render(mockEmpty);
        expect($(element, '.empty').textContent).toBe('c.CVP_Vision_Obj_Empty');
        $(element, 'lightning-button.add').click();
        await flushPromises();
        type(element, 'name', 'Faster deliveries');
        type(element, 'ownerSide', 'Joint');
        type(element, 'ownerName', 'Anna Virtanen');
        type(element, 'measure', 'Days from order');
        type(element, 'target', '3');
        type(element, 'dueDate', '2026-06-30');
        await flushPromises();
        $(element, 'lightning-button.save').click();
        await flushPromises();
        expect(createRecord).toHaveBeenCalledWith({
            apiName: 'CVP_Vision_Objective__c',
            fields: {
                Name: 'Faster deliveries',
                CVP_Owner_Side__c: 'Joint',
                CVP_Owner_Name__c: 'Anna Virtanen',
                CVP_Measure__c: 'Days from order',
                CVP_Target__c: 3,
                CVP_Actual__c: null,
                CVP_Due_Date__c: '2026-06-30',
                CVP_Status__c: 'NotStarted',
                CVP_Description__c: null,
                CVP_Vision__c: VISION_ID
            }
        });
        expect($(element, '.objective-form')).toBeNull();
        expect($$(element, 'tr.objective').map((r) => r.querySelector('.name').textContent)).toEqual([
            'Faster deliveries'
        ]);
        await expect(element).toBeAccessible();
    });

    it('validates before saving: a name, an owner side, and a measure for a target', async () => {
        const element = await render(mockEmpty);
        $(element, 'lightning-button.add').click();
        await flushPromises();
        type(element, 'target', '5');
        await flushPromises();
        $(element, 'lightning-button.save').click();
        await flushPromises();
        expect(createRecord).not.toHaveBeenCalled();
        expect($$(element, '.form-problems li').map((li) => li.textContent)).toEqual([
            'c.CVP_Vision_Obj_Name_Required',
            'c.CVP_Vision_Obj_Side_Required',
            'c.CVP_Vision_Obj_Measure_Required'
        ]);
        await expect(element).toBeAccessible();
    });

    it('edits an objective’s actual and status', async () => {
        updateRecord.mockResolvedValue({});
        const element = await render();
        $$(element, 'lightning-button-icon.edit')[0].click();
        await flushPromises();
        expect($(element, '[data-field="name"]').value).toBe('Cut downtime');
        type(element, 'actual', '9');
        type(element, 'status', 'AtRisk');
        await flushPromises();
        $(element, 'lightning-button.save').click();
        await flushPromises();
        expect(updateRecord.mock.calls[0][0].fields).toMatchObject({
            Id: 'a07Qy000000Obj1IAC',
            CVP_Actual__c: 9,
            CVP_Status__c: 'AtRisk'
        });
        // Downtime up from 6 to 9 hours against a target of 10: still met, but less so (10 / 9 = 111 %).
        expect($$(element, 'tr.objective')[0].querySelector('.progress-text').textContent).toBe('111 %');
        await expect(element).toBeAccessible();
    });

    it('keeps what was typed when the save fails, and says why', async () => {
        createRecord.mockRejectedValue(mockCreateError);
        const element = await render(mockEmpty);
        $(element, 'lightning-button.add').click();
        await flushPromises();
        type(element, 'name', 'Faster deliveries');
        type(element, 'ownerSide', 'Ours');
        await flushPromises();
        $(element, 'lightning-button.save').click();
        await flushPromises();
        expect($(element, 'c-error-panel.save-error')).not.toBeNull();
        expect($(element, '[data-field="name"]').value).toBe('Faster deliveries');
        await expect(element).toBeAccessible();
    });

    it('creates a Task for the owner of an objective that is due', async () => {
        createRecord.mockResolvedValue({ id: '00TQy000000Tsk1IAC' });
        const element = await render();
        const remind = $$(element, 'lightning-button-icon.remind');
        // Only the open, due objective with an owner user can be reminded.
        expect(remind).toHaveLength(1);
        remind[0].click();
        await flushPromises();
        expect(createRecord).toHaveBeenCalledWith({
            apiName: 'Task',
            fields: expect.objectContaining({
                Subject: 'c.CVP_Vision_Obj_Task_Subject',
                ActivityDate: '2020-01-31',
                OwnerId: '005Qy000001OwnIAK',
                WhatId: VISION_ID
            })
        });
        await expect(element).toBeAccessible();
    });

    it('shows a load error through the error panel', async () => {
        const element = mount('c-cvp-vision-objectives', CvpVisionObjectives, { visionId: VISION_ID });
        getRelatedListRecords.error();
        await flushPromises();
        expect($(element, 'c-error-panel.load-error')).not.toBeNull();
        await expect(element).toBeAccessible();
    });
});
