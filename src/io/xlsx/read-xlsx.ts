/**
 * An Excel workbook (.xlsx) to a raw table, row by row. Formula cells give the result Excel stored
 * when the file was last saved; nothing is recalculated here.
 *
 * The zip is opened with yauzl (zip-parts.ts) and its declared sizes checked against XLSX_LIMITS before
 * anything inflates; then only the parts a read needs are inflated, each as a stream: the workbook,
 * its relationships, its styles (for date formats), the shared strings and the one sheet read. Media
 * and the other sheets are never inflated. The workbook parts are parsed by exceljs's streaming
 * WorkbookReader's part parsers, the sheet by xlsx-sheet-rows.ts, so a sheet of a million rows is never
 * a workbook object in memory; the in-memory Workbook took gigabytes at 200,000 rows.
 */
import type ExcelJS from 'exceljs';
import type { RawCell, RawRow, RawTable } from '../interpret/raw-table.js';
import { loadExcelJs } from './load-exceljs.js';
import {
  checkDeclaredSizes,
  partByteLimit,
  PartSizeLie,
  XLSX_LIMITS,
  XlsxLimitError,
  type XlsxLimits,
  type XlsxTooLarge,
} from './xlsx-limits.js';
import { classifyMerges, MergeScanner, type MergeFinding } from './xlsx-merges.js';
import { readSheetRows, SheetCellReader, type RowSink, type SheetContext } from './xlsx-sheet-rows.js';
import type { TextWatcher, ZipParts } from './zip-parts.js';

export type { MergeFinding } from './xlsx-merges.js';

export type XlsxRead =
  | { ok: true; table: RawTable; sheet: string; merges: MergeFinding[] }
  /** `cause` is what the zip or XML reader threw, when something did: for a person debugging, never shown. */
  | { ok: false; reason: 'unreadable'; cause?: unknown }
  | { ok: false; reason: 'sheetNotFound'; available: string[] }
  | { ok: false; reason: 'tooLarge'; tooLarge: XlsxTooLarge };

export type XlsxReadOptions = {
  limits?: Partial<XlsxLimits>;
  /**
   * Stops the read at the next piece of a part's text (Ctrl+C): a large sheet or string table takes
   * seconds to parse, and a person who pressed Ctrl+C waits for none of it. The caller sees the
   * abort on the signal; the read itself ends as a failure.
   */
  signal?: AbortSignal;
};

type FormulaResult = NonNullable<ExcelJS.CellFormulaValue['result']>;

function fromResult(result: FormulaResult): RawCell {
  if (typeof result === 'number' || typeof result === 'string') return result;
  if (typeof result === 'boolean') return { kind: 'other', text: result ? 'TRUE' : 'FALSE' };
  if (result instanceof Date) return { kind: 'other', text: result.toISOString().slice(0, 10) };
  return { kind: 'error', text: result.error };
}

/** One exceljs cell value to the few shapes the interpreter understands. */
export function toRawCell(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return fromResult(value);
  if ('error' in value) return { kind: 'error', text: value.error };
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return toRawCell(value.text as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) {
    const formula =
      'formula' in value && value.formula ? value.formula : (value as ExcelJS.CellSharedFormulaValue).sharedFormula;
    if (value.result === undefined || value.result === null) return { kind: 'formula', formula };
    // A stored result that is not a number (exceljs's own sheet reader gave NaN for #DIV/0!): the
    // formula is what the person can find in the sheet. The sheet reader here keeps the error itself.
    if (typeof value.result === 'number' && Number.isNaN(value.result)) return { kind: 'error', text: `=${formula}` };
    return fromResult(value.result);
  }
  return null;
}

/** The parts of exceljs's streaming WorkbookReader this reader drives; they are not in its typings. */
type WorkbookParts = SheetContext & {
  options: Record<string, string>;
  workbookRels?: Array<{ Id: string; Target: string; Type: string }>;
  model?: { sheets?: Array<{ name: string; rId: string; state?: string }> };
  _parseRels(entry: NodeJS.ReadableStream): Promise<void>;
  _parseWorkbook(entry: NodeJS.ReadableStream): Promise<void>;
  _parseStyles(entry: NodeJS.ReadableStream): Promise<void>;
  _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncGenerator<unknown>;
};
type SheetEntry = { name: string; rId: string; state?: string };

function pickSheet(sheets: readonly SheetEntry[], wanted: string | undefined): SheetEntry | undefined {
  if (wanted === undefined) {
    // A hidden helper sheet placed first is not what a person means by "the first sheet".
    return sheets.find((sheet) => (sheet.state ?? 'visible') === 'visible') ?? sheets[0];
  }
  const exact = sheets.find((sheet) => sheet.name === wanted);
  const folded = wanted.trim().toLocaleLowerCase();
  return exact ?? sheets.find((sheet) => sheet.name.trim().toLocaleLowerCase() === folded);
}

