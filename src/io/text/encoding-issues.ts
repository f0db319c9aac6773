/**
 * The cells of a damaged text file (UTF-8 with a few bytes of another encoding, see decode-text.ts)
 * that hold an undecodable byte, each with its line and column, so the person can fix those cells
 * instead of finding "Jyv�skyl� Oy" in the ranking.
 */
import { quoteValue, RowIssueCollector, type IoIssue } from '../issues/issues.js';
import { cellText, columnLetter, type RawTable } from '../interpret/raw-table.js';

const REPLACEMENT = '\ufffd';

export function encodingIssues(file: string, table: RawTable): IoIssue[] {
  const collector = new RowIssueCollector(file);
  const header = table.rows.find((row) => row.cells.some((cell) => cellText(cell).trim() !== ''));
  for (const row of table.rows) {
    row.cells.forEach((cell, index) => {
      const text = cellText(cell);
      if (!text.includes(REPLACEMENT)) return;
      const headerText = header && row !== header ? cellText(header.cells[index] ?? null).trim() : '';
      collector.add({
        code: 'MixedEncoding',
        file,
        line: row.line,
        column: headerText === '' ? columnLetter(index) : headerText,
        value: quoteValue(text),
      });
    });
  }
  return collector.issues();
}
