import fc from 'fast-check';
import { customerMargin, waterfall, type WaterfallInput } from '../../src/core/profitability/waterfall.js';

describe('waterfall', () => {
  it('runs revenue down to the customer margin (docs/method.md, Customer margin)', () => {
    // 10 000 − 6 000 = 4 000 sales margin; 4 000 − 1 000 − 500 − 1 500 = 1 000 customer margin; 10 %.
    expect(
      waterfall({ revenue: 10_000, directCosts: 6000, salesCosts: 1000, marketingCosts: 500, serviceCosts: 1500 })
    ).toEqual({
      revenue: 10_000,
      directCosts: 6000,
      salesMargin: 4000,
      salesCosts: 1000,
      marketingCosts: 500,
      serviceCosts: 1500,
      customerMargin: 1000,
      marginPct: 10,
    });
  });

  it('counts the costs not given as 0 once at least one cost is known', () => {
    // Only the service cost is booked: sales margin = revenue, customer margin = 1 000 − 200.
    expect(waterfall({ revenue: 1000, serviceCosts: 200 })).toEqual({
      revenue: 1000,
      directCosts: 0,
      salesMargin: 1000,
      salesCosts: 0,
      marketingCosts: 0,
      serviceCosts: 200,
      customerMargin: 800,
      marginPct: 80,
    });
    // null is the same as not given.
    expect(
      waterfall({ revenue: 1000, directCosts: 300, salesCosts: null, marketingCosts: null, serviceCosts: null })
    ).toMatchObject({
      salesMargin: 700,
      customerMargin: 700,
      marginPct: 70,
    });
  });

  it('treats a cost of 0 as a known cost', () => {
    expect(waterfall({ revenue: 500, directCosts: 0 })).toMatchObject({ customerMargin: 500, marginPct: 100 });
  });

  it('has no waterfall with revenue but no cost at all', () => {
    expect(waterfall({ revenue: 1000 })).toBeNull();
    expect(
      waterfall({ revenue: 1000, directCosts: null, salesCosts: null, marketingCosts: null, serviceCosts: null })
    ).toBeNull();
  });

  it('has no waterfall without revenue', () => {
    expect(waterfall({})).toBeNull();
    expect(waterfall({ revenue: null, directCosts: 100, serviceCosts: 50 })).toBeNull();
  });

  it('has no margin % at revenue 0, but still a margin', () => {
    expect(waterfall({ revenue: 0, serviceCosts: 100 })).toMatchObject({ customerMargin: -100, marginPct: null });
  });

  it('rounds the margin % half up to 2 decimals', () => {
    expect(waterfall({ revenue: 3000, directCosts: 2000 })?.marginPct).toBe(33.33);
    expect(waterfall({ revenue: 3, directCosts: 1 })?.marginPct).toBe(66.67);
    expect(waterfall({ revenue: 800, directCosts: 900, serviceCosts: 50 })?.marginPct).toBe(-18.75);
  });

  it('accepts negative revenue (credit notes), the margin % keeping the sign of margin / revenue', () => {
    expect(waterfall({ revenue: -200, directCosts: 0 })).toMatchObject({ customerMargin: -200, marginPct: 100 });
    expect(waterfall({ revenue: -200, directCosts: 100 })).toMatchObject({
      salesMargin: -300,
      customerMargin: -300,
      marginPct: 150,
    });
  });

  // A margin % below 1e-6 is written with an exponent in decimal; it must still round.
  it('gives a margin % of 0 for a margin that is a tiny fraction of revenue', () => {
    expect(waterfall({ revenue: 1e9, directCosts: 1e9 - 0.0001 })?.marginPct).toBe(0);
  });
});

describe('customerMargin', () => {
  it('follows the same existence rule as the waterfall', () => {
    expect(customerMargin({ revenue: 1000 })).toBeNull();
    expect(customerMargin({ directCosts: 10 })).toBeNull();
    expect(customerMargin({ revenue: 1000, marketingCosts: 250 })).toBe(750);
    expect(customerMargin({ revenue: 0, directCosts: 5 })).toBe(-5);
  });

  it('gives exactly waterfall().customerMargin for any input', () => {
    const money = fc.option(fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }), {
      nil: undefined,
    });
    const cost = fc.option(
      fc.oneof(fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true }), fc.constant(null)),
      {
        nil: undefined,
      }
    );
    fc.assert(
      fc.property(
        fc.record({ revenue: money, directCosts: cost, salesCosts: cost, marketingCosts: cost, serviceCosts: cost }),
        (input) => {
          const w = waterfall(input as WaterfallInput);
          const m = customerMargin(input as WaterfallInput);
          if (w === null) expect(m).toBeNull();
          else expect(Object.is(m, w.customerMargin)).toBe(true);
        }
      ),
      { numRuns: 500 }
    );
  });
});
