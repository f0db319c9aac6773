import { readFile, writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readPortfolio } from '../../src/io/index.js';
import { toRawCell } from '../../src/io/xlsx/read-xlsx.js';
import { expectIssues, expectRead, withoutFile } from '../helpers/io-read.js';
import { useTempDir } from '../helpers/temp-dir.js';

type SheetSpec = { name: string; rows: ExcelJS.CellValue[][]; state?: ExcelJS.WorksheetState };

/** Builds a workbook in the temp dir: fixtures made in the test rather than committed binaries. */
async function workbook(path: string, sheets: SheetSpec[]): Promise<string> {
  const book = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = book.addWorksheet(spec.name, spec.state ? { state: spec.state } : {});
    spec.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value !== null && value !== undefined) sheet.getCell(r + 1, c + 1).value = value;
      });
    });
  }
  await book.xlsx.writeFile(path);
  return path;
}

const PORTFOLIO: ExcelJS.CellValue[][] = [
  ['Name', 'Revenue', 'Direct Costs', 'Loyalty', 'Lifecycle Stage'],
  ['Pohjolan Teräs Oy', 2_950_000, 2_094_500, 5, 'Established'],
  ['Nordic Freight AB', 2_380_000, null, 4, 'established'],
];

describe('readPortfolio: .xlsx workbooks', () => {
  const dir = useTempDir();

  it('reads the first sheet by default, numbers as numbers, with the rows Excel shows', async () => {
    const path = await workbook(dir.file('book.xlsx'), [
      { name: 'Portfolio', rows: PORTFOLIO },
      { name: 'Other', rows: [['Name'], ['Wrong Oy']] },
    ]);
    const read = expectRead(await readPortfolio(path));
    expect(read.accounts).toEqual([
      {
        name: 'Pohjolan Teräs Oy',
        revenue: 2_950_000,
        directCosts: 2_094_500,
        scores: { loyalty: 5 },
        lifecycleStage: 'established',
      },
      { name: 'Nordic Freight AB', revenue: 2_380_000, scores: { loyalty: 4 }, lifecycleStage: 'established' },
    ]);
    expect(read.lines).toEqual([2, 3]);
  });

  it('reads a sheet by name, matching case-insensitively when there is no exact match', async () => {
    const path = await workbook(dir.file('two.xlsx'), [
      { name: 'Notes', rows: [['Read me first']] },
      {
        name: 'Asiakkaat 2026',
        rows: [
          ['Nimi', 'Liikevaihto'],
          ['Kuusamon Kalatukku Oy', 1_284_500.5],
        ],
      },
    ]);
    const expected = [{ name: 'Kuusamon Kalatukku Oy', revenue: 1_284_500.5, scores: {} }];
    expect(expectRead(await readPortfolio(path, { sheet: 'Asiakkaat 2026' })).accounts).toEqual(expected);
    expect(expectRead(await readPortfolio(path, { sheet: 'asiakkaat 2026' })).accounts).toEqual(expected);
  });

  it('reports a missing sheet with the names of the sheets there are', async () => {
    const path = await workbook(dir.file('sheets.xlsx'), [
      { name: 'Portfolio', rows: PORTFOLIO },
      { name: 'Notes', rows: [['x']] },
    ]);
    const failure = expectIssues(await readPortfolio(path, { sheet: 'Accounts' }));
    expect(withoutFile(failure.issues)).toEqual([
      { code: 'SheetNotFound', value: 'Accounts', params: { available: 'Portfolio, Notes' } },
    ]);
  });

  it('skips a hidden first sheet when no sheet is named', async () => {
    const path = await workbook(dir.file('hidden.xlsx'), [
      { name: 'Lookup', rows: [['Code'], ['x']], state: 'hidden' },
      { name: 'Portfolio', rows: PORTFOLIO },
    ]);
    expect(expectRead(await readPortfolio(path)).accounts).toHaveLength(2);
  });

  it('reads the cached result of formula cells, shared formulas included', async () => {
    const path = await workbook(dir.file('formulas.xlsx'), [
      {
        name: 'Portfolio',
        rows: [
          ['Name', 'Revenue', 'Direct Costs', 'Loyalty'],
          [
            'Alpha Oy',
            { formula: '1000*2', result: 2000 },
            { formula: 'B2*0.6', result: 1200 },
            { formula: '2+2', result: 4 },
          ],
          [{ formula: '"Beta"&" Oy"', result: 'Beta Oy' }, 500, { sharedFormula: 'C2', result: 300 }, 3],
        ],
      },
    ]);
    const read = expectRead(await readPortfolio(path));
    expect(read.accounts).toEqual([
      { name: 'Alpha Oy', revenue: 2000, directCosts: 1200, scores: { loyalty: 4 } },
      { name: 'Beta Oy', revenue: 500, directCosts: 300, scores: { loyalty: 3 } },
    ]);
  });

  it('reports formulas without a stored result, error values and dates where a number belongs', async () => {
    const path = await workbook(dir.file('bad.xlsx'), [
      {
        name: 'Portfolio',
        rows: [
          ['Name', 'Revenue', 'Loyalty', 'Service Hours'],
          ['Alpha Oy', { formula: 'SUM(X1:X9)' }, 3, 1],
          ['Beta Oy', { error: '#DIV/0!' }, { error: '#N/A' }, new Date(Date.UTC(2026, 2, 1))],
          ['Gamma Oy', 'n/a', 7, -2],
        ],
      },
    ]);
    const failure = expectIssues(await readPortfolio(path));
    expect(withoutFile(failure.issues)).toEqual([
      { code: 'UncalculatedFormula', line: 2, column: 'Revenue', cell: 'Portfolio!B2', value: '=SUM(X1:X9)' },
      { code: 'NotANumber', line: 3, column: 'Revenue', cell: 'Portfolio!B3', value: '#DIV/0!' },
      { code: 'ScoreOutOfRange', line: 3, column: 'Loyalty', cell: 'Portfolio!C3', value: '#N/A' },
      { code: 'NotANumber', line: 3, column: 'Service Hours', cell: 'Portfolio!D3', value: '2026-03-01' },
      { code: 'NotANumber', line: 4, column: 'Revenue', cell: 'Portfolio!B4', value: 'n/a' },
      { code: 'ScoreOutOfRange', line: 4, column: 'Loyalty', cell: 'Portfolio!C4', value: '7' },
      { code: 'NegativeCost', line: 4, column: 'Service Hours', cell: 'Portfolio!D4', value: '-2' },
    ]);
  });

  it('refuses a TRUE or FALSE where a number belongs, from a formula or typed, never reading it as 1 or 0', async () => {
    const path = await workbook(dir.file('booleans.xlsx'), [
      {
        name: 'Portfolio',
        rows: [
          ['Name', 'Revenue', 'Loyalty', 'Service Hours'],
          ['Alpha Oy', { formula: 'C2>0', result: true }, { formula: 'B2>0', result: true }, 2],
          ['Beta Oy', 100, { formula: 'B3<0', result: false }, true],
          ['Gamma Oy', false, 3, { sharedFormula: 'B2', result: true }],
        ],
      },
    ]);
    const failure = expectIssues(await readPortfolio(path));
    expect(withoutFile(failure.issues)).toEqual([
      { code: 'NotANumber', line: 2, column: 'Revenue', cell: 'Portfolio!B2', value: 'TRUE' },
      { code: 'ScoreOutOfRange', line: 2, column: 'Loyalty', cell: 'Portfolio!C2', value: 'TRUE' },
      { code: 'ScoreOutOfRange', line: 3, column: 'Loyalty', cell: 'Portfolio!C3', value: 'FALSE' },
      { code: 'NotANumber', line: 3, column: 'Service Hours', cell: 'Portfolio!D3', value: 'TRUE' },
      { code: 'NotANumber', line: 4, column: 'Revenue', cell: 'Portfolio!B4', value: 'FALSE' },
      { code: 'NotANumber', line: 4, column: 'Service Hours', cell: 'Portfolio!D4', value: 'TRUE' },
    ]);
  });

  it('reports a formula whose stored result is an error with the error, not the formula', async () => {
    const path = await workbook(dir.file('formula-errors.xlsx'), [
      {
        name: 'Portfolio',
        rows: [
          ['Name', 'Revenue', 'Loyalty', 'Service Hours'],
          [
            'Alpha Oy',
            { formula: '1/0', result: { error: '#DIV/0!' } },
            { formula: 'VLOOKUP(A2,X:Y,2,FALSE)', result: { error: '#N/A' } },
            { formula: '"x"+1', result: { error: '#VALUE!' } },
          ],
          ['Beta Oy', { formula: 'Z1', result: { error: '#REF!' } }, 3, 1],
        ],
      },
    ]);
    const failure = expectIssues(await readPortfolio(path));
    expect(withoutFile(failure.issues)).toEqual([
      { code: 'NotANumber', line: 2, column: 'Revenue', cell: 'Portfolio!B2', value: '#DIV/0!' },
      { code: 'ScoreOutOfRange', line: 2, column: 'Loyalty', cell: 'Portfolio!C2', value: '#N/A' },
      { code: 'NotANumber', line: 2, column: 'Service Hours', cell: 'Portfolio!D2', value: '#VALUE!' },
      { code: 'NotANumber', line: 3, column: 'Revenue', cell: 'Portfolio!B3', value: '#REF!' },
    ]);
  });

  it('reads numbers typed as text in the locale the text cells show', async () => {
    const path = await workbook(dir.file('text-numbers.xlsx'), [
      {
        name: 'Portfolio',
        rows: [
          ['Nimi', 'Liikevaihto', 'Uskollisuus'],
          ['Alpha Oy', '1 234,5', '3,5'],
          ['Beta Oy', 1000, '1,234'],
        ],
      },
    ]);
    const read = expectRead(await readPortfolio(path));
    // The text cells show decimal commas ("1 234,5", "3,5"), so the ambiguous "1,234" is 1.234 too.
    expect(read.accounts.map((a) => [a.revenue, a.scores?.loyalty])).toEqual([
      [1234.5, 3.5],
      [1000, 1.234],
    ]);
  });

  it('numbers rows as Excel does when the sheet starts lower and has gaps', async () => {
    const path = await workbook(dir.file('gaps.xlsx'), [
      {
        name: 'Portfolio',
        rows: [[], [], ['Name', 'Revenue'], ['A Oy', 1], [], ['B Oy', 'x']],
      },
    ]);
    const failure = expectIssues(await readPortfolio(path));
    expect(withoutFile(failure.issues)).toEqual([
      { code: 'NotANumber', line: 6, column: 'Revenue', cell: 'Portfolio!B6', value: 'x' },
    ]);
  });

  it('warns about a note right of the header instead of refusing the row, as cells cannot shift in a workbook', async () => {
    const path = await workbook(dir.file('note.xlsx'), [
      {
        name: 'Portfolio',
        rows: [
          ['Name', 'Revenue'],
          ['A Oy', 1, null, 'call back in May'],
          ['B Oy', 2],
        ],
      },
    ]);
    const read = expectRead(await readPortfolio(path));
    expect(read.accounts.map((a) => a.name)).toEqual(['A Oy', 'B Oy']);
    expect(withoutFile(read.warnings)).toEqual([{ code: 'UnknownColumn', line: 1, column: 'D', cell: 'Portfolio!D1' }]);
  });

  it('reads rich text and hyperlinks as their text', async () => {
    const path = await workbook(dir.file('rich.xlsx'), [
      {
        name: 'Portfolio',
        rows: [
          ['Name', 'Owner'],
          [
            { richText: [{ text: 'Pohjolan ' }, { text: 'Teräs', font: { bold: true } }, { text: ' Oy' }] },
            { text: 'Anna', hyperlink: 'mailto:anna@example.com' },
          ],
        ],
      },
    ]);
    expect(expectRead(await readPortfolio(path)).accounts).toEqual([
      { name: 'Pohjolan Teräs Oy', owner: 'Anna', scores: {} },
    ]);
  });

  it('finds the sheet by its relationship, an absolute target and text split across chunks included', async () => {
    // Written by exceljs, then given the absolute part path some other programs write, and a name
    // whose two-byte characters the 64 KiB chunks of the inflated XML are bound to cut somewhere.
    const long = 'Ääkkösten Öljy Oy '.repeat(4000).trim();
    const path = await workbook(dir.file('absolute.xlsx'), [{ name: 'Portfolio', rows: [['Name'], [long]] }]);
    const zip = await JSZip.loadAsync(await readFile(path));
    const rels = 'xl/_rels/workbook.xml.rels';
    const text = await zip.file(rels)!.async('string');
    zip.file(rels, text.replace(/Target="worksheets\//g, 'Target="/xl/worksheets/'));
    await writeFile(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    expect(expectRead(await readPortfolio(path)).accounts).toEqual([{ name: long, scores: {} }]);
  });

  it('reads cells by their stored type in XML other programs write: inline and rich text, cells without a reference', async () => {
    // exceljs writes none of these; the sheet's rows are replaced with XML as other programs write it.
    const crafted = async (name: string, rows: string): Promise<string> => {
      const path = await workbook(dir.file(name), [{ name: 'Portfolio', rows: [['x']] }]);
      const zip = await JSZip.loadAsync(await readFile(path));
      const sheet = 'xl/worksheets/sheet1.xml';
      const text = await zip.file(sheet)!.async('string');
      zip.file(sheet, text.replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${rows}</sheetData>`));
      await writeFile(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
      return path;
    };
    const header =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c><c r="B1" t="inlineStr"><is><t>Revenue</t></is></c>' +
      '<c t="inlineStr"><is><t>Loyalty</t></is></c></row>';
    const good = await crafted(
      'inline.xlsx',
      header +
        '<row r="2"><c r="A2" t="inlineStr"><is><r><t>Alpha</t></r><r><t xml:space="preserve"> Oy</t></r>' +
        '<rPh sb="0" eb="5"><t>アルファ</t></rPh></is></c><c r="B2"><v>1200.5</v></c><c><v>4</v></c></row>' +
        '<row r="3"><c r="A3" t="str"><f>"Beta"&amp;" Oy"</f><v>Beta Oy</v></c><c r="B3"><f>B2*2</f><v>2401</v></c></row>'
    );
    expect(expectRead(await readPortfolio(good)).accounts).toEqual([
      { name: 'Alpha Oy', revenue: 1200.5, scores: { loyalty: 4 } },
      { name: 'Beta Oy', revenue: 2401, scores: {} },
    ]);
    const bad = await crafted(
      'inline-bad.xlsx',
      header +
        '<row r="2"><c r="A2" t="inlineStr"><is><t>Gamma Oy</t></is></c><c r="B2" t="b"><f>TRUE()</f><v>1</v></c>' +
        '<c r="C2" t="e"><f>NA()</f><v>#N/A</v></c></row>'
    );
    expect(withoutFile(expectIssues(await readPortfolio(bad)).issues)).toEqual([
      { code: 'NotANumber', line: 2, column: 'Revenue', cell: 'Portfolio!B2', value: 'TRUE' },
      { code: 'ScoreOutOfRange', line: 2, column: 'Loyalty', cell: 'Portfolio!C2', value: '#N/A' },
    ]);
  });

  it('reports an empty workbook sheet as empty', async () => {
    const path = await workbook(dir.file('empty.xlsx'), [{ name: 'Portfolio', rows: [] }]);
    expect(withoutFile(expectIssues(await readPortfolio(path)).issues)).toEqual([{ code: 'EmptyFile' }]);
  });
});

describe('toRawCell', () => {
  it('maps each exceljs value shape', () => {
    expect(toRawCell(null)).toBeNull();
    expect(toRawCell(undefined)).toBeNull();
    expect(toRawCell(12)).toBe(12);
    expect(toRawCell(' x ')).toBe(' x ');
    expect(toRawCell(true)).toEqual({ kind: 'other', text: 'TRUE' });
    expect(toRawCell({ formula: 'A1', result: { error: '#REF!' } })).toEqual({ kind: 'error', text: '#REF!' });
    expect(toRawCell({ sharedFormula: 'A1' })).toEqual({ kind: 'formula', formula: 'A1' });
  });
});
