/**
 * Merged cells in a workbook: Excel keeps the value in the first cell of the range only, so a merge is
 * reported rather than read as blanks (src/io/xlsx/xlsx-merges.ts says what each kind means).
 */
import ExcelJS from 'exceljs';
import { formatIoIssue, readPortfolio } from '../../src/io/index.js';
import { classifyMerges, MergeScanner, parseRange } from '../../src/io/xlsx/xlsx-merges.js';
import { expectIssues, expectRead, withoutFile } from '../helpers/io-read.js';
import { useTempDir } from '../helpers/temp-dir.js';

async function workbook(path: string, rows: ExcelJS.CellValue[][], merges: string[]): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Portfolio');
  sheet.addRows(rows);
  for (const range of merges) sheet.mergeCells(range);
  await book.xlsx.writeFile(path);
  return path;
}

describe('merged cells in an .xlsx', () => {
  const dir = useTempDir();

  it('names the first column of a merged header and warns about the others', async () => {
    const path = await workbook(
      dir.file('header.xlsx'),
      [
        ['Name', 'Revenue', null, 'Loyalty'],
        ['Alpha Oy', 1000, null, 4],
      ],
      ['B1:C1']
    );
    const read = expectRead(await readPortfolio(path));
    expect(read.accounts).toEqual([{ name: 'Alpha Oy', revenue: 1000, scores: { loyalty: 4 } }]);
    expect(withoutFile(read.warnings.filter((w) => w.code === 'MergedHeader'))).toEqual([
      {
        code: 'MergedHeader',
        line: 1,
        column: 'B',
        cell: 'Portfolio!B1',
        value: 'B1:C1',
        params: { sheet: 'Portfolio' },
      },
    ]);
    expect(formatIoIssue(read.warnings[0]).message).toContain(
      "the header cells B1:C1 of sheet 'Portfolio' are merged, so the header names only the first of these columns"
    );
  });

  it('refuses a data cell merged over several rows, with the sheet and the range, instead of reading blanks', async () => {
    const path = await workbook(
      dir.file('rows.xlsx'),
      [
        ['Name', 'Revenue', 'Lifecycle Stage'],
        ['Alpha Oy', 1000, 'Growth'],
        ['Beta Oy', 2000, null],
        ['Gamma Oy', 3000, null],
      ],
      ['C2:C4']
    );
    const outcome = expectIssues(await readPortfolio(path));
    expect(withoutFile(outcome.issues)).toEqual([
      {
        code: 'MergedCells',
        line: 2,
        column: 'C',
        cell: 'Portfolio!C2',
        value: 'C2:C4',
        params: { sheet: 'Portfolio' },
      },
    ]);
    const { message, actions } = formatIoIssue(outcome.issues[0]);
    expect(message).toContain("line 2, column C, cell Portfolio!C2: the cells C2:C4 of sheet 'Portfolio' are merged");
    expect(message).toContain('would be read as blank');
    expect(actions.join(' ')).toContain('Unmerge Cells');
  });

  it('refuses data cells merged across columns of one row', async () => {
    const path = await workbook(
      dir.file('across.xlsx'),
      [
        ['Name', 'Revenue', 'Direct Costs'],
        ['Alpha Oy', 1000, null],
      ],
      ['B2:C2']
    );
    expect(withoutFile(expectIssues(await readPortfolio(path)).issues)).toMatchObject([
      { code: 'MergedCells', value: 'B2:C2' },
    ]);
  });
});

describe('MergeScanner', () => {
  it('finds the ranges after the sheet data, whatever the chunks cut', () => {
    const xml =
      '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lt;mergeCell ref="Z1:Z9"/&gt;</t></is></c></row></sheetData>' +
      '<mergeCells count="2"><mergeCell ref="B1:D1"/><x:mergeCell ref="$C$2:C4"/></mergeCells></worksheet>';
    for (const size of [1, 3, 7, 50, xml.length]) {
      const scanner = new MergeScanner();
      for (let at = 0; at < xml.length; at += size) scanner.push(xml.slice(at, at + size));
      expect(scanner.ranges.map((range) => range.ref)).toEqual(['B1:D1', 'C2:C4']);
    }
  });

  it('ignores merges above the header', () => {
    const ranges = ['A1:E1', 'A3:B3', 'C4:C6'].map((ref) => parseRange(ref)!);
    expect(classifyMerges(ranges, 3).map((f) => [f.kind, f.range.ref])).toEqual([
      ['mergedHeader', 'A3:B3'],
      ['mergedData', 'C4:C6'],
    ]);
  });
});
