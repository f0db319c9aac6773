/**
 * Progress as data: reading, checking, scoring and writing a large sheet report rows done of total to
 * the ProgressSink they are handed, phase by phase, and nothing when none is.
 */
import { readFile, writeFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { builtInProfile } from '../../src/core/index.js';
import {
  csvText,
  PROGRESS_STEP,
  readPortfolio,
  startPhase,
  writeCsv,
  type CellValue,
  type ProgressSink,
} from '../../src/io/index.js';
import { buildRankResult } from '../../src/rank/result.js';
import { writeOutput } from '../../src/rank/write-output.js';
import { expectRead } from '../helpers/io-read.js';
import { useTempDir } from '../helpers/temp-dir.js';

const ROWS = 6789;

function sheet(rows: number): string {
  const lines = ['Name,Revenue,Direct Costs,Loyalty,Lifecycle Stage'];
  for (let i = 0; i < rows; i += 1) lines.push(`Account ${i},${1000 + i},${i % 700},${1 + (i % 5)},Growth`);
  return `${lines.join('\n')}\n`;
}

type ProgressEvent = { phase: string; done: number; total: number };

const of = (events: ProgressEvent[], phase: ProgressEvent['phase']): ProgressEvent[] =>
  events.filter((e) => e.phase === phase);

/** A sink that writes down what it is told: a start as 0 done, each update with its phase's total. */
function recorder(): { sink: ProgressSink<string>; events: ProgressEvent[]; stopped: string[] } {
  const events: ProgressEvent[] = [];
  const stopped: string[] = [];
  let phase = '';
  let total = Number.NaN;
  const sink: ProgressSink<string> = {
    start: (next, nextTotal) => {
      phase = next;
      total = nextTotal ?? Number.NaN;
      events.push({ phase, done: 0, total });
    },
    update: (done) => events.push({ phase, done, total }),
    stop: () => stopped.push(phase),
  };
  return { sink, events, stopped };
}

describe('progress of a long run', () => {
  const tmp = useTempDir();

  it.each([
    ['LF, blank lines and a row of delimiters', 'Name,Revenue\n\nA Oy,1\n , \nB Oy,2\n\n', 2],
    ['CRLF, no line end at the end', 'Name,Revenue\r\nA Oy,1\r\n\r\nB Oy,2\r\nC Oy,3', 3],
    ['CR only', 'Name,Revenue\rA Oy,1\rB Oy,2\r', 2],
    ['quotes (a line break inside one), counted by a first pass', 'Name,Revenue\n"A\nOy",1\n\nB Oy,2\n', 2],
  ])('checking counts the rows to come exactly: %s', async (_, text, rows) => {
    const input = tmp.file('rows.csv');
    await writeFile(input, text);
    const { sink, events } = recorder();
    expect(expectRead(await readPortfolio(input, { progress: sink })).accounts).toHaveLength(rows);
    expect(of(events, 'validate')).toEqual([
      { phase: 'validate', done: 0, total: rows },
      { phase: 'validate', done: rows, total: rows },
    ]);
  });

  it('counts the rows checked while reading, then the rows scored and written', async () => {
    const input = tmp.file('big.csv');
    const text = sheet(ROWS);
    await writeFile(input, text);
    const { sink, events, stopped } = recorder();
    const read = expectRead(await readPortfolio(input, { progress: sink }));
    expect(read.accounts).toHaveLength(ROWS);

    const bytes = Buffer.byteLength(text);
    expect(of(events, 'read')).toEqual([
      { phase: 'read', done: 0, total: bytes },
      { phase: 'read', done: bytes, total: bytes },
    ]);
    const validate = of(events, 'validate');
    expect(validate[0]).toEqual({ phase: 'validate', done: 0, total: ROWS });
    expect(validate.at(-1)).toEqual({ phase: 'validate', done: ROWS, total: ROWS });
    // One report per PROGRESS_STEP rows, rising, never past the total.
    expect(validate).toHaveLength(2 + Math.floor((ROWS - 1) / PROGRESS_STEP));
    const counts = validate.map((e) => e.done);
    expect([...counts].sort((a, b) => a - b)).toEqual(counts);

    const { result, inputsByRank } = buildRankResult(
      read.accounts,
      builtInProfile('current')!,
      undefined,
      undefined,
      sink
    );
    expect(of(events, 'score').at(-1)).toEqual({ phase: 'score', done: ROWS, total: ROWS });

    const out = tmp.file('ranked.csv');
    await writeOutput(out, 'csv', result, inputsByRank, sink);
    const write = of(events, 'write');
    expect(write[0]).toEqual({ phase: 'write', done: 0, total: ROWS });
    expect(write.at(-1)).toEqual({ phase: 'write', done: ROWS, total: ROWS });
    expect((await readFile(out, 'utf8')).split('\r\n').filter((line) => line !== '')).toHaveLength(ROWS + 1);
    expect(events.map((e) => e.phase).filter((p, i, all) => p !== all[i - 1])).toEqual([
      'read',
      'validate',
      'score',
      'write',
    ]);
    expect(stopped).toEqual(['read', 'validate', 'score', 'write']);
  });

  it('reports nothing, and costs nothing, without a listener', () => {
    const ticker = startPhase(undefined, 'write', 10);
    expect(() => {
      ticker.tick(5);
      ticker.end();
    }).not.toThrow();
  });

  it('never reports more done than the total', () => {
    const { sink, events } = recorder();
    const ticker = startPhase(sink, 'validate', 3);
    ticker.tick(PROGRESS_STEP * 2);
    ticker.end();
    expect(events.every((e) => e.done <= e.total)).toBe(true);
  });
});

describe('the CSV writer writes what Papa.unparse wrote', () => {
  const tmp = useTempDir();
  const cells: CellValue[] = [
    'plain',
    'with, comma',
    'with; semicolon',
    'quote " inside',
    ' leading space',
    'trailing space ',
    'line\nbreak',
    'cr\rhere',
    '\ufeffbom',
    '=SUM(A1)',
    '-12',
    '',
    0,
    -0,
    12.5,
    -3,
    1e21,
    Number.NaN,
    true,
    false,
    null,
    'Ääkköset Oy',
  ];
  /** The old writer: neutralise, numbers with a decimal comma for ';', then Papa.unparse. */
  const papaCell = (value: CellValue, decimalComma: boolean): string => {
    if (value === null) return '';
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return '';
      return decimalComma ? String(value).replace('.', ',') : String(value);
    }
    const text = String(value);
    return typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  };

  it.each([',', ';'] as const)('cell for cell, with %j as the delimiter', async (delimiter) => {
    const rows = cells.map((cell, i) => [cell, i, cells[(i + 3) % cells.length]]);
    const header = ['A', 'B', '=C'];
    const papa = Papa.unparse(
      {
        fields: header.map((h) => papaCell(h, delimiter === ';')),
        data: rows.map((row) => row.map((cell) => papaCell(cell, delimiter === ';'))),
      },
      { delimiter, newline: '\r\n', escapeFormulae: false }
    );
    expect(csvText(header, rows, { delimiter })).toBe(papa);
    const out = tmp.file('cells.csv');
    await writeCsv(out, header, rows, { delimiter });
    expect(await readFile(out, 'utf8')).toBe(`\ufeff${papa}\r\n`);
  });
});
