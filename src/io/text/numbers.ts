/**
 * Numbers as spreadsheets write them in any locale: "1234.5", "1 234,5", "1.234,56", "1,234.56",
 * "1'234.56", "12 500 €", "−300".
 *
 * Hand-rolled on purpose: Number() and parseFloat() know only "1234.5" (parseFloat even reads "1,5" as 1
 * and "12abc" as 12), and Intl.NumberFormat formats but does not parse. The libraries that do parse
 * locale numbers want the locale named up front; a CSV file does not say its locale, so the separator
 * has to be decided from the file's delimiter and from the shape of each value, with the rules below.
 *
 * The rules, given the file's decimal separator `dec` (',' for a semicolon file, '.' for a comma file,
 * inferred from the values for a tab file or a workbook) and `other`, the remaining one of ',' and '.':
 *
 * Rule 1. Spaces (also no-break, narrow no-break and thin spaces) and apostrophes group thousands; when
 * present, every group after the first has exactly three digits, and a single ',' or '.' after the
 * last group is the decimal separator whatever `dec` says ("1 234.5" and "1 234,5" both read 1234.5).
 *
 * Rule 2. Both ',' and '.' present: the last one is the decimal separator and occurs once; the other
 * groups thousands in threes before it ("1.234,56" and "1,234.56" both read 1234.56).
 *
 * Rule 3. One kind, several times: it groups thousands ("1.234.567", "1,234,567").
 *
 * Rule 4. One kind, once: `dec` is always decimal. `other` groups thousands only when the value has the
 * exact shape of a grouped number, 1–3 digits not starting with 0, the mark, then 3 digits; else it
 * is a decimal separator too. So in a comma file "1,234" (which must have been quoted) reads 1234
 * while "1,5" reads 1.5; in a semicolon file "1,234" reads 1.234, "1.234" reads 1234 and "0.250"
 * reads 0.25.
 *
 * Anything else (letters, a misplaced group, two decimal marks) is not a number: better a clear error
 * than a figure off by a factor of a thousand.
 */

export type DecimalSeparator = ',' | '.';

export type NumberParse = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid' };

