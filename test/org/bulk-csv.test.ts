import fc from 'fast-check';
import Papa from 'papaparse';
import { csvLine, CsvTable, DEFAULT_POLL, parseCsv, pollDelay } from '../../src/org/api/bulk-jobs.js';
import { fingerprintOf } from '../../src/org/api/row-values.js';
import { allWritten, csvBatches } from '../../src/org/write/write-bulk.js';
import type { WriteContext } from '../../src/org/write/write-types.js';

const cell = fc.oneof(fc.string(), fc.constantFrom('', '"', '""', ',', '\n', '\r\n', 'a,b', 'say "hi"'));

describe('Bulk API CSV', () => {
  it('parses what a CSV library parses, quoted or not, with LF or CRLF', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        (rows, crlf) => {
          const width = rows[0].length;
          const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
          const text = Papa.unparse(table, { quotes: true, newline: crlf ? '\r\n' : '\n' });
          expect(parseCsv(text)).toEqual(table);
          expect(parseCsv(`${text}\n`)).toEqual(table);
        }
      )
    );
  });

  it('reads unquoted values and empty trailing values', () => {
    expect(parseCsv('Id,Name,X\n001,Acme,\n002,"B, Oy",3\n')).toEqual([
      ['Id', 'Name', 'X'],
      ['001', 'Acme', ''],
      ['002', 'B, Oy', '3'],
    ]);
    const table = new CsvTable('"Id","CVP_Rank__c"\n"001","7"\n');
    const read: Array<string | undefined> = [];
    table.each((get) => read.push(get('CVP_Rank__c'), get('Missing')));
    expect(read).toEqual(['7', undefined]);
  });

  it('reads every row through one moving getter, whatever fields each row asks for and in whatever order', () => {
    const name = fc.constantFrom('Id', 'Name', 'A', 'B', 'Missing');
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ maxLength: 3 }), { minLength: 4, maxLength: 4 }), { maxLength: 6 }),
        fc.array(fc.array(name, { maxLength: 6 }), { minLength: 1, maxLength: 3 }),
        (rows, asks) => {
          const table = new CsvTable(Papa.unparse([['Id', 'Name', 'A', 'B'], ...rows], { quotes: true }));
          const seen: Array<Array<string | undefined>> = [];
          let at = 0;
          // Each row asks its own list of fields (repeating the lists in turn), so the order changes.
          table.each((get) => {
            seen.push(asks[at++ % asks.length].map((f) => get(f)));
          });
          const header = ['Id', 'Name', 'A', 'B'];
          const valueAt = (row: readonly string[], f: string): string | undefined =>
            header.includes(f) ? row[header.indexOf(f)] : undefined;
          expect(seen).toEqual(table.rows.map((row, i) => asks[i % asks.length].map((f) => valueAt(row, f))));
        }
      )
    );
  });

  it('trusts a job to have written every row only when it completed, processed them all and failed none', () => {
    const done = { id: '750', state: 'JobComplete', numberRecordsProcessed: 3, numberRecordsFailed: 0 } as const;
    expect(allWritten(done, 3)).toBe(true);
    expect(allWritten({ ...done, numberRecordsFailed: 1 }, 3)).toBe(false);
    expect(allWritten({ ...done, numberRecordsProcessed: 2 }, 3)).toBe(false);
    expect(allWritten({ ...done, state: 'Aborted' }, 3)).toBe(false);
    expect(allWritten({ ...done, state: 'Failed' }, 3)).toBe(false);
    expect(allWritten({ id: '750', state: 'JobComplete' }, 3)).toBe(false);
  });

  it('writes null as #N/A, the Bulk API way to clear a field, and quotes text', () => {
    expect(csvLine(['a"b', null, 3, true, 'x,y'])).toBe('"a""b",#N/A,3,true,"x,y"');
  });

  it('fingerprints value lists by value and type, never by accident of formatting', () => {
    expect(fingerprintOf([1.5, 'x', null, true])).toBe(fingerprintOf([1.5, 'x', null, true]));
    expect(fingerprintOf([0])).toBe(fingerprintOf([-0]));
    expect(fingerprintOf([1])).not.toBe(fingerprintOf(['1']));
    expect(fingerprintOf([''])).not.toBe(fingerprintOf([null]));
    expect(fingerprintOf(['ab', 'c'])).not.toBe(fingerprintOf(['a', 'bc']));
    expect(fingerprintOf([0.1 + 0.2])).not.toBe(fingerprintOf([0.3]));
    expect(fingerprintOf([Number('3.20')])).toBe(fingerprintOf([3.2]));
  });

  it('polls a job when its pace says it will be done, never later than the backoff and never sooner than the first wait', () => {
    // No pace (a query job, or no progress yet): the backoff.
    expect(pollDelay(DEFAULT_POLL, 800, undefined)).toBe(800);
    // 20,000 records left at 40 a millisecond: 500 ms, and a tenth more for margin.
    expect(pollDelay(DEFAULT_POLL, 800, { processed: 80_000, total: 100_000, ratePerMs: 40 })).toBe(550);
    // Far from done: the backoff still bounds the wait.
    expect(pollDelay(DEFAULT_POLL, 800, { processed: 1000, total: 100_000, ratePerMs: 10 })).toBe(800);
    // Nearly done: not a flood of polls.
    expect(pollDelay(DEFAULT_POLL, 800, { processed: 99_999, total: 100_000, ratePerMs: 40 })).toBe(
      DEFAULT_POLL.initialMs
    );
    expect(pollDelay(DEFAULT_POLL, 800, { processed: 5, total: 100_000, ratePerMs: 0 })).toBe(800);
  });
  it('cuts a job into batches of at most the byte limit, each whole and in order, whatever the text', () => {
    const ctx = { operation: 'update' } as WriteContext;
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.constantFrom('ä'.repeat(40), '€'.repeat(30))
    );
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 200, max: 2000 }),
        (names, maxBytes) => {
          const records = names.map((name, i) => ({
            key: `001${String(i).padStart(15, '0')}`,
            name,
            fields: { Name: name },
          }));
          const header = `${csvLine(['Id', 'Name'])}\n`;
          const widest = Math.max(...records.map((r) => Buffer.byteLength(`${csvLine([r.key, r.fields.Name])}\n`)));
          fc.pre(Buffer.byteLength(header) + widest <= maxBytes);
          const batches = csvBatches(ctx, records, maxBytes);
          for (const batch of batches) {
            expect(Buffer.byteLength(batch.csv)).toBeLessThanOrEqual(maxBytes);
            expect(parseCsv(batch.csv).slice(1)).toEqual(batch.records.map((r) => [r.key, r.fields.Name]));
          }
          expect(batches.flatMap((b) => b.records)).toEqual(records);
          // Cut only where the next record would not fit.
          for (let i = 1; i < batches.length; i++) {
            const next = batches[i].records[0];
            const line = Buffer.byteLength(`${csvLine([next.key, next.fields.Name])}\n`);
            expect(Buffer.byteLength(batches[i - 1].csv) + line).toBeGreaterThan(maxBytes);
          }
        }
      )
    );
  });
});
