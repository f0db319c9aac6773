/**
 * The user-perceived characters (grapheme clusters) of a text, through Intl.Segmenter, in linear time.
 *
 * V8's segment iterator gets slower with the length of the whole text at every step, so 100,000
 * characters take seconds. The text is segmented in windows instead: each window starts on a grapheme
 * boundary and its last segment, which the window's end may have cut, is left to the next window. A
 * boundary depends only on the characters before it and the one after it, so the ones kept are exact.
 */
const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });

const WINDOW = 256;

export function* graphemes(text: string): Generator<string> {
  let start = 0;
  let size = WINDOW;
  while (start < text.length) {
    const last = start + size >= text.length;
    const segments = [...segmenter.segment(text.slice(start, start + size))].map((s) => s.segment);
    if (!last && segments.length < 3) {
      // One cluster longer than the window (a letter under hundreds of marks): look further.
      size *= 2;
      continue;
    }
    // The last segment may be cut by the window's end, and the boundary before it may depend on what
    // the cut took away (an emoji ZWJ sequence, a regional-indicator pair): both wait for the next window.
    const keep = last ? segments.length : segments.length - 2;
    for (let i = 0; i < keep; i++) {
      yield segments[i];
      start += segments[i].length;
    }
    size = WINDOW;
  }
}
