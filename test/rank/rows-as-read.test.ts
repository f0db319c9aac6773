/**
 * A ranked CSV that copies rows of a quote-free input as they stand (rows-as-read.ts) is byte for byte
 * the one written cell by cell: random quote-free files with plain and odd but valid cells (spaces at
 * a name's ends, formula starts, leading zeros, minus zero, letters beyond ASCII, lifecycle words as
 * a person writes them, unknown columns), read as `portfolio rank` reads them, written in the file's
 * own delimiter and in others. Many rows are copied, so the copy is what is tested.
 */
import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { setLanguage } from '../../src/i18n/index.js';
import type { CsvWriteOptions, SourceColumn } from '../../src/io/index.js';
import { csvDialect } from '../../src/io/read/read-csv.js';
import { readCsvStreamed } from '../../src/io/read/read-csv-stream.js';
import { RESULT_HEADERS, type ExportSource } from '../../src/rank/ranked-export.js';
import { buildRankResult } from '../../src/rank/result.js';
import { writeOutput } from '../../src/rank/write-output.js';
import { CURRENT } from '../helpers/core-fixtures.js';
import { useTempDir } from '../helpers/temp-dir.js';

type Kind = 'id' | 'owner' | 'figure' | 'cost' | 'score' | 'lifecycle' | 'unknown';

const COLUMNS: ReadonlyArray<readonly [string, Kind]> = [
  ['Id', 'id'],
  ['Owner', 'owner'],
  ['Revenue', 'figure'],
  ['Direct Costs', 'cost'],
  ['Service Costs', 'cost'],
  ['Service Hours', 'cost'],
  ['Volume', 'score'],
  ['Loyalty', 'score'],
  ['Potential', 'score'],
  ['Contact', 'score'],
  ['Commitment', 'score'],
  ['Binding', 'score'],
  ['Lifecycle Stage', 'lifecycle'],
  ['Region', 'unknown'],
  ['Note', 'unknown'],
];

