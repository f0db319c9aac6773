/**
 * A raw table (from CSV or XLSX) to validated accounts, or to every problem found in one pass: a person
 * fixing a sheet wants the whole list, not one error per run.
 */
import type { Account, AccountInput } from '../../core/model/input.js';
import { capColumnWarnings, quoteValue, RowIssueCollector, type IoIssue } from '../issues/issues.js';
import { SeenNames } from '../text/seen-names.js';
import type { DecimalSeparator } from '../text/numbers.js';
import { startPhase, type ProgressSink, type ReadPhase } from '../progress/progress-sink.js';
import { otherDelimiterIn } from '../read/other-delimiter.js';
import { keepRowAsRead, rowsAsRead } from '../read/rows-as-read.js';
import { ownString } from '../text/own-string.js';
import type { ReadOutcome, ResultHeaders, SourceColumn } from '../read/read-outcome.js';
import { sheetCell } from '../xlsx/xlsx-issues.js';
import {
  cellText,
  columnLetter,
  isBlankCell,
  type RawCell,
  type RawProblem,
  type RawRow,
  type RawTable,
} from './raw-table.js';
import { columnDecimal } from './column-decimal.js';
import { fieldKind, isDimensionField, type FieldKey, type FieldKind } from './headers.js';
import { mapHeader, type HeaderMap, type MappedColumn } from './header-map.js';
import { MAX_FIGURE, readCell } from './cell-values.js';
import { validateAccount } from './validate-account.js';

const isBlankRow = (row: RawRow): boolean => row.cells.every((cell) => isBlankCell(cell));

function decimalFor(table: RawTable, header: HeaderMap, rows: RawRow[]): DecimalSeparator {
  return columnDecimal(
    table,
    rows,
    numericColumns(header).map((column) => column.index)
  );
}

/** A header column with what the reader needs of it per cell, worked out once per file. */
type ReadColumn = MappedColumn & { kind: FieldKind; dimension: boolean };

type RowState = {
  file: string;
  header: HeaderMap;
  columns: ReadColumn[];
  nameColumn: MappedColumn | undefined;
  dec: DecimalSeparator;
  delimited: boolean;
  delimiter: string | undefined;
  collector: RowIssueCollector;
  warnings: IoIssue[];
  seenNames: SeenNames;
  /** Names kept for the duplicate check are copied out of the row's strings (RowReaderOptions.ownText). */
  ownText: boolean;
  warnedBlankColumns: Set<number>;
  /** A workbook's sheet: issues about one cell then name it as Excel does (Sheet1!C12). */
  sheet: string | undefined;
};

/** The cell at `index` of `line` as Excel names it, in a workbook; nothing more in a text file. */
const cellAt = (state: RowState, index: number | undefined, line: number): Pick<IoIssue, 'cell'> =>
  state.sheet === undefined || index === undefined ? {} : { cell: sheetCell(state.sheet, index, line) };

/** Data in a column without a header is not read; the column is named by its letter, once. */
function warnDataWithoutHeader(row: RawRow, state: RowState): void {
  // Most sheets have neither: no list per row then.
  if (state.header.blankColumns.size === 0 && row.cells.length <= state.header.width) return;
  const unnamed = [...state.header.blankColumns];
  for (let index = state.header.width; index < row.cells.length; index += 1) unnamed.push(index);
  for (const index of unnamed) {
    if (!state.warnedBlankColumns.has(index) && !isBlankCell(row.cells[index])) {
      state.warnedBlankColumns.add(index);
      state.warnings.push({
        code: 'UnknownColumn',
        file: state.file,
        line: state.header.line,
        column: columnLetter(index),
        ...cellAt(state, index, state.header.line),
      });
    }
  }
}

