// Benchmark: the portfolio workspace on 2,000 accounts in a real browser (Debian's chromium), as ratios to
// a bare lightning-datatable showing the same page of the same accounts in the same run (issue 6's goal:
// within 1.5x). Two figures: first render (creating the element until its data is rendered and laid out,
// preview/src/bench.js) and a tier filter change (until the filtered rows are rendered). Workspace and
// baseline take turns after a warm-up; medians are compared. Prints figures; asserts nothing.
//
//   node scripts/bench/browser/workspace.js [--rounds 20] [--warmup 3] [--no-build]
//
// Needs the compiled lib/ (npm run build) and chromium (scripts/install-browser.sh).
import { openBenchPage, prepareBrowserBench, stats } from './browser-bench.js';

const ACCOUNTS = 2000;

const { rounds, warmup, outDir } = await prepareBrowserBench('workspace', { rounds: 20, warmup: 3 });

const { server, browser, page, errors, close } = await openBenchPage(outDir);
try {
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
    const w = stats(samples.workspace[figure]);
    const t = stats(samples.table[figure]);
    console.log(`  ${what}:`);
    console.log(
      `    baseline (bare lightning-datatable): median ${t.median.toFixed(1)} ms  p90 ${t.p90.toFixed(1)} ms  (${rows.table[figure]} rows)`
    );
    console.log(
      `    portfolio workspace:                 median ${w.median.toFixed(1)} ms  p90 ${w.p90.toFixed(1)} ms  (${rows.workspace[figure]} rows)`
    );
    console.log(`    ratio workspace / baseline (medians): ${(w.median / t.median).toFixed(2)}x (goal: within 1.5x)`);
  }
} finally {
  await close();
}
