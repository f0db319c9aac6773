import { compareFigureDesc, compareNames, rankOrder, type RankKeys } from '../../src/core/ranking/ranking.js';

type Row = { name: string; cents: number; margin?: number | null; revenue?: number | null };

/** Rank keys for rows; a missing figure is NaN, a missing score -1, as the portfolio builds them. */
function keys(rows: readonly Row[]): RankKeys {
  return {
    cents: Int32Array.from(rows, (r) => r.cents),
    margin: Float64Array.from(rows, (r) => r.margin ?? Number.NaN),
    revenue: Float64Array.from(rows, (r) => r.revenue ?? Number.NaN),
    names: rows.map((r) => r.name),
  };
}

const order = (rows: readonly Row[]): string[] => Array.from(rankOrder(keys(rows)), (i) => rows[i].name);

describe('rankOrder', () => {
  it('sorts by score descending', () => {
    expect(
      order([
        { name: 'b', cents: 250 },
        { name: 'a', cents: 400 },
        { name: 'c', cents: 100 },
        { name: 'd', cents: 500 },
      ])
    ).toEqual(['d', 'a', 'b', 'c']);
  });

  it('breaks equal scores by margin descending, then revenue descending, then name', () => {
    const rows: Row[] = [
      { name: 'by name 2', cents: 300, margin: 10, revenue: 50 },
      { name: 'low margin', cents: 300, margin: 5, revenue: 900 },
      { name: 'by name 1', cents: 300, margin: 10, revenue: 50 },
      { name: 'more revenue', cents: 300, margin: 10, revenue: 60 },
      { name: 'high margin', cents: 300, margin: 20, revenue: 1 },
    ];
    expect(order(rows)).toEqual(['high margin', 'more revenue', 'by name 1', 'by name 2', 'low margin']);
  });

  it('puts a missing margin after every margin, even a loss', () => {
    const rows: Row[] = [
      { name: 'no margin', cents: 300, revenue: 1e6 },
      { name: 'loss', cents: 300, margin: -1000, revenue: 10 },
    ];
    expect(order(rows)).toEqual(['loss', 'no margin']);
  });

  it('puts a missing revenue after every revenue', () => {
    const rows: Row[] = [
      { name: 'a', cents: 300, margin: 0 },
      { name: 'b', cents: 300, margin: 0, revenue: -50 },
    ];
    expect(order(rows)).toEqual(['b', 'a']);
  });

  it('puts accounts with no score (-1) last, whatever their figures', () => {
    const rows: Row[] = [
      { name: 'unscored rich', cents: -1, margin: 1e9, revenue: 1e9 },
      { name: 'lowest score', cents: 100, margin: -5, revenue: 1 },
      { name: 'unscored poor', cents: -1, margin: -1, revenue: 1 },
    ];
    expect(order(rows)).toEqual(['lowest score', 'unscored rich', 'unscored poor']);
  });

  it('keeps input order for identical names', () => {
    const rows: Row[] = [
      { name: 'Same', cents: 300, margin: 1 },
      { name: 'Same', cents: 300, margin: 1 },
    ];
    expect(Array.from(rankOrder(keys(rows)))).toEqual([0, 1]);
  });

  it('handles an empty portfolio', () => {
    expect(Array.from(rankOrder(keys([])))).toEqual([]);
  });

  // Bug: the collator (numeric) finds some distinct names equal ("Client 01" / "Client 1", or a name
  // with a zero-width space), so their order falls through to input position and the ranking
  // changes when the rows are reordered. docs/method.md (Rank) ranks by name; distinct names need an order.
  it('orders distinct names the collator finds equal the same way whatever the input order', () => {
    for (const [x, y] of [
      ['Client 01', 'Client 1'],
      ['Acme\u200b Oy', 'Acme Oy'],
    ]) {
      const a: Row = { name: x, cents: 300, margin: 1, revenue: 1 };
      const b: Row = { name: y, cents: 300, margin: 1, revenue: 1 };
      expect(order([a, b])).toEqual(order([b, a]));
    }
  });
});

describe('compareNames', () => {
  it('compares numbers inside names by value', () => {
    expect(compareNames('Client 2', 'Client 10')).toBeLessThan(0);
    expect(compareNames('Client 10', 'Client 9')).toBeGreaterThan(0);
  });
});

describe('compareFigureDesc', () => {
  it('orders larger first and a missing figure (NaN) last', () => {
    expect(compareFigureDesc(10, 5)).toBeLessThan(0);
    expect(compareFigureDesc(-5, 10)).toBeGreaterThan(0);
    expect(compareFigureDesc(Number.NaN, -1e9)).toBeGreaterThan(0);
    expect(compareFigureDesc(-1e9, Number.NaN)).toBeLessThan(0);
    expect(compareFigureDesc(Number.NaN, Number.NaN)).toBe(0);
    expect(compareFigureDesc(3, 3)).toBe(0);
  });
});
