/**
 * Reads a customer-profitability sheet (CSV or XLSX): one row per account and period with revenue,
 * costs and service hours. The account is named by its Id or by its Name. Cells are read with
 * src/io's readers, so the sheet may use any locale's numbers and headers in English, Finnish or as
 * the org's API names, like the portfolio sheet of `portfolio rank`.
 *
 * Every problem is collected in one pass, with file, line and column, and in a workbook with the cell
 * as Excel names it ('My sheet'!C12), as `portfolio rank` names it; nothing is written from a file that
 * has any.
 */
import {
  cellText,
  columnDecimal,
  fieldForHeader,
  isBlankCell,
  nameKey,
  normaliseHeader,
  quoteValue,
  readCell,
  readTable,
  RowIssueCollector,
  sheetCell,
  type DecimalSeparator,
  type IoIssue,
  type IoIssueCode,
  type RawRow,
} from '../../io/index.js';
import { PROFITABILITY } from '../../schema/fields.js';
import { accountIdProblem, to18 } from '../api/salesforce-id.js';

export const FIGURES = [
  'revenue',
  'directCosts',
  'salesCosts',
  'marketingCosts',
  'serviceCosts',
  'serviceHours',
] as const;
export type FigureKey = (typeof FIGURES)[number];
type ColumnField = 'accountId' | 'accountName' | 'period' | FigureKey;

export const IMPORT_ISSUE_CODES = [
  'MissingAccountColumn',
  'MissingPeriodColumn',
  'NoFigureColumns',
  'MissingAccount',
  'InvalidAccountId',
  'NotAnAccountId',
  'MissingPeriod',
  'InvalidPeriod',
  'DuplicateRow',
  'UnknownAccountId',
  'UnmatchedName',
  'AmbiguousName',
] as const;
export type ImportIssueCode = (typeof IMPORT_ISSUE_CODES)[number];

/** A problem with the file: src/io's codes for what it already knows, the import's own for the rest. */
export type ImportIssue = Omit<IoIssue, 'code'> & { code: IoIssueCode | ImportIssueCode };

export type ProfitabilityRow = {
  line: number;
  /** 18 characters, when the row gives an Id. */
  accountId?: string;
  accountName?: string;
  period: string;
  /** In a workbook, the cell that names the account (its Id's, else its name's), for the org's answer. */
  accountCell?: string;
  /** The figure columns of the file; null where the cell is blank (the org's value is cleared). */
  figures: Partial<Record<FigureKey, number | null>>;
};

export type ProfitabilityFile =
  | { ok: true; rows: ProfitabilityRow[]; columns: FigureKey[]; warnings: ImportIssue[] }
  | { ok: false; issues: ImportIssue[]; warnings: ImportIssue[] };

/** The period formats the org's validation rule takes: a year, a quarter or a month. */
export const PERIOD = /^\d{4}(-(Q[1-4]|0[1-9]|1[0-2]))?$/;

const PERIOD_HEADERS = new Set(['Period', 'Kausi', 'Jakso', 'Tilikausi', PROFITABILITY.period].map(normaliseHeader));
const ID_HEADERS = new Set(['Account Id', 'AccountId', 'Asiakastunnus', PROFITABILITY.account].map(normaliseHeader));

function fieldOf(header: string): ColumnField | undefined {
  const normalised = normaliseHeader(header);
  if (PERIOD_HEADERS.has(normalised)) return 'period';
  if (ID_HEADERS.has(normalised)) return 'accountId';
  const field = fieldForHeader(header);
  if (field === 'id') return 'accountId';
  if (field === 'name') return 'accountName';
  return (FIGURES as readonly string[]).includes(field ?? '') ? (field as FigureKey) : undefined;
}

const KIND: Record<ColumnField, 'text' | 'figure' | 'cost'> = {
  accountId: 'text',
  accountName: 'text',
  period: 'text',
  revenue: 'figure',
  directCosts: 'cost',
  salesCosts: 'cost',
  marketingCosts: 'cost',
  serviceCosts: 'cost',
  serviceHours: 'cost',
};

type Column = { index: number; field: ColumnField; header: string };
type Header = { columns: Column[]; figures: FigureKey[]; issues: ImportIssue[]; warnings: ImportIssue[] };

/** The cell at column `index` of `line` as Excel names it, when the file is a workbook (a CSV has no sheet). */
const cellAt = (sheet: string | undefined, index: number | undefined, line: number): { cell?: string } =>
  sheet === undefined || index === undefined ? {} : { cell: sheetCell(sheet, index, line) };

/** Which column holds what; a sheet without an account, a period or any figure is refused whole. */
function mapHeader(path: string, header: RawRow, sheet: string | undefined): Header {
  const columns: Column[] = [];
  const issues: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const at = { file: path, line: header.line };
  header.cells.forEach((cell, index) => {
    const text = cellText(cell).trim();
    if (text === '') return;
    const field = fieldOf(text);
    const earlier = columns.find((c) => c.field === field);
    const place = { ...at, column: text, ...cellAt(sheet, index, header.line) };
    if (!field) warnings.push({ code: 'UnknownColumn', ...place });
    else if (earlier) {
      issues.push({ code: 'DuplicateColumn', ...place, params: { field, first: earlier.header } });
    } else columns.push({ index, field, header: text });
  });
  const has = (field: ColumnField): boolean => columns.some((c) => c.field === field);
  const figures = FIGURES.filter(has);
  if (!has('accountId') && !has('accountName')) issues.push({ code: 'MissingAccountColumn', ...at });
  if (!has('period')) issues.push({ code: 'MissingPeriodColumn', ...at });
  if (figures.length === 0) issues.push({ code: 'NoFigureColumns', ...at });
  return { columns, figures, issues, warnings };
}

