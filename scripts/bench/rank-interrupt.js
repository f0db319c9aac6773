// Measures how soon `portfolio rank` stops after SIGINT or SIGTERM while it writes its output: a
// generated portfolio of 200,000 accounts is ranked to a CSV in a child process (bin/run.js on the
// built lib/), the signal is sent once the temporary file holds data, and the time to the exit, the
// exit code and any temporary file left are printed. Prints figures; asserts nothing (the test
// test/commands/portfolio/rank-interrupt.test.ts asserts the behaviour).
//
//   npm run build && node scripts/bench/rank-interrupt.js [rounds]
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const rounds = Number(process.argv[2] ?? 3);
const dir = mkdtempSync(join(tmpdir(), 'cvp-interrupt-'));
const input = join(dir, 'big.csv');
const lines = ['Id,Name,Revenue,Direct Costs,Loyalty,Potential,Notes'];
for (let i = 0; i < 200_000; i += 1)
  lines.push(`C-${i},Account ${i},${1000 + i},${i % 500},${1 + (i % 5)},${1 + ((i * 7) % 5)},note ${i}`);
writeFileSync(input, `${lines.join('\n')}\n`);

const temps = () => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

function once(signal) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [
      'bin/run.js',
      'portfolio',
      'rank',
      '--file',
      input,
      '--output',
      join(dir, 'out.csv'),
    ]);
    let sentAt;
    const poll = setInterval(() => {
      if (!sentAt && temps().some((name) => statSync(join(dir, name), { throwIfNoEntry: false })?.size > 0)) {
        sentAt = performance.now();
        child.kill(signal);
      }
    }, 5);
    child.on('exit', (code) => {
      clearInterval(poll);
      const after =
        sentAt === undefined ? 'finished before the signal' : `${(performance.now() - sentAt).toFixed(0)} ms after it`;
      resolve(`${signal}: exit ${code}, ${after}, temporary files left: ${temps().length}`);
    });
  });
}

try {
  for (let round = 0; round < rounds; round += 1) {
    for (const signal of ['SIGINT', 'SIGTERM']) console.log(await once(signal));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
