// One measured step of the spreadsheet benchmark, in its own process so its peak memory is its own.
// Prints one JSON line: { step, ms, maxRssMb, rows }.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import Papa from 'papaparse';

const [step, file, out] = process.argv.slice(2);
const start = performance.now();
let rows = 0;
if (step === 'parse') {
  // The baseline: the same CSV library with the options src/io uses, and nothing else.
  const text = readFileSync(file, 'utf8');
  rows =
    Papa.parse(text, { delimiter: ',', header: false, skipEmptyLines: false, dynamicTyping: false }).data.length - 1;
} else {
  const { readRankInput } = await import('../../lib/rank/read-input.js');
  const { buildRankResult } = await import('../../lib/rank/result.js');
  const { writeOutput } = await import('../../lib/rank/write-output.js');
  const { loadProfile } = await import('../../lib/rank/load-profile.js');
  const input = await readRankInput(file);
  const { result, inputsByRank } = buildRankResult(input.accounts, await loadProfile('current'));
  await writeOutput(out, 'csv', result, inputsByRank);
  rows = result.accounts.length;
}
const ms = performance.now() - start;
console.log(JSON.stringify({ step, ms, rows, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
