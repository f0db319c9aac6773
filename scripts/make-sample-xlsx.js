// Builds config/sample-portfolio.xlsx from config/sample-portfolio.csv, so the two samples never differ.
// Run after editing the CSV: `npx node scripts/make-sample-xlsx.js`. test/io/sample-portfolio.test.ts
// fails when the workbook no longer reads to the same accounts as the CSV.
//
// Plain JavaScript on purpose: it runs without a build, straight from a fresh checkout.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'config', 'sample-portfolio.csv');
const target = join(root, 'config', 'sample-portfolio.xlsx');

/** Columns holding text; every other non-empty cell is a number and is stored as one. */
const TEXT_COLUMNS = new Set(['Id', 'Name', 'Owner', 'Lifecycle Stage']);
/** Columns holding a day (yyyy-mm-dd in the CSV): a date cell in the workbook, as Excel users keep them. */
const DATE_COLUMNS = new Set(['Assessed At']);
/** A fixed date keeps the workbook's own properties from changing on every run. */
const FIXED_DATE = new Date(Date.UTC(2026, 0, 1));

const text = readFileSync(source, 'utf8').replace(/^\ufeff/, '');
const parsed = Papa.parse(text, { header: false, skipEmptyLines: true });
if (parsed.errors.length > 0) {
  throw new Error(`${source}: ${parsed.errors.map((e) => `row ${e.row}: ${e.message}`).join('; ')}`);
}
const [header, ...rows] = parsed.data;

const toCell = (value, column) => {
  if (value.trim() === '') return null;
  if (TEXT_COLUMNS.has(column)) return value;
  if (DATE_COLUMNS.has(column)) {
    const day = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(day.getTime())) throw new Error(`${source}: '${value}' in ${column} is not a day`);
    return day;
  }
  const number = Number(value);
  if (!Number.isFinite(number)) throw new Error(`${source}: '${value}' in ${column} is not a number`);
  return number;
};

const workbook = new ExcelJS.Workbook();
workbook.creator = 'Customer Value Portfolio';
workbook.created = FIXED_DATE;
workbook.modified = FIXED_DATE;
const sheet = workbook.addWorksheet('Portfolio', { views: [{ state: 'frozen', ySplit: 1 }] });
sheet.addRow(header).font = { bold: true };
for (const row of rows) sheet.addRow(row.map((value, index) => toCell(value, header[index])));
header.forEach((title, index) => {
  if (DATE_COLUMNS.has(title)) sheet.getColumn(index + 1).numFmt = 'yyyy-mm-dd';
  const longest = Math.max(title.length, ...rows.map((row) => (row[index] ?? '').length));
  sheet.getColumn(index + 1).width = Math.min(40, Math.max(8, longest + 2));
});

/**
 * The zip inside an .xlsx stamps every entry with the time of writing (in local time), so the same
 * sheet would give a different file on every run and a diff on every commit. Freezing the clock and
 * the time zone while writing makes the output depend on the CSV only.
 */
async function writeReproducibly(book) {
  const RealDate = globalThis.Date;
  const frozen = FIXED_DATE.getTime();
  const FrozenDate = new Proxy(RealDate, {
    construct: (Target, args) => new Target(...(args.length > 0 ? args : [frozen])),
    get: (Target, key) => (key === 'now' ? () => frozen : Reflect.get(Target, key)),
  });
  const realTz = process.env.TZ;
  process.env.TZ = 'UTC';
  globalThis.Date = FrozenDate;
  try {
    return Buffer.from(await book.xlsx.writeBuffer());
  } finally {
    globalThis.Date = RealDate;
    if (realTz === undefined) delete process.env.TZ;
    else process.env.TZ = realTz;
  }
}

// Written next to the target and renamed, so a failed run never leaves half a workbook behind.
const temp = `${target}.tmp`;
writeFileSync(temp, await writeReproducibly(workbook));
renameSync(temp, target);
process.stdout.write(`${relative(process.cwd(), target)}: ${rows.length} accounts\n`);