/** A relationship target ("worksheets/sheet1.xml", "/xl/worksheets/sheet1.xml") as a zip path. */
function partPath(target: string): string {
  const segments: string[] = target.startsWith('/') ? [] : ['xl'];
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '' && segment !== '.') segments.push(segment);
  }
  return segments.join('/');
}

/** Counts a part's inflated bytes as they come, against its limit (yauzl also holds it to its declared size). */
const byteCounter = (part: string, limit: number, also?: TextWatcher): TextWatcher => {
  let total = 0;
  return (text, bytes) => {
    total += bytes;
    if (total > limit) throw new XlsxLimitError({ part, measure: 'bytes', actual: total, limit });
    also?.(text, bytes);
  };
};

type Reading = { zip: ZipParts; limits: XlsxLimits; book: WorkbookParts; signal?: AbortSignal };

async function openPart(reading: Reading, name: string, also?: TextWatcher): Promise<NodeJS.ReadableStream> {
  const counted = byteCounter(name, partByteLimit(name, reading.limits), also);
  const { signal } = reading;
  const watcher: TextWatcher = signal
    ? (text, bytes): void => {
        signal.throwIfAborted();
        counted(text, bytes);
      }
    : counted;
  return reading.zip.openText(name, watcher);
}

/* eslint-disable no-underscore-dangle -- exceljs's part parsers are underscore methods (WorkbookParts above). */
async function readWorkbookParts(reading: Reading): Promise<void> {
  const { zip, book, limits } = reading;
  await book._parseRels(await openPart(reading, 'xl/_rels/workbook.xml.rels'));
  await book._parseWorkbook(await openPart(reading, 'xl/workbook.xml'));
  if (zip.has('xl/styles.xml')) await book._parseStyles(await openPart(reading, 'xl/styles.xml'));
  book.sharedStrings = [];
  const strings = book.workbookRels?.find((rel) => rel.Type.endsWith('/sharedStrings'));
  const stringsPath = strings ? partPath(strings.Target) : 'xl/sharedStrings.xml';
  if (!zip.has(stringsPath)) return;
  // The table grows as it is parsed; its count is checked after each chunk of text.
  const countStrings: TextWatcher = () => {
    const count = book.sharedStrings?.length ?? 0;
    if (count > limits.sharedStrings) {
      throw new XlsxLimitError({
        part: stringsPath,
        measure: 'sharedStrings',
        actual: count,
        limit: limits.sharedStrings,
      });
    }
  };
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  for await (const _ of book._parseSharedStrings(await openPart(reading, stringsPath, countStrings)));
  countStrings('', 0);
}
/* eslint-enable no-underscore-dangle */

/** Reads the sheet's rows in order, handing each non-empty one to `visit`; nothing is kept. */
async function visitRows(reading: Reading, path: string, visit: (row: RawRow) => void): Promise<MergeScanner> {
  const { limits, book } = reading;
  const merges = new MergeScanner();
  const xml = await openPart(reading, path, (text) => merges.push(text));
  let cellCount = 0;
  const tooMany = (measure: XlsxTooLarge['measure'], actual: number, limit: number): XlsxLimitError =>
    new XlsxLimitError({ part: path, measure, actual, limit });
  let cells: RawCell[] = [];
  const addCell = (column: number, cell: RawCell): void => {
    if (cell === null) return;
    if (column > limits.columns) throw tooMany('columns', column, limits.columns);
    cells[column - 1] = compact(cell);
    cellCount += 1;
    if (cellCount > limits.cells) throw tooMany('cells', cellCount, limits.cells);
  };
  const sink: RowSink = {
    startRow(row) {
      if (row > limits.rows) throw tooMany('rows', row, limits.rows);
      cells = [];
      return addCell;
    },
    endRow(line) {
      // Only cells with a value are read, leaving holes; holes are blank cells. An empty row is no row.
      if (cells.length > 0) visit({ line, cells: Array.from(cells, (cell) => cell ?? null) });
    },
  };
  await readSheetRows(xml, new SheetCellReader(book, (shared) => toRawCell(shared as ExcelJS.CellValue)), sink);
  return merges;
}

/** Integers V8 keeps in the pointer itself (31 bits), without a heap object per number. */
const SMALL_INT = 2 ** 30;

/**
 * A cell as it is kept for the rest of the run, at its smallest. The XML parser gives each number as a
 * double on the heap even when it is a small integer, and each text as a slice of the 64 KiB chunk of
 * XML it came from, which keeps the whole chunk alive as long as the text is: a million rows held
 * the sheet's XML over again. Small integers become immediate values; text is copied out.
 */
