// The browser the preview is driven in, for the browser tests (test/browser) and the benchmarks
// (scripts/bench/browser/render.js, workspace.js): Debian's chromium (scripts/install-browser.sh installs it),
// through playwright-core. Playwright's own browser download is not used. One list of flags, so a test
// and a benchmark never measure differently configured browsers.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const hasChromium = () => existsSync(CHROMIUM_PATH);

export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}
