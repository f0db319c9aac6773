/**
 * A workbook's issues name the cell as Excel users know it, `Sheet1!C12`, beside the line and the
 * column header; a sheet name with a space or a quote is quoted as Excel quotes it ('My sheet'!C12).
 */
import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { formatIoIssue, readPortfolio, sheetCell } from '../../src/io/index.js';
import { expectIssues, expectRead } from '../helpers/io-read.js';
import { useTempDir } from '../helpers/temp-dir.js';

async function workbook(
  path: string,
  name: string,
  rows: ExcelJS.CellValue[][],
  merges: string[] = []
): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(name);
  sheet.addRows(rows);
  for (const range of merges) sheet.mergeCells(range);
  await book.xlsx.writeFile(path);
  return path;
}

describe('sheetCell', () => {
  it.each([
    ['Sheet1', 2, 12, 'Sheet1!C12'],
    ['Asiakkaat_2026', 0, 1, 'Asiakkaat_2026!A1'],
    ['Myyntiä', 27, 3, 'Myyntiä!AB3'],
    ['My sheet', 2, 12, "'My sheet'!C12"],
    ["Anna's list", 0, 2, "'Anna''s list'!A2"],
    ['2026', 1, 5, "'2026'!B5"],
    ['Q1-Q2', 1, 5, "'Q1-Q2'!B5"],
    ['A1', 1, 5, "'A1'!B5"],
    ['R2C3', 1, 5, "'R2C3'!B5"],
  ])('%s, column %s, line %s: %s', (sheet, index, line, expected) => {
    expect(sheetCell(sheet, index, line)).toBe(expected);
  });
});

describe('issues of a workbook name the cell', () => {
  const dir = useTempDir();

  it('a bad number: file, line, column header and cell', async () => {
    const path = await workbook(dir.file('bad.xlsx'), 'My sheet', [
      ['Name', 'Revenue', 'Loyalty'],
      ['Alpha Oy', 1000, 3],
      ['Beta Oy', 'n/a', 4],
    ]);
    const [issue] = expectIssues(await readPortfolio(path)).issues;
    expect(issue).toMatchObject({ code: 'NotANumber', line: 3, column: 'Revenue', cell: "'My sheet'!B3" });
    expect(formatIoIssue(issue).message).toBe(
      `${path}, line 3, column Revenue, cell 'My sheet'!B3: 'n/a' is not a number.`
    );
  });

  it('a merged cell: the first cell of the range', async () => {
    const path = await workbook(
      dir.file('merged.xlsx'),
      'Portfolio',
      [
        ['Name', 'Revenue', 'Loyalty'],
        ['Alpha Oy', 1000, 3],
        ['Beta Oy', 2000, null],
      ],
      ['C2:C3']
    );
    const [issue] = expectIssues(await readPortfolio(path)).issues;
    expect(issue).toMatchObject({ code: 'MergedCells', line: 2, column: 'C', cell: 'Portfolio!C2', value: 'C2:C3' });
    expect(formatIoIssue(issue).message).toContain(`${path}, line 2, column C, cell Portfolio!C2: the cells C2:C3`);
  });

  it('an unknown column: its header cell', async () => {
    const path = await workbook(dir.file('unknown.xlsx'), 'Asiakkaat 2026', [
      ['Name', 'Revenue', 'Colour'],
      ['Alpha Oy', 1000, 'blue'],
    ]);
    const [warning] = expectRead(await readPortfolio(path)).warnings;
    expect(warning).toMatchObject({ code: 'UnknownColumn', line: 1, column: 'Colour', cell: "'Asiakkaat 2026'!C1" });
    expect(formatIoIssue(warning).message).toMatch(
      new RegExp(`^${path}, line 1, column Colour, cell 'Asiakkaat 2026'!C1: this column is not one`)
    );
  });

  it('a CSV names no cell: it has no sheet', async () => {
    const path = dir.file('bad.csv');
    await writeFile(path, 'Name,Revenue\nAlpha Oy,n/a\n');
    const [issue] = expectIssues(await readPortfolio(path)).issues;
    expect(issue.cell).toBeUndefined();
    expect(formatIoIssue(issue).message).toMatch(new RegExp(`^${path}, line 2, column Revenue: `));
  });
});
