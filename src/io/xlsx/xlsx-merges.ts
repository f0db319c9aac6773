/**
 * Merged cells of a worksheet, and what they mean for a portfolio read.
 *
 * Excel keeps a merged range's value in its first (top-left) cell only; the others are stored empty.
 * So a merge read cell by cell looks like blanks, and the reader must say so rather than read them:
 * - a header merged across columns names its first column; the other columns of the range have no
 * header, and a warning names the range (their data then gets the usual unnamed-column warning);
 * - any other merge over the header or the data (over several rows, or across data cells of one row)
 * is refused with the sheet and the range: reading it would give blanks where the sheet shows a value.
 * Merges above the header (a title banner) hold nothing the read uses and are ignored.
 *
 * The ranges sit in <mergeCells>, after <sheetData> in the sheet's XML, and exceljs's streaming sheet
 * reader skips them; MergeScanner picks them out of the text as it streams past. A regular expression
 * is enough here: no '<' can appear inside XML text or attribute values unescaped, so "<mergeCell "
 * is always the element, and it only follows </sheetData>.
 */
import { columnLetter } from '../interpret/raw-table.js';

export type CellRange = { top: number; left: number; bottom: number; right: number; ref: string };

export type MergeFinding = { kind: 'mergedHeader'; range: CellRange } | { kind: 'mergedData'; range: CellRange };

const CELL = /^([A-Z]{1,3})(\d+)$/;

function decodeCell(ref: string): { row: number; column: number } | undefined {
  const match = CELL.exec(ref.replace(/\$/g, '').toUpperCase());
  if (!match) return undefined;
  let column = 0;
  for (const letter of match[1]) column = column * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(match[2]), column: column - 1 };
}

/** "B2:D4" as a range (0-based columns, 1-based rows); undefined when it is not one. */
export function parseRange(ref: string): CellRange | undefined {
  const [from, to = from] = ref.split(':');
  const a = decodeCell(from);
  const b = decodeCell(to);
  if (!a || !b) return undefined;
  const range = {
    top: Math.min(a.row, b.row),
    bottom: Math.max(a.row, b.row),
    left: Math.min(a.column, b.column),
    right: Math.max(a.column, b.column),
  };
  const start = `${columnLetter(range.left)}${range.top}`;
  const end = `${columnLetter(range.right)}${range.bottom}`;
  return { ...range, ref: start === end ? start : `${start}:${end}` };
}

const SHEET_DATA_END = /<\/(?:[\w.-]+:)?sheetData>/;
const MERGE_CELL = /<(?:[\w.-]+:)?mergeCell\s[^>]*?\bref\s*=\s*["']([^"']+)["']/g;
/** Longest piece of a tag that can be cut at a chunk's end and still be needed: the start of one <mergeCell …>. */
const CARRY = 256;

/** Collects the merge ranges of a sheet's XML from its text chunks, in order. */
export class MergeScanner {
  public readonly ranges: CellRange[] = [];
  #afterSheetData = false;
  #carry = '';

  public push(text: string): void {
    let scan = this.#carry + text;
    if (!this.#afterSheetData) {
      const end = SHEET_DATA_END.exec(scan);
      if (!end) {
        this.#carry = scan.slice(-CARRY);
        return;
      }
      this.#afterSheetData = true;
      scan = scan.slice(end.index);
    }
    let consumed = 0;
    for (const match of scan.matchAll(MERGE_CELL)) {
      const range = parseRange(match[1]);
      if (range) this.ranges.push(range);
      consumed = (match.index ?? 0) + match[0].length;
    }
    this.#carry = scan.slice(Math.max(consumed, scan.length - CARRY));
  }
}

/** What each merge means for a sheet whose header is on `headerLine` (see the file comment). */
export function classifyMerges(ranges: readonly CellRange[], headerLine: number | undefined): MergeFinding[] {
  if (headerLine === undefined) return [];
  const findings: MergeFinding[] = [];
  for (const range of ranges) {
    if (range.bottom < headerLine) continue;
    if (range.top === headerLine && range.bottom === headerLine) findings.push({ kind: 'mergedHeader', range });
    else findings.push({ kind: 'mergedData', range });
  }
  return findings;
}
