// Benchmark: the portfolio workspace on 2,000 accounts in a real browser (Debian's chromium), as ratios to
// a bare lightning-datatable showing the same page of the same accounts in the same run (issue 6's goal:
// within 1.5x). Two figures: first render (creating the element until its data is rendered and laid out,
// preview/src/bench.js) and a tier filter change (until the filtered rows are rendered). Workspace and
// baseline take turns after a warm-up; medians are compared. Prints figures; asserts nothing.
//
//   node scripts/bench/workspace.js [--rounds 20] [--warmup 3] [--no-build]
//
// Needs the compiled lib/ (npm run build) and chromium (scripts/install-browser.sh).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildPreview, DEFAULT_OUT_DIR } from '../../preview/build/build.js';
import { startServer } from '../../preview/server.js';
import { CHROMIUM_PATH, hasChromium, launchChromium } from '../../preview/chromium.js';

const ACCOUNTS = 2000;

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '3' },
    'no-build': { type: 'boolean', default: false },
    out: { type: 'string', default: DEFAULT_OUT_DIR },
  },
});
const rounds = Number(values.rounds);
const warmup = Number(values.warmup);
const outDir = path.resolve(values.out);

if (!hasChromium()) {
  console.log(`workspace benchmark skipped: no chromium at ${CHROMIUM_PATH} (run scripts/install-browser.sh)`);
  process.exit(0);
}
if (!values['no-build'] || !existsSync(path.join(outDir, 'bench.html'))) {
  const { ms } = await buildPreview({ outDir });
  console.log(`preview built in ${(ms / 1000).toFixed(1)} s`);
}

const median = (samples) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
const p90 = (samples) =>
  [...samples].sort((a, b) => a - b)[Math.min(samples.length - 1, Math.floor(0.9 * samples.length))];

const server = await startServer({ dir: outDir });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/bench.html?accounts=${ACCOUNTS}`);
  await page.waitForFunction(() => window.bench?.workspace !== undefined, null, { timeout: 60000 });
  const info = await page.evaluate(() => ({
    available: window.bench.workspace.available,
    accounts: window.bench.workspace.accounts,
    tiers: window.bench.workspace.tiers,
  }));
  if (!info.available) throw new Error('No cvpPortfolioWorkspace on an app page: nothing to measure.');

  const render = (kind) => page.evaluate((k) => window.bench.workspace.render(k), kind);
  const filter = (kind, tier) => page.evaluate(([k, t]) => window.bench.workspace.filter(k, t), [kind, tier]);
  const samples = { workspace: { render: [], filter: [] }, table: { render: [], filter: [] } };
  const rows = { workspace: {}, table: {} };
  for (let i = 0; i < warmup + rounds; i++) {
    const tier = info.tiers[i % info.tiers.length];
    // Alternate which goes first, so neither always meets a warmer engine.
    for (const kind of i % 2 === 0 ? ['workspace', 'table'] : ['table', 'workspace']) {
      const first = await render(kind);
      const filtered = await filter(kind, tier);
      if (i < warmup) continue;
      samples[kind].render.push(first.ms);
      samples[kind].filter.push(filtered.ms);
      rows[kind].render = first.rows;
      rows[kind].filter = Math.max(rows[kind].filter ?? 0, filtered.rows);
    }
  }
  if (errors.length > 0) throw new Error(`The page reported errors: ${errors.join('; ')}`);

  const version = await browser.version();
  console.log(
    `workspace benchmark: ${info.accounts} accounts, ${rounds} rounds after ${warmup} warm-up, chromium ${version}`
  );
  for (const [figure, what] of [
    ['render', 'first render'],
    ['filter', 'tier filter change'],
  ]) {
    const w = samples.workspace[figure];
    const t = samples.table[figure];
    console.log(`  ${what}:`);
    console.log(
      `    baseline (bare lightning-datatable): median ${median(t).toFixed(1)} ms  p90 ${p90(t).toFixed(1)} ms  (${rows.table[figure]} rows)`
    );
    console.log(
      `    portfolio workspace:                 median ${median(w).toFixed(1)} ms  p90 ${p90(w).toFixed(1)} ms  (${rows.workspace[figure]} rows)`
    );
    console.log(`    ratio workspace / baseline (medians): ${(median(w) / median(t)).toFixed(2)}x (goal: within 1.5x)`);
  }
} finally {
  await browser.close();
  await server.close();
}
