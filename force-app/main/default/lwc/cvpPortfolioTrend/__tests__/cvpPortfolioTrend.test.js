import CvpPortfolioTrend from 'c/cvpPortfolioTrend';
import { snapshotsFromConnection } from 'c/cvpPortfolioData';
import flushPromises from 'cvp-test/flushPromises';
import { $, $$, mount, resetDom } from 'cvp-test/dom';

const context = require('../../cvpPortfolioData/__tests__/data/context.json');
const snapshots = snapshotsFromConnection(context.data.uiapi.query.CVP_Portfolio_Snapshot__c);

async function render(props = {}) {
    const element = mount('c-cvp-portfolio-trend', CvpPortfolioTrend, { snapshots, ...props });
    await flushPromises();
    return element;
}

describe('c-cvp-portfolio-trend', () => {
    afterEach(resetDom);

    it('draws total margin per snapshot, oldest left, each point focusable', async () => {
        const element = await render();
        const points = $$(element, 'circle.point');
        expect(points).toHaveLength(3);
        const xs = points.map((p) => Number(p.getAttribute('cx')));
        const ys = points.map((p) => Number(p.getAttribute('cy')));
        expect(xs[0]).toBeLessThan(xs[1]);
        // −200k, 7.6M, 8.4M: the newest is highest (smallest y).
        expect(ys[2]).toBeLessThan(ys[1]);
        expect(ys[1]).toBeLessThan(ys[0]);
        expect(points.every((p) => p.getAttribute('tabindex') === '0')).toBe(true);
        expect($(element, 'svg desc').textContent).toMatch(/^c.CVP_Pf_Trend_Desc /);
        await expect(element).toBeAccessible();
    });

    it('puts every snapshot figure in the data table', async () => {
        const element = await render();
        const table = $(element, 'c-cvp-portfolio-chart-table');
        expect(table.columns.map((c) => c.key)).toEqual([
            'date',
            'accounts',
            'keyAccount',
            'develop',
            'maintain',
            'lean',
            'ideal',
            'prisoner',
            'risk',
            'emotionalBond',
            'margin',
            'keyShare',
            'score',
            'version'
        ]);
        expect(table.rows.map((r) => r.cells[13])).toEqual(['1', '1', '2']);
        expect(table.rows.map((r) => r.cells[1])).toEqual(['1180', '1200', '1240']);
        expect(table.rows[2].cells[2]).toBe('40');
    });

    it('marks the snapshot where the profile version changed, with a legend, and says so to a screen reader', async () => {
        const element = await render();
        // Versions 1, 1, 2 (oldest first): one mark, at the third snapshot, on the same x as its point.
        const marks = $$(element, 'g.version-mark');
        expect(marks).toHaveLength(1);
        expect(marks[0].dataset.version).toBe('2');
        const rule = marks[0].querySelector('line');
        expect(rule.getAttribute('x1')).toBe($$(element, 'circle.point')[2].getAttribute('cx'));
        expect(marks[0].querySelector('title').textContent).toBe('c.CVP_Version_Mark');
        expect($(element, '.version-legend').textContent).toContain('c.CVP_Version_Mark_Legend');
        expect($$(element, 'circle.point')[2].getAttribute('aria-label')).toContain('c.CVP_Version_Mark');
        expect($$(element, 'circle.point')[1].getAttribute('aria-label')).not.toContain('c.CVP_Version_Mark');
        expect($(element, 'svg desc').textContent).toContain('c.CVP_Version_Mark');
        await expect(element).toBeAccessible();
    });

    it('marks nothing, and shows no legend, while the version stays or was never recorded', async () => {
        const same = snapshots.map((s) => ({ ...s, profileVersion: 1 }));
        const element = await render({ snapshots: same });
        expect($$(element, 'g.version-mark')).toHaveLength(0);
        expect($(element, '.version-legend')).toBeNull();
        resetDom();
        // Snapshots written before versions existed have none: a first recorded version is no change.
        const older = snapshots.map((s, i) => ({ ...s, profileVersion: i === 2 ? 3 : null }));
        const unknown = await render({ snapshots: older });
        expect($$(unknown, 'g.version-mark')).toHaveLength(0);
    });

    it('says how snapshots are made when there is none', async () => {
        const element = await render({ snapshots: [] });
        expect($(element, 'svg')).toBeNull();
        expect($(element, '.empty').textContent).toBe('c.CVP_Pf_No_Trend');
        await expect(element).toBeAccessible();
    });
});
