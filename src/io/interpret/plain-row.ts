/**
 * The common row of a quote-free comma or semicolon file read straight from the file's text: each
 * known column's cell found by the delimiter's position, a number read by its character codes (no
 * substring, no cell string per column), the account built once, as validateAccount builds it. Only a
 * row whose every cell is plainly valid is read here: one cell per header column, a name, whole numbers
 * as plainWholeNumber reads them within their field's range, known stage words, a name not seen before.
 * Any other row (a blank name, a decimal, a space in a number, a negative cost, an unknown stage word,
 * another delimiter, too few or too many cells, a duplicate name) is left to the general path (readRow
 * and the schema), which reads it and words every issue and warning as before.
 *
 * Hand-rolled for time: at 200,000 rows papaparse's cell strings, readRow's candidate grown key by key,
 * a read outcome per cell and a second object per row in the check were about 0.6 s of the 0.96 s read
 * (`node --cpu-prof`, the `read` phase of portfolio rank). With this path (and seen-names.ts,
 * plain-account.ts) that phase took 384 ms of CPU against 1,041 ms, least of five runs of each build in
 * turn. test/io/plain-row.test.ts holds this path to the general one on random and hostile files.
 */
import { DIMENSIONS, SCORE_MAX, SCORE_MIN, type LifecycleStage } from '../../core/model/dimensions.js';
import { ownSlice, ownString } from '../text/own-string.js';
import { writtenAsIs } from '../write/csv-field.js';
import { parseLifecycle } from './cell-values.js';
import type { HeaderMap } from './header-map.js';
import { COST_FIELDS, type FieldKey } from './headers.js';
import type { RowReader } from './interpret-table.js';
import type { RawCell } from './raw-table.js';
import { PlainAccountOf, SLOT, SLOTS } from './plain-account.js';

/** Digits a plain whole number may have: below 2^53, so exact (plainWholeNumber in numbers.ts). */
const EXACT_DIGITS = 15;
const MINUS = 0x2d;
const ZERO = 0x30;

/** Distinct lifecycle cells remembered per file; a stage column holds a handful. */
const KNOWN_WORDS = 32;

/** An ASCII character trim() takes off: tab, the line breaks, space. */
const isAsciiSpace = (code: number): boolean => code === 0x20 || (code >= 0x09 && code <= 0x0d);

/** Reads the row between `start` and `end` of `text` into the reader; false when the general path must read it. */
export type PlainRowRead = (text: string, start: number, end: number, line: number) => boolean;

/** Where each text field's column is, -1 for none. */
type TextColumns = { id: number; name: number; owner: number; stage: number };

/** The numeric fields, each with its bounds: a figure any, a cost at least 0, a score 1 to 5. */
const NUMBER_FIELDS: ReadonlyArray<readonly [keyof typeof SLOT, number, number]> = [
  ['revenue', -Infinity, Infinity],
  ...COST_FIELDS.map((field) => [field, 0, Infinity] as const),
  ...[...DIMENSIONS, 'commitment' as const, 'binding' as const].map((field) => [field, SCORE_MIN, SCORE_MAX] as const),
];

/**
 * The reader of plain rows for a file with this header, or undefined when its header has a blank
 * column inside it (whose data readRow warns about: such files take the general path).
 */
export function plainRowReader(header: HeaderMap, delimiter: string, reader: RowReader): PlainRowRead | undefined {
  if (header.blankColumns.size > 0 || delimiter.length !== 1) return undefined;
  const rows = new PlainRows(header, delimiter, reader);
  return (text, start, end, line) => rows.read(text, start, end, line);
}

