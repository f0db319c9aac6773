/**
 * A delimited text without a quote character, split into its records as papaparse splits it (its
 * "fast mode": a leading byte order mark dropped, the text split at the newline it guesses, each
 * record at the delimiter), without papaparse: the reader then reads each record's cells straight
 * from the text (plain-row.ts) instead of from an array of cell strings. test/io/plain-row.test.ts
 * holds the records and their cells to papaparse's on random and hostile text.
 */

/** Where the records begin: after a byte order mark, which papaparse drops from a text it is given. */
const firstIndex = (text: string): number => (text.charCodeAt(0) === 0xfe_ff ? 1 : 0);

/**
 * Newline of the text as papaparse guesses it (its guessLineEndings, for text without quotes): '\n'
 * unless a '\r' comes first, then '\r\n' when most '\r' are followed by '\n', else '\r'.
 */
export function papaNewline(text: string): string {
  const from = firstIndex(text);
  const head = text.slice(from, from + 1024 * 1024);
  const r = head.split('\r');
  const n = head.split('\n');
  if (r.length === 1 || (n.length > 1 && n[0].length < r[0].length)) return '\n';
  const withN = r.filter((piece) => piece.startsWith('\n')).length;
  return withN >= r.length / 2 ? '\r\n' : '\r';
}

/**
 * Calls `visit` with each record's bounds in `text` and its number (the first is 1), as papaparse
 * gives them: every piece between two newlines is a record, an empty one and the one after a final
 * newline included; an empty text has none. `visit` returning false stops the walk.
 */
export function eachPlainRecord(
  text: string,
  newline: string,
  visit: (start: number, end: number, line: number) => boolean | void
): void {
  const from = firstIndex(text);
  if (from === text.length) return;
  let line = 0;
  for (let start = from; ; ) {
    const found = text.indexOf(newline, start);
    const end = found < 0 ? text.length : found;
    line += 1;
    if (visit(start, end, line) === false || found < 0) return;
    start = end + newline.length;
  }
}

/** The code of a character \s matches at or below U+00FF (tab, line breaks, space, no-break space). */
const isLatinSpace = (code: number): boolean => code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0;

/**
 * The non-blank records of a text without a quote character (a text with one only the parser can
 * split), counted without parsing it: a record is blank when it holds only whitespace and delimiters
 * (isBlankRow). The count is the progress total of the one pass that then
 * reads the rows: a first pass of the parser to count them took a fifth of reading 200,000 rows. A
 * record whose first character is plainly content is counted without a regular expression (most are).
 */
export function plainRecords(body: string, delimiter: string, newline: string): number {
  const content = new RegExp(`[^\\s${delimiter.replace(/[\\\]^-]/g, '\\$&')}]`);
  const delimiterCode = delimiter.charCodeAt(0);
  let records = 0;
  eachPlainRecord(body, newline, (start, end) => {
    if (start === end) return;
    const first = body.charCodeAt(start);
    if (first <= 0xff && first !== delimiterCode && !isLatinSpace(first)) records += 1;
    else if (content.test(body.slice(start, end))) records += 1;
  });
  return records;
}
