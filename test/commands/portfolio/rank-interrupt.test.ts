/**
 * Ctrl+C or SIGTERM while `portfolio rank` writes its output or reads a workbook: the run stops, exits
 * 130 or 143 with one line and no stack trace, leaves no temporary file, and leaves an existing output
 * as it was. Run as a child process (bin/run.js on the built lib/, as `npm test` builds it) on a
 * generated portfolio large enough that writing, or reading the workbook, takes a while; the signal is
 * sent once the temporary file has data in it, or once the workbook is open for reading.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile, readlink, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeXlsx } from '../../../src/io/index.js';
import { handleInterrupts } from '../../../src/rank/interrupt.js';
import { repoPath } from '../../helpers/paths.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const ACCOUNTS = 200_000;

/** A portfolio with an unknown column, so the export has real work per row. */
function portfolio(): string {
  const lines = ['Id,Name,Revenue,Direct Costs,Loyalty,Potential,Notes'];
  for (let i = 0; i < ACCOUNTS; i += 1) {
    lines.push(
      `C-${i},Account ${i},${1000 + (i % 9973) * 17},${i % 500},${1 + (i % 5)},${1 + ((i * 7) % 5)},note ${i}`
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The temporary file of the write, once it holds data (the output check's trial file is empty). */
async function writingTemp(dir: string): Promise<string | undefined> {
  const temps = (await readdir(dir)).filter((name) => name.endsWith('.tmp'));
  const sizes = await Promise.all(
    temps.map((name) =>
      stat(join(dir, name)).then(
        (s) => s.size,
        () => 0
      )
    )
  );
  return temps.find((_, i) => sizes[i] > 0);
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('portfolio rank: interrupted while writing', () => {
  const tmp = useTempDir();
  let input: string;

  beforeEach(async () => {
    input = tmp.file('big.csv');
    await writeFile(input, portfolio());
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s: exits %s, no stack trace, no temporary file, the old output kept', async (signal, code) => {
    const out = tmp.file('ranked.csv');
    await writeFile(out, 'the previous ranking');
    const child = spawn(
      process.execPath,
      [repoPath('bin', 'run.js'), 'portfolio', 'rank', '--file', input, '--output', out],
      {
        env: { ...process.env, SF_DISABLE_TELEMETRY: 'true' },
      }
    );
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (status) => resolve(status)));

    let sent = false;
    for (let waited = 0; waited < 60_000 && child.exitCode === null; waited += 10) {
      // eslint-disable-next-line no-await-in-loop
      if (await writingTemp(tmp.path)) {
        sent = child.kill(signal);
        break;
      }
      // eslint-disable-next-line no-await-in-loop
      await sleep(10);
    }
    expect(sent).toBe(true);
    // A generous bound for "it exited": the run must stop within a second, not finish the file.
    const status = await Promise.race([exited, sleep(15_000).then(() => 'still running')]);
    if (status === 'still running') child.kill('SIGKILL');
    expect(status).toBe(code);
    expect(stderr).toMatch(new RegExp(`Stopped by ${signal}; nothing was written`));
    expect(stderr).not.toMatch(/^\s+at /m);
    expect((await readdir(tmp.path)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(await readFile(out, 'utf8')).toBe('the previous ranking');
  });
});

/** Rows of the generated workbook: each of the reader's two passes over it takes seconds. */
const WORKBOOK_ACCOUNTS = 150_000;

function* workbookRows(): Generator<Array<string | number>> {
  for (let i = 0; i < WORKBOOK_ACCOUNTS; i += 1) {
    yield [`C-${i}`, `Account ${i}`, 1000 + (i % 9973) * 17, i % 500, 1 + (i % 5), 1 + ((i * 7) % 5), `note ${i}`];
  }
}

/** Whether the process has `file` open (Linux: its descriptors in /proc), i.e. is reading it. */
async function hasOpen(pid: number, file: string): Promise<boolean> {
  const fds = await readdir(`/proc/${pid}/fd`).catch(() => []);
  const targets = await Promise.all(fds.map((fd) => readlink(`/proc/${pid}/fd/${fd}`).catch(() => '')));
  return targets.includes(file);
}

describe('portfolio rank: interrupted while reading a workbook', () => {
  const tmp = useTempDir();
  let input: string;

  beforeEach(async () => {
    input = tmp.file('big.xlsx');
    await writeXlsx(
      input,
      'Portfolio',
      ['Id', 'Name', 'Revenue', 'Direct Costs', 'Loyalty', 'Potential', 'Notes'],
      workbookRows()
    );
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s mid-parse: exits %s within a second, no stack trace, no temporary file', async (signal, code) => {
    const out = tmp.file('ranked.csv');
    const child = spawn(
      process.execPath,
      [repoPath('bin', 'run.js'), 'portfolio', 'rank', '--file', input, '--output', out],
      { env: { ...process.env, SF_DISABLE_TELEMETRY: 'true' } }
    );
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    let exitedAt = 0;
    const exited = new Promise<number | null>((resolve) =>
      child.on('exit', (status) => {
        exitedAt = performance.now();
        resolve(status);
      })
    );

    // The workbook is opened for its parts once the checks have read it; its sheet is parsed twice
    // after that. A moment into the parse, the signal.
    let open = false;
    for (let waited = 0; waited < 60_000 && child.exitCode === null && !open; waited += 10) {
      // eslint-disable-next-line no-await-in-loop
      open = await hasOpen(child.pid ?? 0, input);
      // eslint-disable-next-line no-await-in-loop
      if (!open) await sleep(10);
    }
    expect(open).toBe(true);
    await sleep(700);
    expect(child.exitCode).toBeNull();
    const sentAt = performance.now();
    expect(child.kill(signal)).toBe(true);
    const status = await Promise.race([exited, sleep(15_000).then(() => 'still running')]);
    if (status === 'still running') child.kill('SIGKILL');
    expect(status).toBe(code);
    // Within a second, as a person expects of Ctrl+C; a pass over the sheet takes several.
    expect(exitedAt - sentAt).toBeLessThan(1000);
    expect(stderr).toMatch(new RegExp(`Stopped by ${signal}; nothing was written`));
    expect(stderr).not.toMatch(/^\s+at /m);
    expect((await readdir(tmp.path)).filter((name) => name !== 'big.xlsx')).toEqual([]);
  });
});

describe('handleInterrupts', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('takes %s for the run only, and gives the other handlers back after', (signal, code) => {
    const others = (): void => undefined;
    process.on(signal, others);
    const before = process.listeners(signal);
    const interrupt = handleInterrupts();
    try {
      expect(process.listeners(signal)).toHaveLength(1);
      expect(interrupt.error()).toBeUndefined();
      process.emit(signal, signal);
      expect(interrupt.signal.aborted).toBe(true);
      expect(interrupt.error()).toMatchObject({ name: 'InterruptedError', exitCode: code });
    } finally {
      interrupt.dispose();
      process.removeListener(signal, others);
    }
    expect([...process.listeners(signal), others]).toEqual(before);
  });
});
