/**
 * What the workbook reader found that a person must hear about, as IoIssues: a part past its limit
 * (xlsx-limits.ts) and merged cells (xlsx-merges.ts).
 */
import type { IoIssue } from '../issues/issues.js';
import { columnLetter } from '../interpret/raw-table.js';
import { formatMeasure, type XlsxTooLarge } from './xlsx-limits.js';
import type { MergeFinding } from './xlsx-merges.js';

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
      value: range.ref,
      params: { sheet },
    };
    (kind === 'mergedHeader' ? warnings : errors).push(issue);
  }
  return { errors, warnings };
}
