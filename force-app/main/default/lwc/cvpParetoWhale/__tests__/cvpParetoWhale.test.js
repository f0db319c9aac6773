import CvpParetoWhale from 'c/cvpParetoWhale';
import { rowsFromConnection, snapshotsFromConnection } from 'c/cvpPortfolioData';
import flushPromises from 'cvp-test/flushPromises';
import { $, $$, mount, resetDom } from 'cvp-test/dom';

const page1 = require('../../cvpPortfolioData/__tests__/data/accountsPage1.json');
const page2 = require('../../cvpPortfolioData/__tests__/data/accountsPage2.json');
const context = require('../../cvpPortfolioData/__tests__/data/context.json');

const rows = rowsFromConnection(page1.data.uiapi.query.Account).rows.concat(
    rowsFromConnection(page2.data.uiapi.query.Account).rows
);
const snapshots = snapshotsFromConnection(context.data.uiapi.query.CVP_Portfolio_Snapshot__c);

async function render(props = {}) {
    const element = mount('c-cvp-pareto-whale', CvpParetoWhale, { rows, snapshot: snapshots[2], ...props });
    await flushPromises();
    return element;
}

describe('c-cvp-pareto-whale', () => {
    afterEach(resetDom);

    it('shows the 80/20 shares and the ABC split of the whole portfolio from the snapshot', async () => {
        const element = await render();
        expect($(element, '.share-margin').textContent).toBe('c.CVP_Pf_Top20_Margin');
        expect($(element, '.abc-text').textContent).toBe('A: 210, B: 330, C: 700');
        const widths = $$(element, 'svg.abc-bar rect').map((r) => Number(r.getAttribute('width')));
        expect(widths[2]).toBeGreaterThan(widths[1]);
        expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 1);
        await expect(element).toBeAccessible();
    });

    it('draws the whale curve of the loaded accounts with its peak, each point reachable by keyboard', async () => {
        const element = await render();
        // Margins 120k, 40k, −5k, −15k: the curve peaks at 160k after 2 accounts.
        const peak = $(element, 'circle.peak');
        const points = $$(element, 'circle.point');
        // In the tab order: the first point, the peak, the last (and every tenth on a long curve).
        expect(points.length).toBe(3);
        expect(points.every((p) => p.getAttribute('tabindex') === '0' && p.getAttribute('aria-label'))).toBe(true);
        expect(peak.getAttribute('cx')).toBe(points[1].getAttribute('cx'));
        expect(Number(points[1].getAttribute('cy'))).toBeLessThan(Number(points[2].getAttribute('cy')));
        expect(points[1].getAttribute('aria-label')).toBe('c.CVP_Pf_Point');
        expect($(element, 'svg.whale title').textContent).toBe('c.CVP_Pf_Whale_Title');
        expect($$(element, 'c-cvp-portfolio-chart-table')[1].rows.map((r) => r.cells[0])).toEqual(['1', '2', '3', '4']);
    });

    it('lists the loss-makers, the largest loss first, with the likely cause', async () => {
        const element = await render();
        const names = $$(element, 'table.losses tbody a').map((a) => a.textContent);
        expect(names).toEqual(['=HYPERLINK("x")', 'Delta Ab']);
        const causes = $$(element, 'table.losses td.cause').map((td) => td.textContent);
        // Volume 1 → low volume; Delta's service cost is 27 % of revenue against a median of 5 % → workload.
        expect(causes).toEqual(['c.CVP_Pf_Cause_Low_Volume, c.CVP_Pf_Cause_Workload', 'c.CVP_Pf_Cause_Workload']);
        const opens = [];
        element.addEventListener('open', (e) => opens.push(e.detail.recordId));
        $(element, 'table.losses tbody a').click();
        expect(opens).toEqual(['001Qy00000DangerAA']);
    });

    it('says what is missing without a snapshot or any loaded account', async () => {
        const element = await render({ rows: [], snapshot: undefined });
        expect($(element, '.no-snapshot').textContent).toBe('c.CVP_Pf_No_Snapshot');
        expect($(element, 'svg.whale')).toBeNull();
        expect($(element, '.no-loss').textContent).toBe('c.CVP_Pf_No_Loss');
        await expect(element).toBeAccessible();
    });
});
