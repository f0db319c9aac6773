/**
 * CSV fields written straight into bytes: the file's pieces are Buffers of about a quarter megabyte
 * that each field is written into, rather than a string per field, a joined string per line and per
 * piece, and an encoding of each piece. At 200,000 ranked rows those strings were the floor of the
 * export: a prototype that joined each row's texts straight from the ranking took 0.66–0.74 s, where
 * the export written into bytes takes about 0.6 s of CPU with everything it reads (1.45 s before).
 *
 * Every CSV file is written by it (writeCsv in write-csv.ts, the ranked export in src/rank/csv), and
 * every field follows csvField (csv-field.ts) to the byte, as csvText's lines for a terminal do:
 * whole numbers are written digit by digit, other numbers and all texts go through csvField itself
 * and are encoded as UTF-8 where they are written; a text a column repeats (a label, a lift sentence)
 * is made once with `encoded` and copied as bytes. test/io/csv-bytes.test.ts holds it to csvField
 * on random and hostile cells in every dialect.
 */
import type { CellValue } from '../text/neutralise-formula.js';
import { csvField, decimalOf, type CsvWriteOptions, type Decimal, type Delimiter } from './csv-field.js';

/** Bytes per piece handed to the file, at least. */
const CHUNK_BYTES = 1 << 18;
/** Bytes a piece is made with: a writer asks whether it is full after a block of lines, not after each. */
const PIECE_CAPACITY = 2 * CHUNK_BYTES;
/** The most bytes one UTF-16 code unit takes in UTF-8 (a lone surrogate is written as U+FFFD, 3 bytes). */
const MAX_UTF8_PER_UNIT = 3;
const CR = 0x0d;
const LF = 0x0a;
const MINUS = 0x2d;
const ZERO = 0x30;

export class CsvBytes {
  public readonly delimiter: Delimiter;
  readonly #decimal: Decimal;
  readonly #delimiterByte: number;
  #buffer = Buffer.allocUnsafe(PIECE_CAPACITY);
  #at = 0;

  /**
   * With `reusePieces`, every piece is made in the same memory: a piece is then good only until the next
   * one is asked for, which is how FileHandle.writeFile takes them (each written whole before it asks
   * for the next). A new half megabyte per piece was 28 MB of outside memory per 200,000 rows, which
   * made V8 start a full collection in the middle of the export (about 0.1 s).
   */
  public constructor(
    options: Omit<CsvWriteOptions, 'signal'> = {},
    private readonly reusePieces = false
  ) {
    this.delimiter = options.delimiter ?? ',';
    this.#decimal = decimalOf(options);
    this.#delimiterByte = this.delimiter.charCodeAt(0);
  }

