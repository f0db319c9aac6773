/**
 * `portfolio rank` in Finnish and in English (issue 15): the text a person reads, the language chosen by
 * --language, the input's headers or the locale, and a CSV that reopens in the Excel it came from.
 * No stored copies: each test asserts what the words and numbers must be.
 */
import { readFile, writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import PortfolioRank from '../../../src/commands/portfolio/rank.js';
import { runCommand, runExpectingError, useCommandContext } from '../../helpers/command.js';
import { repoPath } from '../../helpers/paths.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const SAMPLE = repoPath('config', 'sample-portfolio.csv');
const SAMPLE_FI = repoPath('config', 'sample-portfolio-fi.csv');
const SAMPLE_XLSX = repoPath('config', 'sample-portfolio.xlsx');
const NBSP = /[\u00a0\u202f]/g;

/** English words of the table and summary that must never show in the Finnish text. */
const ENGLISH = [
  'Rank',
  'Score',
  'Tier',
  'Total revenue',
  'Key account',
  'Loss-makers',
  'Portfolio summary',
  'Coverage',
];
/** Their Finnish counterparts (docs/glossary-fi.md). */
const FINNISH = ['Sija', 'Pisteet', 'Luokka', 'Tuotot yhteensä', 'Asiakkuuksien kate yhteensä', 'Tappiolliset'];

describe('portfolio rank in Finnish and English', () => {
  useCommandContext();
  const tmp = useTempDir();

  async function tableText(argv: string[]): Promise<string> {
    const out = tmp.file(`t-${Math.random().toString(36).slice(2)}.txt`);
    await runCommand(PortfolioRank, [...argv, '--format', 'table', '--output', out]);
    return (await readFile(out, 'utf8')).replace(NBSP, ' ');
  }

  it('writes the table and summary in Finnish with --language fi: words, numbers and money as Finnish writes them', async () => {
    const text = await tableText(['--file', SAMPLE, '--language', 'fi']);
    for (const word of ENGLISH) expect(text).not.toContain(word);
    for (const word of FINNISH.slice(0, 5)) expect(text).toContain(word);
    expect(text).toContain('Avainasiakas');
    // "59,2 %", "33 227 780 €": a decimal comma and a space before the sign, never "59.2%" or "€33,227,780".
    expect(text).toMatch(/\d,\d %/);
    expect(text).toMatch(/\d{1,3}( \d{3})+ €/);
    expect(text).not.toMatch(/\d\.\d %|\d\.\d%|€\d/);
  });

  it('writes it in English with --language en, one number style throughout', async () => {
    const text = await tableText(['--file', SAMPLE_FI, '--language', 'en']);
    for (const word of ['Rank', 'Score', 'Total revenue', 'Portfolio summary']) expect(text).toContain(word);
    expect(text).not.toContain('Tuotot yhteensä');
    expect(text).toMatch(/\d\.\d%/);
    expect(text).toMatch(/€\d{1,3}(,\d{3})+/);
    expect(text).not.toMatch(/\d,\d %|\d \d{3} €/);
  });

  it('speaks Finnish to a Finnish sheet and English to an English one when no flag says otherwise', async () => {
    expect(await tableText(['--file', SAMPLE_FI])).toContain('Tuotot yhteensä');
    expect(await tableText(['--file', SAMPLE])).toContain('Total revenue');
  });

  it('follows the locale when the sheet says nothing of its language', async () => {
    // One Finnish header, one English, one API name: a tie, so the locale decides.
    const file = tmp.file('mixed.csv');
    await writeFile(file, 'Nimi,Revenue,CVP_Loyalty_Score__c\nA Oy,1000,4\nB Oy,500,3\n');
    const saved = process.env.LANG;
    process.env.LANG = 'fi_FI.UTF-8';
    try {
      expect(await tableText(['--file', file])).toContain('Tuotot yhteensä');
      process.env.LANG = 'en_GB.UTF-8';
      expect(await tableText(['--file', file])).toContain('Total revenue');
      // The English XLSX sample stays English under a Finnish locale: its headers decide.
      process.env.LANG = 'fi_FI.UTF-8';
      expect(await tableText(['--file', SAMPLE_XLSX])).toContain('Total revenue');
    } finally {
      if (saved === undefined) delete process.env.LANG;
      else process.env.LANG = saved;
    }
  });

  it('says what would lift an account in the table, in the language of the run', async () => {
    const en = await tableText(['--file', SAMPLE, '--language', 'en']);
    const fi = await tableText(['--file', SAMPLE, '--language', 'fi']);
    expect(en).toContain('What would lift it');
    expect(fi).toContain('Mikä nostaisi');
    expect(en).toMatch(/reaches (Key account|Develop|Maintain)/);
    expect(fi).toMatch(/nostaa luokkaan (Avainasiakas|Kehitettävä|Ylläpidettävä)/);
  });

  it('shows money in the currency asked for, and refuses what is not a currency code', async () => {
    const text = await tableText(['--file', SAMPLE, '--language', 'en', '--currency', 'sek']);
    expect(text).toMatch(/SEK\s?\d/);
    const failure = await runExpectingError(PortfolioRank, ['--file', SAMPLE, '--currency', 'euro']);
    expect(failure.message).toContain('"euro" is not a currency code');
  });

  it('names both profiles the same way, in the language of the run', async () => {
    const fi = await tableText(['--file', SAMPLE, '--language', 'fi', '--compare', 'future']);
    expect(fi).toContain('"Nykyiset avainasiakkaat"');
    expect(fi).toContain('Sija (Tuleva potentiaali)');
    const en = await tableText(['--file', SAMPLE, '--language', 'en', '--compare', 'future']);
    expect(en).toContain('"Current key accounts"');
    expect(en).toContain('Rank (Future potential)');
  });

  it('keeps money to the cent and internal positions out of the --json result', async () => {
    const result = await runCommand(PortfolioRank, ['--file', SAMPLE_FI, '--compare', 'future', '--json']);
    for (const a of result.accounts) {
      if (a.margin !== null) expect(Math.round(a.margin * 100) / 100).toBe(a.margin);
    }
    const json = JSON.stringify(result.summary);
    expect(json).not.toMatch(/"index":/);
    expect(json).not.toMatch(/"(margin|totalMargin|lossTail)":-?\d+\.\d{3,}/);
    expect(result.summary.compareProfile).toEqual({ key: 'future', name: 'Future potential', nameFi: 'Tuleva potentiaali' });
    expect(result.summary.lossMakers.every((m) => typeof m.id === 'string')).toBe(true);
  });

  it('answers errors in Finnish too', async () => {
    const failure = await runExpectingError(PortfolioRank, [
      '--file',
      SAMPLE,
      '--currency',
      'euro',
      '--language',
      'fi',
    ]);
    expect(failure.message).toContain('"euro" ei ole valuuttakoodi');
  });
});

describe('portfolio rank writes a CSV that reopens where its input came from', () => {
  useCommandContext();
  const tmp = useTempDir();

  async function csvOut(argv: string[]): Promise<string> {
    const out = tmp.file(`o-${Math.random().toString(36).slice(2)}.csv`);
    await runCommand(PortfolioRank, [...argv, '--output', out]);
    return readFile(out, 'utf8');
  }

  it('keeps a Finnish Excel file Finnish: semicolons, decimal commas and the BOM', async () => {
    const text = await csvOut(['--file', SAMPLE_FI]);
    expect(text.startsWith('\ufeff')).toBe(true);
    const [header, first] = text.slice(1).split('\r\n');
    expect(header.split(';').length).toBeGreaterThan(10);
    expect(header).not.toContain(',');
    // A score such as 3,85 is written with a comma, as Finnish Excel reads it as a number.
    expect(first).toMatch(/;\d,\d+;/);
    expect(first).not.toMatch(/;\d\.\d+;/);
  });

  it('keeps an English file English, and --csv-dialect overrides either', async () => {
    const en = await csvOut(['--file', SAMPLE]);
    expect(en.slice(1).split('\r\n')[0].split(',').length).toBeGreaterThan(10);
    const rfc = await csvOut(['--file', SAMPLE_FI, '--csv-dialect', 'rfc4180']);
    expect(rfc.startsWith('\ufeff')).toBe(false);
    expect(rfc.split('\r\n')[0].split(',').length).toBeGreaterThan(10);
    const fi = await csvOut(['--file', SAMPLE, '--csv-dialect', 'excel-fi']);
    expect(fi.startsWith('\ufeff')).toBe(true);
    expect(fi.slice(1).split('\r\n')[0]).toContain(';');
  });

  it('gives workbook cells number formats, so money, scores and coverage stay numbers and show as Excel shows them', async () => {
    const out = tmp.file('ranked.xlsx');
    await runCommand(PortfolioRank, ['--file', SAMPLE_FI, '--output', out]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const cell = (title: string): ExcelJS.Cell => sheet.getRow(2).getCell(header.indexOf(title) + 1);
    expect(typeof cell('Liikevaihto').value).toBe('number');
    expect(cell('Liikevaihto').numFmt).toBe('#,##0.00');
    // A Finnish sheet gets a Finnish export: its result columns under Finnish headers.
    expect(cell('Asiakkuuden kate').numFmt).toBe('#,##0.00');
    expect(cell('Kattavuus').numFmt).toBe('0%');
    expect(cell('Pisteet').numFmt).toBe('0.00');
    expect(typeof cell('Pisteet').value).toBe('number');
    expect(sheet.name).toBe('Arvojärjestys');
  });

  it('writes a Finnish export that ranks again to the same result, its result columns recognised', async () => {
    const out = tmp.file('fi-export.csv');
    const first = await runCommand(PortfolioRank, ['--file', SAMPLE_FI, '--output', out, '--json']);
    const header = (await readFile(out, 'utf8')).slice(1).split('\r\n')[0].split(';');
    expect(header).toEqual(expect.arrayContaining(['Sija', 'Pisteet', 'Luokka', 'Mikä nostaisi']));
    expect(header).not.toContain('Rank');
    const inFinnish = await runCommand(PortfolioRank, ['--file', out, '--json', '--language', 'fi']);
    const inEnglish = await runCommand(PortfolioRank, ['--file', out, '--json', '--language', 'en']);
    for (const again of [inFinnish, inEnglish]) {
      expect(again.accounts.map((a) => [a.name, a.rank, a.score])).toEqual(
        first.accounts.map((a) => [a.name, a.rank, a.score])
      );
    }
  });

  it.each(['excel-fi', 'excel-en', 'rfc4180'])(
    'round-trips in %s: written, read back as Excel of that dialect would, the same numbers',
    async (dialect) => {
      const out = tmp.file(`rt-${dialect}.csv`);
      const first = await runCommand(PortfolioRank, [
        '--file',
        SAMPLE,
        '--output',
        out,
        '--csv-dialect',
        dialect,
        '--json',
      ]);
      const again = await runCommand(PortfolioRank, ['--file', out, '--json']);
      expect(again.accounts.map((a) => [a.name, a.rank, a.score, a.revenue, a.margin])).toEqual(
        first.accounts.map((a) => [a.name, a.rank, a.score, a.revenue, a.margin])
      );
    }
  );
});
