import CvpPortfolioChartTable from 'c/cvpPortfolioChartTable';
import flushPromises from 'cvp-test/flushPromises';
import { $, mount, resetDom } from 'cvp-test/dom';

const props = {
    caption: 'Whale curve',
    columns: [
        { key: 'a', label: 'Accounts' },
        { key: 'm', label: 'Margin' }
    ],
    rows: [
        { key: '1', cells: ['1', '120 000 €'] },
        { key: '2', cells: ['2', '160 000 €'] }
    ]
};

describe('c-cvp-portfolio-chart-table', () => {
    afterEach(resetDom);

    it('shows the chart’s figures as a table on demand', async () => {
        const element = mount('c-cvp-portfolio-chart-table', CvpPortfolioChartTable, props);
        await flushPromises();
        const toggle = $(element, 'button.toggle');
        expect($(element, 'table')).toBeNull();
        expect(toggle.getAttribute('aria-expanded')).toBe('false');
        expect(toggle.textContent).toBe('c.CVP_Pf_Show_Data');
        toggle.click();
        await flushPromises();
        expect(toggle.getAttribute('aria-expanded')).toBe('true');
        expect($(element, 'caption').textContent).toBe('Whale curve');
        const cells = [...element.shadowRoot.querySelectorAll('tbody tr')].map((tr) =>
            [...tr.querySelectorAll('td')].map((td) => td.textContent)
        );
        expect(cells).toEqual([
            ['1', '120 000 €'],
            ['2', '160 000 €']
        ]);
        await expect(element).toBeAccessible();
    });
});
