// The browser the tests drive: Debian's chromium (scripts/install-browser.sh installs it), through
// playwright-core. Playwright's own browser download is not used.
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

export const SKIP_REASON = `skipped: no chromium (${CHROMIUM_PATH}); run scripts/install-browser.sh`;

export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}

/** `describe` when the browser is there; otherwise every test is reported as skipped, saying why. */
export function describeInBrowser(name, fn) {
  if (hasChromium()) describe(name, fn);
  else describe.skip(`${name} (${SKIP_REASON})`, fn);
}
