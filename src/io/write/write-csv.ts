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
import { neutraliseFormula, type CellValue } from '../text/neutralise-formula.js';
import { writeFileAtomic } from './write-atomic.js';

export type CsvWriteOptions = {
  /**
   * ',' (the default) for English-locale spreadsheets; ';' for European ones; a tab for Excel's
   * "Unicode text". The dialect (csv-dialect.ts) says which, with the decimal mark and the BOM.
   */
  delimiter?: ',' | ';' | '\t';
  /**
   * The decimal mark numbers are written with: by default the comma in a ';' file (what a
   * semicolon-locale Excel reads as a number) and the point otherwise.
   */
  decimal?: '.' | ',';
  /** The UTF-8 byte order mark Excel needs to read UTF-8 as UTF-8; on unless a dialect says otherwise. */
  bom?: boolean;
  /** Stops the write between rows (Ctrl+C): no file is left, not even the temporary one. */
  signal?: AbortSignal;
};

type Delimiter = NonNullable<CsvWriteOptions['delimiter']>;
type Decimal = NonNullable<CsvWriteOptions['decimal']>;

const BOM = '\ufeff';
const NEWLINE = '\r\n';

const NEEDS_QUOTES: Record<Delimiter, RegExp> = {
  ',': /[\r\n"\ufeff,]|^ | $/,
  ';': /[\r\n"\ufeff;]|^ | $/,
  '\t': /[\r\n"\ufeff\t]|^ | $/,
};

const decimalOf = (options: Omit<CsvWriteOptions, 'signal'>): Decimal =>
  options.decimal ?? (options.delimiter === ';' ? ',' : '.');

function csvField(value: CellValue, delimiter: Delimiter, decimal: Decimal): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    const text = decimal === ',' ? String(value).replace('.', ',') : String(value);
    // A decimal comma in a comma file must be quoted, or it would split the number in two.
    return decimal === ',' && delimiter === ',' && text.includes(',') ? `"${text}"` : text;
  }
  if (typeof value === 'boolean') return String(value);
  const text = neutraliseFormula(value);
  return NEEDS_QUOTES[delimiter].test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

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

function* csvChunks(
  header: readonly string[],
  rows: Iterable<readonly CellValue[]>,
  options: Omit<CsvWriteOptions, 'signal'>
): Generator<string> {
  const delimiter = options.delimiter ?? ',';
  const decimal = decimalOf(options);
  yield `${options.bom === false ? '' : BOM}${csvLine(header, delimiter, decimal)}${NEWLINE}`;
  const columns: ColumnTexts[] = [];
  // One array of fields for every row, joined into the row's line: no array per row, and no chain
  // of string pieces per field (`+=`) for the collector to sweep.
  const fields: string[] = [];
  let lines: string[] = [];
  let chars = 0;
  // A finite number in a point-decimal file is written as String writes it (csvField's rule), without
  // the column's checks: most cells of a ranked export are numbers.
  const plainNumbers = decimal === '.';
  for (const row of rows) {
    fields.length = row.length;
    for (let i = 0; i < row.length; i += 1) {
      const value = row[i];
      fields[i] =
        plainNumbers && typeof value === 'number' && Number.isFinite(value)
          ? (value | 0) === value && value >= 0 && value < SMALL_WHOLE.length
            ? SMALL_WHOLE[value]
            : String(value)
          : (columns[i] ??= new ColumnTexts(delimiter, decimal)).field(value ?? null);
    }
    const line = fields.join(delimiter);
    lines.push(line);
    chars += line.length;
    if (chars >= CHUNK_CHARS) {
      yield `${lines.join(NEWLINE)}${NEWLINE}`;
      lines = [];
      chars = 0;
    }
  }
  if (lines.length > 0) yield `${lines.join(NEWLINE)}${NEWLINE}`;
}

/** `rows` may be any iterable, so a caller can make each row as it is written rather than all first. */
export async function writeCsv(
  path: string,
  header: readonly string[],
  rows: Iterable<readonly CellValue[]>,
  options: CsvWriteOptions = {}
): Promise<void> {
  await writeFileAtomic(path, csvChunks(header, rows, options), { signal: options.signal });
}
