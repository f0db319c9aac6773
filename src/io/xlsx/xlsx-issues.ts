/**
 * What the workbook reader found that a person must hear about, as IoIssues: a part past its limit
 * (xlsx-limits.ts) and merged cells (xlsx-merges.ts).
 */
import type { IoIssue } from '../issues/issues.js';
import { columnLetter } from '../interpret/raw-table.js';
import { formatMeasure, type XlsxTooLarge } from './xlsx-limits.js';
import type { MergeFinding } from './xlsx-merges.js';

/**
 * A sheet's name as a formula writes it before `!`: as it is when it is a plain word, else in single
 * quotes with any quote in it doubled, as Excel does (a space, a hyphen, a name that begins with a
 * digit or reads as a cell such as "A1" or "R1C1").
 */
function sheetPrefix(sheet: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !/^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*)$/.test(sheet);
  return plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** The cell at `line` (the sheet's row number) and column `index` (from 0), as Excel names it: `Sheet1!C12`. */
export function sheetCell(sheet: string, index: number, line: number): string {
  return `${sheetPrefix(sheet)}!${columnLetter(index)}${line}`;
}

export function workbookTooLarge(file: string, tooLarge: XlsxTooLarge): IoIssue {
  return {
    code: 'WorkbookTooLarge',
    file,
    params: {
      part: tooLarge.part,
      measure: tooLarge.measure,
      actual: formatMeasure(tooLarge.measure, tooLarge.actual),
      limit: formatMeasure(tooLarge.measure, tooLarge.limit),
    },
  };
}

/**
 * A merged header names its first column and warns; a merge over data refuses the read (xlsx-merges.ts
 * says why). Each issue is placed at the range's first cell.
 */
export function mergeIssues(
  file: string,
  sheet: string,
  merges: readonly MergeFinding[]
): { errors: IoIssue[]; warnings: IoIssue[] } {
  const errors: IoIssue[] = [];
  const warnings: IoIssue[] = [];
  for (const { kind, range } of merges) {
    const issue: IoIssue = {
      code: kind === 'mergedHeader' ? 'MergedHeader' : 'MergedCells',
      file,
      line: range.top,
      column: columnLetter(range.left),
      cell: sheetCell(sheet, range.left, range.top),
      value: range.ref,
      params: { sheet },
    };
    (kind === 'mergedHeader' ? warnings : errors).push(issue);
  }
  return { errors, warnings };
}
