import fc from 'fast-check';
import Papa from 'papaparse';
import { csvLines, CsvRows, DELIMITERS, parseCsv } from '../sf-server/csv.js';

const cell = fc.oneof(fc.string(), fc.constantFrom('', '"', 'a"b', ',', ';', '\n', '\r\n', 'x|y', 'say "hi"'));

describe("the local server's CSV", () => {
  it('writes every cell quoted, in any delimiter and line ending, so that a CSV library reads the rows back', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 8 }),
        fc.constantFrom(...Object.values(DELIMITERS)),
        fc.constantFrom('\n', '\r\n'),
        (rows, delimiter, lineEnding) => {
          const header = ['A', 'B', 'C'];
          const text = csvLines(
            header,
            rows.length,
            (i, cells) => rows[i].forEach((c, j) => (cells[j] = c)),
            delimiter,
            lineEnding
          );
          expect(text.endsWith(lineEnding)).toBe(true);
          const read = Papa.parse<string[]>(text, { delimiter, newline: lineEnding, skipEmptyLines: false }).data;
          expect(read.slice(0, rows.length + 1)).toEqual([header, ...rows]);
          expect(parseCsv(text, delimiter)).toEqual([header, ...rows]);
        }
      )
    );
  });

  it('reads rows one at a time from where an earlier row ended, as a job reads its upload', () => {
    const text = 'Id,Name\n"1","a\nb"\n2,"say ""hi"""\n';
    const rows = new CsvRows(text);
    expect(rows.next()).toEqual(['Id', 'Name']);
    const second = rows.offset;
    expect(rows.next()).toEqual(['1', 'a\nb']);
    expect(rows.rest()).toEqual([['2', 'say "hi"']]);
    expect(new CsvRows(text, ',', second).next()).toEqual(['1', 'a\nb']);
  });
});
