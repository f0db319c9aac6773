/**
 * The spreadsheet layer's public surface: read a portfolio, write results safely, say what went wrong.
 * Everything else in src/io is an implementation detail and may change.
 */
export { readPortfolio, TEXT_EXTENSIONS, WORKBOOK_EXTENSIONS } from './read-portfolio.js';
export { readTable, type TableRead, type TableReadOptions } from './read-table.js';
export { cellText, isBlankCell, type RawCell, type RawRow, type RawTable } from './raw-table.js';
export { MAX_FIGURE, readCell } from './cell-values.js';
export { columnDecimal } from './column-decimal.js';
export { nameKey } from './name-key.js';
export {
  PROGRESS_PHASES,
  startPhase,
  type ProgressEvent,
  type ProgressListener,
  type ProgressPhase,
} from './progress.js';
export { jsonChunks, writeJson } from './write-json.js';
export type { ProgressSink } from './progress-sink.js';
export type { ReadOptions, ReadOutcome, ResultHeaders, SourceColumn } from './read-outcome.js';
export { MAX_INPUT_BYTES } from './check-input-file.js';
export { escapeControls, escapeJsonControls, terminalValue, MAX_TERMINAL_CHARS } from './terminal-text.js';
export {
  IO_ERROR_CODES,
  IO_WARNING_CODES,
  MAX_ROW_ISSUES,
  MAX_COLUMN_WARNINGS,
  isIoWarning,
  quoteValue,
  RowIssueCollector,
  type IoErrorCode,
  type IoIssue,
  type IoIssueCode,
  type IoWarningCode,
} from './issues.js';
export { formatIoIssue, formatLocation, type FormattedIssue } from './format-issue.js';
export { canonicalHeader, fieldForHeader, fieldKind, headerLanguage, normaliseHeader, type FieldKey } from './headers.js';
export {
  CSV_DIALECT_NAMES,
  CSV_DIALECTS,
  dialectOfInput,
  excelDialect,
  outputDialect,
  type CsvDialect,
  type CsvDialectName,
  type CsvInputDialect,
} from './csv-dialect.js';
export { parseLocaleNumber, type DecimalSeparator, type NumberParse } from './numbers.js';
export { neutraliseFormula, neutraliseCell, type CellValue } from './neutralise-formula.js';
export { writeFileAtomic, tempPathFor, type AtomicWriteOptions } from './write-atomic.js';
export { writeCsv, csvText, type CsvWriteOptions } from './write-csv.js';
export { writeXlsx, toXlsxBuffer, safeSheetName } from './write-xlsx.js';
export { sheetCell } from './xlsx-issues.js';
