import CvpProfileComparison from 'c/cvpProfileComparison';
import { compareProfiles, builtInProfile } from 'c/cvpCore';
import { mergeProfiles } from 'c/cvpProfiles';
import { inputFromRow, rowsFromConnection } from 'c/cvpPortfolioData';
import flushPromises from 'cvp-test/flushPromises';
import { $, $$, mount, resetDom } from 'cvp-test/dom';

const page1 = require('../../cvpPortfolioData/__tests__/data/accountsPage1.json');
const page2 = require('../../cvpPortfolioData/__tests__/data/accountsPage2.json');
const context = require('../../cvpPortfolioData/__tests__/data/context.json');

const rows = rowsFromConnection(page1.data.uiapi.query.Account).rows.concat(
    rowsFromConnection(page2.data.uiapi.query.Account).rows
);
const profiles = mergeProfiles(context.data.uiapi.query.CVP_Scoring_Profile__c).profiles;

async function render(props = {}) {
    const element = mount('c-cvp-profile-comparison', CvpProfileComparison, { rows, profiles, ...props });
    await flushPromises();
    return element;
}

describe('c-cvp-profile-comparison', () => {
    afterEach(resetDom);

    it('compares "Current key accounts" with "Future potential" by default, with the core', async () => {
        const element = await render();
        expect($(element, 'lightning-combobox.base').value).toBe('current');
        expect($(element, 'lightning-combobox.other').value).toBe('future');
        const expected = compareProfiles(
            rows.map(inputFromRow),
            builtInProfile('current'),
            builtInProfile('future'),
            10
        );
        expect(expected.risingStars.length + expected.fallers.length).toBeGreaterThan(0);
        expect($$(element, 'ol.rising li a').map((a) => a.dataset.id)).toEqual(
            expected.risingStars.map((c) => rows[c.index].id)
        );
        expect($$(element, 'ol.fallers li a').map((a) => a.dataset.id)).toEqual(
            expected.fallers.map((c) => rows[c.index].id)
        );
        expect($(element, 'c-cvp-portfolio-chart-table').rows).toHaveLength(rows.length);
        expect($(element, '.scope').textContent).toBe('c.CVP_Pf_Compare_Scope');
        await expect(element).toBeAccessible();
    });

    it('recomputes when the user picks another profile', async () => {
        const element = await render();
        expect($(element, 'c-cvp-portfolio-chart-table').rows.some((r) => r.cells[5] !== '0')).toBe(true);
        $(element, 'lightning-combobox.other').dispatchEvent(
            new CustomEvent('change', { detail: { value: 'current' } })
        );
        await flushPromises();
        // The same profile on both sides: nobody moves.
        const after = $(element, 'c-cvp-portfolio-chart-table').rows;
        expect(after.every((r) => r.cells[5] === '0')).toBe(true);
        expect($(element, 'ol.rising')).toBeNull();
    });

    it('opens an account from the lists', async () => {
        const element = await render();
        const opens = [];
        element.addEventListener('open', (e) => opens.push(e.detail.recordId));
        const link = $(element, 'ol a');
        link.click();
        expect(opens).toEqual([link.dataset.id]);
    });

    it('works with the built-in profiles and no loaded account', async () => {
        const element = await render({ rows: [], profiles: undefined });
        expect($(element, 'lightning-combobox.base').options.map((o) => o.value)).toEqual(['current', 'future']);
        expect($(element, 'ol')).toBeNull();
        await expect(element).toBeAccessible();
    });
});
