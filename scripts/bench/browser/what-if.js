// Benchmark: the workspace's what-if (issue 16, "try before you change") on 50,000 accounts in a real
// browser (Debian's chromium): re-ranking the whole portfolio on a change of weights, goal within
// 100 ms, and its ratio to a bare sort of the same scores (a native Float64Array sort) in the same page.
// The core's rerank alone (c/cvpCore, as the panel calls it); how long the c-cvp-what-if panel takes to
// read all 50,000 accounts itself through the preview's GraphQL wire (2,000 a page) and how much of that
// is its own work on the pages; then, on that panel, a change of weights from its debounce firing until
// the re-ranked portfolio is shown. Medians after a warm-up; asserts nothing.
//
//   node scripts/bench/browser/what-if.js [--rounds 30] [--warmup 5] [--no-build]
//
// Needs the compiled lib/ (npm run build) and chromium (scripts/install-browser.sh).
import { openBenchPage, prepareBrowserBench, stats } from './browser-bench.js';

const ACCOUNTS = 50000;
// Each read of the whole portfolio takes seconds in the preview: a few, not --rounds of them.
const READS = 3;

const { rounds, warmup, outDir } = await prepareBrowserBench('what-if', { rounds: 30, warmup: 5 });

const { server, browser, page, errors, close } = await openBenchPage(outDir);
try {
  await page.goto(`${server.url}/bench.html?accounts=${ACCOUNTS}`);
  await page.waitForFunction(() => window.bench?.whatIf !== undefined, null, { timeout: 120000 });
  const accounts = await page.evaluate(() => window.bench.whatIf.accounts);

  const core = { rerank: [], sort: [] };
  let changed = 0;
  for (let i = 0; i < warmup + rounds; i++) {
    const r = await page.evaluate((k) => window.bench.whatIf.core(k), i + 1);
    if (i < warmup) continue;
    core.rerank.push(r.rerankMs);
    core.sort.push(r.sortMs);
    changed = Math.max(changed, r.changed);
  }

  const reading = { ms: [], workMs: [], shownMs: [], firstRankMs: [] };
  let pages = 0;
  let read = 0;
  for (let i = 0; i < READS; i++) {
    const r = await page.evaluate(() => window.bench.whatIf.read());
    reading.ms.push(r.ms);
    reading.workMs.push(r.workMs);
    reading.shownMs.push(r.shownMs);
    reading.firstRankMs.push(r.firstRankMs);
    pages = r.pages;
    read = r.accounts;
  }
  const panel = { rerank: [], shown: [] };
  let moves = 0;
  for (let i = 0; i < warmup + rounds; i++) {
    const r = await page.evaluate((k) => window.bench.whatIf.change(k), i + 1);
    if (i < warmup) continue;
    panel.rerank.push(r.rerankMs);
    panel.shown.push(r.shownMs);
    moves = Math.max(moves, r.moves);
  }
  if (errors.length > 0) throw new Error(`The page reported errors: ${errors.join('; ')}`);

  const version = await browser.version();
  const c = stats(core.rerank);
  const s = stats(core.sort);
  const p = stats(panel.rerank);
  const w = stats(panel.shown);
  console.log(`what-if benchmark: ${accounts} accounts, ${rounds} rounds after ${warmup} warm-up, chromium ${version}`);
  console.log(`  a change of weights (5 points between volume and potential; up to ${changed} accounts change tier):`);
  console.log(
    `    bare sort of the same scores (Float64Array sort): median ${s.median.toFixed(1)} ms  p90 ${s.p90.toFixed(1)} ms`
  );
  console.log(
    `    core rerank:                 median ${c.median.toFixed(1)} ms  p90 ${c.p90.toFixed(1)} ms  (goal: within 100 ms)`
  );
  console.log(`    ratio rerank / bare sort (medians): ${(c.median / s.median).toFixed(2)}x`);
  const r = stats(reading.ms);
  const rw = stats(reading.workMs);
  const rs = stats(reading.shownMs);
  const rf = stats(reading.firstRankMs);
  console.log(`  the panel reading the whole portfolio itself (${read} accounts in ${pages} pages), ${READS} reads:`);
  console.log(
    `    read, first page asked to last taken: median ${(r.median / 1000).toFixed(2)} s  slowest ${(Math.max(...reading.ms) / 1000).toFixed(2)} s`
  );
  console.log(
    `    of which the panel's work on the pages: median ${rw.median.toFixed(0)} ms (the rest is the preview's stand-in server, in the same page)`
  );
  console.log(`    first ranking of the whole (base + rerank): median ${rf.median.toFixed(1)} ms`);
  console.log(`    mounted until the whole portfolio is shown: median ${(rs.median / 1000).toFixed(2)} s`);
  console.log(`  on that panel, a change of weights over all ${read} accounts:`);
  console.log(`    in the panel, re-ranking:    median ${p.median.toFixed(1)} ms  p90 ${p.p90.toFixed(1)} ms`);
  console.log(
    `    in the panel, until shown:   median ${w.median.toFixed(1)} ms  p90 ${w.p90.toFixed(1)} ms  (${moves} tier moves listed)`
  );
} finally {
  await close();
}
