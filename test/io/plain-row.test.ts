/**
 * A quote-free comma or semicolon file is split without papaparse (plain-text.ts) and its plainly
 * valid rows are read straight from the text (plain-row.ts). For random and hostile quote-free files
 * the outcome (accounts with their keys in order, lines, cells kept, columns, issues, warnings, the
 * progress told) is the one of the general path: papaparse's rows read by readRow and the schema.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import type { Account } from '../../src/core/model/input.js';
import { csvDialect } from '../../src/io/read/read-csv.js';
import { canStream, readCsvStreamed } from '../../src/io/read/read-csv-stream.js';
import { eachPlainRecord, papaNewline, plainRecords } from '../../src/io/read/plain-text.js';
import { plainRowReader } from '../../src/io/interpret/plain-row.js';
import { mapHeader } from '../../src/io/interpret/header-map.js';
import { fieldForHeader } from '../../src/io/interpret/headers.js';
import { isBlankRow, type RowReader } from '../../src/io/interpret/interpret-table.js';
import type { ReadOutcome, SourceColumn } from '../../src/io/read/read-outcome.js';
import type { ProgressSink, ReadPhase } from '../../src/io/progress/progress-sink.js';
import type { RawCell } from '../../src/io/interpret/raw-table.js';

const HEADERS = {
  name: ['Name', 'Nimi', 'Account Name'],
  id: ['Id', 'Tunnus'],
  owner: ['Owner', 'Omistaja'],
  figure: ['Revenue', 'Liikevaihto'],
  cost: ['Direct Costs', 'Sales Costs', 'Marketing Costs', 'Service Costs', 'Service Hours', 'Palvelutunnit'],
  score: [
    'Volume',
    'Profitability',
    'Loyalty',
    'Potential',
    'Reference',
    'Learning',
    'Contact',
    'Emotional',
    'Commitment',
    'Binding',
    'Sitoutuminen',
  ],
  lifecycle: ['Lifecycle Stage', 'Elinkaaren vaihe'],
  unknown: ['Region', 'Notes', 'Tier', 'Score', ''],
};
type Kind = keyof typeof HEADERS;
const KIND_OF = new Map<string, Kind>(
  (Object.keys(HEADERS) as Kind[]).flatMap((kind) => HEADERS[kind].map((header) => [header, kind] as const))
);
/** Tier and Score together are an earlier export's result columns: left out of the read. */
const RESULT = { required: ['Tier', 'Score'], optional: ['Note'] };

const names = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 40 }).map((n) => `Account ${n} Oy`) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'Acme Oy',
      'acme  oy',
      ' ACME OY ',
      'Acme\u00a0Oy',
      'Acme\tOy',
      'Ääkkönen Oy',
      'ÄÄKKÖNEN OY',
      'Şirket Ltd',
      '😀 Emoji Company Limited',
      'lone \ud800 surrogate company',
      'Very Long Customer Name Incorporated International',
      'B',
      '',
      '  ',
      '\u00a0',
      '\ufeff',
      'Acme; Finland',
      'Acme, Finland',
      'x-1'
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map((s) => s.replace(/"/g, "'")) }
);
const wholes = fc.oneof(
  fc.integer({ min: -5, max: 5 }).map(String),
  fc.integer({ min: 0, max: 2_000_000 }).map(String),
  fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }).map(String),
  fc.constantFrom('999999999999999', '-999999999999999', '1000000000000000', '9999999999999999', '007', '-0', '-')
);
const oddNumbers = fc.constantFrom(
  '1.5',
  '1,5',
  '2,5',
  '1 000',
  '1\u00a0000',
  '1e3',
  '1e308',
  '-1e308',
  '12abc',
  ' 12',
  '12 ',
  '+3',
  '−300',
  '€12',
  '12 €',
  '1.234',
  '1,234',
  '0x10',
  'NaN',
  'Infinity',
  '٣'
);
const blanks = fc.constantFrom('', '', '', ' ', '\t', '\u00a0');
const cellOf: Record<Kind, fc.Arbitrary<string>> = {
  name: names,
  id: fc.oneof(fc.constantFrom('A1', 'B-2', ' C3 ', '001Xx000003DGb0AAG'), blanks),
  owner: fc.oneof(fc.constantFrom('Ann', 'Matti Meikäläinen', ' Bo '), blanks),
  figure: fc.oneof(
    { weight: 6, arbitrary: wholes },
    { weight: 1, arbitrary: oddNumbers },
    { weight: 1, arbitrary: blanks }
  ),
  cost: fc.oneof(
    { weight: 6, arbitrary: wholes },
    { weight: 1, arbitrary: oddNumbers },
    { weight: 1, arbitrary: blanks }
  ),
  score: fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 0, max: 6 }).map(String) },
    { weight: 1, arbitrary: fc.constantFrom('2.5', '2,5', '-1', '05', '3 ', '1e0') },
    { weight: 2, arbitrary: blanks }
  ),
  lifecycle: fc.oneof(
    fc.constantFrom('Growth', 'growth', 'Kasvu', 'KASVAVA', 'Päättyvä', 'PAATTYVA', 'Vakiintunut', 'Declining'),
    fc.constantFrom('ending ', ' pioneer', 'Pi-oneer', 'unknown', 'Wachstum', '1'),
    blanks
  ),
  unknown: fc.oneof(fc.constantFrom('North', 'Etelä', 'x;y', 'a,b', 'Tier A', '42'), blanks),
};

