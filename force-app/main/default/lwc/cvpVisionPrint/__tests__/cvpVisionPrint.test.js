import CvpVisionPrint from 'c/cvpVisionPrint';
import { getRelatedListRecords } from 'lightning/uiRelatedListApi';
import flushPromises from 'cvp-test/flushPromises';
import { $, $$, mount, resetDom } from 'cvp-test/dom';

const mockObjectives = require('../../cvpVisionObjectives/__tests__/data/objectives.json');

const VISION = {
    id: 'a06Qy000000Vis1IAC',
    version: 2,
    status: 'Agreed',
    agreedDate: '2025-09-30',
    participants: 'Anna Virtanen',
    currentState: 'Sawmill customer since 2021.',
    developmentPlan: '',
    sharedVision: 'Zero unplanned stops by 2028.',
    cadence: 'Monthly call',
    channels: null,
    people: 'Anna, Ben',
    followUp: 'Quarterly review.',
    valueEncounter: 'A written note after each visit.',
    valueRelationship: null,
    valueWhole: null,
    edges: 'Ethics;Efficiency;NotAnEdge',
    edgesNotes: '',
    nextReview: '2026-01-15',
    // Whatever else a caller might pass is not part of the view.
    tier: 'KeyAccount',
    quadrant: 'Prisoner',
    weightedScore: 4.37
};

async function render(vision = VISION) {
    const element = mount('c-cvp-vision-print', CvpVisionPrint, { vision, accountName: 'Nordic Timber Oy' });
    await flushPromises();
    getRelatedListRecords.emit(mockObjectives);
    await flushPromises();
    return element;
}

describe('c-cvp-vision-print', () => {
    afterEach(resetDom);

    it('shows the joint sections that have text, and nothing else', async () => {
        const element = await render();
        expect($(element, 'h2').textContent).toBe('c.CVP_Vision_Title: Nordic Timber Oy');
        expect($$(element, 'section h3').map((h) => h.textContent)).toEqual([
            'c.CVP_Vision_Current_State',
            'c.CVP_Vision_Shared_Vision',
            'c.CVP_Vision_Follow_Up',
            'c.CVP_Vision_Communication',
            'c.CVP_Vision_Value',
            'c.CVP_Vision_Edges',
            'c.CVP_Vision_Obj_Title'
        ]);
        expect($$(element, '.edges li').map((li) => li.textContent)).toEqual([
            'c.CVP_Vision_Edge_Ethics',
            'c.CVP_Vision_Edge_Efficiency'
        ]);
        const text = element.shadowRoot.textContent;
        expect(text).toContain('Zero unplanned stops by 2028.');
        expect(text).not.toMatch(/KeyAccount|Prisoner|4\.37|005Qy000001OwnIAK/);
        await expect(element).toBeAccessible();
    });

    it('lists the objectives with progress and the overdue flag', async () => {
        const element = await render();
        const rows = $$(element, 'tbody tr');
        expect(rows).toHaveLength(3);
        expect(rows[0].querySelector('th').textContent).toBe('Cut downtime');
        // Downtime (a reduction) 6 against a target of 10 is met: 167 %, not 60 %.
        expect(rows[0].textContent).toContain('167 %');
        expect(rows[0].querySelector('.overdue-flag').textContent).toBe('c.CVP_Vision_Obj_Overdue');
        // Recorded "On track", but overdue: never shown as both.
        expect(rows[0].textContent).toContain('c.CVP_Vision_Obj_Status_At_Risk');
        expect(rows[0].textContent).not.toContain('c.CVP_Vision_Obj_Status_On_Track');
        expect(rows[1].querySelector('.overdue-flag')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says when there are no objectives', async () => {
        const element = mount('c-cvp-vision-print', CvpVisionPrint, { vision: VISION });
        await flushPromises();
        getRelatedListRecords.emit({ ...mockObjectives, records: [], count: 0 });
        await flushPromises();
        expect($(element, '.objectives p').textContent).toBe('c.CVP_Vision_Obj_Empty');
        await expect(element).toBeAccessible();
    });
});
