/**
 * Geometry of the two SVG charts, as plain data the template draws: the waterfall of one period
 * (revenue → direct costs → sales margin → sales, marketing, service costs → customer margin) and the
 * customer margin by period. Amounts may be negative; the zero line is drawn where it falls.
 */
export const WATERFALL = { width: 720, height: 300, top: 24, bottom: 44, side: 8 };
export const TREND = { width: 720, height: 200, top: 20, bottom: 28, side: 8 };

/** The seven steps of the waterfall with where each bar starts and ends (docs/method.md, Customer margin). */
export function waterfallSteps(wf, names) {
    const afterSales = wf.salesMargin - wf.salesCosts;
    const afterMarketing = afterSales - wf.marketingCosts;
    return [
        { key: 'revenue', name: names.revenue, amount: wf.revenue, from: 0, to: wf.revenue, kind: 'total' },
        {
            key: 'directCosts',
            name: names.directCosts,
            amount: -wf.directCosts,
            from: wf.revenue,
            to: wf.salesMargin,
            kind: 'cost'
        },
        {
            key: 'salesMargin',
            name: names.salesMargin,
            amount: wf.salesMargin,
            from: 0,
            to: wf.salesMargin,
            kind: 'total'
        },
        {
            key: 'salesCosts',
            name: names.salesCosts,
            amount: -wf.salesCosts,
            from: wf.salesMargin,
            to: afterSales,
            kind: 'cost'
        },
        {
            key: 'marketingCosts',
            name: names.marketingCosts,
            amount: -wf.marketingCosts,
            from: afterSales,
            to: afterMarketing,
            kind: 'cost'
        },
        {
            key: 'serviceCosts',
            name: names.serviceCosts,
            amount: -wf.serviceCosts,
            from: afterMarketing,
            to: wf.customerMargin,
            kind: 'cost'
        },
        {
            key: 'customerMargin',
            name: names.customerMargin,
            amount: wf.customerMargin,
            from: 0,
            to: wf.customerMargin,
            kind: 'total'
        }
    ];
}

function scale(values, box) {
    let min = 0;
    let max = 0;
    values.forEach((v) => {
        if (v < min) min = v;
        if (v > max) max = v;
    });
    if (max === min) max = min + 1;
    const plot = box.height - box.top - box.bottom;
    return (v) => box.top + ((max - v) / (max - min)) * plot;
}

const round1 = (v) => Math.round(v * 10) / 10;

/** Long names break into two lines under the bar ("Marketing / costs"). */
function lines(name) {
    const words = String(name).split(' ');
    if (words.length < 2) return [{ key: 'l0', text: name, dy: '0' }];
    const half = Math.ceil(words.length / 2);
    return [
        { key: 'l0', text: words.slice(0, half).join(' '), dy: '0' },
        { key: 'l1', text: words.slice(half).join(' '), dy: '1.2em' }
    ];
}

/**
 * Bars of a waterfall: x, y, width, height in the chart's viewBox, the value text above (or below, for
 * a bar that goes down from zero), and a dashed connector to the next bar.
 */
export function waterfallBars(steps, formatAmount) {
    const box = WATERFALL;
    const y = scale(
        steps.flatMap((s) => [s.from, s.to]),
        box
    );
    const slot = (box.width - 2 * box.side) / steps.length;
    const barWidth = slot * 0.62;
    return steps.map((step, i) => {
        const top = Math.min(y(step.from), y(step.to));
        const height = Math.max(1, Math.abs(y(step.from) - y(step.to)));
        const x = box.side + i * slot + (slot - barWidth) / 2;
        const next = steps[i + 1];
        const goesBelowZero = step.kind === 'total' && step.to < 0;
        return {
            ...step,
            className: `bar bar_${step.kind === 'total' ? (step.to < 0 ? 'loss' : 'total') : 'cost'}`,
            x: round1(x),
            y: round1(top),
            width: round1(barWidth),
            height: round1(height),
            valueText: formatAmount(step.amount),
            valueX: round1(x + barWidth / 2),
            valueY: round1(goesBelowZero ? top + height + 12 : top - 6),
            labelX: round1(x + barWidth / 2),
            labelY: box.height - box.bottom + 16,
            labelLines: lines(step.name),
            connector: next ? { x1: round1(x + barWidth), x2: round1(x + slot), y: round1(y(step.to)) } : null
        };
    });
}

export function zeroLine(steps) {
    const y = scale(
        steps.flatMap((s) => [s.from, s.to]),
        WATERFALL
    );
    return { x1: WATERFALL.side, x2: WATERFALL.width - WATERFALL.side, y: round1(y(0)) };
}

/** Customer margin bars by period, oldest left. */
export function trendBars(periods, formatAmount) {
    const box = TREND;
    const known = periods.filter((p) => p.customerMargin !== null);
    const y = scale(
        known.map((p) => p.customerMargin),
        box
    );
    const slot = (box.width - 2 * box.side) / Math.max(1, periods.length);
    const barWidth = Math.min(56, slot * 0.6);
    return {
        zeroY: round1(y(0)),
        bars: periods.map((p, i) => {
            const x = box.side + i * slot + (slot - barWidth) / 2;
            const m = p.customerMargin;
            const top = m === null ? y(0) : Math.min(y(0), y(m));
            return {
                key: p.period,
                className: m !== null && m < 0 ? 'bar bar_loss' : 'bar bar_total',
                x: round1(x),
                y: round1(top),
                width: round1(barWidth),
                height: m === null ? 0 : round1(Math.max(1, Math.abs(y(m) - y(0)))),
                labelX: round1(x + barWidth / 2),
                labelY: box.height - 8,
                period: p.period,
                valueText: m === null ? '' : formatAmount(m),
                valueY: round1(m !== null && m < 0 ? y(m) + 12 : top - 4)
            };
        })
    };
}