type RowContext = {
  path: string;
  /** The workbook's sheet read; undefined for a CSV. */
  sheet: string | undefined;
  header: Header;
  dec: DecimalSeparator;
  add: (issue: ImportIssue) => void;
};

const textValue = (value: string | number | null | undefined): string =>
  value === null || value === undefined ? '' : String(value).trim();

/** One data row: its cells read, its account and period checked. Problems go to `add`. */
function readRow(row: RawRow, ctx: RowContext): ProfitabilityRow {
  const { path, sheet, header, add } = ctx;
  const values: Partial<Record<ColumnField, string | number | null>> = {};
  for (const column of header.columns) {
    const cell = row.cells[column.index];
    const outcome = readCell(cell, KIND[column.field], ctx.dec);
    if (outcome.ok) values[column.field] = outcome.value ?? null;
    else
      add({
        code: outcome.code,
        file: path,
        line: row.line,
        column: column.header,
        ...cellAt(sheet, column.index, row.line),
        value: quoteValue(cellText(cell ?? null)),
      });
  }
  const at = (field: ColumnField): Pick<ImportIssue, 'file' | 'line' | 'column' | 'cell'> => {
    const column = header.columns.find((c) => c.field === field);
    return { file: path, line: row.line, column: column?.header, ...cellAt(sheet, column?.index, row.line) };
  };
  const idText = textValue(values.accountId);
  const name = textValue(values.accountName);
  const period = textValue(values.period).toUpperCase();
  let accountId: string | undefined;
  if (idText) {
    const problem = accountIdProblem(idText);
    if (problem) add({ code: problem, ...at('accountId'), value: quoteValue(idText) });
    else accountId = to18(idText);
  } else if (!name)
    add({ code: 'MissingAccount', ...at(values.accountId === undefined ? 'accountName' : 'accountId') });
  if (period === '') add({ code: 'MissingPeriod', ...at('period') });
  else if (!PERIOD.test(period)) add({ code: 'InvalidPeriod', ...at('period'), value: quoteValue(period) });
  const accountCell = at(idText ? 'accountId' : 'accountName').cell;
  const figures: ProfitabilityRow['figures'] = {};
  for (const key of header.figures) figures[key] = (values[key] as number | null | undefined) ?? null;
  return {
    line: row.line,
    ...(accountId ? { accountId } : {}),
    ...(name ? { accountName: name } : {}),
    period,
    ...(accountCell ? { accountCell } : {}),
    figures,
  };
}

export async function readProfitabilityFile(path: string, sheet?: string): Promise<ProfitabilityFile> {
  // src/io's reader: the same checks, the same words for a missing, unreadable or oversized file.
  const read = await readTable(path, { sheet });
  if (!read.ok) return { ok: false, issues: read.issues, warnings: read.warnings };
  const quoteLines = new Set(read.problems.map((problem) => problem.line));
  const rows = read.table.rows.filter((row) => !row.cells.every((cell) => isBlankCell(cell)));
  if (rows.length < 2) return { ok: false, issues: [{ code: 'EmptyFile', file: path }], warnings: read.warnings };
  const [first, ...data] = rows;
  const header = mapHeader(path, first, read.sheet);
  const warnings = [...read.warnings, ...header.warnings];
  if (header.issues.length > 0) return { ok: false, issues: header.issues, warnings };

  const collector = new RowIssueCollector(path);
  // The import's own codes ride in src/io's collector; formatting tells the two kinds apart.
  const add = (issue: ImportIssue): void => collector.add(issue as IoIssue);
  const numeric = header.columns.filter((c) => KIND[c.field] !== 'text').map((c) => c.index);
  const ctx: RowContext = { path, sheet: read.sheet, header, dec: columnDecimal(read.table, data, numeric), add };
  const seen = new Map<string, number>();
  const out: ProfitabilityRow[] = [];
  for (const row of data) {
    if (quoteLines.has(row.line)) add({ code: 'MalformedQuotes', file: path, line: row.line });
    const parsed = readRow(row, ctx);
    const who = parsed.accountId ?? parsed.accountName;
    const key = `${parsed.accountId ?? `name:${nameKey(parsed.accountName ?? '')}`}|${parsed.period}`;
    const firstLine = seen.get(key);
    if (who && firstLine !== undefined) {
      const value = quoteValue(`${who} ${parsed.period}`);
      add({ code: 'DuplicateRow', file: path, line: row.line, value, params: { firstLine } });
    } else seen.set(key, row.line);
    out.push(parsed);
  }
  if (collector.count > 0) return { ok: false, issues: collector.issues(), warnings };
  return { ok: true, rows: out, columns: header.figures, warnings };
}