  /** A field's bytes as this file writes it, for a text a column repeats: made once, copied per row. */
  public encoded(value: CellValue): Buffer {
    return Buffer.from(csvField(value, this.delimiter, this.#decimal), 'utf8');
  }

  public separator(): void {
    this.#room(1);
    this.#buffer[this.#at++] = this.#delimiterByte;
  }

  public lineEnd(): void {
    this.#room(2);
    this.#buffer[this.#at++] = CR;
    this.#buffer[this.#at++] = LF;
  }

  /**
   * A field's bytes and the delimiter after it, for a text a column repeats: `bytes` of this made once
   * and copied per row save the separator's own call.
   */
  public encodedWithSeparator(value: CellValue): Buffer {
    return Buffer.concat([this.encoded(value), Buffer.from([this.#delimiterByte])]);
  }

  /** Bytes made by `encoded` (or any UTF-8 already in the file's form), copied in. */
  public bytes(bytes: Uint8Array): void {
    const length = bytes.length;
    this.#room(length);
    const buffer = this.#buffer;
    const at = this.#at;
    // A label of a few bytes is copied faster by hand than by set(), a call into the runtime: 2,000,000
    // copies of 8 bytes took 17–26 ms so against 19–86 ms with set().
    if (length <= 32) for (let b = 0; b < length; b++) buffer[at + b] = bytes[b];
    else buffer.set(bytes, at);
    this.#at = at + length;
  }

  /**
   * Text from `start` to `end` of `text` that is already in the file's form (a row as read,
   * rows-as-read.ts), encoded as it stands.
   */
  public asIs(text: string, start: number, end: number): void {
    this.#room((end - start) * MAX_UTF8_PER_UNIT);
    const buffer = this.#buffer;
    let at = this.#at;
    // ASCII copied by hand: a slice and a write per row took about 0.07 s of 200,000 rows, this loop a
    // fifth of that. From the first character beyond ASCII on, the rest is encoded by Buffer.write.
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x80) {
        this.#at = at;
        this.#utf8(text.slice(i, end));
        return;
      }
      buffer[at++] = code;
    }
    this.#at = at;
  }

  /** A text cell: guarded, quoted where it must be and encoded, where it is written. */
  public text(value: string): void {
    this.#utf8(csvField(value, this.delimiter, this.#decimal));
  }

  /**
   * A number cell; blank when not finite. A whole number (most of a ranked export's figures) is
   * written digit by digit: no string per cell. String() writes a safe integer in plain digits too.
   */
  public number(value: number): void {
    if (Number.isSafeInteger(value)) this.#whole(value);
    else if (Number.isFinite(value)) this.#utf8(csvField(value, this.delimiter, this.#decimal));
  }

  /** Any cell, as csvField writes it. */
  public cell(value: CellValue): void {
    if (typeof value === 'number') this.number(value);
    else if (typeof value === 'string') this.text(value);
    else if (value !== null) this.#utf8(value ? 'true' : 'false');
  }

  /** Whether the piece has reached its size (ask after each line). */
  public isFull(): boolean {
    return this.#at >= CHUNK_BYTES;
  }

  /** The piece filled so far when it has reached its size, else undefined. */
  public full(): Buffer | undefined {
    return this.isFull() ? this.rest() : undefined;
  }

  /** The piece filled so far, the writer starting a new one: its own, unless pieces are reused. */
  public rest(): Buffer {
    const piece = this.#buffer.subarray(0, this.#at);
    if (!this.reusePieces) this.#buffer = Buffer.allocUnsafe(PIECE_CAPACITY);
    this.#at = 0;
    return piece;
  }

  #whole(value: number): void {
    // Sign and at most 16 digits.
    this.#room(17);
    if ((value | 0) === value) this.#int32(value);
    else this.#safeInteger(value);
  }

  /**
   * A whole number in 32 bits, with integer arithmetic: the digits of a figure read from a typed column
   * by the double arithmetic below (% is fmod on doubles) took four times as long.
   */
  #int32(value: number): void {
    const buffer = this.#buffer;
    let n = value;
    if (n < 0) {
      buffer[this.#at++] = MINUS;
      n = -n;
    }
    // -0 writes as "0", as String(-0) does.
    let digits = 1;
    for (let rest = n; rest >= 10; rest = (rest / 10) | 0) digits += 1;
    let at = this.#at + digits - 1;
    this.#at += digits;
    do {
      const next = (n / 10) | 0;
      buffer[at--] = ZERO + n - next * 10;
      n = next;
    } while (n > 0);
  }

  #safeInteger(value: number): void {
    const buffer = this.#buffer;
    let n = value;
    if (n < 0) {
      buffer[this.#at++] = MINUS;
      n = -n;
    }
    let digits = 1;
    for (let rest = n; rest >= 10; rest = (rest - (rest % 10)) / 10) digits += 1;
    let at = this.#at + digits - 1;
    this.#at += digits;
    do {
      const digit = n % 10;
      buffer[at--] = ZERO + digit;
      n = (n - digit) / 10;
    } while (n > 0);
  }

  #utf8(text: string): void {
    this.#room(text.length * MAX_UTF8_PER_UNIT);
    this.#at += this.#buffer.write(text, this.#at, 'utf8');
  }

  /** Room for `bytes` more: the piece grows to twice its size, or more for a field larger than that (a 1 MB name). */
  #room(bytes: number): void {
    if (this.#at + bytes <= this.#buffer.length) return;
    const larger = Buffer.allocUnsafe(Math.max(this.#at + bytes, 2 * this.#buffer.length));
    this.#buffer.copy(larger, 0, 0, this.#at);
    this.#buffer = larger;
  }
}

/** Distinct texts a column keeps the bytes of; a column with more (names) is encoded per cell from then on. */
const REMEMBERED_TEXTS = 256;
/**
 * The bytes of one column's texts, while it repeats them: a column of labels (tier, treatment,
 * lifecycle word) holds a few texts 200,000 times over, each guarded, quoted and encoded once. A column
 * whose texts keep differing (names) stops remembering after REMEMBERED_TEXTS and encodes each cell.
 */
export class ColumnTexts {
  #known: Map<string, Buffer> | undefined = new Map();
  public constructor(private readonly out: CsvBytes) {}

  public write(text: string): void {
    const known = this.#known;
    if (known === undefined) return this.out.text(text);
    let bytes = known.get(text);
    if (bytes === undefined) {
      bytes = this.out.encoded(text);
      if (known.size < REMEMBERED_TEXTS) known.set(text, bytes);
      else this.#known = undefined;
    }
    this.out.bytes(bytes);
  }
}
