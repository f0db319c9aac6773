import fc from 'fast-check';
import {
  inferDecimalSeparator,
  parseLocaleNumber,
  plainWholeNumber,
  type DecimalSeparator,
} from '../../src/io/text/numbers.js';

const read = (raw: string, dec: DecimalSeparator): number | string => {
  const parsed = parseLocaleNumber(raw, dec);
  return parsed.kind === 'number' ? parsed.value : parsed.kind;
};

describe('plainWholeNumber', () => {
  // The shortcut read by character codes must read what Number() reads, and only whole numbers.
  it('reads exactly the texts of an optional minus and 1-15 digits, as Number() does', () => {
    const text = fc.stringMatching(/^[-+ 0-9.,e\u0660x]{0,18}$/);
    fc.assert(
      fc.property(fc.oneof(text, fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }).map(String)), (raw) => {
        const value = plainWholeNumber(raw);
        if (/^-?[0-9]{1,15}$/.test(raw)) expect(value).toBe(Number(raw) === 0 ? 0 : Number(raw));
        else expect(value).toBeUndefined();
      }),
      { numRuns: 5000 }
    );
  });

  it.each([['-0', 0], ['007', 7], ['999999999999999', 999_999_999_999_999]])('reads %j as %d', (raw, expected) => {
    expect(plainWholeNumber(raw)).toBe(expected);
  });

  it.each(['', '-', '1234567890123456', ' 1', '1 ', '+1', '1.0', '\u0661'])('leaves %j to the rules', (raw) => {
    expect(plainWholeNumber(raw)).toBeUndefined();
  });
});

describe('parseLocaleNumber', () => {
  it.each([
    ['1234', 1234],
    ['1234.5', 1234.5],
    ['  42  ', 42],
    ['-12.5', -12.5],
    ['+7', 7],
    ['\u22123000', -3000],
    ['0', 0],
    ['-0', 0],
    ['.5', 0.5],
    ['12.', 12],
    ['1.5E+06', 1_500_000],
    ['2,5e3', 2500],
  ])('reads the plain number %j as %d in either locale', (raw, expected) => {
    expect(read(raw, '.')).toBe(expected);
    expect(read(raw, ',')).toBe(expected);
  });

  it.each([
    ['1 234 567', 1_234_567],
    ['1\u00a0234,56', 1234.56],
    ['1\u202f234,56', 1234.56],
    ['1\u2009234.5', 1234.5],
    ["1'234.56", 1234.56],
    ['1’234’567', 1_234_567],
    ['1.234,56', 1234.56],
    ['1,234.56', 1234.56],
    ['1.234.567', 1_234_567],
    ['1,234,567', 1_234_567],
    ['12 500 €', 12_500],
    ['€ 12 500', 12_500],
    ['1 234,50\u00a0€', 1234.5],
    ['-1 234,50 €', -1234.5],
    ['€-99', -99],
    ['3000 EUR', 3000],
    ['$1,234.56', 1234.56],
  ])('reads the grouped or currency number %j as %d in either locale (rules 1–3)', (raw, expected) => {
    expect(read(raw, '.')).toBe(expected);
    expect(read(raw, ',')).toBe(expected);
  });

  describe('rule 4: one separator, once, decided by the file and the shape', () => {
    it('reads the decimal separator of the file as decimal, always', () => {
      expect(read('1,234', ',')).toBe(1.234);
      expect(read('1.234', '.')).toBe(1.234);
      expect(read('3,5', ',')).toBe(3.5);
    });

    it('reads the other separator as thousands only in the exact grouped shape', () => {
      // A comma file: a quoted "1,234" is a grouped thousand, "1,5" a decimal comma.
      expect(read('1,234', '.')).toBe(1234);
      expect(read('1,5', '.')).toBe(1.5);
      expect(read('12,75', '.')).toBe(12.75);
      expect(read('1234,567', '.')).toBe(1234.567);
      // A semicolon file: "1.234" is German-style thousands, "12.5" somebody typing a point.
      expect(read('1.234', ',')).toBe(1234);
      expect(read('12.5', ',')).toBe(12.5);
      expect(read('3.5', ',')).toBe(3.5);
    });

    it('never takes a group that starts with 0 for thousands', () => {
      expect(read('0.250', ',')).toBe(0.25);
      expect(read('0,250', '.')).toBe(0.25);
    });
  });

  it.each([
    'abc',
    '12abc',
    '1,2,3',
    '1.23.4',
    '1 23',
    '12 3456',
    '1,234.567,8',
    '1.234.56',
    '1.234,567.8',
    '--5',
    '5-',
    '1 234.567,8',
    '#N/A',
    '35%',
    '€',
    '.',
  ])('refuses %j rather than guess', (raw) => {
    expect(read(raw, '.')).toBe('invalid');
    expect(read(raw, ',')).toBe('invalid');
  });

  it('treats blank text as empty, not as zero', () => {
    expect(read('', '.')).toBe('empty');
    expect(read(' \u00a0 ', ',')).toBe('empty');
  });
});

describe('inferDecimalSeparator', () => {
  it('follows the unambiguous values', () => {
    expect(inferDecimalSeparator(['1 234,5', '12,75', '300'])).toBe(',');
    expect(inferDecimalSeparator(['1,234.5', '12.75', '300'])).toBe('.');
    expect(inferDecimalSeparator(['1.234.567'])).toBe(',');
    expect(inferDecimalSeparator(['1,234,567'])).toBe('.');
  });

  it('takes no side on ambiguous values or none', () => {
    expect(inferDecimalSeparator(['1,234', '2.500', '12'])).toBeUndefined();
    expect(inferDecimalSeparator([])).toBeUndefined();
    expect(inferDecimalSeparator(['abc'])).toBeUndefined();
  });

  it('goes with the majority', () => {
    expect(inferDecimalSeparator(['1,5', '2,5', '3.5'])).toBe(',');
  });
});
