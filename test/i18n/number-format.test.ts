import { numberFormats } from '../../src/i18n/index.js';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
/** Intl's Finnish uses no-break spaces; compare with plain ones so the expectations stay readable. */
const plain = (text: string): string => text.replace(new RegExp(`[${NBSP}${NNBSP}]`, 'g'), ' ');

describe('numberFormats', () => {
  it('writes Finnish as Finnish does: space groups, decimal comma, "59,2 %", "€" after the sum', () => {
    const fi = numberFormats('fi');
    expect(plain(fi.integer(33_227_780))).toBe('33 227 780');
    expect(plain(fi.decimal(3.254, 2))).toBe('3,25');
    expect(plain(fi.percent(0.592))).toBe('59,2 %');
    expect(plain(fi.money(233_222.400_000_000_02))).toBe('233 222 €');
    expect(plain(fi.money(-1500, 'SEK'))).toMatch(/^−1 500 (SEK|kr)$/);
  });

  it('writes English as English does, one style in every column', () => {
    const en = numberFormats('en');
    expect(en.integer(33_227_780)).toBe('33,227,780');
    expect(en.decimal(3.254, 2)).toBe('3.25');
    expect(en.percent(0.592)).toBe('59.2%');
    expect(en.money(233_222.4)).toBe('€233,222');
  });

  it('never groups with a character that a terminal table would break on', () => {
    // A no-break space keeps "33 227 780" in one cell when a table wraps.
    expect(numberFormats('fi').integer(1_234_567)).not.toContain(' ');
  });
});
