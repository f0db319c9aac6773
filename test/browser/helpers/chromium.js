// The browser the tests drive: the one shared with the benchmarks (preview/chromium.js), and the
// "skipped" reporting when it is not installed.
import { CHROMIUM_PATH, hasChromium } from '../../../preview/chromium.js';

export { CHROMIUM_FLAGS, CHROMIUM_PATH, hasChromium, launchChromium } from '../../../preview/chromium.js';

export const SKIP_REASON = `skipped: no chromium (${CHROMIUM_PATH}); run scripts/install-browser.sh`;

/** `describe` when the browser is there; otherwise every test is reported as skipped, saying why. */
export function describeInBrowser(name, fn) {
  if (hasChromium()) describe(name, fn);
  else describe.skip(`${name} (${SKIP_REASON})`, fn);
}
