/**
 * The current view as an Excel workbook: the same columns and headers as the CSV export (portfolioCsv.js,
 * the ones `portfolio rank` reads), one sheet, the header row bold and frozen.
 *
 * Library: exceljs's browser build, loaded from the cvpExcelJs static resource with loadScript only when
 * someone exports. Why this one: it is maintained, MIT licensed, needs no eval or workers (Lightning Web
 * Security allows it), and it is the library the CLI already reads and writes workbooks with (src/io), so
 * the file the page writes is read back by the same code `portfolio rank --file x.xlsx` uses. The others
 * looked at: SheetJS's current builds are not published to npm (the npm package is years old), so it
 * could not be pinned by package-lock.json; write-excel-file would be a second xlsx library beside exceljs.
 *
 * Formula injection: every text is written as a string cell (exceljs writes a formula only for an
 * object with a `formula` key, which no cell here is), so Excel shows `=HYPERLINK(…)` as text and never
 * runs it. Unlike the CSV there is no apostrophe in front: typed text needs none, and it would become
 * part of the value.
 */
import { exportRecords } from './portfolioCsv';

const SHEET_NAME = 'Portfolio';
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/** A cell of the workbook: finite numbers stay numbers, nothing stays empty, everything else is text. */
export function xlsxCell(value) {
    if (value === null || value === undefined) return null;
    if (typeof value === 'number') return Number.isFinite(value) ? value : null;
    if (typeof value === 'boolean') return value ? 'true' : 'false';
    return String(value);
}

/** The workbook's bytes. `ExcelJS` is the library's namespace (window.ExcelJS after loadScript). */
export async function toXlsx(ExcelJS, rows) {
    const [header, ...records] = exportRecords(rows);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(header).font = { bold: true };
    records.forEach((record) => sheet.addRow(record.map(xlsxCell)));
    header.forEach((title, index) => {
        let longest = title.length;
        records.forEach((record) => {
            const cell = record[index];
            if (cell !== null && cell !== undefined) longest = Math.max(longest, String(cell).length);
        });
        sheet.getColumn(index + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
    });
    return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * The Blob's type. Lightning Web Security blocks Blobs of MIME types it does not list, and the workbook's
 * own type is not listed; binary files go as application/octet-stream ("Specify a MIME Type for Blob
 * Objects in Lightning Web Security"). The link's download attribute names the file .xlsx.
 */
export const XLSX_BLOB_MIME = 'application/octet-stream';

/** The workbook as a file for a blob: URL download link. */
export async function xlsxBlob(ExcelJS, rows) {
    return new Blob([await toXlsx(ExcelJS, rows)], { type: XLSX_BLOB_MIME });
}
