import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import {
  csvText,
  neutraliseCell,
  neutraliseFormula,
  readPortfolio,
  safeSheetName,
  writeCsv,
  writeFileAtomic,
  writeXlsx,
} from '../../src/io/index.js';
import { expectRead } from '../helpers/io-read.js';
import { useTempDir } from '../helpers/temp-dir.js';

describe('neutraliseFormula', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['=HYPERLINK("http://x","click")', '\'=HYPERLINK("http://x","click")'],
    // A number passed as a string is text, and text that starts with "-" is guarded like any other.
    ['-12.5', "'-12.5"],
  ])('guards %j', (value, expected) => {
    expect(neutraliseFormula(value)).toBe(expected);
  });

  it.each(['Pohjolan Teräs Oy', '', ' =not at start', "'already text", '12.5', 'a=b', 'Ääni-Oy'])(
    'leaves %j alone',
    (value) => {
      expect(neutraliseFormula(value)).toBe(value);
    }
  );

  it('passes numbers, booleans and blanks through unchanged', () => {
    expect(neutraliseCell(-12.5)).toBe(-12.5);
    expect(neutraliseCell(false)).toBe(false);
    expect(neutraliseCell(null)).toBeNull();
    expect(neutraliseCell('=1')).toBe("'=1");
  });
});

describe('csvText and writeCsv', () => {
  const dir = useTempDir();

  it('writes UTF-8 with a BOM and CRLF, numbers as numbers and text guarded', async () => {
    const path = dir.file('out.csv');
    await writeCsv(
      path,
      ['Name', 'Revenue', 'Key', 'Note'],
      [
        ['Pohjolan Teräs Oy', -1234.5, true, '=cmd|"/c calc"!A1'],
        ['Nordic, Freight AB', 0, false, null],
      ]
    );
    const bytes = await readFile(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(
      'Name,Revenue,Key,Note\r\nPohjolan Teräs Oy,-1234.5,true,"\'=cmd|""/c calc""!A1"\r\n"Nordic, Freight AB",0,false,\r\n'
    );
  });

  it('writes decimal commas with semicolons, for European spreadsheets', () => {
    expect(
      csvText(
        ['Nimi', 'Liikevaihto'],
        [
          ['Savon Sähkö; Oy', 96_750.25],
          ['B', 3],
        ],
        { delimiter: ';' }
      )
    ).toBe('Nimi;Liikevaihto\r\n"Savon Sähkö; Oy";96750,25\r\nB;3');
  });

  it('leaves non-finite numbers blank', () => {
    expect(csvText(['a', 'b'], [[Number.NaN, Number.POSITIVE_INFINITY]])).toBe('a,b\r\n,');
  });

  it.each([',', ';'] as const)('writes what the reader reads back unchanged (delimiter %j)', async (delimiter) => {
    const path = dir.file(`round-${delimiter === ',' ? 'comma' : 'semi'}.csv`);
    const rows = [
      ['Äänekosken "Ämpäri" Oy', 1_284_500.5, 3.5, 'Line one\nline two'],
      ['-Minus Oy', 0.25, 1, null],
    ];
    await writeCsv(path, ['Name', 'Revenue', 'Loyalty', 'Owner'], rows, { delimiter });
    const read = expectRead(await readPortfolio(path));
    expect(read.accounts).toEqual([
      { name: 'Äänekosken "Ämpäri" Oy', revenue: 1_284_500.5, scores: { loyalty: 3.5 }, owner: 'Line one\nline two' },
      { name: "'-Minus Oy", revenue: 0.25, scores: { loyalty: 1 } },
    ]);
  });
});

describe('writeXlsx', () => {
  const dir = useTempDir();

  it('writes a bold, frozen header, numbers as numbers, and text that stays text', async () => {
    const path = dir.file('out.xlsx');
    await writeXlsx(
      path,
      'Ranking: 2026/Q1',
      ['Name', 'Revenue', 'Key'],
      [
        ['=1+1', 1234.5, true],
        ['Pohjolan Teräs Oy', null, false],
      ]
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const sheet = book.worksheets[0];
    expect(sheet.name).toBe('Ranking  2026 Q1');
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    // A text cell holding "=1+1" is stored as text: Excel never evaluates it, so it needs no apostrophe.
    expect(sheet.getCell('A2').value).toBe('=1+1');
    expect(sheet.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('B2').value).toBe(1234.5);
    expect(sheet.getCell('B3').value).toBeNull();
    expect(sheet.getCell('C2').value).toBe(true);
    // exceljs leaves out a column of its default width (9), so it reads back without one.
    const widths = [1, 2, 3].map((c) => sheet.getColumn(c).width ?? 9);
    expect(widths[0]).toBe('Pohjolan Teräs Oy'.length + 2);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(8);
  });

  it('caps column widths for very long text', async () => {
    const path = dir.file('wide.xlsx');
    await writeXlsx(path, 'S', ['Note'], [['x'.repeat(500)]]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    expect(book.worksheets[0].getColumn(1).width).toBe(60);
  });

  it('is read back by the reader', async () => {
    const path = dir.file('round.xlsx');
    await writeXlsx(path, 'Portfolio', ['Name', 'Revenue', 'Lifecycle Stage'], [['A Oy', 10.5, 'Kasvu']]);
    expect(expectRead(await readPortfolio(path)).accounts).toEqual([
      { name: 'A Oy', revenue: 10.5, scores: {}, lifecycleStage: 'growth' },
    ]);
  });

  it.each([
    ['a/b', 'a b'],
    ["'quoted'", 'quoted'],
    ['', 'Sheet1'],
    ['[]*?', 'Sheet1'],
    ['x'.repeat(40), 'x'.repeat(31)],
  ])('makes %j a sheet name Excel accepts', (name, expected) => {
    expect(safeSheetName(name)).toBe(expected);
  });
});

describe('writeFileAtomic', () => {
  const dir = useTempDir();

  it('writes a new file and replaces an old one whole', async () => {
    const path = dir.file('result.json');
    await writeFileAtomic(path, '{"v":1}');
    await writeFileAtomic(path, Buffer.from('{"v":2}'));
    expect(await readFile(path, 'utf8')).toBe('{"v":2}');
    expect(await readdir(dir.path)).toEqual(['result.json']);
  });

  it('leaves no temporary file when the final rename fails', async () => {
    const path = dir.file('taken');
    await mkdir(path);
    await expect(writeFileAtomic(path, 'data')).rejects.toThrow();
    expect(await readdir(dir.path)).toEqual(['taken']);
  });

  it('leaves the old file as it was, and no temporary file, when writing the data fails', async () => {
    const path = dir.file('keep.csv');
    await writeFile(path, 'old');
    await expect(writeFileAtomic(path, 42 as unknown as string)).rejects.toThrow();
    expect(await readFile(path, 'utf8')).toBe('old');
    expect(await readdir(dir.path)).toEqual(['keep.csv']);
  });

  it('fails without leaving anything when the directory does not exist', async () => {
    await expect(writeFileAtomic(dir.file('missing/out.csv'), 'x')).rejects.toThrow();
    expect(await readdir(dir.path)).toEqual([]);
  });

  it('keeps one whole version when two writes race', async () => {
    const path = dir.file('race.txt');
    const a = 'a'.repeat(100_000);
    const b = 'b'.repeat(100_000);
    await Promise.all([writeFileAtomic(path, a), writeFileAtomic(path, b)]);
    expect([a, b]).toContain(await readFile(path, 'utf8'));
    expect(await readdir(dir.path)).toEqual(['race.txt']);
  });
});
