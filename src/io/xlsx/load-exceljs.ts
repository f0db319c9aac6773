/**
 * exceljs, loaded the first time a workbook is read or written: loading it takes about half a second,
 * which a CSV run (and every other command that touches src/io) should not pay.
 */
import type ExcelJS from 'exceljs';

export const loadExcelJs = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default;
