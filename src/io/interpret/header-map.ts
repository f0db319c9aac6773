/**
 * The header row read into a column map: which column holds which field, and what is wrong with the
 * header (no name column, a field named twice, columns nobody uses).
 */
import type { IoIssue } from '../issues/issues.js';
import type { ResultHeaderSet, ResultHeaders } from '../read/read-outcome.js';
import { sheetCell } from '../xlsx/xlsx-issues.js';
import { canonicalHeader, fieldForHeader, type FieldKey } from './headers.js';
import { cellText, columnLetter, type RawRow } from './raw-table.js';

export type MappedColumn = { index: number; field: FieldKey; header: string };

export type HeaderMap = {
  line: number;
  columns: MappedColumn[];
  /** Cells to the right of this index have no header at all. */
  width: number;
  /** Columns inside the header whose header cell is blank: data there is reported once, not read. */
  blankColumns: Set<number>;
  /** Result columns of an earlier export (see ResultHeaders): neither read nor carried. */
  resultColumns: Set<number>;
  /** The header text of every column inside the header, trimmed ('' when blank). */
  texts: string[];
  errors: IoIssue[];
  warnings: IoIssue[];
};

/** The columns of `texts` that an earlier export added, when the header is such an export's. */
function findResultColumns(texts: readonly string[], result: ResultHeaders | undefined): Set<number> {
  if (!result) return new Set<number>();
  const sets: readonly ResultHeaderSet[] = 'required' in result ? [result] : result;
  for (const set of sets) {
    const found = resultColumnsOf(texts, set);
    if (found.size > 0) return found;
  }
  return new Set<number>();
}

function resultColumnsOf(texts: readonly string[], result: ResultHeaderSet): Set<number> {
  const found = new Set<number>();
  if (result.required.length === 0) return found;
  const present = new Set(texts);
  // All of them, exactly as written: a person's own "Tier" column alone is theirs, and is carried.
  if (!result.required.every((text) => present.has(text))) return found;
  const all = new Set([...result.required, ...result.optional]);
  texts.forEach((text, index) => {
    if (all.has(text)) found.add(index);
  });
  return found;
}

/** `sheet`: a workbook's sheet, so that an issue about a header cell names it (Sheet1!D1). */
export function mapHeader(file: string, header: RawRow, result?: ResultHeaders, sheet?: string): HeaderMap {
  const at = (index: number): Pick<IoIssue, 'cell'> =>
    sheet === undefined ? {} : { cell: sheetCell(sheet, index, header.line) };
  const texts = header.cells.map((cell) => cellText(cell).trim());
  let width = texts.length;
  while (width > 0 && texts[width - 1] === '') width -= 1;
  const resultColumns = findResultColumns(texts, result);

  const columns: MappedColumn[] = [];
  const byField = new Map<FieldKey, MappedColumn>();
  const blankColumns = new Set<number>();
  const errors: IoIssue[] = [];
  const warnings: IoIssue[] = [];
  for (let index = 0; index < width; index += 1) {
    const text = texts[index];
    if (text === '') {
      blankColumns.add(index);
      continue;
    }
    if (resultColumns.has(index)) continue;
    const field = fieldForHeader(text);
    if (!field) {
      warnings.push({ code: 'UnknownColumn', file, line: header.line, column: text, ...at(index) });
      continue;
    }
    const earlier = byField.get(field);
    if (earlier) {
      errors.push({
        code: 'DuplicateColumn',
        file,
        line: header.line,
        column: text,
        ...at(index),
        params: {
          first: earlier.header,
          firstLetter: columnLetter(earlier.index),
          letter: columnLetter(index),
          field: canonicalHeader(field),
        },
      });
      continue;
    }
    const column = { index, field, header: text };
    byField.set(field, column);
    columns.push(column);
  }
  if (!byField.has('name')) {
    const found = texts.filter((text) => text !== '');
    errors.unshift({ code: 'MissingNameColumn', file, line: header.line, params: { columns: found.join(', ') } });
  }
  return { line: header.line, columns, width, blankColumns, resultColumns, texts, errors, warnings };
}