/** Reads one data row; returns the candidate account, or undefined when the row had problems. */
function readRow(row: RawRow, state: RowState): AccountInput | undefined {
  const { file, header, collector } = state;
  const other = state.delimiter ? otherDelimiterIn(row, header.width, state.delimiter) : undefined;
  if (other) {
    // A row typed or pasted with another delimiter lands whole in one cell: read, it would be an
    // account named "Acme;1000;200" with no figures. Reported, with the cell where it begins.
    collector.add({
      code: 'OtherDelimiter',
      file,
      line: row.line,
      column: header.texts[other.index] || columnLetter(other.index),
      ...cellAt(state, other.index, row.line),
      params: { found: other.found, delimiter: state.delimiter ?? '' },
    });
    return undefined;
  }
  let extra = -1;
  for (let index = header.width; state.delimited && index < row.cells.length; index += 1) {
    if (!isBlankCell(row.cells[index])) extra = index;
  }
  if (extra >= 0) {
    // Values past the last header usually mean an unquoted delimiter shifted the row: reading the
    // shifted cells would put figures in the wrong columns, so the row is reported and not read.
    collector.add({ code: 'TooManyCells', file, line: row.line, params: { cells: extra + 1, columns: header.width } });
    return undefined;
  }
  warnDataWithoutHeader(row, state);

  // The values read, placed where AccountInputSchema expects them: scores one level down.
  const candidate: Record<string, unknown> = { name: '' };
  let scores: Record<string, unknown> | undefined;
  let problems = 0;
  const { nameColumn } = state;
  for (const column of state.columns) {
    const cell = row.cells[column.index];
    const outcome = readCell(cell, column.kind, state.dec);
    if (!outcome.ok) {
      problems += 1;
      collector.add({
        code: outcome.code,
        file,
        line: row.line,
        column: column.header,
        ...cellAt(state, column.index, row.line),
        value: quoteValue(cellText(cell ?? null)),
        ...(outcome.code === 'FigureTooLarge' ? { params: { limit: MAX_FIGURE.toLocaleString('en-US') } } : {}),
      });
    } else if (outcome.value !== undefined) {
      if (column.dimension) (scores ??= {})[column.field] = outcome.value;
      else candidate[column.field] = outcome.value;
    }
  }
  if (scores) candidate.scores = scores;

  const name = (candidate.name as string).trim();
  if (name === '') {
    collector.add({
      code: 'MissingName',
      file,
      line: row.line,
      column: nameColumn?.header,
      ...cellAt(state, nameColumn?.index, row.line),
    });
    return undefined;
  }
  const firstLine = state.seenNames.firstOrAdd(name, row.line, state.ownText);
  if (firstLine !== undefined) {
    collector.add({
      code: 'DuplicateName',
      file,
      line: row.line,
      column: nameColumn?.header,
      ...cellAt(state, nameColumn?.index, row.line),
      value: quoteValue(name),
      params: { firstLine },
    });
    return undefined;
  }
  return problems === 0 ? (candidate as AccountInput) : undefined;
}

/**
 * Every column of the input, in its order: the header's, and in a workbook also columns of data right
 * of it (a CSV row that long is refused as TooManyCells). Result columns of an earlier export are left
 * out: the new ranking adds them again.
 */
function sourceColumns(table: RawTable, header: HeaderMap, rows: readonly RawRow[]): SourceColumn[] {
  let width = header.width;
  if (!table.delimited) for (const row of rows) width = widthWith(row, width);
  return columnsOfWidth(header, width);
}

/** `width`, or more when the row has a non-blank cell at or right of it. */
export function widthWith(row: RawRow, width: number): number {
  for (let index = row.cells.length - 1; index >= width; index -= 1) {
    if (!isBlankCell(row.cells[index])) return index + 1;
  }
  return width;
}

/** The first `width` columns, result columns of an earlier export left out. */
export function columnsOfWidth(header: HeaderMap, width: number): SourceColumn[] {
  const fieldAt = new Map(header.columns.map((column) => [column.index, column.field]));
  const columns: SourceColumn[] = [];
  for (let index = 0; index < width; index += 1) {
    if (header.resultColumns.has(index)) continue;
    const field = fieldAt.get(index);
    columns.push({ index, header: header.texts[index] ?? '', ...(field ? { field } : {}) });
  }
  return columns;
}

/** The header's columns that hold numbers (not text, not the lifecycle word): where a decimal mark shows. */
export const numericColumns = (header: HeaderMap): MappedColumn[] =>
  header.columns.filter((column) => fieldKind(column.field) !== 'text' && fieldKind(column.field) !== 'lifecycle');

/** The table's format facts a row reader needs, without its rows. */
export type TableFormat = Omit<RawTable, 'rows'>;

/**
 * Reads data rows one at a time once the header and the columns are known, so a streamed CSV never
 * holds its rows: `add` takes each non-blank row after the header, `finish` gives the outcome.
 * interpretTable reads a whole table through the same steps, so both paths read a row alike.
 */
