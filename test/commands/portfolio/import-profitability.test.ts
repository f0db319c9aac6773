import { readFile, writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import '../../helpers/jest-realm.js';
import PortfolioImportProfitability from '../../../src/commands/portfolio/import/profitability.js';
import { PROFITABILITY as P } from '../../../src/schema/fields.js';
import { runCommand, runExpectingError } from '../../helpers/command.js';
import { useOrgCommandContext } from '../../helpers/org-command.js';
import { seedPortfolio, writeCalls } from '../../helpers/org-server.js';
import { useTempDir } from '../../helpers/temp-dir.js';

describe('portfolio import profitability', () => {
  const ctx = useOrgCommandContext();
  const tmp = useTempDir();
  const org = (): string[] => ['--target-org', ctx.username, '--api-version', '62.0'];

  it('upserts the rows into the org of --target-org', async () => {
    const ids = seedPortfolio(ctx.server, [{ name: 'Aalto Oy' }, { name: 'Berg AB' }]);
    const file = tmp.file('figures.csv');
    await writeFile(
      file,
      `Account Id,Account Name,Period,Revenue,Direct Costs\n${ids[0]},,2025,100,10\n,Berg AB,2025,200,20\n`
    );
    const result = await runCommand(PortfolioImportProfitability, [...org(), '--file', file, '--json']);
    expect(result).toMatchObject({ rows: 2, accounts: 2, written: 2, failed: 0, dryRun: false });
    expect(
      ctx.server.store
        .all(P.object)
        .map((r) => r[P.externalId])
        .sort()
    ).toEqual([`${ids[0]}:2025`, `${ids[1]}:2025`]);
  });

  it('checks without writing on a dry run', async () => {
    seedPortfolio(ctx.server, [{ name: 'Aalto Oy' }]);
    const file = tmp.file('figures.csv');
    await writeFile(file, 'Name,Period,Revenue\nAalto Oy,2025-Q1,100\n');
    const result = await runCommand(PortfolioImportProfitability, [...org(), '--file', file, '--dry-run', '--json']);
    expect(result).toMatchObject({ rows: 1, written: 0, dryRun: true, api: 'none' });
    expect(writeCalls(ctx.server)).toBe(0);
  });

  it('fails with every problem of the file and its actions, writing nothing', async () => {
    seedPortfolio(ctx.server, [{ name: 'Twin' }, { name: 'Twin' }]);
    const file = tmp.file('figures.csv');
    await writeFile(file, 'Name,Period,Revenue\nTwin,2025,100\nNobody,2025,1\n');
    const failure = await runExpectingError(PortfolioImportProfitability, [...org(), '--file', file, '--json']);
    expect(failure.name).toBe('BadFileError');
    expect(failure.message).toContain('line 2: 2 accounts in the org are named "Twin"');
    expect(failure.message).toContain('line 3: no account in the org is named "Nobody"');
    expect(failure.actions.join('\n')).toMatch(/Account Id instead of the name/);
    expect(writeCalls(ctx.server)).toBe(0);
  });

  it('lists the rows the org refused in the result file', async () => {
    const ids = seedPortfolio(ctx.server, [{ name: 'Aalto Oy' }, { name: 'Berg AB' }]);
    ctx.server.faults.failRecords((record, object) => object === P.object && record[P.account] === ids[1], {
      statusCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
      message: 'Costs and service hours cannot be negative.',
    });
    const file = tmp.file('figures.csv');
    await writeFile(file, `Account Id,Period,Revenue\n${ids[0]},2025,100\n${ids[1]},2025,200\n`);
    const out = tmp.file('result.csv');
    const result = await runCommand(PortfolioImportProfitability, [
      ...org(),
      '--file',
      file,
      '--result-file',
      out,
      '--json',
    ]);
    expect(result).toMatchObject({ written: 1, failed: 1, resultFile: out });
    expect(await readFile(out, 'utf8')).toContain(
      `${ids[1]}:2025,Berg AB,${P.object},FIELD_CUSTOM_VALIDATION_EXCEPTION,Costs and service hours cannot be negative.`
    );
  });

  describe("names a workbook's cells as Excel does", () => {
    // A space and a quote: Excel writes the sheet 'Anna''s figures'!B3.
    const SHEET = "Anna's figures";
    const PREFIX = "'Anna''s figures'";

    async function workbook(rows: ExcelJS.CellValue[][], merges: string[] = []): Promise<string> {
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet(SHEET);
      sheet.addRows(rows);
      for (const range of merges) sheet.mergeCells(range);
      const file = tmp.file('figures.xlsx');
      await book.xlsx.writeFile(file);
      return file;
    }

    const badSheet = (): Promise<string> =>
      workbook([
        ['Name', 'Period', 'Revenue', 'Colour'],
        ['Aalto Oy', '2025', 'n/a', 'blue'],
        [null, '2025', 100, 'red'],
        ['Berg AB', '2025-13', 100, 'red'],
        ['Aalto Oy', '2025', 5, 'Revenue'],
      ]);

    it('in every problem of the file, in English', async () => {
      seedPortfolio(ctx.server, [{ name: 'Aalto Oy' }, { name: 'Berg AB' }]);
      const file = await badSheet();
      const failure = await runExpectingError(PortfolioImportProfitability, [...org(), '--file', file, '--json']);
      expect(failure.message).toContain(`${file}, line 2, column Revenue, cell ${PREFIX}!C2: 'n/a' is not a number.`);
      expect(failure.message).toContain(`${file}, line 3, column Name, cell ${PREFIX}!A3: the row names no account.`);
      expect(failure.message).toContain(`${file}, line 4, column Period, cell ${PREFIX}!B4: "2025-13" is not a period.`);
      expect(writeCalls(ctx.server)).toBe(0);
    });

    it('in Finnish with --language fi', async () => {
      seedPortfolio(ctx.server, [{ name: 'Aalto Oy' }, { name: 'Berg AB' }]);
      const file = await badSheet();
      const failure = await runExpectingError(PortfolioImportProfitability, [
        ...org(),
        '--file',
        file,
        '--language',
        'fi',
        '--json',
      ]);
      expect(failure.message).toContain(`${file}, rivi 2, sarake Revenue, solu ${PREFIX}!C2: 'n/a' ei ole luku.`);
      expect(failure.message).toContain(`${file}, rivi 3, sarake Name, solu ${PREFIX}!A3: rivillä ei ole asiakasta.`);
      expect(failure.message).toContain(`${file}, rivi 4, sarake Period, solu ${PREFIX}!B4: "2025-13" ei ole kausi.`);
    });

    it('for a duplicate column, a merged range, an unknown column and a name the org does not have', async () => {
      seedPortfolio(ctx.server, [{ name: 'Aalto Oy' }]);
      const twice = await workbook([
        ['Name', 'Period', 'Revenue', 'Liikevaihto'],
        ['Aalto Oy', '2025', 1, 2],
      ]);
      const duplicate = await runExpectingError(PortfolioImportProfitability, [...org(), '--file', twice]);
      expect(duplicate.message).toContain(`${twice}, line 1, column Liikevaihto, cell ${PREFIX}!D1: `);

      const merged = await workbook(
        [
          ['Name', 'Period', 'Revenue'],
          ['Aalto Oy', '2025', 1],
          ['Aalto Oy', '2026', null],
        ],
        ['C2:C3']
      );
      const range = await runExpectingError(PortfolioImportProfitability, [...org(), '--file', merged]);
      expect(range.message).toContain(`${merged}, line 2, column C, cell ${PREFIX}!C2: the cells C2:C3`);

      const unknown = await workbook([
        ['Name', 'Period', 'Revenue', 'Colour'],
        ['Aalto Oy', '2025', 1, 'blue'],
        ['Nobody Oy', '2025', 1, 'red'],
      ]);
      const unmatched = await runExpectingError(PortfolioImportProfitability, [...org(), '--file', unknown]);
      expect(unmatched.message).toContain(`${unknown}, line 3, cell ${PREFIX}!A3: no account in the org is named "Nobody Oy".`);
      expect(writeCalls(ctx.server)).toBe(0);

      const fine = await workbook([
        ['Name', 'Period', 'Revenue', 'Colour'],
        ['Aalto Oy', '2025', 1, 'blue'],
      ]);
      const result = await runCommand(PortfolioImportProfitability, [...org(), '--file', fine, '--json']);
      expect(result.warnings).toEqual([
        expect.stringMatching(new RegExp(`^${fine}, line 1, column Colour, cell ${PREFIX}!D1: this column is not one`)),
      ]);
    });
  });
});
