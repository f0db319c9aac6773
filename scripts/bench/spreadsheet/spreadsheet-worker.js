// One measured step of the spreadsheet benchmark, in its own process so its peak memory is its own.
// Prints one JSON line: { step, ms, cpuMs, loadMs, maxRssMb, rows }.
// Both steps load their modules before the clock starts (the baseline's papaparse is a static import),
// so `ms` is the work on the file; the ranking's module loading is reported apart, as `loadMs`.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import Papa from 'papaparse';

const [step, file, out] = process.argv.slice(2);
const loadStart = performance.now();
const lib =
  step === 'parse'
    ? undefined
    : {
        ...(await import('../../../lib/rank/read-input.js')),
        ...(await import('../../../lib/rank/result.js')),
        ...(await import('../../../lib/rank/write-output.js')),
        ...(await import('../../../lib/profile/load-profile.js')),
      };
const loadMs = performance.now() - loadStart;

const cpuStart = process.cpuUsage();
const start = performance.now();
let rows = 0;
if (step === 'parse') {
  // The baseline: the same CSV library with the options src/io uses, and nothing else.
  const text = readFileSync(file, 'utf8');
  rows =
    Papa.parse(text, { delimiter: ',', header: false, skipEmptyLines: false, dynamicTyping: false }).data.length - 1;
} else {
  const input = await lib.readRankInput(file);
  const { result, inputsByRank } = lib.buildRankResult(input.accounts, await lib.loadProfile('current'));
  await lib.writeOutput(out, 'csv', result, inputsByRank);
  rows = result.accounts.length;
}
const ms = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);
console.log(
  JSON.stringify({
    step,
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    loadMs,
    rows,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  })
);
