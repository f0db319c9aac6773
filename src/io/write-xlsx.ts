/**
 * Rows to an Excel workbook with one sheet: a bold, frozen header row, numbers stored as numbers, and
 * column widths fitted to the content within reason.
 *
 * Text cells are not given the apostrophe neutraliseFormula adds for CSV: a workbook stores them as
 * typed text, which Excel never evaluates, and an apostrophe would show as part of the text.
 */
import type { CellValue } from './neutralise-formula.js';
import { loadExcelJs } from './load-exceljs.js';
import { writeFileAtomic } from './write-atomic.js';

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
/** Excel's own limit on a sheet name's length. */
const MAX_SHEET_NAME = 31;

/** Excel refuses sheet names with : \ / ? * [ ], longer than 31 characters, or framed by apostrophes. */
export function safeSheetName(name: string): string {
  const cleaned = name
    .replace(/[:\\/?*[\]]/g, ' ')
    .replace(/^'+|'+$/g, '')
    .trim()
    .slice(0, MAX_SHEET_NAME)
    .trim();
  return cleaned === '' ? 'Sheet1' : cleaned;
}

const displayLength = (value: CellValue): number => (value === null ? 0 : String(value).length);

export async function toXlsxBuffer(
  sheetName: string,
  header: readonly string[],
  rows: ReadonlyArray<readonly CellValue[]>
): Promise<Buffer> {
  const workbook = new (await loadExcelJs()).Workbook();
  const sheet = workbook.addWorksheet(safeSheetName(sheetName), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...header]).font = { bold: true };
  for (const row of rows) {
    // Non-finite numbers have no cell form; they are left blank, as in the CSV writer.
    sheet.addRow(row.map((cell) => (typeof cell === 'number' && !Number.isFinite(cell) ? null : cell)));
  }
  header.forEach((title, index) => {
    // A loop, not Math.max(...rows): spreading a large portfolio would overflow the call stack.
    let longest = displayLength(title);
    for (const row of rows) longest = Math.max(longest, displayLength(row[index] ?? null));
    sheet.getColumn(index + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function writeXlsx(
  path: string,
  sheetName: string,
  header: readonly string[],
  rows: ReadonlyArray<readonly CellValue[]>
): Promise<void> {
  await writeFileAtomic(path, await toXlsxBuffer(sheetName, header, rows));
}
