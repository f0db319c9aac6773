// The whole portfolio at 50,000 accounts (`?accounts=50000`, issue 16): with only the first 200 accounts
// of the ranked table loaded, the whale curve, the loss-makers and the rising stars and fallers still
// cover every account, because they read what the sync stored over all of them (the preview's data is
// built with the sync's own builders, preview/build/sample-data.js). Each is checked against the store.
import { describeInBrowser } from './helpers/chromium.js';
import { builtPage, component, idle, label, previewSession } from './helpers/preview.js';
import { eventually } from './helpers/eventually.js';

const WORKSPACE = 'CVP_Portfolio_Workspace';
const ACCOUNTS = 50000;
const LOADED = 200;

/** What the store holds, worked out in the page: 50,000 records are not sent over to the test. */
const storeFacts = (page) =>
  page.evaluate(() => {
    const accounts = window.__preview.records('Account');
    const margin = (a) => a.CVP_Customer_Margin__c;
    const losses = accounts
      .filter((a) => typeof margin(a) === 'number' && margin(a) < 0)
      .sort((x, y) => margin(x) - margin(y) || x.CVP_Rank__c - y.CVP_Rank__c || (x.Id < y.Id ? -1 : 1));
    const lastRankedLoss = losses.reduce((worst, a) => (a.CVP_Rank__c > worst.CVP_Rank__c ? a : worst), losses[0]);
    const change = (a) => a.CVP_Compare_Rank_Change__c;
    const rising = accounts
      .filter((a) => change(a) > 0)
      .sort((x, y) => change(y) - change(x) || x.CVP_Compare_Rank__c - y.CVP_Compare_Rank__c || (x.Id < y.Id ? -1 : 1));
    const falling = accounts.filter((a) => change(a) < 0);
    return {
      accounts: accounts.length,
      withMargin: accounts.filter((a) => typeof margin(a) === 'number').length,
      losses: losses.map((a) => ({ name: a.Name, rank: a.CVP_Rank__c })),
      lastRankedLoss: { name: lastRankedLoss.Name, rank: lastRankedLoss.CVP_Rank__c },
      rising: rising.slice(0, 400).map((a) => ({ name: a.Name, rank: a.CVP_Rank__c })),
      risingCount: rising.length,
      fallingCount: falling.length,
    };
  });

const number = (n) => n.toLocaleString('en-US');

