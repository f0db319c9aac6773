/**
 * readPortfolio's keepCell: each account keeps only the cells of the columns asked for, and the
 * columns say where those are (-1 for a column with none kept), for CSV (read row by row, comma and
 * semicolon), tab-separated text and XLSX alike.
 */
import { readPortfolio, writeXlsx, type SourceColumn } from '../../src/io/index.js';
import { expectRead, readContent } from '../helpers/io-read.js';
import { useTempDir } from '../helpers/temp-dir.js';

const unknownOrStage = (column: SourceColumn): boolean => !column.field || column.field === 'lifecycleStage';

const HEADER = ['Id', 'Name', 'Revenue', 'Region', 'Lifecycle Stage'];
const ROWS = [
  ['A1', 'Alpha Oy', '1000', 'North', 'Kasvu'],
  ['B2', 'Beta Oy', '500', 'South', 'Growth'],
];

function expectKept(read: ReturnType<typeof expectRead>): void {
  expect(read.columns.map((c) => [c.header, c.index])).toEqual([
    ['Id', -1],
    ['Name', -1],
    ['Revenue', -1],
    ['Region', 0],
    ['Lifecycle Stage', 1],
  ]);
  expect(read.cells).toEqual([
    ['North', 'Kasvu'],
    ['South', 'Growth'],
  ]);
  expect(read.accounts.map((a) => [a.id, a.name, a.revenue])).toEqual([
    ['A1', 'Alpha Oy', 1000],
    ['B2', 'Beta Oy', 500],
  ]);
}

describe('keepCell', () => {
  const tmp = useTempDir();

  it.each([',', ';', '\t'])('keeps only the asked-for cells of delimited text (%j)', async (delimiter) => {
    const text = [HEADER, ...ROWS].map((row) => row.join(delimiter)).join('\n');
    expectKept(expectRead(await readContent(tmp, 'in.csv', text, { keepCell: unknownOrStage })));
  });

  it('keeps only the asked-for cells of a workbook', async () => {
    const path = tmp.file('in.xlsx');
    await writeXlsx(
      path,
      'Sheet1',
      HEADER,
      ROWS.map((row) => [row[0], row[1], Number(row[2]), row[3], row[4]])
    );
    expectKept(expectRead(await readPortfolio(path, { keepCell: unknownOrStage })));
  });

  it('shares one array among rows whose one kept cell is the same short text', async () => {
    const lines = ['Name,Revenue,Lifecycle Stage', 'A,1,Growth', 'B,2,Growth', 'C,3,Ending', 'D,4,'];
    const stageOnly = (column: SourceColumn): boolean => column.field === 'lifecycleStage';
    const read = expectRead(await readContent(tmp, 'shared.csv', lines.join('\n'), { keepCell: stageOnly }));
    expect(read.cells).toEqual([['Growth'], ['Growth'], ['Ending'], ['']]);
    expect(read.cells[0]).toBe(read.cells[1]);
    expect(read.cells[2]).not.toBe(read.cells[0]);
  });

  it('keeps every cell without keepCell', async () => {
    const read = expectRead(await readContent(tmp, 'all.csv', [HEADER, ...ROWS].map((r) => r.join(',')).join('\n')));
    expect(read.cells).toEqual(ROWS);
    expect(read.columns.map((c) => c.index)).toEqual([0, 1, 2, 3, 4]);
  });
});
