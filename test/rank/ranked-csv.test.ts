/**
 * The ranked CSV written as bytes from the ranking's columns (src/rank/csv) is byte for byte the file
 * the general path writes from the export's rows (eachRankedRow through writeCsv): on random portfolios
 * with hostile names, owners and unknown cells (formula starts, quotes, delimiters, line breaks, byte
 * order marks, workbook special cells, numbers of every kind), gaps, losses, fractional scores, a
 * comparison, review flags, in every dialect and both languages, across blocks and pieces. It counts
 * the rows it writes and stops when the run is aborted, leaving no file.
 */
import { readFile, readdir } from 'node:fs/promises';
import fc from 'fast-check';
import { AccountInputSchema, LIFECYCLE_STAGES, type AccountInput } from '../../src/core/index.js';
import { setLanguage } from '../../src/i18n/index.js';
import { writeCsv, type CsvWriteOptions, type RawCell, type SourceColumn } from '../../src/io/index.js';
import { eachRankedRow, rankedHeader, type ExportSource } from '../../src/rank/ranked-export.js';
import { buildRankResult } from '../../src/rank/result.js';
import { writeOutput } from '../../src/rank/write-output.js';
import { CURRENT, FUTURE } from '../helpers/core-fixtures.js';
import { useTempDir } from '../helpers/temp-dir.js';

const DIALECTS: Array<Required<Omit<CsvWriteOptions, 'signal'>>> = [
  { delimiter: ',', decimal: '.', bom: true },
  { delimiter: ',', decimal: '.', bom: false },
  { delimiter: ';', decimal: ',', bom: true },
  { delimiter: '\t', decimal: '.', bom: false },
  { delimiter: ',', decimal: ',', bom: true },
];

const hostileChar = fc.constantFrom(
  ...['a', 'Z', '7', ' ', ',', ';', '\t', '"', '\r', '\n', '\ufeff', '=', '+', '-', '@', 'ä', '€', '😀']
);
const hostileText = fc.array(hostileChar, { minLength: 1, maxLength: 10 }).map((chars) => chars.join(''));
const name = fc.oneof(hostileText, fc.string({ minLength: 1, maxLength: 12 })).filter((s) => s.trim() !== '');
const money = fc.oneof(
  fc.integer({ min: -5000, max: 5_000_000 }),
  fc.integer({ min: -100_000, max: 10_000_000 }).map((c) => c / 100),
  fc.constantFrom(3e12, 2 ** 31, -(2 ** 31) - 1)
);
const cost = fc.oneof(
  fc.integer({ min: 0, max: 100_000 }),
  fc.integer({ min: 0, max: 10_000_000 }).map((c) => c / 100)
);
const score = fc.oneof(
  fc.integer({ min: 1, max: 5 }),
  fc.integer({ min: 10, max: 50 }).map((s) => s / 10)
);
const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined, freq: 3 });

const accountArb: fc.Arbitrary<AccountInput> = fc.record(
  {
    name,
    id: maybe(hostileText),
    owner: maybe(fc.constantFrom('Anna', 'Ben', '=Boss', 'Kalle, Jr.', '"Q"')),
    revenue: maybe(money),
    directCosts: maybe(cost),
    salesCosts: maybe(cost),
    marketingCosts: maybe(cost),
    serviceCosts: maybe(cost),
    serviceHours: maybe(cost),
    scores: fc.record({
      volume: maybe(score),
      profitability: maybe(score),
      loyalty: maybe(score),
      potential: maybe(score),
      reference: maybe(score),
      learning: maybe(score),
      contact: maybe(score),
      emotional: maybe(score),
    }),
    commitment: maybe(score),
    binding: maybe(score),
    lifecycleStage: maybe(fc.constantFrom(...LIFECYCLE_STAGES)),
  },
  { requiredKeys: ['name', 'scores'] }
);

/** A cell as a reader keeps it: text, a number, a blank, or a workbook's special cell. */
const rawCell: fc.Arbitrary<RawCell> = fc.oneof(
  hostileText,
  fc.constantFrom('Kasvu', 'Growth', 'growth', ' Ending '),
  fc.oneof(fc.integer(), fc.double({ noNaN: true }), fc.constant(-0)),
  fc.constant(null),
  fc.constantFrom<RawCell>(
    { kind: 'formula', formula: 'SUM(A1:A2)' },
    { kind: 'error', text: '#N/A' },
    { kind: 'other', text: 'TRUE' }
  )
);

/** The input's columns: the known fields in a random order and subset, unknown columns among them. */
const FIELDS = [
  'id',
  'name',
  'owner',
  'revenue',
  'directCosts',
  'salesCosts',
  'marketingCosts',
  'serviceCosts',
  'serviceHours',
  'volume',
  'profitability',
  'loyalty',
  'potential',
  'reference',
  'learning',
  'contact',
  'emotional',
  'commitment',
  'binding',
  'lifecycleStage',
] as const;

const columnsArb = fc
  .tuple(fc.shuffledSubarray([...FIELDS]), fc.integer({ min: 0, max: 3 }))
  .map(([fields, unknown]): Array<SourceColumn['field']> => [
    ...fields,
    ...Array.from({ length: unknown }, () => undefined),
  ])
  .chain((fields) => fc.shuffledSubarray(fields, { minLength: fields.length }));