/** Cells of a file that reads: unique names, figures within range, known words, some blanks. */
const validCellOf: Record<Kind, fc.Arbitrary<string>> = {
  ...cellOf,
  name: fc.integer({ min: 0, max: 1_000_000 }).map((n) => `Customer ${n}`),
  figure: fc.oneof(fc.integer({ min: -1e9, max: 1e12 }).map(String), fc.constant('')),
  cost: fc.oneof(fc.integer({ min: 0, max: 1e9 }).map(String), fc.constant('')),
  score: fc.oneof(fc.integer({ min: 1, max: 5 }).map(String), fc.constant('')),
  lifecycle: fc.constantFrom('Growth', 'Kasvu', 'päättyvä', ''),
};

/** A row for the header: its cells, sometimes mangled as a person or a program might. */
const rowFor = (kinds: readonly Kind[], valid: boolean): fc.Arbitrary<string[]> =>
  fc
    .tuple(
      fc.tuple(...kinds.map((kind) => (valid ? validCellOf : cellOf)[kind])),
      fc.oneof(
        { weight: valid ? 200 : 12, arbitrary: fc.constant('none') },
        {
          weight: 1,
          arbitrary: fc.constantFrom('short', 'long', 'longBlank', 'blank', 'spaces', 'delimiters', 'other', 'quote'),
        }
      )
    )
    .map(([cells, mangle]) => {
      switch (mangle) {
        case 'short':
          return cells.slice(0, Math.max(cells.length - 2, 1));
        case 'long':
          return [...cells, 'extra'];
        case 'longBlank':
          return [...cells, '', ' '];
        case 'blank':
          return [''];
        case 'spaces':
          return ['  \t'];
        case 'delimiters':
          return cells.map(() => '');
        case 'other':
          return ['\u0000OTHER', ...cells];
        default:
          return cells;
      }
    });

