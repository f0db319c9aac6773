// Benchmark (b): a synthetic CSV ranked end to end (read, validate, score, rank, explain, write CSV),
// as rows per second and peak memory, against just parsing the same file with the same CSV library
// in the same run. Prints figures; asserts nothing. Run: npm run bench:spreadsheet [-- ROWS] (default 200,000)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticAccounts } from './synthetic.js';

const rows = Number(process.argv[2] ?? 200_000);
const here = dirname(fileURLToPath(import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'cvp-bench-'));
const file = join(dir, 'portfolio.csv');
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const header = [
  'Name',
  'Revenue',
  'Direct Costs',
  'Sales Costs',
  'Marketing Costs',
  'Service Costs',
  'Service Hours',
  'Loyalty',
  'Potential',
  'Reference',
  'Learning',
  'Contact',
  'Emotional',
  'Commitment',
  'Binding',
  'Lifecycle Stage',
];
const lines = [header.join(',')];
for (const a of syntheticAccounts(rows)) {
  const s = a.scores;
  lines.push(
    [
      a.name,
      a.revenue,
      a.directCosts,
      a.salesCosts,
      a.marketingCosts,
      a.serviceCosts,
      a.serviceHours,
      s.loyalty ?? '',
      s.potential ?? '',
      s.reference ?? '',
      s.learning ?? '',
      s.contact ?? '',
      s.emotional ?? '',
      a.commitment,
      a.binding,
      cap(a.lifecycleStage),
    ].join(',')
  );
}
writeFileSync(file, `${lines.join('\n')}\n`);

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
console.log(`spreadsheet benchmark: ${rows.toLocaleString('en-US')} rows, ${mb} MB CSV`);
console.log(
  `  baseline (papaparse only): ${parse.ms.toFixed(0)} ms, ${Math.round(rows / (parse.ms / 1000)).toLocaleString('en-US')} rows/s, peak RSS ${parse.maxRssMb.toFixed(0)} MB`
);
console.log(
  `  portfolio rank end to end: ${rank.ms.toFixed(0)} ms, ${Math.round(rows / (rank.ms / 1000)).toLocaleString('en-US')} rows/s, peak RSS ${rank.maxRssMb.toFixed(0)} MB`
);
console.log(
  `  ratio rank / parse: ${(rank.ms / parse.ms).toFixed(2)}x time, ${(rank.maxRssMb / parse.maxRssMb).toFixed(2)}x memory`
);
rmSync(dir, { recursive: true, force: true });
