/**
 * writtenAsIs (csv-field.ts) answers true only for a text that csvField writes unchanged and trimming
 * leaves whole: the export copies such cells of a row as read (rows-as-read.ts).
 */
import fc from 'fast-check';
import { csvField, writtenAsIs } from '../../src/io/write/csv-field.js';

const char = fc.constantFrom(
  ...[
    'a',
    'Z',
    '7',
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
    'ä',
    '€',
    '\u00a0',
    '\u2003',
    '\u007f',
  ]
);
const text = fc.oneof(
  fc.array(char, { maxLength: 8 }).map((chars) => chars.join('')),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 4 })
);

describe('writtenAsIs', () => {
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
    ['a letter beyond ASCII inside', 'Öljy', false],
    ['the delimiter', 'a,b', false],
  ])('answers for %s', (_what, value, expected) => {
    const at = 'x,'.length;
    expect(writtenAsIs(`x,${value},y`, at, at + value.length, ','.charCodeAt(0))).toBe(expected);
  });
});
