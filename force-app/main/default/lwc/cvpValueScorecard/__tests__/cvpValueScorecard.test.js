import CvpValueScorecard from 'c/cvpValueScorecard';
import { getRecord, updateRecord, createRecord, notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import { getObjectInfo } from 'lightning/uiObjectInfoApi';
import { graphql } from 'lightning/graphql';
import flushPromises from 'cvp-test/flushPromises';
import { $, $$, mount, resetDom } from 'cvp-test/dom';

const mockRecord = require('./data/getRecord.json');
const mockRecordNew = require('./data/getRecordNew.json');
const mockObjectInfo = require('./data/getObjectInfo.json');
const mockObjectInfoReadOnly = require('./data/getObjectInfoReadOnly.json');
const mockGraphql = require('./data/graphqlScorecard.json');
const mockGraphqlEmpty = require('./data/graphqlScorecardEmpty.json');
const mockUpdateError = require('./data/updateRecordError.json');
const mockCreateError = require('./data/createRecordError.json');
const mockCreated = require('./data/createRecord.json');

const RECORD_ID = mockRecord.id;

async function render({ record = mockRecord, objectInfo = mockObjectInfo, gql = mockGraphql, props = {} } = {}) {
    const element = mount('c-cvp-value-scorecard', CvpValueScorecard, { recordId: record.id, ...props });
    getRecord.emit(record);
    getObjectInfo.emit(objectInfo);
    if (gql) graphql.emit(gql);
    await flushPromises();
    return element;
}

const scoreText = (element) => $(element, '.score-value').textContent;
const tierText = (element) => $(element, 'lightning-badge[data-id="tier"]').label;
const combobox = (element, name) => $(element, `lightning-combobox[data-name="${name}"]`);

async function choose(element, name, value) {
    const box = combobox(element, name);
    box.dispatchEvent(new CustomEvent('change', { detail: { value } }));
    await flushPromises();
}

describe('c-cvp-value-scorecard', () => {
    afterEach(resetDom);

    describe('render', () => {
        it('asks for the account, its field permissions and the profiles with the history', async () => {
            await render({ props: { historySize: 3 } });
            expect(getRecord.getLastConfig()).toMatchObject({ recordId: RECORD_ID });
            const optional = getRecord.getLastConfig().optionalFields.map((f) => f.fieldApiName);
            expect(optional).toEqual(
                expect.arrayContaining(['CVP_Loyalty_Score__c', 'CVP_Volume_Score__c', 'CVP_Revenue__c'])
            );
            expect(getObjectInfo.getLastConfig().objectApiName).toEqual({ objectApiName: 'Account' });
            expect(graphql.getLastConfig().variables).toEqual({ accountId: RECORD_ID, first: 3 });
        });

        it('shows the weighted score, tier, treatment and coverage the core computes', async () => {
            const element = await render();
            // current: (30×4 + 20×3 + 20×4 + 10×3 + 10×4 + 10×2) / 100 = 3.50
            expect(scoreText(element)).toBe('3.50');
            expect(tierText(element)).toBe('c.CVP_Tier_Develop');
            expect($(element, '.treatment-value').textContent).toBe('c.CVP_Treatment_Growth_Plan');
            expect($(element, '.coverage-value').textContent).toBe('100%');
            expect($(element, '.incomplete')).toBeNull();
        });

        it('lists the eight dimensions, assessed ones editable and figure-based ones read-only', async () => {
            const element = await render();
            const keys = $$(element, 'li.dimension').map((li) => li.dataset.key);
            expect(keys).toEqual([
                'volume',
                'profitability',
                'loyalty',
                'potential',
                'reference',
                'learning',
                'contact',
                'emotional'
            ]);
            expect(combobox(element, 'volume')).toBeNull();
            expect(combobox(element, 'profitability')).toBeNull();
            const volume = $(element, 'li[data-key="volume"]');
            expect(volume.querySelector('.read-only-value').textContent).toBe('4');
            expect(volume.querySelector('.read-only-note').textContent).toBe('c.CVP_Scorecard_From_Revenue');
            const loyalty = combobox(element, 'loyalty');
            expect(loyalty.value).toBe('4');
            // "Not assessed" and the five levels, each with its meaning.
            expect(loyalty.options.map((o) => o.value)).toEqual(['', '1', '2', '3', '4', '5']);
            expect(loyalty.options[4].label).toBe('4 – c.CVP_Level_Loyalty_4');
            expect(combobox(element, 'commitment').value).toBe('4');
            expect(combobox(element, 'binding').value).toBe('2');
        });

        it('shows each dimension’s contribution and where the account stood at the last sync', async () => {
            const element = await render();
            const points = $$(element, 'li.dimension .points').map((p) => p.textContent);
            expect(points[0]).toBe('c.CVP_Scorecard_Points');
            // contact and emotional weigh 0 in "current": shown, but not counted.
            expect(points[6]).toBe('c.CVP_Scorecard_Not_Counted');
            expect(points[7]).toBe('c.CVP_Scorecard_Not_Counted');
            const volumeBar = $(element, 'li[data-key="volume"] .contribution-bar__fill');
            // 1.20 points of 5
            expect(volumeBar.style.width).toBe('24%');
            expect($(element, '.last-sync').textContent).toBe('c.CVP_Scorecard_Last_Sync');
        });

        it('shows the history newest first with the change between assessments, and its trend', async () => {
            const element = await render();
            const rows = $$(element, 'tr.history-row');
            expect(rows).toHaveLength(3);
            expect(rows.map((r) => r.querySelector('.history-score').textContent)).toEqual(['3.50', '3.20', '2.90']);
            expect(rows[0].querySelectorAll('td')[2].textContent).toBe('+0.30');
            // Who recorded each row, as the org's picklist translation gives the code in the user's language.
            expect(rows.map((r) => r.querySelector('.history-source').textContent)).toEqual([
                'Käsin',
                'Synkronointi',
                'Käsin'
            ]);
            expect($(element, 'svg.trend polyline').getAttribute('points').split(' ')).toHaveLength(3);
            // A dot on each assessment, where the line passes.
            const dots = $$(element, 'svg.trend circle.trend__dot');
            expect(dots.map((d) => `${d.getAttribute('cx')},${d.getAttribute('cy')}`)).toEqual(
                $(element, 'svg.trend polyline').getAttribute('points').split(' ')
            );
            await expect(element).toBeAccessible();
        });

        it('scores with the profile of the last sync, and offers the org’s valid profiles', async () => {
            const element = await render();
            const picker = $(element, '.profile-picker');
            expect(picker.value).toBe('current');
            expect(picker.options.map((o) => o.value)).toEqual(['current', 'future', 'partners']);
            // The org's broken profile is left out and named.
            expect($(element, '.invalid-profiles').textContent.trim()).toBe('c.CVP_Scorecard_Invalid_Profiles');
        });

        it('uses the profile the page sets, and keeps it when the page locks it', async () => {
            const element = await render({ props: { profileKey: 'future', lockProfile: true } });
            expect($(element, '.profile-picker')).toBeNull();
            expect($(element, '.profile-name').textContent).toBe('Future potential');
            // future: (10×4 + 10×3 + 15×4 + 40×3 + 10×4 + 15×2) / 100 = 3.20
            expect(scoreText(element)).toBe('3.20');
        });

        it('falls back to the built-in profiles when the org has none', async () => {
            const element = await render({ gql: mockGraphqlEmpty });
            expect($(element, '.profile-picker').options.map((o) => o.value)).toEqual(['current', 'future']);
            expect(scoreText(element)).toBe('3.50');
            expect($(element, '.history-empty')).not.toBeNull();
            await expect(element).toBeAccessible();
        });

        it('shows a spinner until the account arrives', async () => {
            const element = mount('c-cvp-value-scorecard', CvpValueScorecard, { recordId: RECORD_ID });
            await flushPromises();
            expect($(element, 'lightning-spinner')).not.toBeNull();
            expect($(element, '.summary')).toBeNull();
        });
    });

    describe('empty state', () => {
        it('says how to get a score when nothing is assessed and no figures exist', async () => {
            const element = await render({ record: mockRecordNew, gql: mockGraphqlEmpty });
            expect(scoreText(element)).toBe('–');
            expect(tierText(element)).toBe('c.CVP_Tier_None');
            expect($(element, '.lift').textContent).toBe('c.CVP_Scorecard_No_Score');
            const volume = $(element, 'li[data-key="volume"]');
            expect(volume.querySelector('.read-only-value').textContent).toBe('c.CVP_Scorecard_No_Score_Value');
            expect(volume.querySelector('.read-only-note').textContent).toBe('c.CVP_Scorecard_No_Figure');
            expect(combobox(element, 'loyalty').value).toBe('');
            expect($(element, 'lightning-button.save').disabled).toBe(true);
            await expect(element).toBeAccessible();
        });
    });

    describe('edit', () => {
        it('recomputes score, tier and treatment as the user edits', async () => {
            const element = await render();
            await choose(element, 'loyalty', '1');
            // 3.50 − 20 × 3 / 100 = 2.90: below develop (3.0)
            expect(scoreText(element)).toBe('2.90');
            expect(tierText(element)).toBe('c.CVP_Tier_Maintain');
            expect($(element, '.treatment-value').textContent).toBe('c.CVP_Treatment_Standard_Service');
            expect($(element, 'lightning-badge.unsaved')).not.toBeNull();
            expect($(element, 'lightning-button.save').disabled).toBe(false);
        });

        it('explains what would lift the account to the next tier', async () => {
            const element = await render();
            // At 3.50 no single change reaches 4.00 (the most, volume 4 → 5, adds 0.30).
            expect($(element, '.lift').textContent).toBe('c.CVP_Scorecard_No_Lift');
            await choose(element, 'learning', '5');
            expect(scoreText(element)).toBe('3.80');
            // Now volume 4 → 5 gives 4.10; raising the heaviest weight wins.
            expect($(element, '.lift').dataset.dimension).toBe('volume');
            expect($(element, '.lift').textContent).toBe('c.CVP_Scorecard_Lift_Raise');
        });

        it('tells a loss-maker its profitability treatment instead of a score to raise', async () => {
            const losing = JSON.parse(JSON.stringify(mockRecord));
            losing.fields.CVP_Customer_Margin__c = { displayValue: null, value: -5000 };
            const element = await render({ record: losing });
            // Potential 3 (> 2): not sent to review; on one record the cause is not known, so prices and costs.
            expect($(element, '.treatment-value').textContent).toBe('c.CVP_Treatment_Review_Costs');
            expect($(element, '.lift').textContent).toBe('c.CVP_Treatment_Review_Costs');
            await choose(element, 'potential', '2');
            expect($(element, '.lift').textContent).toBe('c.CVP_Treatment_Review_Profitability');
        });

        it('keeps the cause the sync found for a loss, and sends it to review when potential drops to 2', async () => {
            const losing = JSON.parse(JSON.stringify(mockRecord));
            losing.fields.CVP_Customer_Margin__c = { displayValue: null, value: -5000 };
            losing.fields.CVP_Treatment__c = { displayValue: null, value: 'cutUnpaidWork' };
            const element = await render({ record: losing });
            expect($(element, '.treatment-value').textContent).toBe('c.CVP_Treatment_Cut_Unpaid_Work');
            await choose(element, 'potential', '2');
            expect($(element, '.treatment-value').textContent).toBe('c.CVP_Treatment_Review_Profitability');
            await choose(element, 'potential', '4');
            expect($(element, '.lift').textContent).toBe('c.CVP_Treatment_Cut_Unpaid_Work');
        });

        it('shows coverage and the incomplete flag when assessments are cleared', async () => {
            const element = await render();
            await choose(element, 'loyalty', '');
            await choose(element, 'potential', '');
            await choose(element, 'learning', '');
            // 100 − 20 − 10 − 10 = 60 % of the weight is scored; "current" needs 70 %.
            expect($(element, '.coverage-value').textContent).toBe('60%');
            expect($(element, '.incomplete')).not.toBeNull();
        });

        it('rescores under another profile the user picks', async () => {
            const element = await render();
            $(element, '.profile-picker').dispatchEvent(new CustomEvent('change', { detail: { value: 'partners' } }));
            await flushPromises();
            // partners: (20×4 + 20×3 + 20×4 + 10×3 + 10×4 + 10×2 + 10×3) / 100 = 3.40, develop from 3.2
            expect(scoreText(element)).toBe('3.40');
            expect(tierText(element)).toBe('c.CVP_Tier_Develop');
        });

        it('undoes the edits', async () => {
            const element = await render();
            await choose(element, 'loyalty', '1');
            $(element, 'lightning-button.undo').click();
            await flushPromises();
            expect(scoreText(element)).toBe('3.50');
            expect(combobox(element, 'loyalty').value).toBe('4');
        });

        it('shows fields the user may not edit read-only (field-level security)', async () => {
            const element = await render({ objectInfo: mockObjectInfoReadOnly });
            expect(combobox(element, 'loyalty')).toBeNull();
            expect(combobox(element, 'commitment')).toBeNull();
            expect(combobox(element, 'potential')).not.toBeNull();
            const loyalty = $(element, 'li[data-key="loyalty"]');
            expect(loyalty.querySelector('.read-only-value').textContent).toBe('4 – c.CVP_Level_Loyalty_4');
            expect(loyalty.querySelector('.read-only-note').textContent).toBe('c.CVP_Scorecard_Read_Only');
            await expect(element).toBeAccessible();
        });
    });

    describe('save', () => {
        it('writes only the edited assessed fields, then a history row, then refreshes LDS and the history', async () => {
            createRecord.mockResolvedValue(mockCreated);
            const refresh = jest.fn().mockResolvedValue();
            const element = mount('c-cvp-value-scorecard', CvpValueScorecard, { recordId: RECORD_ID });
            getRecord.emit(mockRecord);
            getObjectInfo.emit(mockObjectInfo);
            graphql.emit(mockGraphql, undefined, refresh);
            await flushPromises();
            const toasts = jest.fn();
            element.addEventListener('lightning__showtoast', toasts);

            await choose(element, 'loyalty', '5');
            await choose(element, 'binding', '4');
            $(element, 'lightning-textarea.comment').dispatchEvent(
                new CustomEvent('change', { detail: { value: 'After the joint planning day' } })
            );
            await flushPromises();
            $(element, 'lightning-button.save').click();
            await flushPromises();

            expect(updateRecord).toHaveBeenCalledTimes(1);
            expect(updateRecord.mock.calls[0][0]).toEqual({
                fields: { Id: RECORD_ID, CVP_Loyalty_Score__c: 5, CVP_Binding__c: 4 }
            });
            expect(createRecord).toHaveBeenCalledTimes(1);
            const history = createRecord.mock.calls[0][0];
            expect(history.apiName).toBe('CVP_Value_Assessment__c');
            // 3.50 + 20 × 1 / 100 = 3.70
            expect(history.fields).toMatchObject({
                CVP_Account__c: RECORD_ID,
                CVP_Weighted_Score__c: 3.7,
                CVP_Tier__c: 'develop',
                CVP_Profile_Key__c: 'current',
                // The version the sync recorded: the card scores with that version's very figures.
                CVP_Profile_Version__c: 2,
                CVP_Comment__c: 'After the joint planning day',
                CVP_Source__c: 'Manual',
                CVP_Volume_Score__c: 4,
                CVP_Profitability_Score__c: 3,
                CVP_Loyalty_Score__c: 5,
                CVP_Learning_Score__c: 2,
                CVP_Commitment__c: 4,
                CVP_Binding__c: 4
            });
            expect(typeof history.fields.CVP_Assessed_By__c).toBe('string');
            expect(Number.isNaN(Date.parse(history.fields.CVP_Assessed_At__c))).toBe(false);
            expect(notifyRecordUpdateAvailable).toHaveBeenCalledWith([{ recordId: RECORD_ID }]);
            expect(refresh).toHaveBeenCalled();
            expect(toasts).toHaveBeenCalledTimes(1);
            expect(toasts.mock.calls[0][0].detail.variant).toBe('success');
            expect($(element, 'lightning-badge.unsaved')).toBeNull();
            expect($(element, '.save-error')).toBeNull();
        });

        it('records an unchanged assessment with a comment without updating the account', async () => {
            const element = await render();
            $(element, 'lightning-textarea.comment').dispatchEvent(
                new CustomEvent('change', { detail: { value: 'Still valid after the review' } })
            );
            await flushPromises();
            $(element, 'lightning-button.save').click();
            await flushPromises();
            expect(updateRecord).not.toHaveBeenCalled();
            expect(createRecord).toHaveBeenCalledTimes(1);
            expect(createRecord.mock.calls[0][0].fields.CVP_Weighted_Score__c).toBe(3.5);
        });

        it('does not write fields the user may not edit', async () => {
            const element = await render({ objectInfo: mockObjectInfoReadOnly });
            await choose(element, 'potential', '5');
            $(element, 'lightning-button.save').click();
            await flushPromises();
            expect(updateRecord.mock.calls[0][0].fields).toEqual({ Id: RECORD_ID, CVP_Potential_Score__c: 5 });
        });
    });

    describe('errors', () => {
        it('shows the field error of a failed update, keeps the edits and writes no history', async () => {
            updateRecord.mockRejectedValueOnce(mockUpdateError);
            const element = await render();
            const toasts = jest.fn();
            element.addEventListener('lightning__showtoast', toasts);
            await choose(element, 'loyalty', '5');
            $(element, 'lightning-button.save').click();
            await flushPromises();
            const panel = $(element, 'c-error-panel.save-error');
            expect(panel).not.toBeNull();
            expect(panel.friendlyMessage).toBe('c.CVP_Scorecard_Save_Failed');
            expect(panel.errors).toEqual(mockUpdateError);
            expect(createRecord).not.toHaveBeenCalled();
            expect(combobox(element, 'loyalty').value).toBe('5');
            expect(toasts.mock.calls[0][0].detail).toMatchObject({
                variant: 'error',
                message: 'Scores are whole numbers from 1 to 5.'
            });
            await expect(element).toBeAccessible();
        });

        it('says so when the scores were saved but the history row was not', async () => {
            createRecord.mockRejectedValueOnce(mockCreateError);
            const element = await render();
            await choose(element, 'loyalty', '5');
            $(element, 'lightning-button.save').click();
            await flushPromises();
            expect(updateRecord).toHaveBeenCalledTimes(1);
            expect($(element, 'c-error-panel.save-error').friendlyMessage).toBe('c.CVP_Scorecard_History_Failed');
            expect(notifyRecordUpdateAvailable).toHaveBeenCalled();
            expect($(element, 'lightning-badge.unsaved')).toBeNull();
        });

        it('shows the error panel when the account cannot be read', async () => {
            const element = mount('c-cvp-value-scorecard', CvpValueScorecard, { recordId: RECORD_ID });
            getRecord.error({ message: 'The requested resource does not exist' }, 404, 'Not Found');
            await flushPromises();
            const panel = $(element, 'c-error-panel.load-error');
            expect(panel).not.toBeNull();
            expect(panel.friendlyMessage).toBe('c.CVP_Scorecard_Load_Failed');
            expect($(element, 'lightning-spinner')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('shows GraphQL errors and still scores with the built-in profiles', async () => {
            const element = mount('c-cvp-value-scorecard', CvpValueScorecard, { recordId: RECORD_ID });
            getRecord.emit(mockRecord);
            getObjectInfo.emit(mockObjectInfo);
            graphql.emitErrors([{ message: 'Cannot query field CVP_Key__c', locations: [], paths: [] }]);
            await flushPromises();
            expect($(element, 'c-error-panel.load-error').errors).toEqual([
                [{ message: 'Cannot query field CVP_Key__c', locations: [], paths: [] }]
            ]);
            expect(scoreText(element)).toBe('3.50');
        });
    });
});
