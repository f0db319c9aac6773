import CvpParetoWhale from 'c/cvpParetoWhale';
import { graphql } from 'lightning/graphql';
import { EVERY_ACCOUNT } from 'c/cvpCore';
import { snapshotsFromConnection } from 'c/cvpPortfolioData';
import flushPromises from 'cvp-test/flushPromises';
import { $, $$, mount, resetDom } from 'cvp-test/dom';

const context = require('../../cvpPortfolioData/__tests__/data/context.json');
const whaleCurve = require('./data/whaleCurve.json');

const snapshots = snapshotsFromConnection(context.data.uiapi.query.CVP_Portfolio_Snapshot__c);
const latest = snapshots[snapshots.length - 1];
const isCurve = (config) => Boolean(config && config.variables && config.variables.where && config.variables.where.Id);

async function render(props = {}, curve = whaleCurve) {
    const element = mount('c-cvp-pareto-whale', CvpParetoWhale, { snapshot: latest, scope: EVERY_ACCOUNT, ...props });
    await flushPromises();
    if (curve) graphql.emit(curve.data, isCurve);
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

    it('reads the curve of the latest snapshot only', async () => {
        const configs = [];
        mount('c-cvp-pareto-whale', CvpParetoWhale, { snapshot: latest, scope: EVERY_ACCOUNT });
        await flushPromises();
        graphql.emit(whaleCurve.data, (config) => {
            configs.push(config);
            return false;
        });
        expect(configs.filter(isCurve).map((c) => c.variables.where)).toEqual([{ Id: { eq: latest.id } }]);
    });

    it('draws the stored whale curve in shares, from 0 to 100 % of the accounts, with the 100 % line and the peak', async () => {
        const element = await render();
        const path = $(element, 'path.curve').getAttribute('d');
        const xs = path.split(' ').map((step) => Number(step.slice(1).split(',')[0]));
        // From the left edge of the plot to its right edge: the curve covers every account.
        expect(xs[0]).toBe(56);
        expect(xs[xs.length - 1]).toBe(580);
        expect(xs).toHaveLength(7);
        const hundred = Number($(element, 'line.hundred').getAttribute('y1'));
        const zero = Number($(element, 'line.axis').getAttribute('y1'));
        const peak = $(element, 'circle.peak');
        // 135 % of the total after 900 of 1,240 accounts: above the 100 % line; the curve ends on it.
        expect(Number(peak.getAttribute('cy'))).toBeLessThan(hundred);
        expect(Number(peak.getAttribute('cx'))).toBeCloseTo(56 + (900 / 1240) * 524, 0);
        const lastY = Number(path.split(' ').at(-1).split(',')[1]);
        expect(lastY).toBeCloseTo(hundred, 0);
        expect(zero).toBeGreaterThan(hundred);
        expect($(element, '.peak-label').textContent.trim()).toBe('c.CVP_Pf_Peak');
        const points = $$(element, 'circle.point');
        expect(points.every((p) => p.getAttribute('tabindex') === '0' && p.getAttribute('aria-label'))).toBe(true);
        expect($(element, '.scope').textContent).toBe('c.CVP_Pf_Whole_Scope');
        const table = $$(element, 'c-cvp-portfolio-chart-table')[1];
        expect(table.rows.map((r) => r.cells[0])).toEqual(['0', '62', '248', '600', '900', '1000', '1240']);
        await expect(element).toBeAccessible();
    });

    it('lists the loss-makers of the whole portfolio through c-cvp-loss-makers, with the snapshot’s total loss', async () => {
        const element = await render();
        const losses = $(element, 'c-cvp-loss-makers');
        expect(losses.scope).toEqual(EVERY_ACCOUNT);
        expect(losses.lossTotal).toBe(-48250);
    });

    it('says what is missing: no snapshot, or a snapshot without a curve yet', async () => {
        const element = await render({ snapshot: undefined }, null);
        expect($(element, '.no-snapshot').textContent).toBe('c.CVP_Pf_No_Snapshot');
        expect($(element, 'svg.whale')).toBeNull();
        await expect(element).toBeAccessible();
        resetDom();
        const older = await render(
            {},
            { data: { uiapi: { query: { CVP_Portfolio_Snapshot__c: { edges: [{ node: { Id: latest.id } }] } } } } }
        );
        expect($(older, 'svg.whale')).toBeNull();
        expect($(older, '.no-curve').textContent).toBe('c.CVP_Pf_No_Curve');
    });
});