const file = fc
  .tuple(
    fc.constantFrom(',', ';'),
    fc.uniqueArray(fc.constantFrom(...KIND_OF.keys()), { minLength: 1, maxLength: 12 }),
    fc.boolean(),
    fc.constantFrom('\n', '\r\n', '\r'),
    fc.constantFrom('none', 'none', 'some', 'bom', 'trailing', 'blankFirst'),
    fc.boolean()
  )
  .chain(([delimiter, headers, withName, newline, extra, valid]) => {
    // A file meant to read has one column per field, a name column, no blank header.
    const fields = new Set<string>();
    const distinct = headers.filter((h) => {
      const field = fieldForHeader(h) ?? h;
      if (h === '' || fields.has(field)) return false;
      fields.add(field);
      return true;
    });
    const named = valid || withName;
    const chosen = valid ? distinct : headers;
    const header = named && !chosen.some((h) => KIND_OF.get(h) === 'name') ? ['Name', ...chosen] : chosen;
    const kinds = header.map((h) => KIND_OF.get(h) ?? 'unknown');
    return fc
      .tuple(
        fc.array(rowFor(kinds, valid), { maxLength: 25 }),
        fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 30, maxLength: 30 })
      )
      .map(([rows, otherBreaks]) => {
        const other = delimiter === ',' ? ';' : ',';
        const lines = [header, ...rows].map((cells) =>
          cells[0] === '\u0000OTHER' ? cells.slice(1).join(other) : cells.join(delimiter)
        );
        // Mostly one newline, now and then another, so that papaparse's guess leaves some in the cells.
        const breakAt = (i: number): string => (extra === 'some' && i % 4 === 3 ? otherBreaks[i] : newline);
        let text = lines.map((line, i) => line + (i < lines.length - 1 ? breakAt(i) : '')).join('');
        if (extra === 'bom') text = `\ufeff${text}`;
        if (extra === 'trailing') text += newline;
        if (extra === 'blankFirst') text = `${newline} ${delimiter}${newline}${text}`;
        return { text, delimiter };
      });
  });

type Told = Array<[string, ...unknown[]]>;
const recorder = (told: Told): ProgressSink<ReadPhase> => ({
  start: (phase, total) => told.push(['start', phase, total]),
  update: (done) => told.push(['update', done]),
  stop: () => told.push(['stop']),
});

/** Same data, same key order at every level, undefined shown. */
const shape = (value: unknown): string => JSON.stringify(value, (_key, v: unknown) => (v === undefined ? '<u>' : v));

const keepUnknownOrStage = (column: SourceColumn): boolean => !column.field || column.field === 'lifecycleStage';

function readBoth(text: string, keepCell?: (column: SourceColumn) => boolean): [ReadOutcome, ReadOutcome, Told, Told] {
  const dialect = csvDialect(text);
  const fastTold: Told = [];
  const generalTold: Told = [];
  const fast = readCsvStreamed('in.csv', dialect, { resultHeaders: RESULT, keepCell, progress: recorder(fastTold) });
  const general = readCsvStreamed('in.csv', dialect, {
    resultHeaders: RESULT,
    keepCell,
    progress: recorder(generalTold),
    general: true,
  });
  return [fast, general, fastTold, generalTold];
}

describe('a quote-free file read straight from its text', () => {
  it('gives the outcome of papaparse and readRow on random and hostile files', () => {
    let plainFiles = 0;
    let accountsRead = 0;
    fc.assert(
      fc.property(file, fc.boolean(), ({ text }, keep) => {
        const dialect = csvDialect(text);
        fc.pre(canStream(dialect) && !dialect.body.includes('"'));
        plainFiles += 1;
        const [fast, general, fastTold, generalTold] = readBoth(text, keep ? keepUnknownOrStage : undefined);
        expect(fast).toStrictEqual(general);
        expect(shape(fast)).toBe(shape(general));
        expect(fastTold).toEqual(generalTold);
        if (fast.ok) accountsRead += fast.accounts.length;
      }),
      { numRuns: 1500 }
    );
    // Most files were quote-free and many rows were read, not only refused.
    expect(plainFiles).toBeGreaterThan(1000);
    expect(accountsRead).toBeGreaterThan(2000);
  });

  it('splits records as papaparse does and counts the non-blank ones', () => {
    const texts = fc.oneof(
      file.map((f) => ({ text: f.text, delimiter: f.delimiter })),
      fc
        .tuple(
          fc.string({ unit: fc.constantFrom('a', ',', ';', ' ', '\t', '\r', '\n', '\ufeff', '\u00a0', 'ä', '\u2028') }),
          fc.constantFrom(',', ';')
        )
        .map(([text, delimiter]) => ({ text, delimiter }))
    );
    fc.assert(
      fc.property(texts, ({ text, delimiter }) => {
        fc.pre(!text.includes('"'));
        const newline = papaNewline(text);
        const ours: string[][] = [];
        eachPlainRecord(text, newline, (start, end) => {
          ours.push(text.slice(start, end).split(delimiter));
        });
        const papa = Papa.parse<string[]>(text, { delimiter, header: false, skipEmptyLines: false }).data;
        expect(ours).toEqual(papa);
        const nonBlank = papa.filter((cells) => !isBlankRow({ line: 0, cells })).length;
        expect(plainRecords(text, delimiter, newline)).toBe(nonBlank);
      }),
      { numRuns: 3000 }
    );
  });
});

