/**
 * Break opportunities inside words wider than a line, found in linear time.
 *
 * pdfkit's line wrapper can split such a word itself, but after every line it cuts off it measures the
 * whole rest of the word again: a 100,000-character URL costs about n²/(2 × line length) measured
 * characters (tens of millions), and the export stalls. Here each distinct grapheme is measured once,
 * the word is cut into pieces that fit a full line by adding up those widths, each piece is measured
 * once to confirm it, and the pieces are joined with ZERO WIDTH SPACE (U+200B): an invisible break
 * opportunity, so pdfkit never meets a word wider than the line and wraps in linear time.
 */
import { graphemes } from './graphemes.js';

export const WORD_BREAK = '\u200B';

/** The width of a text in the current font and size, in points. */
export type Measure = (text: string) => number;

// Runs between the spaces a line may break at. No-break spaces (U+00A0, U+2007, U+202F) hold a run
// together for the line breaker, so they belong to it here too.
const UNBREAKABLE_RUN = /[^ \n\t\r\f\v\u1680\u2000-\u2006\u2008-\u200A\u205F\u3000]+/g;

// Kerning and ligatures make a piece a little narrower or wider than the sum of its graphemes; the sum
// aims this much below the line so that the confirming measurement rarely has to shorten a piece.
const ESTIMATE_MARGIN = 0.97;

function pieces(word: string, maxWidth: number, widthOf: (grapheme: string) => number, measure: Measure): string[] {
  const out: string[] = [];
  let current: string[] = [];
  let width = 0;
  const flush = (): void => {
    // Confirm with one real measurement; shorten from the end only if kerning made the estimate short.
    const carry: string[] = [];
    while (current.length > 1 && measure(current.join('')) > maxWidth) carry.unshift(current.pop() as string);
    out.push(current.join(''));
    current = carry;
    width = carry.reduce((sum, g) => sum + widthOf(g), 0);
  };
  for (const segment of graphemes(word)) {
    const w = widthOf(segment);
    if (current.length > 0 && width + w > maxWidth * ESTIMATE_MARGIN) flush();
    current.push(segment);
    width += w;
  }
  while (current.length > 0) flush();
  return out;
}

/**
 * The text with U+200B inside every whitespace-free run wider than `maxWidth`, so that each piece fits
 * a line. Runs that fit are left as they are. Measurements: one per distinct grapheme, one per piece.
 */
export function breakLongWords(text: string, maxWidth: number, measure: Measure): string {
  const widths = new Map<string, number>();
  const widthOf = (grapheme: string): number => {
    let w = widths.get(grapheme);
    if (w === undefined) {
      w = measure(grapheme);
      widths.set(grapheme, w);
    }
    return w;
  };
  return text.replace(UNBREAKABLE_RUN, (word) => {
    let estimate = 0;
    for (const segment of graphemes(word)) {
      estimate += widthOf(segment);
      if (estimate > maxWidth * ESTIMATE_MARGIN) return pieces(word, maxWidth, widthOf, measure).join(WORD_BREAK);
    }
    return word;
  });
}
