/**
 * Rows to an Excel workbook with one sheet: a bold, frozen header row, numbers stored as numbers, and
 * column widths fitted to the content within reason.
 *
 * Written with exceljs's streaming writer (WorkbookWriter), a row committed as soon as it is made, so
 * a report of a million rows never sits in memory as a workbook: the in-memory Workbook took minutes
 * and gigabytes at 200,000 rows (README, spreadsheet benchmark). Strings are stored inline rather
 * than in a shared-strings table, which would have to be held whole until the end.
 *
 * Text cells are not given the apostrophe neutraliseFormula adds for CSV: a workbook stores them as
 * typed text, which Excel never evaluates, and an apostrophe would show as part of the text.
 */
import { once } from 'node:events';
import { PassThrough, type Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { CellValue } from '../text/neutralise-formula.js';
import { loadExcelJs } from '../xlsx/load-exceljs.js';
import { writeFileAtomic } from './write-atomic.js';

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
/** Excel's own limit on a sheet name's length. */
const MAX_SHEET_NAME = 31;
/**
 * Column widths are fitted to the header and this many first rows: a streamed sheet writes its column
 * widths before its first row, so the widths cannot wait for the last one.
 */
export const WIDTH_SAMPLE_ROWS = 1000;
/** Rows committed between two waits for the file to take them: the memory held is about this many rows. */
const ROWS_PER_FLUSH = 1000;

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

function columnWidths(header: readonly string[], sample: ReadonlyArray<readonly CellValue[]>): number[] {
  return header.map((title, index) => {
    // A loop, not Math.max(...rows): spreading a large sample would overflow the call stack.
    let longest = displayLength(title);
    for (const row of sample) longest = Math.max(longest, displayLength(row[index] ?? null));
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
  });
}

/** The style of every data cell: none, or its column's number format. Shared objects (see commit, below). */
const NUMBER_STYLE: Partial<ExcelJS.Style> = {};
const OTHER_STYLE: Partial<ExcelJS.Style> = {};

/** One shared style per column: its number format for numbers, none for the rest. */
function numberStyles(
  formats: ReadonlyArray<string | undefined> | undefined,
  width: number
): Array<Partial<ExcelJS.Style>> {
  const byFormat = new Map<string, Partial<ExcelJS.Style>>();
  return Array.from({ length: width }, (_, i) => {
    const numFmt = formats?.[i];
    if (!numFmt) return NUMBER_STYLE;
    let style = byFormat.get(numFmt);
    if (!style) byFormat.set(numFmt, (style = { numFmt }));
    return style;
  });
}

// Non-finite numbers have no cell form; they are left blank, as in the CSV writer.
const cellOf = (cell: CellValue): CellValue => (typeof cell === 'number' && !Number.isFinite(cell) ? null : cell);

export type XlsxWriteOptions = {
  /** Checked between rows: an aborted write stops and leaves no file. */
  signal?: AbortSignal;
  /**
   * Excel number formats by column ('#,##0.00', '0%', …), undefined for General. Excel shows a
   * built-in format in the reader's own locale ("1 234,50" in Finnish, "1,234.50" in English), so
   * one workbook reads right in both while its numbers stay numbers.
   */
  numberFormats?: ReadonlyArray<string | undefined>;
};

/**
 * The streams exceljs writes a sheet's XML into: its StreamBuf (the sheet's `stream`) passes each
 * 64 KiB to them and ignores what write() answers, so the caller has to look.
 */
const sheetSinks = (sheet: object): Sink[] => (sheet as { stream?: { pipes?: Sink[] } }).stream?.pipes ?? [];

/** archiver's streams come from readable-stream 3, whose writables lack Node's writableNeedDrain getter. */
type Sink = Writable & { _writableState?: { needDrain?: boolean } };
// eslint-disable-next-line no-underscore-dangle -- readable-stream's state, which the getter would read.
const needsDrain = (sink: Sink): boolean => sink.writableNeedDrain ?? sink._writableState?.needDrain ?? false;

/** Streams the workbook into `out`, ending it (or destroying it with the error). */
async function streamWorkbook(
  out: PassThrough,
  sheetName: string,
  header: readonly string[],
  rows: Iterable<readonly CellValue[]>,
  options: XlsxWriteOptions
): Promise<void> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(safeSheetName(sheetName), { views: [{ state: 'frozen', ySplit: 1 }] });
  const iterator = rows[Symbol.iterator]();
  const sample: Array<readonly CellValue[]> = [];
  while (sample.length < WIDTH_SAMPLE_ROWS) {
    const next = iterator.next();
    if (next.done) break;
    sample.push(next.value);
  }
  sheet.columns = columnWidths(header, sample).map((width) => ({ width }));
  const headerRow = sheet.addRow([...header]);
  headerRow.font = { bold: true };
  headerRow.commit();

  const styles = numberStyles(options.numberFormats, header.length);
  let written = 0;
  const commit = async (row: readonly CellValue[]): Promise<void> => {
    const added = sheet.addRow(row.map(cellOf));
    // exceljs finds a cell's style id through a WeakMap keyed by the style object, and gives every new
    // cell a new, empty one: it then renders each cell's style to XML to look it up, most of the time
    // the export took. The data cells have no style of their own, so they share one object per type.
    added.eachCell((cell, column) => {
      // eslint-disable-next-line no-param-reassign -- the cell is exceljs's own, set up for its writer.
      cell.style = typeof cell.value === 'number' ? (styles[column - 1] ?? NUMBER_STYLE) : OTHER_STYLE;
    });
    added.commit();
    written += 1;
    if (written % ROWS_PER_FLUSH === 0) {
      options.signal?.throwIfAborted();
      // Committing is synchronous, and exceljs hands the sheet's XML to the zip without heeding its
      // back-pressure: this waits for the zip's input and the file's to drain before the next rows.
      for (const sink of [...sheetSinks(sheet), out]) {
        // eslint-disable-next-line no-await-in-loop
        if (needsDrain(sink)) await once(sink, 'drain');
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  // One row after another is the point: the waits in commit are the back-pressure.
  // eslint-disable-next-line no-await-in-loop
  for (const row of sample) await commit(row);
  // eslint-disable-next-line no-await-in-loop
  for (let next = iterator.next(); !next.done; next = iterator.next()) await commit(next.value);
  options.signal?.throwIfAborted();
  sheet.commit();
  await workbook.commit();
}

/** The workbook as a stream of bytes; a failure while making it destroys the stream with its error. */
export function xlsxStream(
  sheetName: string,
  header: readonly string[],
  rows: Iterable<readonly CellValue[]>,
  options: XlsxWriteOptions = {}
): PassThrough {
  const out = new PassThrough();
  streamWorkbook(out, sheetName, header, rows, options).catch((error: unknown) => out.destroy(error as Error));
  return out;
}

export async function toXlsxBuffer(
  sheetName: string,
  header: readonly string[],
  rows: Iterable<readonly CellValue[]>
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of xlsxStream(sheetName, header, rows)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** `rows` may be any iterable, so a caller can make each row as it is written rather than all first. */
export async function writeXlsx(
  path: string,
  sheetName: string,
  header: readonly string[],
  rows: Iterable<readonly CellValue[]>,
  options: XlsxWriteOptions = {}
): Promise<void> {
  await writeFileAtomic(path, xlsxStream(sheetName, header, rows, options), options);
}
