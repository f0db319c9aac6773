/**
 * Archive bombs: an .xlsx is a zip, and a small one can hold parts that inflate to gigabytes. Each bomb
 * is made here, from a real workbook exceljs writes, with JSZip; nothing large is committed.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readPortfolio } from '../../src/io/index.js';
import { readXlsxBuffer } from '../../src/io/xlsx/read-xlsx.js';
import { XLSX_LIMITS } from '../../src/io/xlsx/xlsx-limits.js';
import { expectIssues, expectRead, readContent } from '../helpers/io-read.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { formatIoIssue } from '../../src/io/index.js';

const MiB = 1024 * 1024;
const SHEET = 'xl/worksheets/sheet1.xml';
const STRINGS = 'xl/sharedStrings.xml';

/** A real two-account workbook, as a zip to tamper with. */
async function portfolioZip(): Promise<JSZip> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Portfolio');
  sheet.addRows([
    ['Name', 'Revenue', 'Lifecycle Stage'],
    ['Alpha Oy', 1000, 'Growth'],
    ['Beta Oy', 2000, 'Established'],
  ]);
  return JSZip.loadAsync(await book.xlsx.writeBuffer());
}

const deflated = (zip: JSZip): Promise<Buffer> =>
  zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });

/** Offsets of each entry's uncompressed-size field in the central directory, by name. */
function centralSizeFields(zip: Buffer): Map<string, number> {
  const fields = new Map<string, number>();
  for (
    let at = zip.indexOf('PK\u0001\u0002', 0, 'latin1');
    at >= 0;
    at = zip.indexOf('PK\u0001\u0002', at + 4, 'latin1')
  ) {
    const nameLength = zip.readUInt16LE(at + 28);
    fields.set(zip.toString('utf8', at + 46, at + 46 + nameLength), at + 24);
  }
  return fields;
}

/** The zip with the central directory declaring `size` inflated bytes for `part` (what a crafted file can say). */
function declare(zip: Buffer, part: string, size: number): Buffer {
  const copy = Buffer.from(zip);
  const field = centralSizeFields(copy).get(part);
  if (field === undefined) throw new Error(`${part} is not in the zip`);
  copy.writeUInt32LE(size, field);
  return copy;
}

const tooLarge = async (buffer: Buffer, limits = {}): Promise<unknown> => {
  const read = await readXlsxBuffer(buffer, undefined, { limits });
  if (read.ok || read.reason !== 'tooLarge') throw new Error(`expected tooLarge, got ${JSON.stringify(read)}`);
  return read.tooLarge;
};

describe('archive bombs in an .xlsx', () => {
  const dir = useTempDir();

  it('reads the untampered workbook', async () => {
    const read = expectRead(await readContent(dir, 'real.xlsx', await deflated(await portfolioZip())));
    expect(read.accounts.map((a) => a.name)).toEqual(['Alpha Oy', 'Beta Oy']);
  });

  it('refuses a sheet of deflated zeros by its ratio, before inflating it, with the part and the limit', async () => {
    const zip = await portfolioZip();
    zip.file(SHEET, Buffer.alloc(20 * MiB));
    const bomb = await deflated(zip);
    expect(bomb.length).toBeLessThan(MiB);
    const outcome = expectIssues(await readContent(dir, 'zeros.xlsx', bomb));
    expect(outcome.issues).toMatchObject([
      { code: 'WorkbookTooLarge', params: { part: SHEET, measure: 'ratio', limit: String(XLSX_LIMITS.maxRatio) } },
    ]);
    const { message, actions } = formatIoIssue(outcome.issues[0]);
    expect(message).toContain('zeros.xlsx is not read: its part xl/worksheets/sheet1.xml unpacks to');
    expect(message).toContain('times its packed size, past the limit of 100');
    expect(actions.join(' ')).toContain('save the portfolio sheet alone');
  });

  it('refuses a part whose declared size passes its limit, without inflating anything', async () => {
    const real = await deflated(await portfolioZip());
    expect(await tooLarge(declare(real, SHEET, 0xff_ff_ff_f0))).toEqual({
      part: SHEET,
      measure: 'bytes',
      actual: 0xff_ff_ff_f0,
      limit: XLSX_LIMITS.worksheetBytes,
    });
  });

  it('refuses a shared-strings table of millions of entries', async () => {
    const zip = await portfolioZip();
    const entries = 3_000_000;
    zip.file(
      STRINGS,
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${'<si><t>x</t></si>'.repeat(entries)}</sst>`
    );
    expect(await tooLarge(await deflated(zip))).toMatchObject({ part: STRINGS, measure: 'ratio' });
  });

  it('counts shared strings as they are parsed, stopping at the limit', async () => {
    const zip = await portfolioZip();
    const strings = Array.from({ length: 5000 }, (_, i) => `<si><t>Account ${i}</t></si>`).join('');
    zip.file(STRINGS, `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings}</sst>`);
    expect(await tooLarge(await deflated(zip), { sharedStrings: 1000 })).toMatchObject({
      part: STRINGS,
      measure: 'sharedStrings',
      limit: 1000,
    });
  });

  it('refuses a large embedded picture by its declared size, and never inflates media', async () => {
    const zip = await portfolioZip();
    zip.file('xl/media/image1.png', Buffer.alloc(64 * 1024, 7));
    const withPicture = await deflated(zip);
    expect(await tooLarge(declare(withPicture, 'xl/media/image1.png', 300 * MiB))).toMatchObject({
      part: 'xl/media/image1.png',
      measure: 'bytes',
      limit: XLSX_LIMITS.otherPartBytes,
    });
    // Declared small but inflating to 64 KiB: a lie that would fail the read, if the picture were ever inflated.
    const read = await readXlsxBuffer(declare(withPicture, 'xl/media/image1.png', 10));
    expect(read.ok).toBe(true);
  });

  it('stops a part that inflates past the size its zip directory declares', async () => {
    const real = await deflated(await portfolioZip());
    const outcome = expectIssues(await readContent(dir, 'lying.xlsx', declare(real, SHEET, 100)));
    expect(outcome.issues).toMatchObject([
      { code: 'WorkbookTooLarge', params: { part: SHEET, measure: 'declaredBytes', limit: '100 bytes' } },
    ]);
    expect(formatIoIssue(outcome.issues[0]).message).toContain(
      'unpacks to more than the 100 bytes its zip directory declares'
    );
  });

  it('refuses rows past Excel’s last row and cells past the cell limit', async () => {
    const bytes = await deflated(await portfolioZip());
    expect(await tooLarge(bytes, { rows: 2 })).toMatchObject({ part: SHEET, measure: 'rows', actual: 3, limit: 2 });
    expect(await tooLarge(bytes, { cells: 5 })).toMatchObject({ part: SHEET, measure: 'cells', limit: 5 });
  });

  it('reads a workbook whose parts sit within every limit when read from a file', async () => {
    const path = dir.file('book.xlsx');
    const book = new ExcelJS.Workbook();
    book.addWorksheet('S').addRows([['Name'], ['Gamma Oy']]);
    await book.xlsx.writeFile(path);
    expect(expectRead(await readPortfolio(path)).accounts).toEqual([{ name: 'Gamma Oy', scores: {} }]);
  });
});
