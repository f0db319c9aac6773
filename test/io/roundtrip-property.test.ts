/**
 * Property: a valid portfolio written in any supported dialect (CSV with commas, semicolons or tabs,
 * a decimal point or comma, with or without a byte order mark; or an XLSX workbook), read, ranked,
 * exported as CSV or XLSX and read again gives the same accounts and the same extra columns, and the
 * same ranking. Figures have at most two decimals: "1,234" in a tab file is a thousands group or a
 * decimal by the reader's documented rule 4 (numbers.ts), so three decimals are not a round trip.
 */
import { writeFile } from 'node:fs/promises';
import fc from 'fast-check';
import { CURRENT } from '../helpers/core-fixtures.js';
import { writeXlsx } from '../../src/io/index.js';
import { readRankInput, type RankInput } from '../../src/rank/read-input.js';
import { buildRankResult } from '../../src/rank/result.js';
import { writeOutput } from '../../src/rank/write-output.js';
import { useTempDir } from '../helpers/temp-dir.js';

type Dialect = { kind: 'csv'; delimiter: ',' | ';' | '\t'; decimal: '.' | ','; bom: boolean } | { kind: 'xlsx' };

/** The dialects a spreadsheet program writes: a comma file has a decimal point, a semicolon file a comma. */
const DIALECTS: Dialect[] = [
  { kind: 'csv', delimiter: ',', decimal: '.', bom: false },
  { kind: 'csv', delimiter: ',', decimal: '.', bom: true },
  { kind: 'csv', delimiter: ';', decimal: ',', bom: false },
  { kind: 'csv', delimiter: ';', decimal: ',', bom: true },
  { kind: 'csv', delimiter: '\t', decimal: '.', bom: false },
  { kind: 'csv', delimiter: '\t', decimal: ',', bom: true },
  { kind: 'xlsx' },
];

type Generated = {
  name: string;
  id: string;
  owner: string;
  revenue: number;
  directCosts: number | null;
  loyalty: number | null;
  stage: string;
  extras: string[];
};

/** Text that no reader or writer changes: no formula start, no edge spaces, a delimiter or quote inside. */
const text = fc
  .array(fc.constantFrom(...'abcxyzäöÅ019 ,;"\'.'.split('')), { minLength: 1, maxLength: 12 })
  .map((chars) => `T${chars.join('').trim()}`);

const cents = (min: number, max: number): fc.Arbitrary<number> => fc.integer({ min, max }).map((c) => c / 100);

const account = (extraCount: number): fc.Arbitrary<Generated> =>
  fc.record({
    name: text,
    id: fc.integer({ min: 1, max: 99_999 }).map((n) => `C-${n}`),
    owner: text,
    revenue: cents(-10_000_000, 5_000_000_000),
    directCosts: fc.option(cents(0, 1_000_000_000), { nil: null }),
    loyalty: fc.option(
      fc.integer({ min: 2, max: 10 }).map((h) => h / 2),
      { nil: null }
    ),
    stage: fc.constantFrom('Growth', 'Kasvu', 'Established', ''),
    extras: fc.array(fc.option(text, { nil: '' }), { minLength: extraCount, maxLength: extraCount }),
  });

const nameKey = (a: Generated): string => a.name.trim().replace(/\s+/g, ' ').toLowerCase();

const portfolioArb = fc.integer({ min: 0, max: 3 }).chain((extraCount) =>
  fc.record({
    extraCount: fc.constant(extraCount),
    accounts: fc.uniqueArray(account(extraCount), { minLength: 1, maxLength: 8, selector: nameKey }),
    dialect: fc.constantFrom(...DIALECTS),
    output: fc.constantFrom('csv' as const, 'xlsx' as const),
  })
);

const HEADERS = ['Id', 'Name', 'Owner', 'Revenue', 'Direct Costs', 'Loyalty', 'Lifecycle Stage'];

function csvField(value: string | number | null, dialect: Extract<Dialect, { kind: 'csv' }>): string {
  if (value === null) return '';
  const raw = typeof value === 'number' ? String(value).replace('.', dialect.decimal) : value;
  return /[",;\t\n]/.test(raw) ? `"${raw.replace(/"/g, '""')}"` : raw;
}

const rowOf = (a: Generated): Array<string | number | null> => [
  a.id,
  a.name,
  a.owner,
  a.revenue,
  a.directCosts,
  a.loyalty,
  a.stage === '' ? null : a.stage,
  ...a.extras.map((e) => (e === '' ? null : e)),
];

/** The accounts and their extra cells by name, as comparable data. */
function summary(input: RankInput): Array<Record<string, unknown>> {
  const extraColumns = input.columns.filter((c) => !c.field);
  return input.accounts
    .map((a, i) => ({
      ...a,
      extras: extraColumns.map((c) => {
        const cell = input.cells[i][c.index];
        return cell === null || cell === undefined || cell === '' ? null : cell;
      }),
    }))
    .sort((x, y) => (x.name < y.name ? -1 : 1));
}

describe('read → rank → write → read', () => {
  const dir = useTempDir();

  it('keeps the accounts, the extra columns and the ranking in every dialect', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(portfolioArb, async ({ extraCount, accounts, dialect, output }) => {
        run += 1;
        const header = [...HEADERS, ...Array.from({ length: extraCount }, (_, i) => `Extra note ${i + 1}`)];
        const rows = accounts.map(rowOf);
        const file = dir.file(`in-${run}.${dialect.kind}`);
        if (dialect.kind === 'xlsx') {
          await writeXlsx(file, 'Accounts', header, rows);
        } else {
          const lines = [header, ...rows].map((r) => r.map((v) => csvField(v, dialect)).join(dialect.delimiter));
          await writeFile(file, `${dialect.bom ? '\ufeff' : ''}${lines.join('\r\n')}\r\n`);
        }

        const first = await readRankInput(file);
        expect(
          first.accounts.map((a) => [a.name, a.id, a.owner, a.revenue, a.directCosts ?? null, a.scores.loyalty ?? null])
        ).toEqual(accounts.map((a) => [a.name, a.id, a.owner, a.revenue, a.directCosts, a.loyalty]));
        const ranked = buildRankResult(first.accounts, CURRENT);
        const out = dir.file(`out-${run}.${output}`);
        await writeOutput(out, output, ranked.result, ranked.inputsByRank, undefined, {
          source: { columns: first.columns, cellsByRank: ranked.indexByRank.map((i) => first.cells[i]) },
        });

        const second = await readRankInput(out);
        expect(second.columns.map((c) => c.header)).toEqual(header);
        expect(summary(second)).toEqual(summary(first));
        const again = buildRankResult(second.accounts, CURRENT);
        expect(again.result.accounts.map((a) => [a.name, a.rank, a.score])).toEqual(
          ranked.result.accounts.map((a) => [a.name, a.rank, a.score])
        );
      }),
      { numRuns: 40 }
    );
  });
});
