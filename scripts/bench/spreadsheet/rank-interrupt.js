// Measures how soon `portfolio rank` stops after SIGINT or SIGTERM while it writes its output, and while
// it reads a workbook: a generated portfolio of 200,000 accounts is ranked to a CSV in a child process
// (bin/run.js on the built lib/), and the signal is sent once the temporary file holds data; then the
// same portfolio as an XLSX of 100,000 accounts, and the signal is sent while its sheet is being parsed
// (a moment after the process has the workbook open, read from /proc on Linux). The time to the exit,
// the exit code and any temporary file left are printed. Prints figures; asserts nothing (the test
// test/commands/portfolio/rank-interrupt.test.ts asserts the behaviour).
//
//   npm run build && node scripts/bench/spreadsheet/rank-interrupt.js [rounds]
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeXlsx } from '../../../lib/io/index.js';

const rounds = Number(process.argv[2] ?? 3);
const dir = mkdtempSync(join(tmpdir(), 'cvp-interrupt-'));
const input = join(dir, 'big.csv');
const workbook = join(dir, 'big.xlsx');
const HEADER = ['Id', 'Name', 'Revenue', 'Direct Costs', 'Loyalty', 'Potential', 'Notes'];
const row = (i) => [`C-${i}`, `Account ${i}`, 1000 + i, i % 500, 1 + (i % 5), 1 + ((i * 7) % 5), `note ${i}`];
const lines = [HEADER.join(',')];
for (let i = 0; i < 200_000; i += 1) lines.push(row(i).join(','));
writeFileSync(input, `${lines.join('\n')}\n`);
await writeXlsx(
  workbook,
  'Portfolio',
  HEADER,
  (function* rows() {
    for (let i = 0; i < 100_000; i += 1) yield row(i);
  })()
);

const temps = () => readdirSync(dir).filter((name) => name.endsWith('.tmp'));
const hasOpen = (pid, file) => {
  try {
    return readdirSync(`/proc/${pid}/fd`).some((fd) => {
      try {
        return readlinkSync(`/proc/${pid}/fd/${fd}`) === file;
      } catch {
        return false;
      }
    });
  } catch {
    return false;
  }
};

/** Whether to send the signal now: the write has data in its temporary file, or the read is under way. */
const ready = {
  write: () => temps().some((name) => statSync(join(dir, name), { throwIfNoEntry: false })?.size > 0),
  read: (child, since) => {
    if (!since.open && hasOpen(child.pid, workbook)) since.open = performance.now();
    return since.open !== undefined && performance.now() - since.open > 700;
  },
};

function once(signal, phase) {
  return new Promise((resolve) => {
    const file = phase === 'read' ? workbook : input;
    const child = spawn(process.execPath, [
      'bin/run.js',
      'portfolio',
      'rank',
      '--file',
      file,
      '--output',
      join(dir, 'out.csv'),
    ]);
    let sentAt;
    const since = {};
    const poll = setInterval(() => {
      if (!sentAt && ready[phase](child, since)) {
        sentAt = performance.now();
        child.kill(signal);
      }
    }, 5);
    child.on('exit', (code) => {
      clearInterval(poll);
      const after =
        sentAt === undefined ? 'finished before the signal' : `${(performance.now() - sentAt).toFixed(0)} ms after it`;
      resolve(
        `${signal} while ${phase === 'read' ? 'reading the XLSX' : 'writing the CSV'}: exit ${code}, ${after}, temporary files left: ${temps().length}`
      );
    });
  });
}

try {
  for (let round = 0; round < rounds; round += 1) {
    for (const phase of ['write', 'read'])
      for (const signal of ['SIGINT', 'SIGTERM']) console.log(await once(signal, phase));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
