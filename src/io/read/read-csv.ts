/**
 * Delimited text to a raw table. papaparse does the parsing (quotes, embedded delimiters and line
 * breaks); this file decides the delimiter and numbers the rows the way a spreadsheet shows them.
 */
import Papa from 'papaparse';
import type { DecimalSeparator } from '../text/numbers.js';
import type { RawProblem, RawRow, RawTable } from '../interpret/raw-table.js';

export type CsvDelimiter = ',' | ';' | '\t';

/** Preferred on a tie: a semicolon header rarely holds commas, while a comma header never holds semicolons. */
export const CANDIDATES: readonly CsvDelimiter[] = ['\t', ';', ','];

/**
 * The delimiter is read from the header line only: data rows in a semicolon file are full of decimal
 * commas and would outvote it. Delimiters inside quotes do not count.
 */
export function detectDelimiter(headerLine: string): CsvDelimiter {
  const counts = new Map<CsvDelimiter, number>(CANDIDATES.map((d) => [d, 0]));
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char as CsvDelimiter)) {
      counts.set(char as CsvDelimiter, (counts.get(char as CsvDelimiter) ?? 0) + 1);
    }
  }
  let best: CsvDelimiter = ',';
  let bestCount = 0;
  for (const candidate of CANDIDATES) {
    const count = counts.get(candidate) ?? 0;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

/**
 * A European spreadsheet writes semicolons because its decimal mark is the comma; a comma file comes
 * from a locale with a decimal point. A tab file says nothing, so its values decide (see numbers.ts).
 */
const DECIMAL_FOR: Record<CsvDelimiter, DecimalSeparator | undefined> = { ';': ',', ',': '.', '\t': undefined };

/** Excel's own hint line, "sep=;", which Excel hides on opening: the header after it is row 1. */
const SEP_LINE = /^"?sep=(.)"?[ \t]*\r?\n/i;

/** The first line with something on it, found without splitting a file of 200,000 lines. */
function firstNonBlankLine(text: string): string {
  const lineEnd = /\r\n|\n|\r/g;
  let start = 0;
  while (start <= text.length) {
    const end = lineEnd.exec(text);
    const line = text.slice(start, end ? end.index : text.length);
    if (line.trim() !== '') return line;
    if (!end) break;
    start = lineEnd.lastIndex;
  }
  return '';
}

export type CsvRead = { table: RawTable; delimiter: CsvDelimiter; problems: RawProblem[] };

/** The text after Excel's "sep=" line, and the delimiter that line or the header names. */
export type CsvDialect = { body: string; delimiter: CsvDelimiter };

export function csvDialect(text: string): CsvDialect {
  const sep = SEP_LINE.exec(text);
  const body = sep ? text.slice(sep[0].length) : text;
  const hinted = sep && (CANDIDATES as readonly string[]).includes(sep[1]) ? (sep[1] as CsvDelimiter) : undefined;
  return { body, delimiter: hinted ?? detectDelimiter(firstNonBlankLine(body)) };
}

/** The decimal separator the delimiter implies, if it implies one. */
export const decimalForDelimiter = (delimiter: CsvDelimiter): DecimalSeparator | undefined => DECIMAL_FOR[delimiter];

/**
 * Each record of the text in turn, numbered as readCsvText numbers it, with whether papaparse found
 * its quotes malformed; nothing is kept between two records. `visit` returning false stops the parse.
 */
export function eachCsvRow(
  dialect: CsvDialect,
  visit: (row: RawRow, malformedQuotes: boolean) => boolean | void
): void {
  let line = 0;
  Papa.parse<string[]>(dialect.body, {
    delimiter: dialect.delimiter,
    header: false,
    skipEmptyLines: false,
    dynamicTyping: false,
    step: (results, parser) => {
      line += 1;
      const malformed = results.errors.some((error) => error.type === 'Quotes');
      if (visit({ line, cells: results.data }, malformed) === false) parser.abort();
    },
  });
}

export function readCsvText(text: string): CsvRead {
  const { body, delimiter } = csvDialect(text);
  const parsed = Papa.parse<string[]>(body, { delimiter, header: false, skipEmptyLines: false, dynamicTyping: false });
  // Each record is one spreadsheet row, even when a quoted cell spans several text lines.
  const rows: RawRow[] = parsed.data.map((cells, index) => ({ line: index + 1, cells }));
  const problemLines = new Set<number>();
  for (const error of parsed.errors) {
    if (error.type === 'Quotes' && error.row !== undefined) problemLines.add(error.row + 1);
  }
  const problems: RawProblem[] = [...problemLines]
    .sort((a, b) => a - b)
    .map((line) => ({ code: 'MalformedQuotes', line }));
  return { table: { rows, decimal: DECIMAL_FOR[delimiter], delimited: true, delimiter }, delimiter, problems };
}
