/**
 * Nothing lost: the export repeats every input column (Id, Owner, columns the tool does not know) in
 * the input's order with its own header, then the result columns; ranked again it gives the same
 * ranking with no warning about the columns it added itself. What reaches the terminal is made safe.
 */
import { readFile, writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { jest } from '@jest/globals';
import { SfCommand } from '@salesforce/sf-plugins-core';
import PortfolioRank from '../../../src/commands/portfolio/rank.js';
import { COMPUTED_HEADERS } from '../../../src/rank/export-rows.js';
import { readRankInput } from '../../../src/rank/read-input.js';
import { runCommand, runExpectingError, useCommandContext } from '../../helpers/command.js';
import { useTempDir } from '../../helpers/temp-dir.js';

/** Id and Owner, two columns the tool does not know (one between known ones), a Finnish stage word. */
const HEADER = 'Id,Name,Segment,Owner,Revenue,Direct Costs,Loyalty,Potential,Lifecycle Stage,Notes';
const ROWS = [
  'C-1,Acme Oy,Industry,Anna,120000,80000,4,5,Kasvu,call in May',
  'C-2,Beta Oy,Retail,Ben,90000,95000,2,2,Established,',
  'C-3,Gamma Ab,Industry,Cecilia,300000,150000,5,3,,"quoted, with comma"',
];
const PORTFOLIO = `${HEADER}\n${ROWS.join('\n')}\n`;

/** The lines the stubbed SfCommand.log received (stubSfCommandUx stubs it in useCommandContext). */
const logged = (): string =>
  (SfCommand.prototype.log as unknown as { args: unknown[][] }).args.map((a) => String(a[0])).join('\n');

describe('portfolio rank: the export keeps every input column', () => {
  useCommandContext();
  const tmp = useTempDir();

  async function input(content = PORTFOLIO, name = 'accounts.csv'): Promise<string> {
    const path = tmp.file(name);
    await writeFile(path, content);
    return path;
  }

  it('writes the input columns in order under their own headers, then the result columns', async () => {
    const out = tmp.file('ranked.csv');
    await runCommand(PortfolioRank, ['--file', await input(), '--output', out, '--json']);
    const lines = (await readFile(out, 'utf8')).replace(/^\ufeff/, '').split('\r\n');
    expect(lines[0]).toBe(`${HEADER},${COMPUTED_HEADERS.join(',')}`);
    const acme = lines.find((line) => line.startsWith('C-1,')) ?? '';
    expect(acme.startsWith('C-1,Acme Oy,Industry,Anna,120000,80000,4,5,Kasvu,call in May,')).toBe(true);
    const gamma = lines.find((line) => line.startsWith('C-3,')) ?? '';
    expect(gamma).toContain(',"quoted, with comma",');
  });

  it.each(['csv', 'xlsx'])(
    'ranks a %s export again to the same ranking, with no warning about its own columns',
    async (ext) => {
      const file = await input();
      const out = tmp.file(`ranked.${ext}`);
      const first = await runCommand(PortfolioRank, ['--file', file, '--output', out, '--json']);
      const again = await readRankInput(out);
      // The input's own unknown columns are warned about as before; the result columns are not.
      expect(again.warnings.join('\n')).not.toMatch(/Rank|Score|Tier|Quadrant|Margin|Lift/);
      expect(again.warnings).toHaveLength(2);
      expect(again.columns.map((c) => c.header)).toEqual(HEADER.split(','));
      const second = await runCommand(PortfolioRank, ['--file', out, '--json']);
      expect(second.accounts.map((a) => [a.name, a.id, a.owner, a.rank, a.score])).toEqual(
        first.accounts.map((a) => [a.name, a.id, a.owner, a.rank, a.score])
      );
      // And its export again carries the columns once, not twice.
      const twice = tmp.file(`twice.${ext}`);
      await runCommand(PortfolioRank, ['--file', out, '--output', twice, '--json']);
      expect((await readRankInput(twice)).columns.map((c) => c.header)).toEqual(HEADER.split(','));
    }
  );

  it('keeps the cells of unknown columns of a workbook as they were (numbers as numbers)', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Accounts');
    sheet.addRow(['Name', 'Revenue', 'Region code', 'Since']);
    sheet.addRow(['Acme Oy', 1000, 42, 'Jan 2020']);
    const file = tmp.file('book.xlsx');
    await book.xlsx.writeFile(file);
    const out = tmp.file('out.xlsx');
    await runCommand(PortfolioRank, ['--file', file, '--output', out, '--json']);
    const read = new ExcelJS.Workbook();
    await read.xlsx.readFile(out);
    const row = read.worksheets[0].getRow(2);
    expect([1, 2, 3, 4].map((c) => row.getCell(c).value)).toEqual(['Acme Oy', 1000, 42, 'Jan 2020']);
    expect(read.worksheets[0].getRow(1).getCell(5).value).toBe('Rank');
  });

  it('keeps id and owner in --json', async () => {
    const result = await runCommand(PortfolioRank, ['--file', await input(), '--json']);
    expect(result.accounts.find((a) => a.name === 'Acme Oy')).toMatchObject({ id: 'C-1', owner: 'Anna' });
  });

  it('prints the same columns with --format csv', async () => {
    await runCommand(PortfolioRank, ['--file', await input(), '--format', 'csv']);
    expect(logged().split('\n')[0]).toBe(`${HEADER},${COMPUTED_HEADERS.join(',')}`);
  });
});

