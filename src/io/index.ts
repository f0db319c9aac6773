/**
 * The spreadsheet layer's public surface: read a portfolio, write results safely, say what went wrong.
 * Everything else in src/io is an implementation detail and may change.
 */
export { readPortfolio, TEXT_EXTENSIONS, WORKBOOK_EXTENSIONS } from './read/read-portfolio.js';
export { readTable, type TableRead, type TableReadOptions } from './read/read-table.js';
export { cellText, isBlankCell, type RawCell, type RawRow, type RawTable } from './interpret/raw-table.js';
export { MAX_FIGURE, readCell } from './interpret/cell-values.js';
export { columnDecimal } from './interpret/column-decimal.js';
export { nameKey } from './text/name-key.js';
export {
  PROGRESS_STEP,
  startPhase,
  type PhaseCounter,
  type ProgressSink,
  type ReadPhase,
} from './progress/progress-sink.js';
export { jsonChunks, writeJson } from './write/write-json.js';
export type { ReadOptions, ReadOutcome, ResultHeaders, SourceColumn } from './read/read-outcome.js';
export type { RowsAsRead } from './read/rows-as-read.js';
export { MAX_INPUT_BYTES } from './read/check-input-file.js';
export { escapeControls, escapeJsonControls, terminalValue, MAX_TERMINAL_CHARS } from './text/terminal-text.js';
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
} from './issues/issues.js';
export { formatIoIssue, formatLocation, type FormattedIssue, type IoLanguage } from './issues/format-issue.js';
export { canonicalHeader, fieldForHeader, fieldKind, headerLanguage, normaliseHeader, type FieldKey } from './interpret/headers.js';
export {
  CSV_DIALECT_NAMES,
  CSV_DIALECTS,
  dialectOfInput,
  excelDialect,
  outputDialect,
  type CsvDialect,
  type CsvDialectName,
  type CsvInputDialect,
} from './read/csv-dialect.js';
export { parseLocaleNumber, type DecimalSeparator, type NumberParse } from './text/numbers.js';
export { neutraliseFormula, neutraliseCell, type CellValue } from './text/neutralise-formula.js';
export { writeFileAtomic, tempPathFor, type AtomicWriteOptions } from './write/write-atomic.js';
export { writeCsv, csvText, csvHeaderLine, type CsvRows, type CsvWriteOptions } from './write/write-csv.js';
export { ColumnTexts, CsvBytes } from './write/csv-bytes.js';
export { writeXlsx, toXlsxBuffer, safeSheetName } from './write/write-xlsx.js';
export { sheetCell } from './xlsx/xlsx-issues.js';