/** Mostly cells the export writes as they stand, now and then one it writes otherwise. */
const odd = <T>(plain: fc.Arbitrary<T>, other: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  fc.oneof({ weight: 12, arbitrary: plain }, { weight: 1, arbitrary: other });

const CELLS: Record<Kind, fc.Arbitrary<string>> = {
  id: odd(fc.constantFrom('A1', '001Xx000003DGb0AAG', ''), fc.constantFrom(' A2', '-A3', '=A4', 'Ä5')),
  owner: odd(fc.constantFrom('Ann', 'Matti Meikäläinen', ''), fc.constantFrom(' Bo ', '+Bo', 'Bo\t', 'Åsa')),
  figure: odd(
    fc.oneof(fc.integer({ min: -1e9, max: 1e12 }).map(String), fc.constant('')),
    fc.constantFrom('007', '-0', '-012')
  ),
  cost: odd(fc.oneof(fc.integer({ min: 0, max: 1e9 }).map(String), fc.constant('')), fc.constantFrom('00', '01')),
  score: odd(fc.oneof(fc.integer({ min: 1, max: 5 }).map(String), fc.constant('')), fc.constantFrom('03', '005')),
  lifecycle: odd(fc.constantFrom('Growth', 'Kasvu', 'päättyvä', 'growth', ''), fc.constantFrom(' Kasvu', 'Growth ')),
  unknown: odd(
    fc.constantFrom('North', 'Etelä-Suomi', 'Tier A', '42', '', 'x y'),
    fc.constantFrom('@North', '-1', ' pad', 'Öljy', 'a\u00a0')
  ),
};

const NAME_STARTS = ['Customer ', 'Asiakas ', ' Padded ', '=Formula ', 'Öljy ', '@at ', 'Tab\t'];

const fileArb = fc
  .tuple(
    fc.constantFrom(',', ';'),
    fc.shuffledSubarray([...COLUMNS]),
    fc.integer({ min: 0, max: 3 }),
    fc.constantFrom('\n', '\r\n'),
    fc.boolean()
  )
  .chain(([delimiter, columns, namePlace, newline, bom]) => {
    const header = [...columns];
    header.splice(Math.min(namePlace, header.length), 0, ['Name', 'id']);
    const kinds = header.map(([title, kind]) => (title === 'Name' ? undefined : kind));
    const row = fc.tuple(
      fc.tuple(fc.nat({ max: 1_000_000 }), fc.nat({ max: 30 })),
      fc.tuple(...kinds.map((kind) => (kind ? CELLS[kind] : fc.constant(''))))
    );
    return fc.array(row, { minLength: 1, maxLength: 30 }).map((rows) => {
      const lines = rows.map(([[n, start], cells]) =>
        cells
          .map((cell, i) => (kinds[i] ? cell : `${NAME_STARTS[start] ?? 'Customer '}${n}${start === 30 ? 'ö' : ''}`))
          .join(delimiter)
      );
      const text = [header.map(([title]) => title).join(delimiter), ...lines].join(newline);
      return { text: bom ? `\ufeff${text}` : text, delimiter };
    });
  });

const DIALECTS: Array<Required<Omit<CsvWriteOptions, 'signal'>>> = [
  { delimiter: ',', decimal: '.', bom: true },
  { delimiter: ';', decimal: ',', bom: true },
  { delimiter: '\t', decimal: '.', bom: false },
];

/** The cells the export repeats as read, as `portfolio rank` keeps them. */
const keepCell = (column: SourceColumn): boolean => !column.field || column.field === 'lifecycleStage';

/** Reads `text` as portfolio rank does, ranks it and writes its ranked CSV: the bytes, and the rows copied. */
async function rankedCsv(
  text: string,
  asRead: boolean,
  dialect: Required<Omit<CsvWriteOptions, 'signal'>>,
  path: string
): Promise<{ bytes: string; copied: number } | undefined> {
  const outcome = readCsvStreamed('in.csv', csvDialect(text), {
    keepCell,
    resultHeaders: RESULT_HEADERS,
    rowsAsRead: asRead,
  });
  if (!outcome.ok) return undefined;
  const { result, inputsByRank, indexByRank } = buildRankResult(outcome.accounts, CURRENT, undefined, outcome.lines);
  const source: ExportSource = {
    columns: outcome.columns,
    cellsByRank: indexByRank.map((i) => outcome.cells[i]),
    ...(outcome.asRead ? { asRead: outcome.asRead } : {}),
  };
  await writeOutput(path, 'csv', result, inputsByRank, undefined, { source, dialect });
  const copied =
    outcome.asRead && outcome.asRead.delimiter === dialect.delimiter
      ? outcome.asRead.starts.filter((start) => start >= 0).length
      : 0;
  return { bytes: (await readFile(path)).toString('latin1'), copied };
}

describe('a ranked CSV that copies rows as read', () => {
  const dir = useTempDir();

  it('is byte for byte the one written cell by cell, in the file delimiter and in others', async () => {
    let run = 0;
    let copied = 0;
    let rows = 0;
    await fc.assert(
      fc.asyncProperty(fileArb, fc.constantFrom('en' as const, 'fi' as const), async ({ text }, language) => {
        setLanguage(language);
        for (const dialect of DIALECTS) {
          run += 1;
          // eslint-disable-next-line no-await-in-loop -- one dialect after another, each file its own
          const [cellByCell, asRead] = await Promise.all([
            rankedCsv(text, false, dialect, dir.file(`cells-${run}.csv`)),
            rankedCsv(text, true, dialect, dir.file(`rows-${run}.csv`)),
          ]);
          expect(asRead?.bytes).toBe(cellByCell?.bytes);
          expect(cellByCell?.copied ?? 0).toBe(0);
          copied += asRead?.copied ?? 0;
          if (asRead && dialect.delimiter === (text.includes(';') ? ';' : ','))
            rows += asRead.bytes.split('\r\n').length;
        }
      }),
      { numRuns: 120 }
    );
    // The copy is what was tested: most rows of the files written in their own delimiter were copied.
    expect(copied).toBeGreaterThan(rows / 4);
  });

  it('copies none of a file that holds the result columns of an earlier export', async () => {
    setLanguage('en');
    const first = await rankedCsv(
      'Name,Revenue,Loyalty\nAcme,100,5\nBeta,200,3',
      true,
      DIALECTS[0],
      dir.file('first.csv')
    );
    expect(first?.copied).toBe(2);
    const again = await rankedCsv(
      first!.bytes.replace(/^\ufeff|^\xef\xbb\xbf/, ''),
      true,
      DIALECTS[0],
      dir.file('again.csv')
    );
    expect(again?.copied).toBe(0);
    expect(again?.bytes).toBe(first?.bytes);
  });
});
