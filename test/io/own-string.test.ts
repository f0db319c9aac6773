/** ownString gives an equal string, every code unit kept, for short, long and odd text. */
import { ownString } from '../../src/io/text/own-string.js';

describe('ownString', () => {
  it.each(['', 'Acme', 'Pohjolan Teräs Oy with a long name', 'lone \ud800 surrogate and more text', '😀'.repeat(20)])(
    'keeps %j as it is',
    (text) => {
      const big = `prefix ${text} suffix`;
      const slice = big.slice(7, 7 + text.length);
      expect(ownString(slice)).toBe(text);
    }
  );
});