class PlainRows {
  readonly #width: number;
  readonly #delimiter: string;
  readonly #delimiterCode: number;
  readonly #reader: RowReader;
  readonly #at: TextColumns;
  /**
   * The numeric fields the header has: per column, the field's number here (-1 for a column of text);
   * per field, its slot in #values and its bounds.
   */
  readonly #numeric: Int32Array;
  readonly #slots: number[] = [];
  readonly #low: number[] = [];
  readonly #high: number[] = [];
  readonly #starts: Int32Array;
  readonly #ends: Int32Array;
  /**
   * The row's numbers by field (plain-account.ts). Not a Float64Array: a number read from one was
   * stored in the account as a heap number, not a small integer (a box per figure, a slower export).
   */
  readonly #values: Array<number | undefined> = new Array<number | undefined>(SLOTS).fill(undefined);
  /** The kept cells of the row being read, at their columns (RowReader.keptColumns). */
  readonly #scratch: RawCell[];
  /**
   * The first delimiter at or after #searchedFrom (the text's length when none): rows come in order,
   * so a row with fewer cells than the header does not search the rest of the text again (that was
   * quadratic on a file of such rows). One reader reads one text.
   */
  #next = -1;
  #searchedFrom = 0;
  /** Lifecycle cells seen (up to KNOWN_WORDS), each with its stage, and the cell of the row being read. */
  readonly #words: string[] = [];
  readonly #wordStages: Array<LifecycleStage | undefined | null> = [];
  #word = '';
  /** Whether the reader keeps rows as read (RowReader.keepsRowsAsRead), and the row's answer (asWritten). */
  readonly #tracks: boolean;
  #asWritten = false;
  /** Per lifecycle word of #words, whether the export writes it as it stands. */
  readonly #wordsAsWritten: boolean[] = [];

  public constructor(header: HeaderMap, delimiter: string, reader: RowReader) {
    this.#width = header.width;
    this.#delimiter = delimiter;
    this.#delimiterCode = delimiter.charCodeAt(0);
    this.#reader = reader;
    const index = new Map<FieldKey, number>(header.columns.map((column) => [column.field, column.index]));
    const at = (field: FieldKey): number => index.get(field) ?? -1;
    this.#at = { id: at('id'), name: at('name'), owner: at('owner'), stage: at('lifecycleStage') };
    this.#numeric = new Int32Array(this.#width).fill(-1);
    for (const [field, low, high] of NUMBER_FIELDS) {
      if (at(field) < 0) continue;
      this.#numeric[at(field)] = this.#slots.length;
      this.#slots.push(SLOT[field]);
      this.#low.push(low);
      this.#high.push(high);
    }
    this.#starts = new Int32Array(this.#width);
    this.#ends = new Int32Array(this.#width);
    this.#scratch = new Array<RawCell>(this.#width).fill(null);
    this.#tracks = reader.keepsRowsAsRead && header.resultColumns.size === 0;
  }

