// What the browser benchmarks (render.js, workspace.js) share: their options, the preview build, the
// chromium check, a page on the preview server, and the statistics they print.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildPreview, DEFAULT_OUT_DIR } from '../../../preview/build/build.js';
import { CHROMIUM_PATH, hasChromium, launchChromium } from '../../../preview/chromium.js';
import { startServer } from '../../../preview/server.js';

/**
 * Reads --rounds, --warmup, --no-build and --out; builds the preview unless told not to; exits with a
 * message when there is no chromium. Returns the rounds and the preview's folder.
 */
export async function prepareBrowserBench(name, defaults) {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: String(defaults.rounds) },
      warmup: { type: 'string', default: String(defaults.warmup) },
      'no-build': { type: 'boolean', default: false },
      out: { type: 'string', default: DEFAULT_OUT_DIR },
    },
  });
  const outDir = path.resolve(values.out);
  if (!hasChromium()) {
    console.log(`${name} benchmark skipped: no chromium at ${CHROMIUM_PATH} (run scripts/install-browser.sh)`);
    process.exit(0);
  }
  if (!values['no-build'] || !existsSync(path.join(outDir, 'bench.html'))) {
    const { ms } = await buildPreview({ outDir });
    console.log(`preview built in ${(ms / 1000).toFixed(1)} s`);
  }
  return { rounds: Number(values.rounds), warmup: Number(values.warmup), outDir };
}

/** The preview served from outDir and one chromium page on it, collecting page errors; close() ends both. */
export async function openBenchPage(outDir) {
  const server = await startServer({ dir: outDir });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return {
    server,
    browser,
    page,
    errors,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

/** Median, 90th percentile and minimum of timing samples. */
export function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p90: quantile(sorted, 0.9), min: sorted[0] };
}
