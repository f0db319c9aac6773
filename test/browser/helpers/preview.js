// Opening the built preview (test/browser/global-setup.js builds and serves it once per run) and reading it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.js';
import { readLabels } from '../../../preview/build/labels.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export function previewUrl() {
  const url = process.env.CVP_PREVIEW_URL;
  if (!url) throw new Error('The preview is not served: run the browser tests with jest.browser.config.js.');
  return url;
}

const buildInfo = () => JSON.parse(readFileSync(path.join(process.env.CVP_PREVIEW_DIR, 'build.json'), 'utf8'));

/** What the build placed on the page (preview/dist/build.json): regions and component names. */
export const builtPage = () => buildInfo().page;

/** What the build warned about (an unknown icon, a schema reference it could not check…). */
export const buildWarnings = () => buildInfo().warnings;

export const renderedComponents = () => builtPage().regions.flatMap((r) => r.components.map((c) => c.name));

let labels;
/** Custom label texts by name, in 'en' or 'fi' (Finnish falls back to English, as the platform does). */
export function label(name, lang = 'en') {
  labels ??= readLabels(ROOT);
  const text = lang === 'fi' ? (labels.fi[name] ?? labels.en[name]) : labels.en[name];
  if (text === undefined) throw new Error(`No custom label ${name}`);
  return text;
}

/**
 * A browser session for one test file: `open(params)` loads the Account page and waits until it has
 * rendered its data; page errors are collected so a test can insist there were none.
 */
export async function previewSession({ viewport = { width: 1280, height: 900 } } = {}) {
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const session = {
    browser,
    context,
    page: null,
    errors: [],
    /** `timeout`: how long the page may take to start (a large `?accounts=` portfolio takes longer). */
    async open(params = {}, { timeout = 15000 } = {}) {
      await session.page?.close();
      const page = await context.newPage();
      session.page = page;
      session.errors = [];
      page.on('pageerror', (error) => session.errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') session.errors.push(message.text());
      });
      const query = new URLSearchParams(params).toString();
      await page.goto(`${previewUrl()}/index.html${query ? `?${query}` : ''}`);
      try {
        await page.waitForFunction(() => window.__preview !== undefined, null, { timeout });
      } catch (error) {
        throw new Error(`The preview did not start: ${session.errors.join('; ') || error.message}`);
      }
      await idle(page);
      return page;
    },
    async close() {
      await browser.close();
    },
  };
  return session;
}

/** Waits until no data answer is under way and the DOM has stopped changing. */
export function idle(page) {
  return page.evaluate(() => window.__preview.idle());
}

/** The wrapper the preview shell puts around a placed component. */
export const component = (page, name) => page.locator(`[data-component="${name}"]`);

export const storeRecords = (page, objectApiName) =>
  page.evaluate((name) => window.__preview.records(name), objectApiName);

/** Picks an option of a lightning-combobox by its label and the option's visible text. */
export async function chooseOption(scope, comboboxLabel, optionText) {
  await scope.getByRole('combobox', { name: comboboxLabel }).click();
  await scope.getByRole('option', { name: optionText, exact: false }).first().click();
}