describe('plainRowReader', () => {
  const HEADER = 'Id,Name,Revenue,Direct Costs,Loyalty,Potential,Commitment,Lifecycle Stage,Region,Owner';
  const taken: Array<{ line: number; account: Account; key: string; cells: RawCell[]; asRead: string | undefined }> =
    [];
  const lowered = (name: string): string => name.toLowerCase().replace(/\s+/g, ' ');
  let rowText = '';
  const reader = (kept: number[] | undefined, keepsRowsAsRead = false): RowReader => ({
    add: () => undefined,
    finish: () => ({ ok: false, issues: [], warnings: [] }),
    keptColumns: kept,
    keepsRowsAsRead,
    addPlain: (line, account, cells, start, end): boolean => {
      const key = lowered(account.name);
      if (taken.some((t) => t.key === key)) return false;
      taken.push({ line, account, key, cells: [...cells], asRead: start >= 0 ? rowText.slice(start, end) : undefined });
      return true;
    },
  });
  const plainRead = (kept?: number[], asRead = false, headerText = HEADER): ((row: string) => boolean) => {
    taken.length = 0;
    const header = mapHeader('in.csv', { line: 1, cells: headerText.split(',') }, RESULT);
    const read = plainRowReader(header, ',', reader(kept, asRead));
    if (!read) throw new Error('expected a plain reader');
    return (row: string): boolean => {
      rowText = `${headerText}\n${row}\nnext,row`;
      return read(rowText, headerText.length + 1, headerText.length + 1 + row.length, 2);
    };
  };

  it('reads a plainly valid row into the account the schema gives, keys in its order', () => {
    const read = plainRead([7, 8]);
    expect(read('A1, Acme  Oy ,-1200,0,5,,3,Kasvu,North,Ann')).toBe(true);
    expect(taken[0].key).toBe('acme oy');
    expect(shape(taken[0].account)).toBe(
      shape({
        id: 'A1',
        name: 'Acme  Oy',
        revenue: -1200,
        directCosts: 0,
        scores: { loyalty: 5 },
        commitment: 3,
        lifecycleStage: 'growth',
        owner: 'Ann',
      })
    );
    expect([taken[0].cells[7], taken[0].cells[8]]).toEqual(['Kasvu', 'North']);
    expect(read(',Beta,,,,,,,,')).toBe(true);
    expect(shape(taken[1].account)).toBe(shape({ name: 'Beta', scores: {} }));
  });

  it.each([
    ['a blank name', 'A1, ,1,1,1,1,1,Kasvu,North,Ann'],
    ['a decimal', 'A1,Acme,1.5,1,1,1,1,Kasvu,North,Ann'],
    ['a space in a number', 'A1,Acme,1 000,1,1,1,1,Kasvu,North,Ann'],
    ['a negative cost', 'A1,Acme,1,-1,1,1,1,Kasvu,North,Ann'],
    ['a score out of range', 'A1,Acme,1,1,6,1,1,Kasvu,North,Ann'],
    ['a figure of 16 digits', 'A1,Acme,1000000000000000,1,1,1,1,Kasvu,North,Ann'],
    ['an unknown stage word', 'A1,Acme,1,1,1,1,1,Wachstum,North,Ann'],
    ['too few cells', 'A1,Acme,1,1,1,1,1,Kasvu,North'],
    ['too many cells', 'A1,Acme,1,1,1,1,1,Kasvu,North,Ann,'],
    ['another delimiter', 'A1;Acme;1;1;1;1;1;Kasvu;North;Ann'],
    ['a blank cell of spaces', 'A1,Acme, ,1,1,1,1,Kasvu,North,Ann'],
  ])('leaves a row with %s to the general path', (_what, row) => {
    expect(plainRead()(row)).toBe(false);
    expect(taken).toEqual([]);
  });

  it('leaves a name seen before, in another case and spacing, to the general path', () => {
    const read = plainRead();
    expect(read('A1,Acme Oy,1,1,1,1,1,Kasvu,North,Ann')).toBe(true);
    expect(read('A2,ACME  oy,1,1,1,1,1,Kasvu,North,Ann')).toBe(false);
    expect(taken).toHaveLength(1);
  });

  it('marks a row the export may copy as it stands, when the reader keeps rows as read', () => {
    const row = 'A1,Acme Oy,-1200,0,5,,3,Kasvu,North,Ann';
    expect(plainRead(undefined, false)(row)).toBe(true);
    expect(taken[0].asRead).toBeUndefined();
    expect(plainRead(undefined, true)(row)).toBe(true);
    expect(taken[0].asRead).toBe(row);
    expect(plainRead(undefined, true)(',Beta,,,,,,,,')).toBe(true);
    expect(taken[0].asRead).toBe(',Beta,,,,,,,,');
  });

  it.each([
    ['a name with spaces at its ends', 'A1, Acme ,1,1,1,1,1,Kasvu,North,Ann'],
    ['an owner with a tab at its end', 'A1,Acme,1,1,1,1,1,Kasvu,North,Ann\t'],
    ['a name that begins as a formula', 'A1,=Acme,1,1,1,1,1,Kasvu,North,Ann'],
    ['an id that begins with a minus', '-A1,Acme,1,1,1,1,1,Kasvu,North,Ann'],
    ['an unknown cell that begins with @', 'A1,Acme,1,1,1,1,1,Kasvu,@North,Ann'],
    ['a name that ends beyond ASCII', 'A1,Acme Öö,1,1,1,1,1,Kasvu,North,Ann'],
    ['a byte order mark in a name', 'A1,Ac\ufeffme,1,1,1,1,1,Kasvu,North,Ann'],
    ['a lone carriage return in a name', 'A1,Ac\rme,1,1,1,1,1,Kasvu,North,Ann'],
    ['a figure with a leading zero', 'A1,Acme,0120,1,1,1,1,Kasvu,North,Ann'],
    ['a score with a leading zero', 'A1,Acme,1,1,05,1,1,Kasvu,North,Ann'],
    ['minus zero', 'A1,Acme,-0,1,1,1,1,Kasvu,North,Ann'],
    ['a stage word with a space', 'A1,Acme,1,1,1,1,1, Kasvu,North,Ann'],
    ['a stage cell of spaces only', 'A1,Acme,1,1,1,1,1,  ,North,Ann'],
  ])('writes a row with %s cell by cell', (_what, row) => {
    expect(plainRead(undefined, true)(row)).toBe(true);
    expect(taken[0].asRead).toBeUndefined();
  });

  it('keeps no row as read from a file with the result columns of an earlier export', () => {
    const resultHeader = RESULT.required.join(',');
    const read = plainRead(undefined, true, `${HEADER},${resultHeader}`);
    const results = RESULT.required.map(() => '').join(',');
    expect(read(`A1,Acme,1,1,1,1,1,Kasvu,North,Ann,${results}`)).toBe(true);
    expect(taken[0].asRead).toBeUndefined();
  });

  it('is not made for a header with a blank column inside it', () => {
    const header = mapHeader('in.csv', { line: 1, cells: ['Name', '', 'Revenue'] });
    expect(plainRowReader(header, ',', reader(undefined))).toBeUndefined();
  });
});