const CURRENCY = /^(?:€|\$|£|EUR|USD|GBP|SEK|NOK|DKK)/i;
const CURRENCY_END = /(?:€|\$|£|EUR|USD|GBP|SEK|NOK|DKK)$/i;
/** Thousands marks: any space (\s covers U+00A0, U+2007, U+2009, U+202F) and straight or typographic apostrophes. */
const GROUP_MARKS = /[\s'’]+/;
const EXPONENT = /^(\d+(?:[.,]\d+)?)[eE]([+-]?\d+)$/;

type Split = { kind: 'empty' } | { kind: 'invalid' } | { kind: 'body'; negative: boolean; body: string };

/** Takes off the sign and a currency (before or after, either side of the sign), keeping the digits. */
function splitSignAndCurrency(raw: string): Split {
  let text = raw.trim();
  if (text === '') return { kind: 'empty' };
  let negative = false;
  let signSeen = false;
  for (let pass = 0; pass < 3; pass += 1) {
    text = text.replace(CURRENCY, '').replace(CURRENCY_END, '').trim();
    // U+2212 is the minus sign some locales (Finnish and Swedish among them) format negatives with.
    const sign = /^[-−+]/.exec(text);
    if (sign && !signSeen) {
      signSeen = true;
      negative = sign[0] !== '+';
      text = text.slice(1).trim();
    }
  }
  const digitsOnly = /^[\d.,\s'’]+$/.test(text) && /\d/.test(text);
  if (!digitsOnly && !EXPONENT.test(text)) return { kind: 'invalid' };
  return { kind: 'body', negative, body: text };
}

const isFirstGroup = (group: string): boolean => /^\d{1,3}$/.test(group);
const isGroup = (group: string): boolean => /^\d{3}$/.test(group);

/** "1.234.567" split at a mark → integer digits, or undefined when the groups are not thousands. */
function joinGroups(text: string, mark: string): string | undefined {
  const groups = text.split(mark);
  if (!isFirstGroup(groups[0]) || !groups.slice(1).every(isGroup)) return undefined;
  return groups.join('');
}

/** Rule 1: space- or apostrophe-grouped; the last group may carry the decimal part. */
function spaceGrouped(body: string): string | undefined {
  const groups = body.split(GROUP_MARKS);
  const tail = /^(\d{3})(?:[.,](\d*))?$/.exec(groups[groups.length - 1]);
  if (!tail || !isFirstGroup(groups[0]) || !groups.slice(1, -1).every(isGroup)) return undefined;
  const integer = groups.slice(0, -1).join('') + tail[1];
  return tail[2] ? `${integer}.${tail[2]}` : integer;
}

/** Rule 2: both marks; the last one is the decimal separator. */
function bothMarks(body: string, dots: number, commas: number): string | undefined {
  const decimalMark = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
  const groupMark = decimalMark === '.' ? ',' : '.';
  if ((decimalMark === '.' ? dots : commas) !== 1) return undefined;
  const [integerPart, fraction] = body.split(decimalMark);
  const integer = joinGroups(integerPart, groupMark);
  return integer === undefined || !/^\d*$/.test(fraction) ? undefined : `${integer}.${fraction}`;
}

/** Digits as a plain "1234.56" string, or undefined when the body follows none of the rules. */
function normaliseBody(body: string, dec: DecimalSeparator): string | undefined {
  if (GROUP_MARKS.test(body)) return spaceGrouped(body);
  const dots = body.split('.').length - 1;
  const commas = body.split(',').length - 1;
  if (dots > 0 && commas > 0) return bothMarks(body, dots, commas);
  if (dots === 0 && commas === 0) return body;
  const mark = dots > 0 ? '.' : ',';
  if (dots + commas > 1) return joinGroups(body, mark); // Rule 3.
  // Rule 4.
  if (mark !== dec && /^[1-9]\d{0,2}[.,]\d{3}$/.test(body)) return body.replace(mark, '');
  const [integer, fraction] = body.split(mark);
  return `${integer || '0'}.${fraction || '0'}`;
}

/** The shapes most cells have, read without the general rules: a large sheet has hundreds of thousands. */
const PLAIN_POINT = /^-?\d+(?:\.\d+)?$/;
const PLAIN_COMMA = /^-?\d+(?:,\d+)?$/;

/** Digits a plain whole number may have to be read digit by digit: below 2^53, so every one is exact. */
const EXACT_DIGITS = 15;

/**
 * A cell that is only an optional minus and at most EXACT_DIGITS digits ("-1234"), read by its
 * character codes; undefined for anything else, which the rules below read. Most figures of a large
 * sheet are such, and a regular expression and Number() per cell were a tenth of reading one. The
 * value is the one Number() gives (exact below 2^53), and 0 rather than -0 for "-0".
 */
export function plainWholeNumber(raw: string): number | undefined {
  const negative = raw.charCodeAt(0) === 0x2d;
  const start = negative ? 1 : 0;
  const end = raw.length;
  if (end === start || end - start > EXACT_DIGITS) return undefined;
  let value = 0;
  for (let i = start; i < end; i += 1) {
    const digit = raw.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return undefined;
    value = value * 10 + digit;
  }
  return negative && value !== 0 ? -value : value;
}

/** Reads one cell as a number under the rules above. */
export function parseLocaleNumber(raw: string, dec: DecimalSeparator): NumberParse {
  const whole = plainWholeNumber(raw);
  if (whole !== undefined) return { kind: 'number', value: whole };
  if ((dec === '.' ? PLAIN_POINT : PLAIN_COMMA).test(raw)) {
    const value = Number(dec === '.' ? raw : raw.replace(',', '.'));
    return { kind: 'number', value: value === 0 ? 0 : value };
  }
  const split = splitSignAndCurrency(raw);
  if (split.kind !== 'body') return split;
  const exponent = EXPONENT.exec(split.body);
  const plain = exponent ? `${exponent[1].replace(',', '.')}e${exponent[2]}` : normaliseBody(split.body, dec);
  if (plain === undefined) return { kind: 'invalid' };
  const value = Number(plain);
  if (!Number.isFinite(value)) return { kind: 'invalid' };
  // 0 rather than -0: a "-0" cell is zero, and -0 prints oddly.
  return { kind: 'number', value: split.negative && value !== 0 ? -value : value };
}

/** Which separator a single value shows to be the decimal one, if it shows any. */
function decimalEvidence(raw: string): DecimalSeparator | undefined {
  const split = splitSignAndCurrency(raw);
  if (split.kind !== 'body' || EXPONENT.test(split.body)) return undefined;
  const { body } = split;
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  if (lastDot < 0 && lastComma < 0) return undefined;
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  const mark = lastDot >= 0 ? '.' : ',';
  if (GROUP_MARKS.test(body)) return mark;
  const count = body.split(mark).length - 1;
  if (count > 1) return mark === '.' ? ',' : '.';
  return /^[1-9]\d{0,2}[.,]\d{3}$/.test(body) ? undefined : mark;
}

/**
 * The decimal separator most values agree on, for files whose delimiter says nothing about the locale
 * (tab-separated text, text cells in a workbook). Undefined when no value tells.
 */
export function inferDecimalSeparator(values: Iterable<string>): DecimalSeparator | undefined {
  let commas = 0;
  let points = 0;
  for (const value of values) {
    const evidence = decimalEvidence(value);
    if (evidence === ',') commas += 1;
    else if (evidence === '.') points += 1;
  }
  if (commas === points) return undefined;
  return commas > points ? ',' : '.';
}
