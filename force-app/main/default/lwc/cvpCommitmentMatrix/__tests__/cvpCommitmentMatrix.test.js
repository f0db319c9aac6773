import CvpCommitmentMatrix from 'c/cvpCommitmentMatrix';
import { getRecord } from 'lightning/uiRecordApi';
import { graphql } from 'lightning/graphql';
import flushPromises from 'cvp-test/flushPromises';
import { $, $$, mount, resetDom } from 'cvp-test/dom';

const mockRecord = require('./data/getRecord.json');
const mockPrisoner = require('./data/getRecordPrisoner.json');
const mockBinding3 = require('./data/getRecordBinding3.json');
const mockUnassessed = require('./data/getRecordUnassessed.json');
const mockGraphql = require('./data/graphqlMatrix.json');
const mockGraphqlEmpty = require('./data/graphqlMatrixEmpty.json');

async function render({ record = mockRecord, gql = mockGraphql, props = {} } = {}) {
    const element = mount('c-cvp-commitment-matrix', CvpCommitmentMatrix, { recordId: record.id, ...props });
    getRecord.emit(record);
    if (gql) graphql.emit(gql);
    await flushPromises();
    return element;
}

const quadrant = (element) => $(element, '.quadrant-name').dataset.quadrant;
const activeCell = (element) => $$(element, 'svg.matrix g').find((g) => g.querySelector('rect.quadrant_active'));

describe('c-cvp-commitment-matrix', () => {
    afterEach(resetDom);

    it('asks for commitment, binding and the account’s assessments', async () => {
        await render();
        const config = getRecord.getLastConfig();
        expect(config.recordId).toBe(mockRecord.id);
        expect(config.optionalFields.map((f) => f.fieldApiName)).toEqual([
            'CVP_Commitment__c',
            'CVP_Binding__c',
            'CVP_Scoring_Profile__c'
        ]);
        expect(graphql.getLastConfig().variables).toEqual({ accountId: mockRecord.id });
    });

    it('places a committed but unbound account in Emotional bond, with the seed’s advice', async () => {
        const element = await render();
        // commitment 4 ≥ 3.5, binding 2 < 3.5
        expect(quadrant(element)).toBe('emotionalBond');
        expect($(element, '.quadrant-name').textContent).toBe('c.CVP_Quadrant_Emotional_Bond');
        expect($(element, '.description').textContent).toBe('c.CVP_Matrix_Emotional_Bond_Desc');
        expect($(element, '.advice').textContent).toBe('c.CVP_Matrix_Emotional_Bond_Advice');
        expect(activeCell(element).dataset.key).toBe('emotionalBond');
        await expect(element).toBeAccessible();
    });

    it('shows the movement since the last assessment that differs from today', async () => {
        const element = await render();
        // The newest assessment (4, 2) is today's; the one before (3, 2) was Risk.
        expect($(element, '.movement-text').textContent).toBe('c.CVP_Matrix_Moved');
        expect($(element, '.change').textContent).toBe('c.CVP_Matrix_Change_Values');
        const before = $(element, 'circle.point_before');
        const now = $(element, 'circle.point_now');
        expect(Number(before.getAttribute('cx'))).toBeLessThan(Number(now.getAttribute('cx')));
        expect(before.getAttribute('cy')).toBe(now.getAttribute('cy'));
        expect($(element, 'line.movement')).not.toBeNull();
    });

    it('warns about a Prisoner: bound but not committed', async () => {
        const element = await render({ record: mockPrisoner, gql: mockGraphqlEmpty });
        expect(quadrant(element)).toBe('prisoner');
        expect($(element, '.advice').textContent).toBe('c.CVP_Matrix_Prisoner_Advice');
        expect($(element, '.movement-text').textContent).toBe('c.CVP_Matrix_No_History');
        expect($(element, 'circle.point_before')).toBeNull();
        // Prisoner is the top-left cell: low commitment, high binding.
        const now = $(element, 'circle.point_now');
        const cell = $(element, 'g[data-key="prisoner"] rect');
        const inside = (v, start, size) => v >= Number(start) && v <= Number(start) + Number(size);
        expect(inside(Number(now.getAttribute('cx')), cell.getAttribute('x'), cell.getAttribute('width'))).toBe(true);
        expect(inside(Number(now.getAttribute('cy')), cell.getAttribute('y'), cell.getAttribute('height'))).toBe(true);
        await expect(element).toBeAccessible();
    });

    it('splits the matrix at the chosen profile’s threshold', async () => {
        const atDefault = await render({ record: mockBinding3 });
        expect(quadrant(atDefault)).toBe('emotionalBond');
        resetDom();
        // "partners" counts 3 as high: binding 3 now binds.
        const atPartners = await render({ record: mockBinding3, props: { profileKey: 'partners' } });
        expect(quadrant(atPartners)).toBe('ideal');
    });

    it('says how to place an account that is not assessed', async () => {
        const element = await render({ record: mockUnassessed, gql: mockGraphqlEmpty });
        expect($(element, '.quadrant-name')).toBeNull();
        expect($(element, '.unassessed').textContent).toBe('c.CVP_Matrix_Unassessed');
        expect($(element, 'circle.point_now')).toBeNull();
        expect($(element, 'svg.matrix desc').textContent).toBe('c.CVP_Matrix_Unassessed');
        await expect(element).toBeAccessible();
    });

    it('shows a spinner first, then the error panel when the account cannot be read', async () => {
        const element = mount('c-cvp-commitment-matrix', CvpCommitmentMatrix, { recordId: mockRecord.id });
        await flushPromises();
        expect($(element, 'lightning-spinner')).not.toBeNull();
        getRecord.error({ message: 'Record not accessible' }, 403, 'Forbidden');
        await flushPromises();
        expect($(element, 'c-error-panel').friendlyMessage).toBe('c.CVP_Matrix_Load_Failed');
        expect($(element, 'svg')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('still places the account when the assessments cannot be read', async () => {
        const element = mount('c-cvp-commitment-matrix', CvpCommitmentMatrix, { recordId: mockRecord.id });
        getRecord.emit(mockRecord);
        graphql.emitErrors([{ message: 'Insufficient access to CVP_Value_Assessment__c' }]);
        await flushPromises();
        expect($(element, 'c-error-panel')).not.toBeNull();
        expect(quadrant(element)).toBe('emotionalBond');
    });
});
