/**
 * The byte writer (csv-bytes.ts) against csvField, the rule the line writer follows: every cell, written
 * into bytes, is csvField's text in UTF-8, in every dialect, for random and hostile cells (formula
 * starts, quotes, delimiters, line breaks, byte order marks, edge spaces, lone surrogates, -0, huge and
 * tiny numbers, fields larger than a piece); the quote check written out (needsQuotes) answers as
 * the regular expression it replaced; and writtenAsIs, by which the export copies a row as read
 * (rows-as-read.ts), is true only for a text csvField writes unchanged and trimming leaves whole.
 */
import fc from 'fast-check';
import { CsvBytes } from '../../src/io/write/csv-bytes.js';
import { csvField, needsQuotes, writtenAsIs, type CsvWriteOptions } from '../../src/io/write/csv-field.js';
import type { CellValue } from '../../src/io/text/neutralise-formula.js';

const DIALECTS: Array<Omit<CsvWriteOptions, 'signal'>> = [
  { delimiter: ',', decimal: '.' },
  { delimiter: ';', decimal: ',' },
  { delimiter: '\t', decimal: '.' },
  { delimiter: '\t', decimal: ',' },
  { delimiter: ',', decimal: ',' },
  { delimiter: ';', decimal: '.' },
];

/** Characters that matter to quoting, guarding and encoding, and a few plain ones. */
const hostileChar = fc.constantFrom(
  ...[
    'a',
    'Z',
    '0',
    ' ',
    ',',
    ';',
    '\t',
    '"',
    '\r',
    '\n',
    '\ufeff',
    '=',
    '+',
    '-',
    '@',
    "'",
    'ä',
    '€',
    '😀',
    '\ud800',
    '\udc00',
  ]
);
const hostileText = fc.oneof(
  fc.array(hostileChar, { maxLength: 12 }).map((chars) => chars.join('')),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ maxLength: 20 })
);
const number = fc.oneof(
  fc.integer(),
  fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }),
  fc.double(),
  fc.constantFrom(0, -0, 2 ** 31, -(2 ** 31), 2 ** 53, 1e21, 1e-7, 0.1 + 0.2, Number.NaN, Infinity, -Infinity)
);
const cell: fc.Arbitrary<CellValue> = fc.oneof(hostileText, number, fc.boolean(), fc.constant(null));

/** The cells written one per field, separated and ended as a line, as the byte writer writes them. */
function written(cells: readonly CellValue[], options: Omit<CsvWriteOptions, 'signal'>, repeated: boolean): Buffer {
  const out = new CsvBytes(options);
  const pieces: Buffer[] = [];
  for (const value of cells) {
    // A repeated text is written from its encoded bytes, the others where they are written.
    if (repeated) out.bytes(out.encoded(value));
    else out.cell(value);
    out.separator();
    const piece = out.full();
    if (piece) pieces.push(piece);
  }
  out.lineEnd();
  pieces.push(out.rest());
  return Buffer.concat(pieces);
}

/** The line as text, encoded as a file of text is (a lone surrogate becomes U+FFFD, as in the bytes). */
function expected(cells: readonly CellValue[], options: Omit<CsvWriteOptions, 'signal'>): Buffer {
  const delimiter = options.delimiter ?? ',';
  const decimal = options.decimal ?? '.';
  return Buffer.from(
    `${cells.map((value) => `${csvField(value, delimiter, decimal)}${delimiter}`).join('')}\r\n`,
    'utf8'
  );
}

describe('CsvBytes', () => {
  it('writes every cell as csvField does, in every dialect', () => {
    fc.assert(
      fc.property(
        fc.array(cell, { maxLength: 30 }),
        fc.constantFrom(...DIALECTS),
        fc.boolean(),
        (cells, options, repeated) => {
          expect(written(cells, options, repeated).toString('latin1')).toBe(
            expected(cells, options).toString('latin1')
          );
        }
      ),
      { numRuns: 3000 }
    );
  });

  it('writes whole numbers digit by digit as String does, at every length and sign', () => {
    const values = [0, -0, 9, 10, 99, 100, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 2 ** 32 + 5, 2 ** 53 - 1, -(2 ** 53) + 1];
    for (let p = 1; p < 1e16; p *= 10) values.push(p, p - 1, -p, -(p - 1));
    expect(written(values, {}, false).toString('latin1')).toBe(expected(values, {}).toString('latin1'));
  });

  it('hands out pieces of a quarter megabyte or more, whole, and a field larger than a piece in one', () => {
    const huge = 'ä'.repeat(400_000);
    const cells: CellValue[] = [huge, ...Array.from({ length: 100_000 }, (_, i) => `name ${i}`), huge];
    const out = new CsvBytes({});
    const pieces: Buffer[] = [];
    for (const value of cells) {
      out.cell(value);
      out.separator();
      const piece = out.full();
      if (piece) pieces.push(piece);
    }
    pieces.push(out.rest());
    for (const piece of pieces.slice(0, -1)) expect(piece.length).toBeGreaterThanOrEqual(1 << 18);
    expect(Buffer.concat(pieces).toString('utf8')).toBe(cells.map((c) => `${String(c)},`).join(''));
  });
});

describe('needsQuotes', () => {
  const REGEX = { ',': /[\r\n"\ufeff,]|^ | $/, ';': /[\r\n"\ufeff;]|^ | $/, '\t': /[\r\n"\ufeff\t]|^ | $/ } as const;

  it('answers as the regular expression it replaced', () => {
    fc.assert(
      fc.property(hostileText, fc.constantFrom(',' as const, ';' as const, '\t' as const), (text, delimiter) => {
        expect(needsQuotes(text, delimiter.charCodeAt(0))).toBe(REGEX[delimiter].test(text));
      }),
      { numRuns: 5000 }
    );
  });
});

describe('writtenAsIs', () => {
  /** The hostile characters, and the spaces trim() takes that are not ASCII, and DEL. */
  const text = fc.oneof(
    hostileText,
    fc
      .array(fc.oneof(hostileChar, fc.constantFrom('\u00a0', '\u2003', '\u007f')), { maxLength: 8 })
      .map((chars) => chars.join(''))
  );

  it('is true only where csvField writes the text unchanged and trim() takes nothing off', () => {
    fc.assert(
      fc.property(text, fc.constantFrom<',' | ';' | '\t'>(',', ';', '\t'), (value, delimiter) => {
        const padded = `x${delimiter}${value}${delimiter}y`;
        if (writtenAsIs(padded, 2, 2 + value.length, delimiter.charCodeAt(0))) {
          expect(csvField(value, delimiter, '.')).toBe(value);
          expect(value.trim()).toBe(value);
        }
      }),
      { numRuns: 5000 }
    );
  });

  it.each([
    ['plain words', 'Acme Oy', true],
    ['an empty text', '', true],
    ['a formula start', '=1+1', false],
    ['a minus first', '-5', false],
    ['a space at the end', 'Acme ', false],
    ['a tab inside', 'Ac\tme', false],
    ['a letter beyond ASCII last', 'Öljy Oyö', false],
    ['a letter beyond ASCII first', 'Öljy', false],
    ['a letter beyond ASCII inside', 'Mäkelä Oy', true],
    ['the delimiter', 'a,b', false],
  ])('answers for %s', (_what, value, answer) => {
    const at = 'x,'.length;
    expect(writtenAsIs(`x,${value},y`, at, at + value.length, ','.charCodeAt(0))).toBe(answer);
  });
});
