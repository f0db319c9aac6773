/**
 * The PDF's typeface: DejaVu Sans, regular and bold, embedded from the `dejavu-fonts-ttf` package.
 * pdfkit's standard Helvetica encodes Windows-1252 only, so ł, ő, Cyrillic, Greek, → or ≥ would come
 * out as other letters; DejaVu Sans covers Latin Extended, Cyrillic, Greek, arrows, mathematical
 * operators, typographic punctuation and the emoticons block (U+1F600–1F64F). pdfkit embeds only the
 * glyphs a document uses, so a PDF grows by tens of kilobytes, not by the 750 KB font file.
 *
 * What the font cannot draw (most emoji, CJK) is replaced by U+FFFD "�", one per user-perceived
 * character, and reported, rather than left to pdfkit, which would draw the font's empty box and still
 * claim the original character in the text layer: a document that looks different from what it says.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';
import { graphemes } from './graphemes.js';

export type Face = 'regular' | 'bold';

export type LoadedFace = { readonly name: string; readonly data: Buffer; readonly font: Font };

// Resolved through the package, so it works wherever npm put node_modules (hoisted or nested).
const FILES: Record<Face, string> = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
};

const loaded = new Map<Face, LoadedFace>();

/** The face's file and parsed font, read once per process (each file is about 700 KB). */
export function loadFace(face: Face): LoadedFace {
  let entry = loaded.get(face);
  if (!entry) {
    const data = readFileSync(createRequire(import.meta.url).resolve(FILES[face]));
    entry = { name: `cvp-${face}`, data, font: create(data) };
    loaded.set(face, entry);
  }
  return entry;
}

export const REPLACEMENT = '\uFFFD';

// Invisible by definition (joiners, variation selectors, BOM): dropped when the font lacks them rather
// than letting them mark a drawable character as missing.
const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;

/**
 * The text as the face can draw it: line ends made "\n" (a lone CR is a line end to a reader too),
 * tabs made spaces, and each user-perceived character (grapheme) that has a code point the face lacks
 * replaced by U+FFFD. `missing` receives each replaced grapheme. Linear in the text's length.
 */
export function drawable(text: string, face: Face, missing: Set<string>): string {
  const { font } = loadFace(face);
  const normal = text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
  let out = '';
  for (const segment of graphemes(normal)) {
    if (segment === '\n') {
      out += segment;
      continue;
    }
    let kept = '';
    let lacking = false;
    for (const char of segment) {
      if (font.hasGlyphForCodePoint(char.codePointAt(0) as number)) kept += char;
      else if (!IGNORABLE.test(char)) lacking = true;
    }
    if (lacking) {
      missing.add(segment);
      out += REPLACEMENT;
    } else {
      out += kept;
    }
  }
  return out;
}
