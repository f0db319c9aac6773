/** The windowed grapheme split agrees with Intl.Segmenter over the whole text, across window edges. */
import fc from 'fast-check';
import { graphemes } from '../../src/vision/layout/graphemes.js';

const whole = (text: string): string[] =>
  [...new Intl.Segmenter('und', { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);

describe('graphemes', () => {
  it('splits as Intl.Segmenter does, whatever falls on a window edge', () => {
    const parts = fc.constantFrom(
      'a',
      'é',
      'e\u0301',
      '\r\n',
      '\n',
      '🇫🇮',
      '🇸🇪',
      '👨‍👩‍👧',
      '👍🏽',
      '❤️',
      'ž',
      'क्षि',
      '가',
      '\u200B',
      ' '
    );
    fc.assert(
      fc.property(fc.array(parts, { minLength: 200, maxLength: 400 }), (pieces) => {
        const text = pieces.join('');
        expect([...graphemes(text)]).toEqual(whole(text));
      }),
      { numRuns: 100 }
    );
  });

  it('handles a text of one very long cluster and the empty text', () => {
    const long = `e${'\u0301'.repeat(600)}x`;
    expect([...graphemes(long)]).toEqual(whole(long));
    expect([...graphemes('')]).toEqual([]);
  });
});
