import { readFile } from 'node:fs/promises';
import {
  formatIoIssue,
  formatLocation,
  IO_ERROR_CODES,
  IO_WARNING_CODES,
  readPortfolio,
  type IoIssue,
  type IoIssueCode,
} from '../../src/io/index.js';
import { expectIssues } from '../helpers/io-read.js';
import { fixturePath, repoPath } from '../helpers/paths.js';

/** One realistic issue per code, and the pieces its text must carry beyond file, line and column. */
const EXAMPLES: Record<IoIssueCode, { issue: Omit<IoIssue, 'code' | 'file'>; mentions: string[] }> = {
  FileNotFound: { issue: {}, mentions: [] },
  WrongExtension: { issue: { value: '.pdf' }, mentions: ['.csv', '.xlsx'] },
  NotAFile: { issue: { params: { kind: 'fifo' } }, mentions: ['named pipe'] },
  FileTooLarge: { issue: { params: { size: '300 MiB', limit: '256 MiB' } }, mentions: ['300 MiB', '256 MiB'] },
  UnreadableFile: { issue: { params: { detected: 'zip' } }, mentions: [] },
  MixedEncoding: { issue: { line: 3, column: 'Name', value: 'J\ufffdrvi Oy' }, mentions: ['UTF-8'] },
  EmptyFile: { issue: {}, mentions: [] },
  SheetNotFound: {
    issue: { value: 'Accounts', params: { available: 'Portfolio, Notes' } },
    mentions: ["'Accounts'", 'Portfolio, Notes'],
  },
  WorkbookTooLarge: {
    issue: { params: { part: 'xl/worksheets/sheet1.xml', measure: 'bytes', actual: '3.0 GiB', limit: '2.0 GiB' } },
    mentions: ['xl/worksheets/sheet1.xml', 'unpacks to 3.0 GiB', '2.0 GiB'],
  },
  MergedCells: {
    issue: { line: 5, column: 'C', value: 'C5:C9', params: { sheet: 'Portfolio' } },
    mentions: ['C5:C9', "'Portfolio'", 'first cell'],
  },
  MissingNameColumn: { issue: { line: 1, params: { columns: 'Company, Revenue' } }, mentions: ['Company, Revenue'] },
  DuplicateColumn: {
    issue: {
      line: 1,
      column: 'Liikevaihto',
      params: { first: 'Revenue', firstLetter: 'B', letter: 'C', field: 'Revenue' },
    },
    mentions: ["'Revenue'"],
  },
  MalformedQuotes: { issue: { line: 12 }, mentions: [] },
  TooManyCells: { issue: { line: 4, params: { cells: 19, columns: 18 } }, mentions: ['19', '18'] },
  OtherDelimiter: {
    issue: { line: 3, column: 'Name', params: { found: ';', delimiter: ',' } },
    mentions: ['semicolons (;)', 'commas (,)'],
  },
  NotANumber: { issue: { line: 3, column: 'Revenue', value: '12abc' }, mentions: ["'12abc'"] },
  FigureTooLarge: {
    issue: { line: 3, column: 'Revenue', value: '1e308', params: { limit: '1,000,000,000,000,000' } },
    mentions: ["'1e308'", '1,000,000,000,000,000'],
  },
  ScoreOutOfRange: { issue: { line: 7, column: 'Loyalty', value: '7' }, mentions: ["'7'", '1 to 5'] },
  NegativeCost: { issue: { line: 4, column: 'Direct Costs', value: '-5' }, mentions: ["'-5'"] },
  UnknownLifecycle: { issue: { line: 7, column: 'Lifecycle Stage', value: 'Teenage' }, mentions: ["'Teenage'"] },
  UncalculatedFormula: { issue: { line: 2, column: 'Revenue', value: '=SUM(X1:X9)' }, mentions: ['=SUM(X1:X9)'] },
  MissingName: { issue: { line: 8, column: 'Name' }, mentions: [] },
  DuplicateName: {
    issue: { line: 9, column: 'Name', value: 'Alpha Oy', params: { firstLine: 2 } },
    mentions: ["'Alpha Oy'", 'line 2'],
  },
  InvalidValue: {
    issue: { line: 5, column: 'Binding', value: 'x', params: { detail: 'A score is from 1 to 5.' } },
    mentions: ['A score is from 1 to 5.'],
  },
  TooManyIssues: { issue: { params: { shown: 50, omitted: 190, total: 240 } }, mentions: ['190', '240'] },
  UnknownColumn: { issue: { line: 1, column: 'Notes' }, mentions: [] },
  MoreUnknownColumns: { issue: { line: 1, params: { omitted: 9980, total: 10_000 } }, mentions: ['9980', '10000'] },
  SheetOptionIgnored: { issue: { value: 'Data' }, mentions: ["'Data'"] },
  MergedHeader: {
    issue: { line: 1, column: 'B', value: 'B1:D1', params: { sheet: 'Portfolio' } },
    mentions: ['B1:D1', "'Portfolio'"],
  },
};

