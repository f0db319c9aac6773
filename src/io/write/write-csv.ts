/**
 * Rows to a CSV file that Excel opens right in any locale: UTF-8 with a byte order mark (without it
 * Excel reads UTF-8 as the machine's legacy code page and garbles ä and ö), CRLF line ends, text
 * cells guarded against formula injection.
 *
 * The quoting is papaparse's (Papa.unparse) rule for rule: a field is quoted when it holds a quote, a
 * line break, a byte order mark or the delimiter, or begins or ends with a space, and quotes inside
 * are doubled; test/io/write.test.ts holds the two to the same output. It is written out here because
 * Papa.unparse, which checks every cell of a 200,000-row report several times over, took longer than
 * ranking the portfolio did (README, spreadsheet benchmark).
 */
import type { CellValue } from '../text/neutralise-formula.js';
import { BOM, NEWLINE, csvField, decimalOf, type CsvWriteOptions, type Decimal, type Delimiter } from './csv-field.js';
import { writeFileAtomic } from './write-atomic.js';

export type { CsvWriteOptions } from './csv-field.js';

/**
 * One row as a CSV line, without its line end; `width` pads or cuts it to that many fields. Joined,
 * not concatenated: `+=` leaves a chain of string pieces per field for the collector to sweep.
 */
function csvLine(row: readonly CellValue[], delimiter: Delimiter, decimal: Decimal, width = row.length): string {
  const fields = new Array<string>(width);
  for (let i = 0; i < width; i += 1) fields[i] = csvField(row[i] ?? null, delimiter, decimal);
  return fields.join(delimiter);
}

/** The CSV text itself, without the byte order mark; exported for callers that print rather than save. */
export function csvText(
  header: readonly string[],
  rows: Iterable<readonly CellValue[]>,
  options: Omit<CsvWriteOptions, 'signal'> = {}
): string {
  const delimiter = options.delimiter ?? ',';
  const decimal = decimalOf(options);
  // Every row as wide as the header, as Papa.unparse({ fields, data }) wrote it.
  const lines = [csvLine(header, delimiter, decimal)];
  for (const row of rows) lines.push(csvLine(row, delimiter, decimal, header.length));
  return lines.join(NEWLINE);
}

/**
 * Whole numbers below 1024 as text, made once: ranks, scores, hours and counts fill most of a ranked
 * export's cells, and String(number) per cell was a large part of writing one.
 */
const SMALL_WHOLE: readonly string[] = Array.from({ length: 1024 }, (_, n) => String(n));

/** Characters per piece written: large reports stream to disk in pieces of about a quarter megabyte. */
const CHUNK_CHARS = 1 << 18;
/** Distinct texts a column remembers the written form of; a column with more (names) stops remembering. */
const REMEMBERED_TEXTS = 256;

/**
 * The written form of one column's text cells. A column of labels (tier, treatment, lifecycle word)
 * holds a few texts 200,000 times over: each is checked for quoting and formulas once. A column whose
 * texts keep differing gives up remembering after REMEMBERED_TEXTS and checks each cell.
 */
class ColumnTexts {
  #known: Map<string, string> | undefined = new Map();

  public constructor(
    private readonly delimiter: Delimiter,
    private readonly decimal: Decimal
  ) {}

  public field(value: CellValue): string {
    if (typeof value !== 'string' || this.#known === undefined) return csvField(value, this.delimiter, this.decimal);
    let text = this.#known.get(value);
    if (text === undefined) {
      text = csvField(value, this.delimiter, this.decimal);
      if (this.#known.size < REMEMBERED_TEXTS) this.#known.set(value, text);
      else this.#known = undefined;
    }
    return text;
  }
}

/**
 * One CSV line at a time, its fields set column by column and joined: one array of fields serves
 * every line, and no chain of string pieces per field (`+=`) is left for the collector to sweep.
 * Every field follows csvField's rules, as csvText's do.
 */
class CsvLine {
  public readonly delimiter: Delimiter;
  readonly #decimal: Decimal;
  /** A finite number in a point-decimal file is written as String writes it, without the column's checks. */
  readonly #plainNumbers: boolean;
  readonly #fields: string[] = [];
  readonly #columns: ColumnTexts[] = [];

  public constructor(options: Omit<CsvWriteOptions, 'signal'> = {}) {
    this.delimiter = options.delimiter ?? ',';
    this.#decimal = decimalOf(options);
    this.#plainNumbers = this.#decimal === '.';
  }

  /** Field `i` of the line: any cell. */
  public set(i: number, value: CellValue): void {
    this.#fields[i] = typeof value === 'number' ? this.numberText(value) : this.#column(i).field(value);
  }

  /** A number as a field of this file. */
  public numberText(value: number): string {
    if (this.#plainNumbers && Number.isFinite(value)) {
      return (value | 0) === value && value >= 0 && value < SMALL_WHOLE.length ? SMALL_WHOLE[value] : String(value);
    }
    return csvField(value, this.delimiter, this.#decimal);
  }

  /** The line of the first `width` fields set, without its line end. */
  public line(width: number): string {
    const fields = this.#fields;
    fields.length = width;
    return fields.join(this.delimiter);
  }

  #column(i: number): ColumnTexts {
    return (this.#columns[i] ??= new ColumnTexts(this.delimiter, this.#decimal));
  }
}

/** Rows to pieces of about CHUNK_CHARS, each ending with a line end; the header line first. */
function* csvChunks(headerLine: string, rows: CsvRows, line: CsvLine): Generator<string> {
  yield `${headerLine}${NEWLINE}`;
  let chunk: string[] = [];
  let chars = 0;
  const add = (row: readonly CellValue[]): boolean => {
    for (let i = 0; i < row.length; i += 1) line.set(i, row[i] ?? null);
    const text = line.line(row.length);
    chunk.push(text);
    chars += text.length;
    return chars >= CHUNK_CHARS;
  };
  if (Symbol.iterator in rows) {
    for (const row of rows) {
      if (add(row)) {
        yield `${chunk.join(NEWLINE)}${NEWLINE}`;
        chunk = [];
        chars = 0;
      }
    }
  } else {
    // Each row is made into its line before the next is asked for: the maker may refill one array.
    for (let r = 0; r < rows.count; r += 1) {
      if (add(rows.row(r))) {
        yield `${chunk.join(NEWLINE)}${NEWLINE}`;
        chunk = [];
        chars = 0;
      }
    }
  }
  if (chunk.length > 0) yield `${chunk.join(NEWLINE)}${NEWLINE}`;
}

/** The header line, with the byte order mark unless the options leave it out, without its line end. */
export const csvHeaderLine = (header: readonly string[], options: Omit<CsvWriteOptions, 'signal'>): string =>
  `${options.bom === false ? '' : BOM}${csvLine(header, options.delimiter ?? ',', decimalOf(options))}`;

/**
 * Rows to write: any iterable, so a caller can make each row as it is written rather than all first;
 * or `count` rows asked for one by one (`row`), each written before the next is asked for, so the
 * caller may hand the same array refilled (a large export does, rather than an array per row).
 */
export type CsvRows = Iterable<readonly CellValue[]> | { count: number; row: (index: number) => readonly CellValue[] };

export async function writeCsv(
  path: string,
  header: readonly string[],
  rows: CsvRows,
  options: CsvWriteOptions = {}
): Promise<void> {
  const chunks = csvChunks(csvHeaderLine(header, options), rows, new CsvLine(options));
  await writeFileAtomic(path, chunks, { signal: options.signal });
}
