// Benchmark (b): a synthetic CSV ranked end to end (read, validate, score, rank, explain, write CSV),
// as rows per second and peak memory, against just parsing the same file with the same CSV library
// in the same run. Prints figures; asserts nothing. Run: npm run bench:spreadsheet [-- ROWS] (default 200,000)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writePortfolioCsv } from './portfolio-files.js';

const rows = Number(process.argv[2] ?? 200_000);
const here = dirname(fileURLToPath(import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'cvp-bench-'));
const file = join(dir, 'portfolio.csv');
await writePortfolioCsv(file, rows);

function step(name) {
  const run = spawnSync(process.execPath, [join(here, 'spreadsheet-worker.js'), name, file, join(dir, 'out.csv')], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (run.status !== 0) throw new Error(`${name} failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop());
}

const parse = step('parse');
const rank = step('rank');
const mb = (statSync(file).size / 1024 / 1024).toFixed(1);
const rate = (ms) => Math.round(rows / (ms / 1000)).toLocaleString('en-US');
const line = (label, r) =>
  `  ${label}: ${r.ms.toFixed(0)} ms (CPU ${r.cpuMs.toFixed(0)} ms), ${rate(r.ms)} rows/s, peak RSS ${r.maxRssMb.toFixed(0)} MB`;
console.log(`spreadsheet benchmark: ${rows.toLocaleString('en-US')} rows, ${mb} MB CSV`);
console.log(line('baseline (papaparse only)', parse));
console.log(line('portfolio rank end to end', rank));
console.log(`    + loading the modules first: ${rank.loadMs.toFixed(0)} ms`);
console.log(
  `  ratio rank / parse: ${(rank.ms / parse.ms).toFixed(2)}x time (CPU ${(rank.cpuMs / parse.cpuMs).toFixed(2)}x), ${(rank.maxRssMb / parse.maxRssMb).toFixed(2)}x memory`
);
rmSync(dir, { recursive: true, force: true });
