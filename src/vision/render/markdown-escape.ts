/**
 * Escaping for CommonMark (with the GFM tables and strikethrough the renderer's readers know): the
 * customer's text reads as written, and a mark is escaped only where, in that position, CommonMark would
 * read it as structure. "15. maaliskuuta" is a list only at the start of a paragraph, "*" only where it
 * can open or close emphasis, "&" only before an entity, "|" only in a table cell or a table's delimiter
 * row. Hand-written because Markdown libraries parse or render Markdown; none escapes text into it by
 * position (the usual helpers escape every mark everywhere, which is the stray "\" this replaces).
 *
 * Every rule marks the index of one ASCII punctuation character; a backslash goes before each marked
 * character once, so rules may overlap without double escapes.
 */

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const PUNCTUATION = /[\p{P}\p{S}]/u;
const WHITESPACE = /\s/u;

/** Line ends as CommonMark sees them (LF, CRLF and a lone CR) made "\n". */
export const normalizeLineEnds = (text: string): string => text.replace(/\r\n?/g, '\n');

// Code spans: two backtick runs may pair, and an escaped backtick still closes a span (escapes do not
// work inside one), so with two runs or more every backtick is escaped; a single run is text.
function markCodeSpans(text: string, marks: Set<number>): void {
  const runs = [...text.matchAll(/`+/g)];
  if (runs.length > 1) for (const run of runs) for (let k = 0; k < run[0].length; k++) marks.add(run.index + k);
}

/**
 * Emphasis and strikethrough: a run of *, _ or ~ matters only if it can open or close (CommonMark 6.2).
 * `htmlBreaks`: the text's line breaks will be written as <br>, which is punctuation to these rules
 * ("*<br>" can open emphasis where "*" before a line end cannot).
 */
function delimiterRunMatters(run: string, before: string, after: string): boolean {
  const left =
    !WHITESPACE.test(after) && (!PUNCTUATION.test(after) || WHITESPACE.test(before) || PUNCTUATION.test(before));
  const right =
    !WHITESPACE.test(before) && (!PUNCTUATION.test(before) || WHITESPACE.test(after) || PUNCTUATION.test(after));
  if (!run.startsWith('_')) return left || right;
  // "_" inside a word neither opens nor closes.
  return (left && (!right || PUNCTUATION.test(before))) || (right && (!left || PUNCTUATION.test(after)));
}

function markDelimiterRuns(text: string, marks: Set<number>, htmlBreaks: boolean): void {
  const breakAs = (c: string, html: string): string => (htmlBreaks && c === '\n' ? html : c);
  for (const run of text.matchAll(/\*+|_+|~+/g)) {
    const end = run.index + run[0].length;
    const before = run.index === 0 ? ' ' : breakAs(text[run.index - 1], '>');
    const after = end >= text.length ? ' ' : breakAs(text[end], '<');
    if (delimiterRunMatters(run[0], before, after)) for (let k = 0; k < run[0].length; k++) marks.add(run.index + k);
  }
}

const ENTITY = /^&(?:#\d{1,7}|#[xX][\dA-Fa-f]{1,6}|[A-Za-z][A-Za-z\d]{0,31});/;

/** Whether the character at `i` starts or ends inline structure by itself and what follows it. */
function marksCharacter(text: string, i: number, pipes: boolean): boolean {
  const next = text[i + 1] ?? '';
  switch (text[i]) {
    // A backslash escapes the punctuation after it, and before a line end it is a hard break.
    case '\\':
      return next === '' || next === '\n' || ASCII_PUNCTUATION.test(next);
    // "](" and "][" close a link or image; without them "[x]" is text (no definitions survive, below).
    case ']':
      return next === '(' || next === '[';
    // Raw HTML, comments, processing instructions and autolinks all begin "<" and one of these.
    case '<':
      return /[A-Za-z/!?]/.test(next);
    // Entity and numeric character references would show as the character they name.
    case '&':
      return ENTITY.test(text.slice(i, i + 40));
    case '|':
      return pipes;
    default:
      return false;
  }
}

function markInline(text: string, marks: Set<number>, pipes: boolean, htmlBreaks: boolean): void {
  markCodeSpans(text, marks);
  markDelimiterRuns(text, marks, htmlBreaks);
  for (let i = 0; i < text.length; i++) if (marksCharacter(text, i, pipes)) marks.add(i);
}

/** Block starts (CommonMark 4 and 5) at a line's first character, `at`; `interrupts` on a paragraph's later lines. */
function markLineStart(line: string, at: number, marks: Set<number>, interrupts: boolean, previous: string): void {
  const thematic = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(line);
  const fence = /^(?:`{3,}[^`]*|~{3,}.*)$/.test(line);
  // Escaping a fence's first backtick would leave a shorter run that could pair into a code span.
  if (fence) for (let k = 0; line[k] === line[0]; k++) marks.add(at + k);
  if (thematic || fence || /^#{1,6}(?:[ \t]|$)/.test(line) || line.startsWith('>')) marks.add(at);
  else if (interrupts) {
    // Only a non-empty bullet, an ordered item numbered 1, or a setext underline ends a paragraph.
    if (/^[-+*][ \t]+\S/.test(line) || /^[=-]+[ \t]*$/.test(line)) marks.add(at);
    const ordered = /^(\d{1,9})[.)][ \t]+\S/.exec(line);
    if (ordered && Number(ordered[1]) === 1) marks.add(at + ordered[1].length);
    // A GFM table: a line with a pipe followed by a delimiter row.
    if (previous.includes('|') && /^[|:-][|:\- \t]*$/.test(line) && line.includes('-')) marks.add(at);
  } else {
    if (/^[-+*](?:[ \t]|$)/.test(line)) marks.add(at);
    const ordered = /^(\d{1,9})[.)](?:[ \t]|$)/.exec(line);
    if (ordered) marks.add(at + ordered[1].length);
    // A link reference definition would hide the line and turn "[label]" elsewhere into a link.
    if (/^\[(?:[^\]\\]|\\.)+\]:/.test(line)) marks.add(at);
  }
}

function applyMarks(text: string, marks: ReadonlySet<number>): string {
  if (marks.size === 0) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) out += marks.has(i) ? `\\${text[i]}` : text[i];
  return out;
}

// Within one line of Markdown (a list item, a table cell) a line break can only be HTML.
const withBreaks = (text: string): string => text.split('\n').join('<br>');

/**
 * Text inside a line the renderer started (after "- **Key:** ", in a table cell, `pipes` there):
 * inline marks only; its line breaks become <br>.
 */
export function markdownInline(text: string, options: { readonly pipes?: boolean } = {}): string {
  const normal = normalizeLineEnds(text);
  const marks = new Set<number>();
  markInline(normal, marks, options.pipes ?? false, true);
  return withBreaks(applyMarks(normal, marks));
}

/** Text the renderer sets in **strong**: a "*" at either end would join the renderer's "**". */
export function markdownStrong(text: string, options: { readonly pipes?: boolean } = {}): string {
  const normal = normalizeLineEnds(text).trim();
  if (normal === '') return '';
  const marks = new Set<number>();
  markInline(normal, marks, options.pipes ?? false, true);
  for (let i = 0; normal[i] === '*'; i++) marks.add(i);
  for (let i = normal.length - 1; normal[i] === '*'; i--) marks.add(i);
  return `**${withBreaks(applyMarks(normal, marks))}**`;
}

/** An ATX heading's text: inline marks, and a closing run of "#" that would otherwise be dropped. */
export function markdownHeadingText(text: string): string {
  const line = normalizeLineEnds(text)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
  const marks = new Set<number>();
  markInline(line, marks, false, false);
  const closing = /(?:^|[ \t])(#+)[ \t]*$/.exec(line);
  if (closing) marks.add(closing.index + closing[0].indexOf('#'));
  return applyMarks(line, marks);
}

/** Text that starts a block of its own (a list item's text): a line start as well as inline marks. */
export function markdownBlockStart(text: string): string {
  const normal = normalizeLineEnds(text).trim();
  const marks = new Set<number>();
  markInline(normal, marks, false, true);
  markLineStart(normal.split('\n')[0], 0, marks, false, '');
  // After the renderer's "- ", a line of dashes alone would add up to a thematic break ("- --").
  if (/^[-*_][-*_ \t]*(?:\n|$)/.test(normal)) marks.add(0);
  return withBreaks(applyMarks(normal, marks));
}

/**
 * A paragraph: each line trimmed (Markdown drops the space at either end anyway), its first line
 * checked as a block start, later lines as what could interrupt a paragraph, joined by hard breaks.
 */
export function markdownParagraph(text: string): string {
  const lines = normalizeLineEnds(text)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const joined = lines.join('\n');
  const marks = new Set<number>();
  markInline(joined, marks, false, false);
  let at = 0;
  lines.forEach((line, i) => {
    markLineStart(line, at, marks, i > 0, i > 0 ? lines[i - 1] : '');
    at += line.length + 1;
  });
  return applyMarks(joined, marks).split('\n').join('  \n');
}
