// Benchmark (scale): `portfolio rank` end to end at 200,000 and 1,000,000 rows, each case a whole process
// (bin/run.js, module loading included): CSV → CSV, CSV → XLSX, XLSX → CSV and --json (stdout to /dev/null).
// Prints wall time and peak RSS per case, and for CSV → CSV the ratio to a bare Node read-split-sum of the same file
// (bare-read.js) measured in the same run, with bin/run.js's compile cache cold and warm, in rounds (CVP_BENCH_RUNS,
// 3 by default) with each round's figures and the median. Prints figures; asserts nothing.
// Run: npm run bench:scale [-- SIZES [CASES]], e.g. npm run bench:scale -- 200000 csv-csv,csv-json
import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { writePortfolioCsv, writePortfolioXlsx } from './portfolio-files.js';

const here = dirname(fileURLToPath(import.meta.url));
const RUN = join(here, '..', '..', '..', 'bin', 'run.js');
const sizes = (process.argv[2] ?? '200000,1000000').split(',').map(Number);
const CASES = ['csv-csv', 'csv-xlsx', 'xlsx-csv', 'csv-json'];
const wanted = (process.argv[3] ?? CASES.join(',')).split(',');
const dir = mkdtempSync(join(tmpdir(), 'cvp-scale-'));
/** Rounds of the CSV → CSV case (bare read, cold run, warm run): CVP_BENCH_RUNS, 3 when not set. */
const RUNS = Math.max(1, Number(process.env.CVP_BENCH_RUNS ?? 3) || 3);

/** Runs one process to its end: wall time from spawn to exit, and its peak RSS as the process reported it. */
function measure(args, stdoutFile, env = {}) {
  const rssFile = join(dir, `rss-${process.hrtime.bigint()}`);
  const out = stdoutFile ? openSync(stdoutFile, 'w') : 'ignore';
  const start = performance.now();
  const child = spawn(process.execPath, ['--import', join(here, 'max-rss-hook.js'), ...args], {
    stdio: ['ignore', out, 'pipe'],
    env: { ...process.env, CVP_BENCH_RSS_FILE: rssFile, SF_DISABLE_TELEMETRY: 'true', FORCE_COLOR: '0', ...env },
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => {
      const ms = performance.now() - start;
      if (typeof out === 'number') closeSync(out);
      if (code !== 0) return reject(new Error(`${args.join(' ')} failed (${code}): ${stderr.slice(-2000)}`));
      resolve({ ms, rssMb: Number(readFileSync(rssFile, 'utf8')) / 1024 });
    });
  });
}

const mb = (path) => (statSync(path).size / 1024 / 1024).toFixed(1);
const fmt = (r) => `${(r.ms / 1000).toFixed(1)} s, peak RSS ${r.rssMb.toFixed(0)} MB`;

console.log(`scale benchmark, node ${process.version}; each case one process, module loading included`);
for (const rows of sizes) {
  const csv = join(dir, `in-${rows}.csv`);
  const xlsx = join(dir, `in-${rows}.xlsx`);
  await writePortfolioCsv(csv, rows);
  if (wanted.includes('xlsx-csv')) await writePortfolioXlsx(xlsx, rows);
  console.log(
    `${rows.toLocaleString('en-US')} rows (CSV ${mb(csv)} MB${wanted.includes('xlsx-csv') ? `, XLSX ${mb(xlsx)} MB` : ''}):`
  );
  const rank = (input, extra) => ['portfolio', 'rank', '--file', input, ...extra];
  const results = {};
  for (const name of wanted) {
    const output = join(dir, `out-${rows}`);
    if (name === 'csv-csv') {
      // bin/run.js keeps Node's compiled code on disk (module.enableCompileCache): the first run in an
      // empty cache folder is what a person gets after installing or upgrading, later runs are warm.
      // Both are measured, each against the bare read of the same round, in RUNS rounds: one round
      // moves with whatever else the machine does, so each round and the median are printed.
      const args = [RUN, ...rank(csv, ['--output', `${output}.csv`])];
      const ratios = { cold: [], warm: [] };
      for (let round = 1; round <= RUNS; round++) {
        const cache = mkdtempSync(join(dir, 'compile-cache-'));
        const bare = await measure([join(here, 'bare-read.js'), csv]);
        const cold = await measure(args, undefined, { NODE_COMPILE_CACHE: cache });
        const warm = await measure(args, undefined, { NODE_COMPILE_CACHE: cache });
        rmSync(cache, { recursive: true, force: true });
        results[name] = warm;
        ratios.cold.push(cold.ms / bare.ms);
        ratios.warm.push(warm.ms / bare.ms);
        console.log(`  round ${round} of ${RUNS}: bare read-split-sum ${fmt(bare)}`);
        console.log(
          `    CSV → CSV, cold compile cache: ${fmt(cold)}; ${(cold.ms / bare.ms).toFixed(1)}× the bare read`
        );
        console.log(
          `    CSV → CSV, warm compile cache: ${fmt(warm)}; ${(warm.ms / bare.ms).toFixed(1)}× the bare read`
        );
      }
      for (const cache of ['cold', 'warm']) {
        const sorted = ratios[cache].sort((a, b) => a - b);
        const median = sorted[Math.floor((sorted.length - 1) / 2)];
        console.log(
          `  CSV → CSV, ${cache} compile cache, ${RUNS} rounds: median ${median.toFixed(1)}×, ` +
            `${sorted[0].toFixed(1)}–${sorted[sorted.length - 1].toFixed(1)}× the bare read (goal: within 10×)`
        );
      }
    } else if (name === 'csv-xlsx') {
      console.log(`  CSV → XLSX: ${fmt(await measure([RUN, ...rank(csv, ['--output', `${output}.xlsx`])]))}`);
    } else if (name === 'xlsx-csv') {
      console.log(`  XLSX → CSV: ${fmt(await measure([RUN, ...rank(xlsx, ['--output', `${output}-x.csv`])]))}`);
    } else if (name === 'csv-json') {
      // stdout to /dev/null: the JSON is written in full, and the disk is not what is measured.
      console.log(`  --json:     ${fmt(await measure([RUN, ...rank(csv, ['--json'])], '/dev/null'))}`);
    }
    rmSync(`${output}.csv`, { force: true });
    rmSync(`${output}.xlsx`, { force: true });
    rmSync(`${output}-x.csv`, { force: true });
  }
  rmSync(csv, { force: true });
  rmSync(xlsx, { force: true });
}
rmSync(dir, { recursive: true, force: true });
