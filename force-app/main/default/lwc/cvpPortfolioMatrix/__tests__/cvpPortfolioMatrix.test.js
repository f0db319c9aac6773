import CvpPortfolioMatrix from 'c/cvpPortfolioMatrix';
import { rowsFromConnection } from 'c/cvpPortfolioData';
import flushPromises from 'cvp-test/flushPromises';
import { $, $$, mount, resetDom } from 'cvp-test/dom';

const page1 = require('../../cvpPortfolioData/__tests__/data/accountsPage1.json');
const page2 = require('../../cvpPortfolioData/__tests__/data/accountsPage2.json');

const rows = rowsFromConnection(page1.data.uiapi.query.Account).rows.concat(
    rowsFromConnection(page2.data.uiapi.query.Account).rows
);

async function render(props = {}) {
    const element = mount('c-cvp-portfolio-matrix', CvpPortfolioMatrix, { rows, ...props });
    await flushPromises();
    return element;
}

const bubble = (element, id) => $(element, `circle[data-id="${id}"]`);

describe('c-cvp-portfolio-matrix', () => {
    afterEach(resetDom);

    it('places every assessed account, sized by margin and coloured by tier', async () => {
        const element = await render();
        // Eka Oy has no commitment or binding: not placed.
        expect($$(element, 'circle.bubble')).toHaveLength(4);
        const aalto = bubble(element, '001Qy00000AaltoIAA');
        const bore = bubble(element, '001Qy00000BoreLIAA');
        expect(aalto.getAttribute('class')).toContain('tier_keyAccount');
        expect(bore.getAttribute('class')).toContain('tier_develop');
        expect(Number(aalto.getAttribute('r'))).toBeGreaterThan(Number(bore.getAttribute('r')));
        // Ideal (binding 4) sits above Emotional bond (binding 2); SVG y grows downwards.
        expect(Number(aalto.getAttribute('cy'))).toBeLessThan(Number(bore.getAttribute('cy')));
        expect($(element, 'svg desc').textContent).toBe('c.CVP_Pf_Matrix_Desc');
        expect($(element, 'c-cvp-portfolio-chart-table').rows).toHaveLength(4);
        await expect(element).toBeAccessible();
    });

    it('opens the account of a bubble by click or Enter', async () => {
        const element = await render();
        const opens = [];
        element.addEventListener('open', (e) => opens.push(e.detail.recordId));
        bubble(element, '001Qy00000BoreLIAA').dispatchEvent(new CustomEvent('click'));
        bubble(element, '001Qy00000DeltaAAA').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
        bubble(element, '001Qy00000DeltaAAA').dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
        expect(opens).toEqual(['001Qy00000BoreLIAA', '001Qy00000DeltaAAA']);
    });

    it('splits the matrix at the profile’s threshold', async () => {
        const atDefault = await render();
        const x35 = Number($(atDefault, 'line.split').getAttribute('x1'));
        resetDom();
        const atThree = await render({ high: 3 });
        expect(Number($(atThree, 'line.split').getAttribute('x1'))).toBeLessThan(x35);
    });

    it('draws an empty matrix when no account is assessed', async () => {
        const element = await render({ rows: [] });
        expect($$(element, 'circle.bubble')).toHaveLength(0);
        await expect(element).toBeAccessible();
    });
});
