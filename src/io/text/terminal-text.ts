/**
 * Text from a spreadsheet or a profile made safe to print on a terminal. A cell may hold terminal
 * control sequences (ESC [ … colours or cursor moves, OSC 8 hyperlinks, OSC 0 window titles, C1
 * controls, BEL, backspace, a carriage return that overwrites the line): printed raw, they would let
 * a file rewrite what the person sees. Each control character is shown as a visible escape instead
 * (ESC as `\x1b`), so the person still sees that it is there. Files keep the data as it is; only what
 * goes to the terminal passes through here.
 *
 * Hand-rolled: the packages that strip ANSI codes (strip-ansi and the like) remove the sequences they
 * know and pass the rest, and removing them hides that the cell holds them at all.
 */

/**
 * C0 controls, DEL, C1 controls, and the bidirectional overrides and isolates that reorder what a
 * terminal shows ("Trojan Source"). Line feed and tab are listed: a cell's line break would break a
 * table row, and the message formatter keeps its own line breaks by passing keepLineBreaks.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const UNSAFE_BUT_LINE_FEED = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const escapeChar = (char: string): string => {
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/** Longest value shown on a terminal; longer ones are cut and their length told. */
export const MAX_TERMINAL_CHARS = 80;

/** Control characters as visible escapes; with keepLineBreaks, "\n" and "\r\n" stay line breaks. */
export function escapeControls(text: string, keepLineBreaks = false): string {
  if (!keepLineBreaks) return text.replace(UNSAFE, escapeChar);
  return text.replace(/\r\n/g, '\n').replace(UNSAFE_BUT_LINE_FEED, escapeChar);
}

/**
 * One value (a name, a header, a cell) for the terminal: controls escaped, and cut to `max` characters
 * with an ellipsis and the full length, so a pasted 1 MB cell cannot flood the screen.
 */
export function terminalValue(text: string, max = MAX_TERMINAL_CHARS): string {
  if (text.length <= max) {
    const escaped = escapeControls(text);
    if (escaped.length <= max) return escaped;
  }
  // Cut before escaping (an escape is four characters for one), then cut the escaped text again.
  const head = escapeControls(cutAt(text, max)).slice(0, max);
  return `${cutAt(head, max)}… (${text.length.toLocaleString('en-US')} characters)`;
}

/** The first `max` UTF-16 units, without splitting a surrogate pair. */
function cutAt(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  // A high surrogate at the cut would be half a character.
  return text.slice(0, code >= 0xd8_00 && code <= 0xdb_ff ? max - 1 : max);
}

/**
 * JSON text with the characters JSON.stringify leaves raw but a terminal acts on (DEL, C1, the bidi
 * controls) written as \u escapes: still the same JSON, parsed to the same strings.
 */
// eslint-disable-next-line no-control-regex
export const escapeJsonControls = (json: string): string =>
  json.replace(
    /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  );
