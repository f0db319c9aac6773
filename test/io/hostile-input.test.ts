/**
 * Hostile and odd input: each case is either refused with a clear issue (file, line, column) or read
 * right, never misread in silence and never with unbounded work. README's `portfolio rank` section
 * lists the decisions; this suite holds the reader to them.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, symlink, truncate, writeFile } from 'node:fs/promises';
import { MAX_COLUMN_WARNINGS, MAX_FIGURE, MAX_INPUT_BYTES, readPortfolio } from '../../src/io/index.js';
import { expectIssues, expectRead, readContent, withoutFile } from '../helpers/io-read.js';
import { useTempDir } from '../helpers/temp-dir.js';

describe('readPortfolio: what --file names', () => {
  const dir = useTempDir();

  it('refuses a directory before reading', async () => {
    const path = dir.file('folder.csv');
    await mkdir(path);
    expect(withoutFile(expectIssues(await readPortfolio(path)).issues)).toEqual([
      { code: 'NotAFile', params: { kind: 'directory' } },
    ]);
  });

  it('refuses a device, through a link named .csv', async () => {
    const path = dir.file('null.csv');
    await symlink('/dev/null', path);
    expect(withoutFile(expectIssues(await readPortfolio(path)).issues)).toEqual([
      { code: 'NotAFile', params: { kind: 'device' } },
    ]);
  });

  it('refuses a FIFO without opening it (opening one would wait for a writer forever)', async () => {
    const path = dir.file('pipe.csv');
    execFileSync('mkfifo', [path]);
    // Were the FIFO opened for reading, this would hang until the test times out.
    expect(withoutFile(expectIssues(await readPortfolio(path)).issues)).toEqual([
      { code: 'NotAFile', params: { kind: 'fifo' } },
    ]);
  });

  it('refuses a file larger than the documented limit, without reading it', async () => {
    const path = dir.file('huge.csv');
    await writeFile(path, 'Name\nA\n');
    // A sparse file: its size is past the limit, while the disk holds almost nothing.
    await truncate(path, MAX_INPUT_BYTES + 1);
    const [issue] = expectIssues(await readPortfolio(path)).issues;
    expect(issue).toMatchObject({ code: 'FileTooLarge', params: { limit: '256 MiB' } });
    expect(MAX_INPUT_BYTES).toBe(256 * 1024 * 1024);
  });

  it('takes a smaller limit from the options', async () => {
    const path = dir.file('small.csv');
    await writeFile(path, 'Name\nA Oy\nB Oy\n');
    expect(expectIssues(await readPortfolio(path, { maxBytes: 8 })).issues[0].code).toBe('FileTooLarge');
    expectRead(await readPortfolio(path, { maxBytes: 100 }));
  });
});

describe('readPortfolio: a row with another delimiter', () => {
  const dir = useTempDir();
  const HEADER = 'Name,Revenue,Direct Costs,Loyalty,Potential';

  it('reports a semicolon row in a comma file with its line and column', async () => {
    const failure = expectIssues(
      await readContent(dir, 'mixed.csv', `${HEADER}\nAcme Oy,1000,200,3,4\nBeta Oy;2000;300;4;5\n`)
    );
    expect(withoutFile(failure.issues)).toEqual([
      { code: 'OtherDelimiter', line: 3, column: 'Name', params: { found: ';', delimiter: ',' } },
    ]);
  });

  it('also when the semicolon row has a decimal comma that split it in two', async () => {
    const failure = expectIssues(await readContent(dir, 'decimal.csv', `${HEADER}\nBeta Oy;2000,5;300;4;5\n`));
    expect(failure.issues[0]).toMatchObject({ code: 'OtherDelimiter', line: 2 });
  });

  it('reports a comma row in a semicolon file', async () => {
    const text = 'Nimi;Liikevaihto;Kannattavuus\nA Oy;1000;3\nB Oy,2000,4\n';
    const failure = expectIssues(await readContent(dir, 'fi.csv', text));
    expect(withoutFile(failure.issues)).toEqual([
      { code: 'OtherDelimiter', line: 3, column: 'Nimi', params: { found: ',', delimiter: ';' } },
    ]);
  });

  it('reports a short semicolon row whose pieces hold figures', async () => {
    const failure = expectIssues(
      await readContent(dir, 'short.csv', `${HEADER}\nAcme Oy,1000,200,3,4\nBeta Oy;2000;300\n`)
    );
    expect(withoutFile(failure.issues)).toEqual([
      { code: 'OtherDelimiter', line: 3, column: 'Name', params: { found: ';', delimiter: ',' } },
    ]);
  });

  it('reads a name alone on its row that holds the other delimiter but no figure', async () => {
    const read = expectRead(await readContent(dir, 'alone.csv', `${HEADER}\nAcme; Finland\n`));
    expect(read.accounts[0].name).toBe('Acme; Finland');
  });

  it('reads a name that holds the other delimiter in a full row', async () => {
    const read = expectRead(await readContent(dir, 'semi-name.csv', `${HEADER}\nAcme; Finland,1000,200,3,4\n`));
    expect(read.accounts[0].name).toBe('Acme; Finland');
  });
});

describe('readPortfolio: encodings', () => {
  const dir = useTempDir();

  it('reports a Latin-1 byte in a UTF-8 file at its line and column, never a silent U+FFFD', async () => {
    const bytes = Buffer.concat([
      Buffer.from('Name,Revenue\nPohjolan Teräs Oy,100\nJyv', 'utf8'),
      Buffer.from([0xe4]), // "ä" in Latin-1 / Windows-1252
      Buffer.from('skylä Oy,200\n', 'utf8'),
    ]);
    const failure = expectIssues(await readContent(dir, 'mixed.csv', bytes));
    expect(withoutFile(failure.issues)).toEqual([
      { code: 'MixedEncoding', line: 3, column: 'Name', value: 'Jyv\ufffdskylä Oy' },
    ]);
  });

  it('reads a file that is Windows-1252 throughout as the person meant it', async () => {
    const bytes = Buffer.from('Name,Revenue\nJyväskylän Kone Oy,100\n', 'latin1');
    expect(expectRead(await readContent(dir, 'latin1.csv', bytes)).accounts[0].name).toBe('Jyväskylän Kone Oy');
  });
});

describe('readPortfolio: absurd figures', () => {
  const dir = useTempDir();

  it.each(['1e308', '-1e308', '1e16', '9999999999999999'])('refuses %s with its line and column', async (figure) => {
    const failure = expectIssues(
      await readContent(dir, 'big.csv', `Name,Revenue,Direct Costs\nA Oy,100,1\nB Oy,${figure},1\n`)
    );
    expect(withoutFile(failure.issues)).toEqual([
      {
        code: 'FigureTooLarge',
        line: 3,
        column: 'Revenue',
        value: figure,
        params: { limit: MAX_FIGURE.toLocaleString('en-US') },
      },
    ]);
  });

  it('refuses a cost beyond the bound too, and reads one at the bound', async () => {
    const failure = expectIssues(await readContent(dir, 'cost.csv', 'Name,Direct Costs\nA Oy,2e15\n'));
    expect(failure.issues[0]).toMatchObject({ code: 'FigureTooLarge', column: 'Direct Costs' });
    expect(expectRead(await readContent(dir, 'edge.csv', 'Name,Revenue\nA Oy,1e15\n')).accounts[0].revenue).toBe(1e15);
  });
});

describe('readPortfolio: floods', () => {
  const dir = useTempDir();

  it('names the first unknown columns and counts the rest, of 10,000', async () => {
    const extra = Array.from({ length: 10_000 }, (_, i) => `Extra ${i}`);
    const text = `Name,${extra.join(',')}\nA Oy,${extra.map(() => 'x').join(',')}\n`;
    const read = expectRead(await readContent(dir, 'wide.csv', text));
    const unknown = read.warnings.filter((w) => w.code === 'UnknownColumn');
    expect(unknown).toHaveLength(MAX_COLUMN_WARNINGS);
    expect(read.warnings.find((w) => w.code === 'MoreUnknownColumns')).toMatchObject({
      params: { omitted: 10_000 - MAX_COLUMN_WARNINGS, total: 10_000 },
    });
    // The data is kept all the same: the export repeats every column.
    expect(read.columns).toHaveLength(10_001);
  });
});

describe('readPortfolio: the columns an export repeats', () => {
  const dir = useTempDir();
  const RESULT = { required: ['Rank', 'Score'], optional: ['Compare Rank'] };

  it('keeps every column in order with its header, and each row as read', async () => {
    const text = 'Id,Notes,Name,Owner,Revenue,\nC-1,first note,A Oy,Anna,"1 200,5",\n';
    const read = expectRead(await readContent(dir, 'cols.csv', text));
    expect(read.columns).toEqual([
      { index: 0, header: 'Id', field: 'id' },
      { index: 1, header: 'Notes' },
      { index: 2, header: 'Name', field: 'name' },
      { index: 3, header: 'Owner', field: 'owner' },
      { index: 4, header: 'Revenue', field: 'revenue' },
    ]);
    expect(read.cells[0].slice(0, 5)).toEqual(['C-1', 'first note', 'A Oy', 'Anna', '1 200,5']);
    expect(read.accounts[0]).toMatchObject({ id: 'C-1', owner: 'Anna', revenue: 1200.5 });
  });

  it('leaves out the result columns of an earlier export, without a warning', async () => {
    const text = 'Name,Notes,Rank,Score,Compare Rank\nA Oy,n,1,4.5,2\n';
    const read = expectRead(await readContent(dir, 'export.csv', text, { resultHeaders: RESULT }));
    expect(read.columns.map((c) => c.header)).toEqual(['Name', 'Notes']);
    expect(read.warnings.map((w) => w.column)).toEqual(['Notes']);
  });

  it('keeps a lone "Score" column of the person\'s own: only all result headers together mark an export', async () => {
    const read = expectRead(await readContent(dir, 'own.csv', 'Name,Score\nA Oy,7\n', { resultHeaders: RESULT }));
    expect(read.columns.map((c) => c.header)).toEqual(['Name', 'Score']);
  });
});