const caseArb = fc.record({
  accounts: fc.array(accountArb, { maxLength: 40 }),
  fields: columnsArb,
  cells: fc.array(fc.array(rawCell, { minLength: 8, maxLength: 8 }), { minLength: 40, maxLength: 40 }),
  review: fc.option(fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), { nil: undefined }),
  compare: fc.boolean(),
  future: fc.boolean(),
  dialect: fc.constantFrom(...DIALECTS),
  language: fc.constantFrom('en' as const, 'fi' as const),
});

type Case = {
  accounts: AccountInput[];
  fields: Array<SourceColumn['field']>;
  cells: RawCell[][];
  review?: boolean[];
  compare: boolean;
  future: boolean;
};

/** The result and export source of a case, as `portfolio rank` builds them from a read. */
function ranked(c: Case): { outcome: ReturnType<typeof buildRankResult>; source: ExportSource } {
  const accounts = c.accounts.map((a) => AccountInputSchema.parse(a));
  const profile = c.future ? FUTURE : CURRENT;
  const outcome = buildRankResult(accounts, profile, c.compare ? (c.future ? CURRENT : FUTURE) : undefined);
  // The cells kept per row: one per unknown or lifecycle column, as the reader keeps them (keepCell).
  let kept = 0;
  const columns = c.fields.map((field, i): SourceColumn => {
    const index = !field || field === 'lifecycleStage' ? kept++ : -1;
    return { index, header: field ?? `Note ${i}`, ...(field ? { field } : {}) };
  });
  const cellsByRank = outcome.indexByRank.map((i) => c.cells[i % c.cells.length].slice(0, kept));
  const source: ExportSource = {
    columns,
    cellsByRank,
    ...(c.review ? { reviewDueByRank: outcome.indexByRank.map((i) => c.review![i % c.review!.length]) } : {}),
  };
  return { outcome, source };
}

describe('the ranked CSV written as bytes', () => {
  const dir = useTempDir();

  it('is byte for byte the file the rows give through writeCsv', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        run += 1;
        setLanguage(c.language);
        const { outcome, source } = ranked(c);
        const { result, inputsByRank } = outcome;
        const bytes = dir.file(`bytes-${run}.csv`);
        const rows = dir.file(`rows-${run}.csv`);
        await writeOutput(bytes, 'csv', result, inputsByRank, undefined, { source, dialect: c.dialect });
        await writeCsv(rows, rankedHeader(result, source), eachRankedRow(result, inputsByRank, source), c.dialect);
        expect((await readFile(bytes)).toString('latin1')).toBe((await readFile(rows)).toString('latin1'));
      }),
      { numRuns: 150 }
    );
  });

  it('is the same across blocks and pieces, after its thrown-away sample: 12,000 accounts, repeated names and a long one', async () => {
    const accounts = Array.from({ length: 12_000 }, (_, i): AccountInput => ({
      name: i === 7 ? `L${'ö'.repeat(300_000)}` : `Account ${i % 1200}`,
      revenue: (i * 7919) % 100_000,
      directCosts: (i * 104_729) % 60_000,
      scores: { loyalty: 1 + (i % 5), potential: 1 + ((i * 3) % 5), contact: i % 7 === 0 ? 4.6 : 2 },
      commitment: 1 + (i % 5),
      binding: 1 + ((i * 2) % 5),
    }));
    const { outcome, source } = ranked({
      accounts,
      fields: ['name', 'revenue', 'directCosts', 'loyalty', 'potential', 'contact', undefined],
      cells: [['x'], ['=1+1'], [7.5]],
      compare: false,
      future: false,
    });
    const { result, inputsByRank } = outcome;
    const files = await Promise.all(
      DIALECTS.map(async (dialect, d) => {
        await writeOutput(dir.file(`bytes-${d}.csv`), 'csv', result, inputsByRank, undefined, { source, dialect });
        const rows = eachRankedRow(result, inputsByRank, source);
        await writeCsv(dir.file(`rows-${d}.csv`), rankedHeader(result, source), rows, dialect);
        return Promise.all([readFile(dir.file(`bytes-${d}.csv`)), readFile(dir.file(`rows-${d}.csv`))]);
      })
    );
    for (const [a, b] of files) expect(a.equals(b)).toBe(true);
  });

  it('counts its rows and, aborted, stops and leaves no file', async () => {
    const accounts = Array.from({ length: 5000 }, (_, i): AccountInput => ({ name: `A${i}`, revenue: i, scores: {} }));
    const { outcome, source } = ranked({
      accounts,
      fields: ['name', 'revenue'],
      cells: [[]],
      compare: false,
      future: false,
    });
    const { result, inputsByRank } = outcome;
    const done: number[] = [];
    const sink = {
      start: (): void => undefined,
      update: (n: number): number => done.push(n),
      stop: (): void => undefined,
    };
    await writeOutput(dir.file('counted.csv'), 'csv', result, inputsByRank, sink, { source });
    expect(done.at(-1)).toBe(5000);
    expect(done).toEqual([...done].sort((x, y) => x - y));

    const controller = new AbortController();
    const aborting = { ...sink, update: (): void => controller.abort() };
    await expect(
      writeOutput(dir.file('aborted.csv'), 'csv', result, inputsByRank, aborting, { source, signal: controller.signal })
    ).rejects.toThrow();
    expect((await readdir(dir.path)).filter((f) => f !== 'counted.csv')).toEqual([]);
  });
});