describe('portfolio rank: the terminal is safe from the file', () => {
  useCommandContext();
  const tmp = useTempDir();
  // eslint-disable-next-line no-control-regex
  const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

  it('escapes control sequences in names in the table, and keeps them in the file', async () => {
    const evil = 'Evil\u001b]0;pwned\u0007 \u001b[31mOy\u009b2J\b\rX';
    const file = tmp.file('evil.csv');
    await writeFile(file, `Name,Revenue,Loyalty\n"${evil}",100,3\nGood Oy,200,4\n`);
    await runCommand(PortfolioRank, ['--file', file]);
    const shown = logged();
    expect(shown).not.toMatch(RAW_CONTROL);
    expect(shown).toContain('Evil\\x1b]0;pwned\\x07 \\x1b[31mOy\\x9b2J\\x08\\x0dX');

    const out = tmp.file('out.csv');
    await runCommand(PortfolioRank, ['--file', file, '--output', out]);
    expect(await readFile(out, 'utf8')).toContain(evil);
  });

  it('escapes them in --format csv on the terminal, and in --json writes C1 controls as \\u escapes', async () => {
    const file = tmp.file('c1.csv');
    await writeFile(file, 'Name,Revenue\n"A\u001b[2J\u009b1m Oy",100\n');
    await runCommand(PortfolioRank, ['--file', file, '--format', 'csv']);
    expect(logged()).not.toMatch(RAW_CONTROL);
    expect(logged()).toContain('A\\x1b[2J\\x9b1m Oy');

    const written: string[] = [];
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      await runCommand(PortfolioRank, ['--file', file, '--json']);
    } finally {
      write.mockRestore();
    }
    const json = written.join('');
    expect(json).not.toMatch(/[\u0080-\u009f]/);
    expect((JSON.parse(json) as { result: { accounts: Array<{ name: string }> } }).result.accounts[0].name).toBe(
      'A\u001b[2J\u009b1m Oy'
    );
  });

  it('escapes them in errors and cuts a 1 MB cell', async () => {
    const file = tmp.file('bad.csv');
    await writeFile(file, `Name,Revenue\nA Oy,\u001b[2J${'9'.repeat(1_000_000)}x\n`);
    const failure = await runExpectingError(PortfolioRank, ['--file', file]);
    expect(failure.message).not.toMatch(RAW_CONTROL);
    expect(failure.message.length).toBeLessThan(2000);
    expect(failure.message).toContain('\\x1b[2J');
  });

  it('escapes them in a profile name', async () => {
    const profile = tmp.file('p.json');
    const weights = {
      volume: 20,
      profitability: 20,
      loyalty: 20,
      potential: 20,
      reference: 5,
      learning: 5,
      contact: 5,
      emotional: 5,
    };
    await writeFile(profile, JSON.stringify({ key: 'mine', name: 'Mine\u001b]0;t\u0007', weights }));
    const file = tmp.file('a.csv');
    await writeFile(file, 'Name,Loyalty\nA Oy,3\n');
    await runCommand(PortfolioRank, ['--file', file, '--profile', profile]);
    expect(logged()).not.toMatch(RAW_CONTROL);
    expect(logged()).toContain('Mine\\x1b]0;t\\x07');
  });

  it('shows the first 20 of thousands of bad rows, counts the rest, and gives them all under --json', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `Account ${i},oops`).join('\n');
    const file = tmp.file('many.csv');
    await writeFile(file, `Name,Revenue\n${rows}\n`);
    try {
      await runCommand(PortfolioRank, ['--file', file]);
      throw new Error('expected a failure');
    } catch (error) {
      const e = error as Error & { data?: { issues: unknown[] } };
      const listed = e.message.split('\n').filter((line) => line.startsWith('  - '));
      expect(listed).toHaveLength(21);
      expect(e.message).toMatch(/has 3000 problems;/);
      expect(listed[20]).toMatch(/2980 more.*--json to get the first 50/);
      expect(e.data?.issues).toHaveLength(51);
    }
  });
});
