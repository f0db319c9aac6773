/**
 * Terminal control sequences from a cell or a profile never reach the terminal raw: each control
 * character shows as a visible escape, and a long value is cut with its length.
 */
import { escapeControls, escapeJsonControls, formatIoIssue, terminalValue } from '../../src/io/index.js';

/** Any C0 or C1 control, DEL, or a bidi override: none may be left in text meant for the terminal. */
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('terminalValue', () => {
  it.each([
    ['a colour (ESC [)', 'Acme \u001b[31mRED\u001b[0m Oy', 'Acme \\x1b[31mRED\\x1b[0m Oy'],
    [
      'an OSC 8 hyperlink',
      '\u001b]8;;http://evil\u0007click\u001b]8;;\u0007',
      '\\x1b]8;;http://evil\\x07click\\x1b]8;;\\x07',
    ],
    ['an OSC 0 window title', '\u001b]0;pwned\u0007Name', '\\x1b]0;pwned\\x07Name'],
    ['a C1 CSI', 'A\u009b2JB', 'A\\x9b2JB'],
    ['a bell', 'Ding\u0007', 'Ding\\x07'],
    ['backspaces', 'Good\b\b\b\bEvil', 'Good\\x08\\x08\\x08\\x08Evil'],
    ['a carriage return', 'Safe\rEvil', 'Safe\\x0dEvil'],
    ['a line feed', 'Two\nlines', 'Two\\x0alines'],
    ['a bidi override', 'abc\u202edcb', 'abc\\u202edcb'],
  ])('escapes %s', (_label, text, shown) => {
    expect(terminalValue(text)).toBe(shown);
    expect(terminalValue(text)).not.toMatch(RAW_CONTROL);
  });

  it('leaves ordinary text alone', () => {
    expect(terminalValue('Pohjolan Teräs Oy — 東京')).toBe('Pohjolan Teräs Oy — 東京');
  });

  it('cuts a 1 MB value with an ellipsis and its length', () => {
    const shown = terminalValue('x'.repeat(1_048_576));
    expect(shown).toBe(`${'x'.repeat(80)}… (1,048,576 characters)`);
  });

  it('does not split a surrogate pair when cutting', () => {
    const shown = terminalValue(`${'a'.repeat(79)}😀${'b'.repeat(100)}`);
    expect(shown.startsWith(`${'a'.repeat(79)}…`)).toBe(true);
  });
});

describe('escapeControls with line breaks kept', () => {
  it('keeps the structure of a message and escapes the rest', () => {
    expect(escapeControls('line 1\r\nline 2\n\u001b[2J', true)).toBe('line 1\nline 2\n\\x1b[2J');
  });
});

describe('escapeJsonControls', () => {
  it('writes C1 and bidi controls as \\u escapes: the same JSON, parsed to the same string', () => {
    const value = { name: 'A\u009b2JB\u202e' };
    const json = escapeJsonControls(JSON.stringify(value));
    expect(json).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('formatIoIssue on hostile cells and headers', () => {
  it('escapes the value, the column and the file, and cuts a long header', () => {
    const { message } = formatIoIssue({
      code: 'NotANumber',
      file: 'evil\u001b]0;title\u0007.csv',
      line: 3,
      column: `Rev\u001b[8m${'e'.repeat(200)}`,
      value: '\u001b[31m12abc',
    });
    expect(message).not.toMatch(RAW_CONTROL);
    expect(message).toContain("'\\x1b[31m12abc'");
    expect(message).toContain('evil\\x1b]0;title\\x07.csv');
    expect(message).toMatch(/… \(207 characters\)/);
  });
});
