// Benchmark (c): time to first render of the Account page components in a real browser (Debian's
// chromium), as a ratio to rendering a bare lightning-card with the same account data in the same run.
// "First render" runs from creating the elements until their data has arrived through the preview's LDS,
// the DOM has stopped changing and layout is done (preview/src/bench.js). Components and baseline take
// turns on the same accounts, after a warm-up; medians are compared. Prints figures; asserts nothing.
//
//   npm run bench:render [-- --rounds 30] [-- --no-build]
//
// Needs the compiled lib/ (npm run build) and chromium (scripts/install-browser.sh).
import { openBenchPage, prepareBrowserBench, stats } from './browser-bench.js';

const { rounds, warmup, outDir } = await prepareBrowserBench('render', { rounds: 30, warmup: 5 });

const { server, browser, page, errors, close } = await openBenchPage(outDir);
try {
  await page.goto(`${server.url}/bench.html`);
  await page.waitForFunction(() => window.bench !== undefined);
  const { components, recordIds } = await page.evaluate(() => ({
    components: window.bench.components,
    recordIds: window.bench.recordIds,
  }));
  if (components.length === 0) throw new Error('No Account page components to render: nothing under force-app yet.');

  const once = (kind, recordId) => page.evaluate(([k, id]) => window.bench.once(k, id), [kind, recordId]);
  const samples = { page: [], card: [] };
  let pageText = 0;
  let cardText = 0;
  for (let i = 0; i < warmup + rounds; i++) {
    const recordId = recordIds[i % recordIds.length];
    // Alternate which goes first, so neither always meets a warmer engine.
    const order = i % 2 === 0 ? ['page', 'card'] : ['card', 'page'];
    for (const kind of order) {
      const r = await once(kind, recordId);
      if (i < warmup) continue;
      samples[kind].push(r.ms);
      if (kind === 'page') pageText = Math.max(pageText, r.textLength);
      else cardText = Math.max(cardText, r.textLength);
    }
  }
  // Each component alone, for where the time goes (fewer rounds: indicative only).
  const alone = {};
  for (const name of components) {
    const times = [];
    for (let i = 0; i < Math.max(5, Math.floor(rounds / 3)) + 2; i++) {
      const r = await once(`component:${name}`, recordIds[i % recordIds.length]);
      if (i >= 2) times.push(r.ms);
    }
    alone[name] = stats(times).median;
  }
  if (errors.length > 0) throw new Error(`The page reported errors: ${errors.join('; ')}`);

  const p = stats(samples.page);
  const c = stats(samples.card);
  const version = await browser.version();
  console.log(`render benchmark: ${rounds} rounds after ${warmup} warm-up, chromium ${version}`);
  console.log(`  components: ${components.join(', ')}`);
  console.log(
    `  baseline (bare lightning-card, same data):  median ${c.median.toFixed(1)} ms  p90 ${c.p90.toFixed(1)} ms  (~${cardText} characters)`
  );
  console.log(
    `  Account page components:                   median ${p.median.toFixed(1)} ms  p90 ${p.p90.toFixed(1)} ms  (~${pageText} characters)`
  );
  console.log(`  ratio components / baseline (medians): ${(p.median / c.median).toFixed(2)}x`);
  console.log('  each component alone (median):');
  for (const [name, ms] of Object.entries(alone))
    console.log(`    ${name.padEnd(28)} ${ms.toFixed(1)} ms  (${(ms / c.median).toFixed(1)}x)`);
} finally {
  await close();
}
