import { mkdir } from 'node:fs/promises';
import { deflateRawSync } from 'node:zlib';
import { MAX_ROW_ISSUES, readPortfolio } from '../../src/io/index.js';
import { expectIssues, expectRead, readContent, withoutFile } from '../helpers/io-read.js';
import { fixturePath } from '../helpers/paths.js';
import { useTempDir } from '../helpers/temp-dir.js';

/** The 8-byte PNG signature and the start of an IHDR chunk: what any PNG begins with. */
const PNG_BYTES = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1,
]);

/** A one-entry zip archive, built by hand so no binary is committed: what an .xlsx is underneath. */
function tinyZip(): Buffer {
  const name = Buffer.from('a.txt');
  const data = deflateRawSync(Buffer.from('hello'));
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04_03_4b_50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(5, 22);
  local.writeUInt16LE(name.length, 26);
  return Buffer.concat([local, name, data]);
}

describe('readPortfolio: file problems', () => {
  const dir = useTempDir();

  it('reports a missing file', async () => {
    const path = dir.file('nowhere.csv');
    const failure = expectIssues(await readPortfolio(path));
    expect(failure.issues).toEqual([{ code: 'FileNotFound', file: path }]);
  });

  it.each(['portfolio.pdf', 'portfolio.xls', 'portfolio', 'portfolio.json'])(
    'refuses the extension of %s',
    async (name) => {
      const failure = expectIssues(await readContent(dir, name, 'Name\nA Oy\n'));
      expect(withoutFile(failure.issues)).toMatchObject([{ code: 'WrongExtension' }]);
    }
  );

  it('accepts extensions in upper case', async () => {
    expectRead(await readContent(dir, 'PORTFOLIO.CSV', 'Name\nA Oy\n'));
  });

  it.each([
    ['a PNG renamed .csv', 'image.csv', PNG_BYTES],
    ['a zip renamed .csv', 'archive.csv', tinyZip()],
    ['text with NUL bytes', 'nul.csv', Buffer.from('Name,Revenue\nA\u0000B,1\n')],
    ['random control bytes', 'noise.txt', Buffer.from(Array.from({ length: 400 }, (_, i) => (i * 7) % 32))],
    ['garbage named .xlsx', 'garbage.xlsx', Buffer.from('Name,Revenue\nA Oy,1\n')],
    ['a broken zip named .xlsx', 'broken.xlsx', tinyZip()],
  ])('refuses %s as unreadable', async (_label, name, bytes) => {
    const failure = expectIssues(await readContent(dir, name, bytes));
    expect(failure.issues.map((issue) => issue.code)).toEqual(['UnreadableFile']);
  });

  it('marks a zip in a .csv so the advice can point to .xlsx', async () => {
    const failure = expectIssues(await readContent(dir, 'book.csv', tinyZip()));
    expect(failure.issues[0].params).toEqual({ detected: 'zip' });
  });

  it('refuses a directory as not a file, before reading', async () => {
    const path = dir.file('folder.csv');
    await mkdir(path);
    expect(expectIssues(await readPortfolio(path)).issues).toEqual([
      { code: 'NotAFile', file: path, params: { kind: 'directory' } },
    ]);
  });

  it.each([
    ['an empty file', 'empty.csv', ''],
    ['a file of blank lines', 'blank.csv', '\n \r\n\t\n'],
    ['a header only', 'header.csv', 'Name,Revenue\n'],
    ['a header and blank rows', 'header-blank.csv', 'Name;Revenue\r\n;\r\n\r\n'],
    ['a BOM only', 'bom.csv', '\ufeff'],
  ])('reports %s as empty', async (_label, name, content) => {
    const failure = expectIssues(await readContent(dir, name, content));
    expect(withoutFile(failure.issues)).toEqual([{ code: 'EmptyFile' }]);
  });
});

describe('readPortfolio: header problems', () => {
  const dir = useTempDir();

  it('reports a missing name column, listing the columns found', async () => {
    const failure = expectIssues(await readContent(dir, 'noname.csv', 'Company,Revenue,Loyalty\nA Oy,1,2\n'));
    expect(withoutFile(failure.issues)).toEqual([
      { code: 'MissingNameColumn', line: 1, params: { columns: 'Company, Revenue, Loyalty' } },
    ]);
    expect(withoutFile(failure.warnings)).toEqual([{ code: 'UnknownColumn', line: 1, column: 'Company' }]);
  });

  it('reports a field given by two columns, however they are spelt', async () => {
    const failure = expectIssues(
      await readContent(dir, 'twice.csv', 'Name,Revenue,Liikevaihto,LOYALTY,uskollisuus\nA Oy,1,2,3,4\n')
    );
    expect(withoutFile(failure.issues)).toEqual([
      {
        code: 'DuplicateColumn',
        line: 1,
        column: 'Liikevaihto',
        params: { first: 'Revenue', firstLetter: 'B', letter: 'C', field: 'Revenue' },
      },
      {
        code: 'DuplicateColumn',
        line: 1,
        column: 'uskollisuus',
        params: { first: 'LOYALTY', firstLetter: 'D', letter: 'E', field: 'Loyalty' },
      },
    ]);
  });

  it('finds the header on the first non-blank row and numbers it as that row', async () => {
    const failure = expectIssues(await readContent(dir, 'late.csv', '\n\nName,Revenue\nA Oy,x\n'));
    expect(withoutFile(failure.issues)).toEqual([{ code: 'NotANumber', line: 4, column: 'Revenue', value: 'x' }]);
  });
});

