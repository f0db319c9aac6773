// Screenshots of the Account page preview and of each placed component, for docs/ and the README:
// written on every run, so they show the components as they are.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describeInBrowser } from './helpers/chromium.js';
import { ROOT, builtPage, component, previewSession, renderedComponents } from './helpers/preview.js';

const DIR = path.join(ROOT, 'docs', 'screenshots');
const ACCOUNT = 'CV-1001';
const kebab = (name) => name.replace(/^cvp/, '').replace(/[A-Z]/g, (c, i) => `${i > 0 ? '-' : ''}${c.toLowerCase()}`);

describeInBrowser('Screenshots for the docs', () => {
  let session;
  beforeAll(async () => {
    mkdirSync(DIR, { recursive: true });
    session = await previewSession({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(() => session?.close());

  it('takes the whole Account page', async () => {
    const page = await session.open({ account: ACCOUNT });
    const buffer = await page.screenshot({ path: path.join(DIR, 'account-page.png'), fullPage: true });
    expect(buffer.length).toBeGreaterThan(10000);
  });

  it('takes each placed component', async () => {
    const page = await session.open({ account: ACCOUNT });
    for (const name of renderedComponents()) {
      const buffer = await component(page, name).screenshot({ path: path.join(DIR, `${kebab(name)}.png`) });
      expect(buffer.length).toBeGreaterThan(5000);
    }
  });

  it('takes the value scorecard on a phone', async () => {
    const phone = await previewSession({ viewport: { width: 390, height: 844 } });
    try {
      const page = await phone.open({ account: ACCOUNT, component: 'cvpValueScorecard', formFactor: 'Small' });
      const buffer = await component(page, 'cvpValueScorecard').screenshot({
        path: path.join(DIR, 'value-scorecard-phone.png'),
      });
      expect(buffer.length).toBeGreaterThan(5000);
    } finally {
      await phone.close();
    }
  });

  it('takes each app page (the portfolio workspace)', async () => {
    for (const app of builtPage().apps) {
      const page = await session.open({ page: app.name });
      const name = app.name.replace(/^CVP_/, '').replace(/_/g, '-').toLowerCase();
      const buffer = await page.screenshot({ path: path.join(DIR, `${name}.png`), fullPage: true });
      expect(buffer.length).toBeGreaterThan(10000);
    }
  });

  it('takes the Account page in Finnish', async () => {
    const page = await session.open({ account: ACCOUNT, lang: 'fi' });
    const buffer = await page.screenshot({ path: path.join(DIR, 'account-page-fi.png'), fullPage: true });
    expect(buffer.length).toBeGreaterThan(10000);
  });
});
