import CvpLifecycle from 'c/cvpLifecycle';
import { getRecord } from 'lightning/uiRecordApi';
import { getRelatedListRecords } from 'lightning/uiRelatedListApi';
import { encodeDefaultFieldValues } from 'lightning/pageReferenceUtils';
import { getNavigateCalledWith, resetNavigation } from 'lightning/navigation';
import flushPromises from 'cvp-test/flushPromises';
import { $, mount, resetDom } from 'cvp-test/dom';

const mockGrowth = require('./data/getRecordGrowth.json');
const mockPioneer = require('./data/getRecordPioneer.json');
const mockNoStage = require('./data/getRecordNoStage.json');
const mockVisions = require('./data/getRelatedListRecordsVisions.json');
const mockNoVisions = require('./data/getRelatedListRecordsEmpty.json');

async function render({ record = mockGrowth, visions = mockNoVisions, props = {} } = {}) {
    const element = mount('c-cvp-lifecycle', CvpLifecycle, { recordId: record.id, ...props });
    getRecord.emit(record);
    getRelatedListRecords.emit(visions);
    await flushPromises();
    return element;
}

describe('c-cvp-lifecycle', () => {
    afterEach(() => {
        resetDom();
        resetNavigation();
    });

    it('asks for the stage and the account’s visions, newest version first', async () => {
        await render();
        expect(getRelatedListRecords.getLastConfig()).toEqual({
            parentRecordId: mockGrowth.id,
            relatedListId: 'CVP_Customer_Visions__r',
            fields: [
                'CVP_Customer_Vision__c.Name',
                'CVP_Customer_Vision__c.CVP_Status__c',
                'CVP_Customer_Vision__c.CVP_Version__c',
                'CVP_Customer_Vision__c.CVP_Next_Review_Date__c'
            ],
            sortBy: ['-CVP_Customer_Vision__c.CVP_Version__c'],
            pageSize: 5
        });
    });

    it('shows the stage on the lifecycle path with what it asks for', async () => {
        const element = await render({ visions: mockVisions });
        const path = $(element, 'lightning-progress-indicator');
        expect(path.currentStep).toBe('Growth');
        expect([...path.querySelectorAll('lightning-progress-step')].map((s) => s.value)).toEqual([
            'Pioneer',
            'Growth',
            'Established',
            'Declining',
            'Ending'
        ]);
        expect($(element, '.stage-name').textContent).toBe('c.CVP_Stage_Growth');
        expect($(element, '.stage-advice').textContent).toBe('c.CVP_Lifecycle_Stage_Growth');
        await expect(element).toBeAccessible();
    });

    it('prompts for a customer vision past Pioneer when there is none, and opens a new one for the account', async () => {
        encodeDefaultFieldValues.mockReturnValue('CVP_Account__c=001Qy00000KpXyZIAV');
        const element = await render();
        expect($(element, '.vision-prompt')).not.toBeNull();
        $(element, 'lightning-button.start-vision').click();
        const { pageReference } = getNavigateCalledWith();
        expect(pageReference).toEqual({
            type: 'standard__objectPage',
            attributes: { objectApiName: 'CVP_Customer_Vision__c', actionName: 'new' },
            state: { defaultFieldValues: 'CVP_Account__c=001Qy00000KpXyZIAV', nooverride: '1' }
        });
        expect(encodeDefaultFieldValues).toHaveBeenCalledWith({
            CVP_Account__c: mockGrowth.id,
            Name: 'c.CVP_Lifecycle_Vision_Name',
            CVP_Status__c: 'Draft',
            CVP_Version__c: 1
        });
        await expect(element).toBeAccessible();
    });

    it('shows the latest vision instead of the prompt, and opens it', async () => {
        const element = await render({ visions: mockVisions });
        expect($(element, '.vision-prompt')).toBeNull();
        expect($(element, '.vision-text').textContent).toBe('c.CVP_Lifecycle_Vision_Current');
        expect($(element, '.vision-review')).not.toBeNull();
        $(element, 'lightning-button.open-vision').click();
        expect(getNavigateCalledWith().pageReference).toEqual({
            type: 'standard__recordPage',
            attributes: { recordId: 'a06Qy000000Vis2IAC', objectApiName: 'CVP_Customer_Vision__c', actionName: 'view' }
        });
    });

    it('only reminds a pioneer account that a vision is due after this phase', async () => {
        const element = await render({ record: mockPioneer });
        expect($(element, '.vision-prompt')).toBeNull();
        expect($(element, '.vision-due').textContent).toBe('c.CVP_Lifecycle_Vision_Due');
    });

    it('leaves the prompt out when the page hides it', async () => {
        const element = await render({ props: { hideVisionPrompt: true } });
        expect($(element, '.vision-prompt')).toBeNull();
        expect($(element, '.vision-due')).toBeNull();
    });

    it('says how to set the stage when it is empty', async () => {
        const element = await render({ record: mockNoStage });
        expect($(element, 'lightning-progress-indicator')).toBeNull();
        expect($(element, '.no-stage').textContent).toBe('c.CVP_Lifecycle_No_Stage');
        expect($(element, '.vision-prompt')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows a spinner first, and the error panel when the visions cannot be read', async () => {
        const element = mount('c-cvp-lifecycle', CvpLifecycle, { recordId: mockGrowth.id });
        await flushPromises();
        expect($(element, 'lightning-spinner')).not.toBeNull();
        getRecord.emit(mockGrowth);
        getRelatedListRecords.error({ message: 'Insufficient access to CVP_Customer_Vision__c' }, 403, 'Forbidden');
        await flushPromises();
        expect($(element, 'c-error-panel').friendlyMessage).toBe('c.CVP_Lifecycle_Load_Failed');
        // Without knowing the visions, no prompt: it might be wrong.
        expect($(element, '.vision-prompt')).toBeNull();
        expect($(element, '.stage-name').textContent).toBe('c.CVP_Stage_Growth');
        await expect(element).toBeAccessible();
    });
});