export type RowReader = {
  add: (row: RawRow, malformedQuotes: boolean) => void;
  /**
   * A row its caller read and checked itself (plain-row.ts) as `add` would, the account built as
   * validateAccount builds it, its texts already its own (not pieces of the file's text, unless the
   * text is kept for keepsRowsAsRead), the row from `start` to `end` of the text (`start` -1 when the
   * export may not copy it): true when taken; false when its name was seen before, so that `add` reads
   * the row again and reports it.
   */
  addPlain: (line: number, account: Account, cells: RawCell[], start: number, end: number) => boolean;
  /** Whether it keeps where each row copied as read is in the text (RowReaderOptions.rowsAsRead). */
  keepsRowsAsRead: boolean;
  /** The columns whose cells an account keeps (`cells` of addPlain needs only these); every one when undefined. */
  keptColumns: readonly number[] | undefined;
  finish: () => ReadOutcome;
};

export type RowReaderOptions = {
  /** Non-blank data rows to come, for progress. */
  total: number;
  progress?: ProgressSink<ReadPhase>;
  /**
   * Keeps of each account's row only the cells of the columns it accepts (the rest are already in
   * the account): `cells` and the columns' `index` then refer to the kept cells, -1 for none.
   */
  keepCell?: (column: SourceColumn) => boolean;
  /**
   * Copies the text an account keeps (name, id, owner, kept cells) out of the row's strings, so that
   * text a parser cut from one large string does not keep that string alive (own-string.ts).
   */
  ownText?: boolean;
  /** A workbook's sheet, so that an issue about one cell names it (Sheet1!C12). */
  sheet?: string;
  /**
   * The text the rows are read from, for an outcome's `asRead` (rows-as-read.ts): kept only when every
   * column of the file is one the export repeats (no result columns of an earlier export left out).
   */
  rowsAsRead?: { text: string; delimiter: string };
};

/** Shared by every row when no cell is kept: a million empty arrays are 16 MB. */
const NO_CELLS: RawCell[] = [];

/** The longest text, and the most distinct values, for which rows share one array of their one kept cell. */
const SHARED_TEXT_MAX = 32;
const SHARED_VALUES_MAX = 1000;

/**
 * One array per value when each row keeps one short cell (the lifecycle word, most often): a million
 * rows' own arrays and strings were about 80 MB for a handful of values. The arrays are never changed.
 */
class SharedCells {
  readonly #arrays = new Map<string | null, RawCell[]>();