const ALL_CODES: IoIssueCode[] = [...IO_ERROR_CODES, ...IO_WARNING_CODES];

describe('formatIoIssue', () => {
  it('gives the example of the brief word for word', () => {
    const { message } = formatIoIssue({
      code: 'ScoreOutOfRange',
      file: 'sample.csv',
      line: 7,
      column: 'Loyalty',
      value: '7',
    });
    expect(message).toBe("sample.csv, line 7, column Loyalty: '7' is not a score from 1 to 5.");
  });

  it.each(ALL_CODES)('renders %s with its place, its details and what to do', (code) => {
    const { issue, mentions } = EXAMPLES[code];
    const formatted = formatIoIssue({ code, file: 'data/portfolio.csv', ...issue });
    expect(formatted.message.startsWith('data/portfolio.csv')).toBe(true);
    if (issue.line !== undefined) expect(formatted.message).toContain(`line ${issue.line}`);
    if (issue.column !== undefined) expect(formatted.message).toContain(`column ${issue.column}`);
    for (const mention of mentions) expect(formatted.message).toContain(mention);
    expect(formatted.message).not.toMatch(/%[sdifjoO]/);
    expect(formatted.actions.length).toBeGreaterThan(0);
    for (const action of formatted.actions) expect(action.trim()).not.toBe('');
  });

  it('names file, line and column for every problem of a real read', async () => {
    const path = fixturePath('io', 'many-errors.csv');
    const failure = expectIssues(await readPortfolio(path));
    const messages = failure.issues.map((issue) => formatIoIssue(issue).message);
    expect(messages).toContain(`${path}, line 3, column Revenue: '12abc' is not a number.`);
    expect(messages).toContain(`${path}, line 9, column Name: the account name 'alpha  OY' is already used on line 2.`);
    for (const [i, issue] of failure.issues.entries()) {
      expect(messages[i]).toContain(`line ${issue.line}`);
      expect(messages[i]).toContain(`column ${issue.column}`);
    }
  });
});

describe('formatLocation', () => {
  it('says only what is known', () => {
    expect(formatLocation({ file: 'a.csv' })).toBe('a.csv');
    expect(formatLocation({ file: 'a.csv', line: 3 })).toBe('a.csv, line 3');
    expect(formatLocation({ file: 'a.csv', column: 'Revenue' })).toBe('a.csv, column Revenue');
    expect(formatLocation({ file: 'a.csv', line: 3, column: 'Revenue' })).toBe('a.csv, line 3, column Revenue');
  });
});

describe('messages/io.md', () => {
  it('has a message and actions for every code, and nothing for codes that do not exist', async () => {
    const text = await readFile(repoPath('messages', 'io.md'), 'utf8');
    const sections = [...text.matchAll(/^# ((?:error|warning)\.[A-Za-z]+)(\.actions)?$/gm)].map(
      (m) => m[1] + (m[2] ?? '')
    );
    const expected = ALL_CODES.flatMap((code) => {
      const key = `${(IO_WARNING_CODES as readonly string[]).includes(code) ? 'warning' : 'error'}.${code}`;
      return [key, `${key}.actions`];
    });
    expect([...sections].sort()).toEqual([...expected].sort());
  });
});