describeInBrowser('The whole portfolio at 50,000 accounts', () => {
  let session;
  let page;
  let workspace;
  let facts;
  beforeAll(async () => {
    session = await previewSession({ viewport: { width: 1280, height: 900 } });
    page = await session.open({ page: WORKSPACE, accounts: String(ACCOUNTS) }, { timeout: 240000 });
    const name = builtPage().apps.find((a) => a.name === WORKSPACE).regions[0].components[0].name;
    workspace = component(page, name);
    await eventually(async () => expect(await workspace.locator('.loaded').innerText()).toContain(number(ACCOUNTS)), {
      timeout: 60000,
    });
    facts = await storeFacts(page);
  }, 300000);
  afterAll(() => session?.close());

  it('has 50,000 accounts in the store and the first 200 loaded in the table', async () => {
    expect(facts.accounts).toBe(ACCOUNTS);
    expect(await workspace.locator('.loaded').innerText()).toBe(
      `${number(LOADED)} of ${number(ACCOUNTS)} accounts loaded`
    );
  });

  it('draws the whale curve of every account with a margin: it ends at 100 % of the accounts, on the 100 % line', async () => {
    await workspace.getByRole('tab', { name: label('CVP_Pf_Tab_Pareto') }).click();
    await idle(page);
    const pareto = workspace.locator('c-cvp-pareto-whale');
    await eventually(async () => expect(await pareto.locator('svg.whale path.curve').count()).toBe(1), {
      timeout: 30000,
    });
    const steps = (await pareto.locator('path.curve').getAttribute('d')).split(' ');
    const [lastX, lastY] = steps.at(-1).slice(1).split(',').map(Number);
    expect(lastX).toBe(Number(await pareto.locator('line.hundred').getAttribute('x2')));
    expect(lastY).toBeCloseTo(Number(await pareto.locator('line.hundred').getAttribute('y1')), 0);
    // The stored points, at most 400, stand for every account with a margin, not the 200 loaded.
    expect(steps.length).toBeLessThanOrEqual(400);
    expect(await pareto.locator('.scope').innerText()).toContain(number(facts.withMargin));
    expect(facts.withMargin).toBeGreaterThan(LOADED * 100);
    expect(await pareto.locator('circle.peak').count()).toBe(1);
    expect(session.errors).toEqual([]);
  });

  it('lists every loss-maker, the largest loss first, and the last-ranked one among them', async () => {
    const list = workspace.locator('c-cvp-loss-makers');
    await eventually(async () => expect(await list.locator('table.losses tbody tr').count()).toBeGreaterThan(0), {
      timeout: 30000,
    });
    expect(facts.losses.length).toBeGreaterThan(0);
    expect(await list.locator('.loss-count').innerText()).toContain(number(facts.losses.length));
    const names = () => list.locator('table.losses tbody th a').allInnerTexts();
    expect(await names()).toEqual(facts.losses.slice(0, 200).map((l) => l.name));
    // None of them is among the 200 loaded accounts: the list does not depend on what the table loaded.
    expect(Math.min(...facts.losses.map((l) => l.rank))).toBeGreaterThan(LOADED);
    // Page on until the loss-maker that ranks last of all is listed.
    const more = list.locator('lightning-button.load-more button');
    for (let pages = 1; !(await names()).includes(facts.lastRankedLoss.name); pages++) {
      expect(pages).toBeLessThan(Math.ceil(facts.losses.length / 200) + 1);
      // eslint-disable-next-line no-await-in-loop -- each page needs the previous page's cursor
      await more.click();
      // eslint-disable-next-line no-await-in-loop
      await eventually(async () => expect((await names()).length).toBeGreaterThan(pages * 200 - 1));
    }
    expect(facts.lastRankedLoss.rank).toBeGreaterThan(ACCOUNTS * 0.9);
    expect(session.errors).toEqual([]);
  }, 180000);

  it('lists every rising star and faller of the whole portfolio, 200 a page, from the stored compare ranks', async () => {
    await workspace.getByRole('tab', { name: label('CVP_Pf_Tab_Compare') }).click();
    await idle(page);
    const movers = workspace.locator('c-cvp-rank-movers');
    await eventually(async () => expect(await movers.locator('ol.rising li').count()).toBe(200), { timeout: 30000 });
    // "Name: rank 38,950 → 112"; a name may hold a colon itself.
    const shown = async () =>
      (await movers.locator('ol.rising a').allInnerTexts()).map((t) => t.trim().replace(/: \S+ [\d,]+ → [\d,]+$/, ''));
    expect(await shown()).toEqual(facts.rising.slice(0, 200).map((r) => r.name));
    // The biggest riser is far below the loaded top 200.
    expect(facts.rising[0].rank).toBeGreaterThan(LOADED);
    const text = await movers.locator('.movers-scope').innerText();
    expect(text).toContain(number(facts.risingCount));
    expect(text).toContain(number(facts.fallingCount));
    expect(await movers.locator('.rising-shown').innerText()).toContain(`200 of ${number(facts.risingCount)}`);
    expect(await movers.locator('ol.fallers li').count()).toBe(200);

    // The second page follows the first, in the same order, the largest move first.
    expect(facts.risingCount).toBeGreaterThan(400);
    await movers.locator('lightning-button.more-rising button').click();
    await eventually(async () => expect(await movers.locator('ol.rising li').count()).toBe(400), { timeout: 30000 });
    expect(await shown()).toEqual(facts.rising.slice(0, 400).map((r) => r.name));
    expect(await movers.locator('.rising-shown').innerText()).toContain(`400 of ${number(facts.risingCount)}`);
    expect(await movers.locator('ol.fallers li').count()).toBe(200);
    expect(session.errors).toEqual([]);
  }, 120000);
});