describe('readPortfolio: row problems, all collected in one pass', () => {
  const dir = useTempDir();

  it('reports every problem of the sheet with its line, column and value', async () => {
    const failure = expectIssues(await readPortfolio(fixturePath('io', 'many-errors.csv')));
    expect(withoutFile(failure.issues)).toEqual([
      { code: 'NotANumber', line: 3, column: 'Revenue', value: '12abc' },
      { code: 'NegativeCost', line: 4, column: 'Direct Costs', value: '-5' },
      { code: 'ScoreOutOfRange', line: 5, column: 'Loyalty', value: '7' },
      { code: 'ScoreOutOfRange', line: 6, column: 'Commitment', value: 'high' },
      { code: 'UnknownLifecycle', line: 7, column: 'Lifecycle Stage', value: 'Teenage' },
      { code: 'MissingName', line: 8, column: 'Name' },
      { code: 'DuplicateName', line: 9, column: 'Name', value: 'alpha  OY', params: { firstLine: 2 } },
      { code: 'ScoreOutOfRange', line: 11, column: 'Loyalty', value: '0' },
    ]);
  });

  it('accepts the edges of the score range and half scores', async () => {
    const read = expectRead(await readContent(dir, 'edges.csv', 'Name,Loyalty,Binding\nA Oy,1,5\nB Oy,4.5,1.0\n'));
    expect(read.accounts.map((a) => [a.scores?.loyalty, a.binding])).toEqual([
      [1, 5],
      [4.5, 1],
    ]);
  });

  it.each([
    ['5.01', 'ScoreOutOfRange'],
    ['0.99', 'ScoreOutOfRange'],
    ['-3', 'ScoreOutOfRange'],
    ['n/a', 'ScoreOutOfRange'],
  ])('refuses the score %j', async (value, code) => {
    const failure = expectIssues(await readContent(dir, 'score.csv', `Name,Potential\nA Oy,${value}\n`));
    expect(withoutFile(failure.issues)).toEqual([{ code, line: 2, column: 'Potential', value }]);
  });

  it('accepts a negative revenue (a credit) but refuses negative costs and hours', async () => {
    const failure = expectIssues(
      await readContent(
        dir,
        'neg.csv',
        'Name,Revenue,Sales Costs,Marketing Costs,Service Costs,Service Hours\nA Oy,-100,-1,-2,-3,-4\n'
      )
    );
    expect(withoutFile(failure.issues).map((i) => [i.code, i.column])).toEqual([
      ['NegativeCost', 'Sales Costs'],
      ['NegativeCost', 'Marketing Costs'],
      ['NegativeCost', 'Service Costs'],
      ['NegativeCost', 'Service Hours'],
    ]);
  });

  it('reports a duplicate name only once per repeat and names the first line', async () => {
    const failure = expectIssues(await readContent(dir, 'dups.csv', 'Name\nAcme Oy\nBeta Oy\nACME OY\n acme oy\n'));
    expect(withoutFile(failure.issues)).toEqual([
      { code: 'DuplicateName', line: 4, column: 'Name', value: 'ACME OY', params: { firstLine: 2 } },
      { code: 'DuplicateName', line: 5, column: 'Name', value: 'acme oy', params: { firstLine: 2 } },
    ]);
  });

  it('reports a row that has more cells than the header instead of reading shifted values', async () => {
    // An unquoted decimal comma in a comma file splits "1,5" into two cells.
    const failure = expectIssues(await readContent(dir, 'shift.csv', 'Name,Revenue,Loyalty\nA Oy,1,5,3\nB Oy,2,3\n'));
    expect(withoutFile(failure.issues)).toEqual([{ code: 'TooManyCells', line: 2, params: { cells: 4, columns: 3 } }]);
  });

  it('reports an unclosed quotation mark at its row', async () => {
    const failure = expectIssues(await readContent(dir, 'quote.csv', 'Name,Revenue\nA Oy,1\n"B Oy,2\nC Oy,3\n'));
    expect(failure.issues[0]).toMatchObject({ code: 'MalformedQuotes', line: 3 });
  });

  it(`keeps the first ${MAX_ROW_ISSUES} row problems and sums up the rest in one issue`, async () => {
    const rows = Array.from({ length: 120 }, (_, i) => `Account ${i},oops,9`).join('\n');
    const failure = expectIssues(await readContent(dir, 'flood.csv', `Name,Revenue,Loyalty\n${rows}\n`));
    expect(failure.issues).toHaveLength(MAX_ROW_ISSUES + 1);
    expect(failure.issues[0]).toMatchObject({ code: 'NotANumber', line: 2, column: 'Revenue' });
    expect(failure.issues[1]).toMatchObject({ code: 'ScoreOutOfRange', line: 2, column: 'Loyalty' });
    expect(failure.issues[MAX_ROW_ISSUES - 1]).toMatchObject({ line: 26 });
    expect(failure.issues[MAX_ROW_ISSUES]).toMatchObject({
      code: 'TooManyIssues',
      params: { shown: MAX_ROW_ISSUES, omitted: 240 - MAX_ROW_ISSUES, total: 240 },
    });
  });

  it('does not add TooManyIssues when the problems fit', async () => {
    const rows = Array.from({ length: MAX_ROW_ISSUES }, (_, i) => `Account ${i},oops`).join('\n');
    const failure = expectIssues(await readContent(dir, 'fits.csv', `Name,Revenue\n${rows}\n`));
    expect(failure.issues).toHaveLength(MAX_ROW_ISSUES);
    expect(failure.issues.some((issue) => issue.code === 'TooManyIssues')).toBe(false);
  });

  it('shortens a very long cell in the issue', async () => {
    const long = 'x'.repeat(500);
    const failure = expectIssues(await readContent(dir, 'long.csv', `Name,Revenue\nA Oy,${long}\n`));
    expect(failure.issues[0].value?.length).toBeLessThanOrEqual(60);
  });
});
