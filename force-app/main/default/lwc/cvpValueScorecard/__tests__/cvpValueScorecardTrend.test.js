import CvpValueScorecard from 'c/cvpValueScorecard';
import { getRecord, createRecord, updateRecord } from 'lightning/uiRecordApi';
import { getObjectInfo } from 'lightning/uiObjectInfoApi';
import { graphql } from 'lightning/graphql';
import flushPromises from 'cvp-test/flushPromises';
import { $, $$, mount, resetDom } from 'cvp-test/dom';

const mockRecord = require('./data/getRecord.json');
const mockObjectInfo = require('./data/getObjectInfo.json');
const mockGraphql = require('./data/graphqlScorecard.json');
const mockVersions = require('./data/graphqlScorecardVersions.json');

async function render(gql) {
    const element = mount('c-cvp-value-scorecard', CvpValueScorecard, { recordId: mockRecord.id });
    getRecord.emit(mockRecord);
    getObjectInfo.emit(mockObjectInfo);
    graphql.emit(gql);
    await flushPromises();
    return element;
}

const points = (element) => $(element, 'svg.trend polyline').getAttribute('points').split(' ');
const ys = (element) => points(element).map((p) => Number(p.split(',')[1]));
/** The y of a score on the 1–5 scale, as the trend draws it (36 high, 4 of padding). */
const yOf = (score) => Number((4 + ((5 - score) * 28) / 4).toFixed(1));

describe('c-cvp-value-scorecard score trend', () => {
    afterEach(resetDom);

    it('shows one profile at a time, the profile scored with first, and offers the others', async () => {
        const element = await render(mockVersions);
        const picker = $(element, 'lightning-combobox.trend-profile');
        expect(picker.value).toBe('current');
        expect(picker.options.map((o) => o.value)).toEqual(['current', 'future']);
        expect(picker.label).toBe('c.CVP_Scorecard_Trend_Profile');
        // The four "current" assessments, oldest first; none of the "future" ones.
        expect(ys(element)).toEqual([3.2, 3.3, 3.8, 3.9].map(yOf));

        picker.dispatchEvent(new CustomEvent('change', { detail: { value: 'future' } }));
        await flushPromises();
        expect(ys(element)).toEqual([2.9, 3.1].map(yOf));
        expect($$(element, 'g.trend__mark')).toHaveLength(0);
        // The table still lists every assessment, of both profiles.
        expect($$(element, 'tr.history-row')).toHaveLength(6);
    });

    it('marks the point where the profile version changed, and says so', async () => {
        const element = await render(mockVersions);
        const marks = $$(element, 'g.trend__mark');
        // Versions, oldest first: unknown, 1, 2, 2: one change, at the third point.
        expect(marks.map((m) => m.dataset.version)).toEqual(['2']);
        expect(marks[0].querySelector('circle').getAttribute('cx')).toBe(points(element)[2].split(',')[0]);
        expect(marks[0].querySelector('title').textContent).toBe('c.CVP_Version_Mark');
        expect($(element, 'svg.trend').getAttribute('aria-label')).toContain('c.CVP_Version_Mark');
        await expect(element).toBeAccessible();
    });

    it('offers no picker when the history holds one profile', async () => {
        const element = await render(mockGraphql);
        expect($(element, 'lightning-combobox.trend-profile')).toBeNull();
        expect(points(element)).toHaveLength(3);
        expect($$(element, 'g.trend__mark')).toHaveLength(0);
    });

    it('records no version on a saved assessment when the profile changed since the last sync', async () => {
        const edited = JSON.parse(JSON.stringify(mockGraphql));
        const current = edited.uiapi.query.CVP_Scoring_Profile__c.edges.find(
            (e) => e.node.CVP_Key__c.value === 'current'
        );
        // An admin moved weight after the sync: the figures are no recorded version yet.
        current.node.CVP_Weight_Volume__c.value = 25;
        current.node.CVP_Weight_Loyalty__c.value = 25;
        updateRecord.mockResolvedValue({});
        createRecord.mockResolvedValue({ id: 'a05Qy000009New1IAC' });
        const element = await render(edited);
        $(element, 'lightning-textarea.comment').dispatchEvent(
            new CustomEvent('change', { detail: { value: 'Still valid' } })
        );
        await flushPromises();
        $(element, 'lightning-button.save').click();
        await flushPromises();
        const history = createRecord.mock.calls[createRecord.mock.calls.length - 1][0];
        expect(history.fields.CVP_Profile_Key__c).toBe('current');
        expect(history.fields.CVP_Profile_Version__c).toBeNull();
    });
});