  public read(text: string, start: number, end: number, line: number): boolean {
    if (!this.#scan(text, start, end)) return false;
    const name = this.#textOf(text, this.#at.name);
    if (name === undefined) return false;
    const stage = this.#stage(text);
    if (stage === null) return false;
    const at = this.#at;
    const account = new PlainAccountOf(
      this.#textOf(text, at.id),
      name,
      this.#values,
      stage,
      this.#textOf(text, at.owner)
    );
    const kept = this.#reader.keptColumns;
    let cells: RawCell[];
    if (kept) {
      for (const c of kept) this.#scratch[c] = c === at.stage ? this.#word : text.slice(this.#starts[c], this.#ends[c]);
      cells = this.#scratch;
    } else {
      cells = text.slice(start, end).split(this.#delimiter);
    }
    // Blank (no stage) is written blank: a word with no stage is the row's own only when it is empty.
    const asWritten = this.#asWritten && (stage !== undefined || this.#word === '');
    return this.#reader.addPlain(line, account, cells, asWritten ? start : -1, end);
  }

  /**
   * Each cell's bounds, and each numeric cell read in the same pass over its characters; false unless
   * the record has exactly one cell per header column and every numeric cell is blank or a plain whole
   * number within its bounds. The other cells are passed over with indexOf.
   */
  #scan(text: string, start: number, end: number): boolean {
    const last = this.#width - 1;
    let from = start;
    this.#asWritten = this.#tracks;
    for (let c = 0; c <= last; c += 1) {
      const numeric = this.#numeric[c];
      const stop = numeric < 0 ? this.#delimiterFrom(text, from) : this.#readNumber(text, from, end, numeric);
      if (stop < 0) return false;
      if (numeric < 0 && this.#asWritten && c !== this.#at.stage) {
        this.#asWritten = writtenAsIs(text, from, Math.min(stop, end), this.#delimiterCode);
      }
      this.#starts[c] = from;
      if (c < last) {
        if (stop >= end) return false;
        this.#ends[c] = stop;
        from = stop + 1;
      } else {
        if (stop < end) return false;
        this.#ends[c] = end;
      }
    }
    return true;
  }

  /**
   * Reads the numeric cell that begins at `from` into #values (undefined when blank): where it ends (the
   * next delimiter, or `end`), or -1 when it is not a plain whole number within the bounds of field `i`.
   */
  #readNumber(text: string, from: number, end: number, i: number): number {
    let at = from;
    const negative = at < end && text.charCodeAt(at) === MINUS;
    if (negative) at += 1;
    const digits = at;
    let value = 0;
    for (; at < end; at += 1) {
      const code = text.charCodeAt(at);
      if (code === this.#delimiterCode) break;
      const digit = code - ZERO;
      if (digit < 0 || digit > 9) return -1;
      value = value * 10 + digit;
    }
    if (at === from) {
      this.#values[this.#slots[i]] = undefined;
      return at;
    }
    if (at === digits || at - digits > EXACT_DIGITS) return -1;
    const number = negative && value !== 0 ? -value : value;
    if (!(number >= this.#low[i] && number <= this.#high[i])) return -1;
    // Written back as its digits: "007" and "-0" are not what the export writes for 7 and 0.
    if ((text.charCodeAt(digits) === ZERO && at - digits > 1) || (negative && value === 0)) this.#asWritten = false;
    this.#values[this.#slots[i]] = number;
    return at;
  }

  #delimiterFrom(text: string, from: number): number {
    if (this.#next < from || from < this.#searchedFrom) {
      this.#searchedFrom = from;
      const found = text.indexOf(this.#delimiter, from);
      this.#next = found < 0 ? text.length : found;
    }
    return this.#next;
  }

  /**
   * The trimmed text of a cell (readCell's text) as a string of its own (a piece of the text when the
   * text is kept for the rows as read), or undefined when it is blank or there is no such column. ASCII
   * spaces at its ends are found by their codes, so the cell is copied once; trim() decides when a
   * character beyond ASCII is at either end.
   */
  #textOf(text: string, c: number): string | undefined {
    if (c < 0) return undefined;
    let start = this.#starts[c];
    let end = this.#ends[c];
    while (start < end && isAsciiSpace(text.charCodeAt(start))) start += 1;
    while (end > start && isAsciiSpace(text.charCodeAt(end - 1))) end -= 1;
    if (start === end) return undefined;
    if (text.charCodeAt(start) < 0x80 && text.charCodeAt(end - 1) < 0x80) {
      // A text kept for the rows as read stays anyway: a piece of it need not be copied out.
      return this.#tracks ? text.slice(start, end) : ownSlice(text, start, end);
    }
    const trimmed = text.slice(start, end).trim();
    return trimmed === '' ? undefined : ownString(trimmed);
  }

  /**
   * The stage the lifecycle cell names; undefined for a blank cell or no column, null for a word that
   * names none. The cell as read is left in #word for the kept cells. A file holds a handful of words:
   * those seen are compared in place, so most rows make no string for the cell.
   */
  #stage(text: string): LifecycleStage | undefined | null {
    const c = this.#at.stage;
    if (c < 0) return undefined;
    const start = this.#starts[c];
    const length = this.#ends[c] - start;
    for (let i = 0; i < this.#words.length; i += 1) {
      const known = this.#words[i];
      if (known.length === length && text.startsWith(known, start)) {
        this.#word = known;
        if (!this.#wordsAsWritten[i]) this.#asWritten = false;
        return this.#wordStages[i];
      }
    }
    const word = text.slice(start, start + length);
    const stage = word.trim() === '' ? undefined : (parseLifecycle(word) ?? null);
    const asWritten = writtenAsIs(word, 0, word.length, this.#delimiterCode);
    if (!asWritten) this.#asWritten = false;
    if (this.#words.length < KNOWN_WORDS) {
      this.#words.push(word);
      this.#wordStages.push(stage);
      this.#wordsAsWritten.push(asWritten);
    }
    this.#word = word;
    return stage;
  }
}