function compact(cell: RawCell): RawCell {
  if (typeof cell === 'number') return Number.isInteger(cell) && Math.abs(cell) < SMALL_INT ? cell | 0 : cell;
  // A round trip through bytes makes a new string; a substring or a concatenation could still point
  // into the chunk. V8 copies substrings shorter than 13 characters itself.
  if (typeof cell === 'string') return cell.length > 12 ? Buffer.from(cell, 'utf16le').toString('utf16le') : cell;
  return cell;
}

const isBlank = (cell: RawCell): boolean => cell === null || (typeof cell === 'string' && cell.trim() === '');

/** Why a workbook could not be read, as XlsxRead says it. */
export type XlsxFailure = Extract<XlsxRead, { ok: false }>;

/** What the zip or XML reader threw, as the failure it means. */
function failureOf(error: unknown): XlsxFailure {
  if (error instanceof XlsxLimitError) return { ok: false, reason: 'tooLarge', tooLarge: error.tooLarge };
  if (error instanceof PartSizeLie) {
    const { part, declared } = error;
    return {
      ok: false,
      reason: 'tooLarge',
      tooLarge: { part, measure: 'declaredBytes', actual: declared, limit: declared },
    };
  }
  return { ok: false, reason: 'unreadable', cause: error };
}

/**
 * A workbook opened at one sheet, whose rows can be read more than once without being kept: a
 * million rows held as cells were about 400 MB. `eachRow` hands each non-empty row to `visit` and
 * gives the sheet's merged ranges (classified against its first non-blank row), or the failure.
 */
export type XlsxSheet = {
  ok: true;
  sheet: string;
  eachRow: (visit: (row: RawRow) => void) => Promise<{ ok: true; merges: MergeFinding[] } | XlsxFailure>;
  close: () => void;
};

export async function openXlsxSheet(
  /** The workbook's bytes, or its path (read as the parts are inflated). */
  buffer: Buffer | string,
  sheetName?: string,
  options: XlsxReadOptions = {}
): Promise<XlsxSheet | XlsxFailure> {
  const limits: XlsxLimits = { ...XLSX_LIMITS, ...options.limits };
  let zip: ZipParts;
  try {
    // Loaded here, like exceljs, so that reading a CSV never loads the zip reader.
    const { openZipParts } = await import('./zip-parts.js');
    zip = await openZipParts(buffer);
  } catch (error) {
    return { ok: false, reason: 'unreadable', cause: error };
  }
  let open = false;
  try {
    const declared = checkDeclaredSizes(zip.parts, limits);
    if (declared) return { ok: false, reason: 'tooLarge', tooLarge: declared };
    if (!zip.has('xl/workbook.xml') || !zip.has('xl/_rels/workbook.xml.rels'))
      return { ok: false, reason: 'unreadable' };

    const ExcelJS = await loadExcelJs();
    const book = new ExcelJS.stream.xlsx.WorkbookReader(undefined as never, {
      styles: 'cache',
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      worksheets: 'emit',
    }) as unknown as WorkbookParts;
    const reading: Reading = { zip, limits, book, signal: options.signal };
    await readWorkbookParts(reading);

    const sheets = book.model?.sheets ?? [];
    const sheet = pickSheet(sheets, sheetName);
    if (!sheet) {
      if (sheetName === undefined) return { ok: false, reason: 'unreadable' };
      return { ok: false, reason: 'sheetNotFound', available: sheets.map((s) => s.name) };
    }
    const rel = book.workbookRels?.find((r) => r.Id === sheet.rId);
    const path = rel ? partPath(rel.Target) : undefined;
    if (!path || !zip.has(path)) return { ok: false, reason: 'unreadable' };
    open = true;
    const opened = zip;
    return {
      ok: true,
      sheet: sheet.name,
      async eachRow(visit): Promise<{ ok: true; merges: MergeFinding[] } | XlsxFailure> {
        try {
          let headerLine: number | undefined;
          const merges = await visitRows(reading, path, (row) => {
            if (headerLine === undefined && row.cells.some((cell) => !isBlank(cell))) headerLine = row.line;
            visit(row);
          });
          return { ok: true, merges: classifyMerges(merges.ranges, headerLine) };
        } catch (error) {
          return failureOf(error);
        }
      },
      close: () => opened.close(),
    };
  } catch (error) {
    return failureOf(error);
  } finally {
    if (!open) zip.close();
  }
}

export async function readXlsxBuffer(
  buffer: Buffer,
  sheetName?: string,
  options: XlsxReadOptions = {}
): Promise<XlsxRead> {
  const opened = await openXlsxSheet(buffer, sheetName, options);
  if (!opened.ok) return opened;
  try {
    const rows: RawRow[] = [];
    const read = await opened.eachRow((row) => rows.push(row));
    if (!read.ok) return read;
    // A workbook stores numbers as numbers; only stray text cells need a decimal mark, inferred from them.
    return {
      ok: true,
      table: { rows, decimal: undefined, delimited: false },
      sheet: opened.sheet,
      merges: read.merges,
    };
  } finally {
    opened.close();
  }
}
