/**
 * The streamed JSON writer (src/io/write/write-json.ts) against JSON.stringify(value, null, 2), the text it
 * stands in for: byte for byte, for generated values and for a real rank result.
 */
import { readdir, readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { jsonChunks, writeJson } from '../../src/io/write/write-json.js';
import { readPortfolio } from '../../src/io/index.js';
import { loadProfile } from '../../src/profile/load-profile.js';
import { buildRankResult } from '../../src/rank/result.js';
import { isLargeRankJson, STREAM_FROM_ACCOUNTS } from '../../src/rank/json-output.js';
import { expectRead } from '../helpers/io-read.js';
import { repoPath } from '../helpers/paths.js';
import { useTempDir } from '../helpers/temp-dir.js';

const streamed = (value: unknown): string => [...jsonChunks(value, { end: '\n' })].join('');
const stringified = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

describe('jsonChunks', () => {
  it.each([
    ['an empty object', {}],
    ['an empty array', []],
    ['nested empties', { a: [], b: {}, c: [[], {}] }],
    ['primitives', [1, -0, 1.5e300, 'text', true, false, null]],
    ['non-finite numbers, written as null', { nan: NaN, inf: Infinity, list: [NaN, -Infinity] }],
    [
      'omitted members and null elements',
      { a: undefined, b: (): number => 1, c: [undefined, (): number => 1, Symbol('s')], d: 1 },
    ],
    ['text that needs escaping', { 'line\nbreak': 'tab\there "quoted" \\ \u2028 ä 😀', '': '' }],
    [
      'toJSON at every level',
      { when: new Date(Date.UTC(2026, 0, 2)), nested: [{ toJSON: (): unknown => ({ x: [1, 2] }) }] },
    ],
    ['a bare string', 'just text'],
  ])('writes %s as JSON.stringify does', (_label, value) => {
    expect(streamed(value)).toBe(stringified(value));
  });

  it('matches JSON.stringify on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(streamed(value)).toBe(stringified(value));
      }),
      { numRuns: 300 }
    );
  });

  it('writes a rank result, explanations worked out through toJSON, as JSON.stringify does', async () => {
    const read = expectRead(await readPortfolio(repoPath('config', 'sample-portfolio.csv')));
    const { result } = buildRankResult(
      read.accounts,
      await loadProfile('current'),
      await loadProfile('future'),
      read.lines
    );
    const envelope = { status: 0, result, warnings: ['a warning'] };
    expect(streamed(envelope)).toBe(stringified(envelope));
  });

  it('gives pieces of bounded size for a long array', () => {
    const accounts = Array.from({ length: 5000 }, (_, i) => ({ name: `Account ${i}`, scores: { loyalty: i % 5 } }));
    const chunks = [...jsonChunks({ accounts })];
    expect(chunks.length).toBeGreaterThan(3);
    // Each chunk is about 64 KiB: the pieces are gathered up to that, then cut after the piece that passes it.
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(70_000);
    expect(chunks.join('')).toBe(JSON.stringify({ accounts }, null, 2));
  });

  it('stops between elements when the signal is aborted', () => {
    const controller = new AbortController();
    const chunks = jsonChunks({ rows: Array.from({ length: 100_000 }, (_, i) => i) }, { signal: controller.signal });
    chunks.next();
    controller.abort();
    expect(() => [...chunks]).toThrow();
  });
});

describe('writeJson', () => {
  const dir = useTempDir();

  it('writes the text with a final line end, and leaves no file when aborted', async () => {
    const path = dir.file('out.json');
    await writeJson(path, { a: [1, 2] });
    expect(await readFile(path, 'utf8')).toBe(stringified({ a: [1, 2] }));

    const controller = new AbortController();
    controller.abort();
    await expect(writeJson(dir.file('aborted.json'), { a: 1 }, { signal: controller.signal })).rejects.toThrow();
    expect(await readdir(dir.path)).toEqual(['out.json']);
  });
});

describe('isLargeRankJson', () => {
  it('streams a result, or its envelope, from the threshold on', () => {
    const accounts = (n: number): { accounts: unknown[] } => ({ accounts: new Array<unknown>(n).fill({}) });
    expect(isLargeRankJson(accounts(STREAM_FROM_ACCOUNTS))).toBe(true);
    expect(isLargeRankJson({ status: 0, result: accounts(STREAM_FROM_ACCOUNTS), warnings: [] })).toBe(true);
    expect(isLargeRankJson({ status: 0, result: accounts(STREAM_FROM_ACCOUNTS - 1), warnings: [] })).toBe(false);
    expect(isLargeRankJson({ status: 1, message: 'failed' })).toBe(false);
  });
});
