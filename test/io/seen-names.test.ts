/** SeenNames answers as a Map from each name's nameKey to its first line does, on random and hostile names. */
import fc from 'fast-check';
import { nameKey } from '../../src/io/text/name-key.js';
import { nameHash, SeenNames } from '../../src/io/text/seen-names.js';

const pieces = fc.constantFrom(
  'Acme',
  'ACME',
  'acme',
  'Oy',
  'OY',
  ' ',
  '  ',
  '\t',
  '\r\n',
  '\u00a0',
  '\u2003',
  '\ufeff',
  'Ääkkönen',
  'ÄÄKKÖNEN',
  'İstanbul',
  'K',
  '\u212a',
  'ß',
  'SS',
  '😀',
  '\ud800',
  'x',
  '1'
);
const names = fc.oneof(
  fc.array(pieces, { maxLength: 6 }).map((parts) => parts.join('')),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 6 })
);

describe('SeenNames', () => {
  it('finds a name seen before, on its first line, exactly when nameKey does', () => {
    fc.assert(
      fc.property(fc.array(names, { maxLength: 60 }), (list) => {
        const seen = new SeenNames();
        const byKey = new Map<string, number>();
        list.forEach((name, line) => {
          const key = nameKey(name);
          const expected = byKey.get(key);
          if (expected === undefined) byKey.set(key, line);
          expect(seen.firstOrAdd(name, line)).toBe(expected);
        });
      }),
      { numRuns: 3000 }
    );
  });

  it('hashes a name as its nameKey, ASCII or not', () => {
    fc.assert(
      fc.property(names, names, (a, b) => {
        if (nameKey(a) === nameKey(b)) expect(nameHash(a)).toBe(nameHash(b));
      }),
      { numRuns: 3000 }
    );
    expect(nameHash('  Acme \t  Oy ')).toBe(nameHash('ACME\u00a0oy'));
  });

  it('keeps every name of a large list, across its growth', () => {
    const seen = new SeenNames();
    for (let i = 0; i < 50_000; i += 1) expect(seen.firstOrAdd(`Customer ${i}`, i + 2)).toBeUndefined();
    expect(seen.firstOrAdd('customer  49999', 1)).toBe(50_001);
    expect(seen.firstOrAdd('CUSTOMER 0', 1)).toBe(2);
  });
});
