/**
 * An Excel workbook (.xlsx) to a raw table, with exceljs. Formula cells give the result Excel stored
 * when the file was last saved; nothing is recalculated here.
 */
import type ExcelJS from 'exceljs';
import { loadExcelJs } from './load-exceljs.js';
import type { RawCell, RawRow, RawTable } from './raw-table.js';

export type XlsxRead =
  | { ok: true; table: RawTable; sheet: string }
  | { ok: false; reason: 'unreadable' }
  | { ok: false; reason: 'sheetNotFound'; available: string[] };

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
    if (value.result === undefined || value.result === null) {
      const formula =
        'formula' in value && value.formula ? value.formula : (value as ExcelJS.CellSharedFormulaValue).sharedFormula;
      return { kind: 'formula', formula };
    }
    return fromResult(value.result);
  }
  return null;
}

function pickSheet(workbook: ExcelJS.Workbook, wanted: string | undefined): ExcelJS.Worksheet | undefined {
  const sheets = workbook.worksheets;
  if (wanted === undefined) {
    // A hidden helper sheet placed first is not what a person means by "the first sheet".
    return sheets.find((sheet) => sheet.state === 'visible') ?? sheets[0];
  }
  const exact = sheets.find((sheet) => sheet.name === wanted);
  const folded = wanted.trim().toLocaleLowerCase();
  return exact ?? sheets.find((sheet) => sheet.name.trim().toLocaleLowerCase() === folded);
}

export async function readXlsxBuffer(buffer: Buffer, sheetName?: string): Promise<XlsxRead> {
  const workbook = new (await loadExcelJs()).Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const sheet = pickSheet(workbook, sheetName);
  if (!sheet) {
    if (sheetName === undefined) return { ok: false, reason: 'unreadable' };
    return { ok: false, reason: 'sheetNotFound', available: workbook.worksheets.map((s) => s.name) };
  }
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: RawCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      cells[columnNumber - 1] = toRawCell(cell.value);
    });
    // eachCell skips empty cells, leaving holes; holes are blank cells.
    rows.push({ line: rowNumber, cells: Array.from(cells, (cell) => cell ?? null) });
  });
  // A workbook stores numbers as numbers; only stray text cells need a decimal mark, inferred from them.
  return { ok: true, table: { rows, decimal: undefined, delimited: false }, sheet: sheet.name };
}