  public of(cell: string | null): RawCell[] {
    const found = this.#arrays.get(cell);
    if (found) return found;
    const array = [typeof cell === 'string' ? ownString(cell) : cell];
    if (this.#arrays.size < SHARED_VALUES_MAX) this.#arrays.set(cell, array);
    return array;
  }
}

export function startRowReader(
  file: string,
  table: TableFormat,
  header: HeaderMap,
  dec: DecimalSeparator,
  sourced: SourceColumn[],
  options: RowReaderOptions
): RowReader {
  const columns = header.columns.map((column): ReadColumn => ({
    ...column,
    kind: fieldKind(column.field),
    dimension: isDimensionField(column.field),
  }));
  const headerOf = new Map(header.columns.map((column) => [column.field, column.header]));
  const columnOf = (field: FieldKey): string | undefined => headerOf.get(field);
  const state: RowState = {
    file,
    header,
    columns,
    nameColumn: header.columns.find((column) => column.field === 'name'),
    dec,
    delimited: table.delimited,
    delimiter: table.delimited ? table.delimiter : undefined,
    collector: new RowIssueCollector(file),
    warnings: [...header.warnings],
    seenNames: new SeenNames(options.total),
    ownText: options.ownText === true,
    warnedBlankColumns: new Set(),
    sheet: options.sheet,
  };
  const accounts: Account[] = [];
  const lines: number[] = [];
  const cells: RawCell[][] = [];
  const { keepCell } = options;
  const kept = keepCell ? sourced.filter(keepCell).map((column) => column.index) : undefined;
  const shared = kept ? new SharedCells() : undefined;
  const progress = startPhase(options.progress, 'validate', options.total);
  const asRead =
    options.rowsAsRead && sourced.length === header.width ? rowsAsRead(options.rowsAsRead, options.total) : undefined;
  let done = 0;
  /** The account's texts copied out of the row's strings (ownText): the account was made for this row. */
  const ownTexts = (account: Account): void => {
    if (!options.ownText) return;
    /* eslint-disable no-param-reassign */
    account.name = ownString(account.name);
    if (typeof account.id === 'string') account.id = ownString(account.id);
    if (typeof account.owner === 'string') account.owner = ownString(account.owner);
    /* eslint-enable no-param-reassign */
  };
  const keep = (account: Account, line: number, rowCells: RawCell[]): void => {
    accounts.push(account);
    lines.push(line);
    cells.push(kept ? pick(rowCells, kept, options.ownText, shared) : rowCells);
  };
  return {
    keptColumns: kept,
    keepsRowsAsRead: asRead !== undefined,
    addPlain(line: number, account: Account, rowCells: RawCell[], start: number, end: number): boolean {
      if (state.seenNames.firstOrAdd(account.name, line) !== undefined) return false;
      progress.tick(done);
      done += 1;
      if (state.collector.count > 0) return true;
      if (asRead && start >= 0) keepRowAsRead(asRead, accounts.length, start, end);
      keep(account, line, rowCells);
      return true;
    },
    add(row: RawRow, malformedQuotes: boolean): void {
      progress.tick(done);
      done += 1;
      if (malformedQuotes) state.collector.add({ code: 'MalformedQuotes', file, line: row.line });
      const candidate = readRow(row, state);
      if (!candidate) return;
      const validation = validateAccount(candidate, { file, line: row.line, columnOf });
      if (validation.ok) {
        // Once a row has a problem the read fails and no account is used: none are kept after it.
        if (state.collector.count > 0) return;
        ownTexts(validation.account);
        keep(validation.account, row.line, row.cells);
      } else {
        validation.issues.forEach((issue) => state.collector.add(issue));
      }
    },
    finish(): ReadOutcome {
      progress.end();
      const warnings = capColumnWarnings(state.warnings);
      if (state.collector.count > 0) return { ok: false, issues: state.collector.issues(), warnings };
      const rows = asRead ? { asRead } : {};
      if (!kept) return { ok: true, accounts, lines, warnings, columns: sourced, cells, ...rows };
      const position = new Map(kept.map((index, at) => [index, at]));
      const remapped = sourced.map((column) => ({ ...column, index: position.get(column.index) ?? -1 }));
      return { ok: true, accounts, lines, warnings, columns: remapped, cells, ...rows };
    },
  };
}

/** The cells at `kept`, in that order; a missing cell as null. */
function pick(row: readonly RawCell[], kept: readonly number[], own = false, shared?: SharedCells): RawCell[] {
  if (kept.length === 0) return NO_CELLS;
  if (shared && kept.length === 1) {
    const only = row[kept[0]] ?? null;
    if (only === null || (typeof only === 'string' && only.length <= SHARED_TEXT_MAX)) return shared.of(only);
  }
  const out = new Array<RawCell>(kept.length);
  for (let at = 0; at < kept.length; at += 1) {
    const cell = row[kept[at]] ?? null;
    out[at] = own && typeof cell === 'string' ? ownString(cell) : cell;
  }
  return out;
}

/** The source columns of delimited text: the header's own (a longer row is refused as TooManyCells). */
export function delimitedColumns(header: HeaderMap): SourceColumn[] {
  return sourceColumns({ rows: [], delimited: true }, header, []);
}

export { isBlankRow };

/** How interpretTable may spare memory on a large table: as RowReaderOptions.keepCell. */
export type LeanRead = { keepCell?: (column: SourceColumn) => boolean };

export function interpretTable(
  file: string,
  table: RawTable,
  rawProblems: readonly RawProblem[] = [],
  progress?: ProgressSink<ReadPhase>,
  resultHeaders?: ResultHeaders,
  lean: LeanRead = {}
): ReadOutcome {
  const headerIndex = table.rows.findIndex((row) => !isBlankRow(row));
  if (headerIndex < 0) return { ok: false, issues: [{ code: 'EmptyFile', file }], warnings: [] };
  const header = mapHeader(file, table.rows[headerIndex], resultHeaders);
  if (header.errors.length > 0) {
    return { ok: false, issues: header.errors, warnings: capColumnWarnings(header.warnings) };
  }

  const rows = table.rows.slice(headerIndex + 1).filter((row) => !isBlankRow(row));
  if (rows.length === 0) {
    return { ok: false, issues: [{ code: 'EmptyFile', file }], warnings: capColumnWarnings(header.warnings) };
  }
  const reader = startRowReader(
    file,
    table,
    header,
    decimalFor(table, header, rows),
    sourceColumns(table, header, rows),
    { total: rows.length, progress, keepCell: lean.keepCell }
  );
  const quoteProblems = new Set(rawProblems.map((problem) => problem.line));
  for (const row of rows) reader.add(row, quoteProblems.has(row.line));
  return reader.finish();
}
