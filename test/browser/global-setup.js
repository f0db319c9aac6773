// Builds the preview once per run (or reuses a build newer than everything it reads) and serves it on a
// free port for every browser test file. Without chromium it does nothing: the tests report "skipped".
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildPreview, DEFAULT_OUT_DIR, newestInput } from '../../preview/build/build.js';
import { startServer } from '../../preview/server.js';
import { hasChromium, SKIP_REASON } from './helpers/chromium.js';

function isCurrent(outDir) {
  const stamp = path.join(outDir, 'build.json');
  if (!existsSync(stamp)) return false;
  try {
    JSON.parse(readFileSync(stamp, 'utf8'));
  } catch {
    return false;
  }
  return statSync(stamp).mtimeMs > newestInput();
}

export default async function globalSetup() {
  if (!hasChromium()) {
    console.log(`\n[browser] ${SKIP_REASON}`);
    return;
  }
  const outDir = process.env.CVP_PREVIEW_DIR ?? DEFAULT_OUT_DIR;
  if (process.env.CVP_PREVIEW_REBUILD !== '1' && isCurrent(outDir)) {
    console.log(`\n[browser] reusing the preview build in ${path.relative(process.cwd(), outDir)}`);
  } else {
    const { ms, warnings } = await buildPreview({ outDir });
    console.log(
      `\n[browser] preview built in ${(ms / 1000).toFixed(1)} s${warnings.length ? `, ${warnings.length} warning(s)` : ''}`
    );
  }
  const server = await startServer({ dir: outDir });
  globalThis.__cvpPreviewServer = server;
  process.env.CVP_PREVIEW_URL = server.url;
  process.env.CVP_PREVIEW_DIR = outDir;
}
