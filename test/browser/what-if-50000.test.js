// The what-if over the whole portfolio at 50,000 accounts (`?accounts=50000`, issue 16, "try before you
// change"): with only the first 200 accounts loaded in the ranked table, the panel reads every account of
// the portfolio itself, in pages of 2,000, and re-ranks all of them. Its figures are checked against the
// preview's generated data: the tiers "now" are the tiers the sync stored on the 50,000 records, and the
// tiers tried, who moves from which tier to which and the key accounts' share of margin are what the core
// computes in this test from the same records.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describeInBrowser } from './helpers/chromium.js';
import { ROOT, builtPage, component, idle, label, previewSession } from './helpers/preview.js';
import { eventually } from './helpers/eventually.js';

const WORKSPACE = 'CVP_Portfolio_Workspace';
const ACCOUNTS = 50000;
const LOADED = 200;
const PAGE_SIZE = 25;

const core = await import(
  pathToFileURL(path.join(ROOT, 'force-app', 'main', 'default', 'lwc', 'cvpCore', 'cvpCore.js')).href
);
// The names the page reads the records by, from the one name map (the compiled src/schema/fields.ts).
const { ACCOUNT_ASSESSED: A, ACCOUNT_COMPUTED: C } = await import(
  pathToFileURL(path.join(ROOT, 'lib', 'schema', 'fields.js')).href
);
const FIELDS = {
  score: {
    volume: C.volumeScore,
    profitability: C.profitabilityScore,
    loyalty: A.loyalty,
    potential: A.potential,
    reference: A.reference,
    learning: A.learning,
    contact: A.contact,
    emotional: A.emotional,
  },
  entered: { volume: A.volumeEntered, profitability: A.profitabilityEntered },
  tier: C.tier,
  rank: C.rank,
  margin: C.customerMargin,
  revenue: C.revenue,
};

const number = (n) => n.toLocaleString('en-US');
const numberOf = (text) => Number(String(text).replace(/[^\d.-]/g, ''));

/**
 * The store's accounts as the core's re-ranking columns, worked out in the page (50,000 records are not
 * sent over whole): each dimension's score as the synced score used it (an entered volume or
 * profitability score, else the stored band), the margin, the revenue; and the tiers the sync stored.
 */
const storeColumns = (page, dimensions) =>
  page.evaluate(
    ({ dims, f }) => {
      const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
      const accounts = window.__preview.records('Account');
      const tiers = {};
      for (const a of accounts) tiers[a[f.tier] ?? 'none'] = (tiers[a[f.tier] ?? 'none'] ?? 0) + 1;
      return {
        names: accounts.map((a) => a.Name),
        idByName: Object.fromEntries(accounts.map((a) => [a.Name, a.Id])),
        rankById: Object.fromEntries(accounts.map((a) => [a.Id, a[f.rank]])),
        scores: dims.map((d) =>
          accounts.map((a) => {
            const value = f.entered[d] && num(a[f.entered[d]]) !== null ? a[f.entered[d]] : a[f.score[d]];
            return num(value);
          })
        ),
        margin: accounts.map((a) => num(a[f.margin])),
        revenue: accounts.map((a) => num(a[f.revenue])),
        tiers,
      };
    },
    { dims: dimensions, f: FIELDS }
  );

const floats = (values) => Float64Array.from(values, (v) => (v === null ? Number.NaN : v));

describeInBrowser('The what-if over the whole portfolio at 50,000 accounts', () => {
  let session;
  let page;
  let workspace;
  let panel;
  let store;
  let readMs;
  beforeAll(async () => {
    session = await previewSession({ viewport: { width: 1280, height: 900 } });
    // latency=1: each answer comes in a task of its own, as from a network, so the page draws between
    // the pages (with none, the preview answers every page in one go of microtasks).
    page = await session.open(
      { page: WORKSPACE, accounts: String(ACCOUNTS), permset: 'CVP_Admin', latency: '1' },
      { timeout: 240000 }
    );
    const name = builtPage().apps.find((a) => a.name === WORKSPACE).regions[0].components[0].name;
    workspace = component(page, name);
    await eventually(async () => expect(await workspace.locator('.loaded').innerText()).toContain(number(ACCOUNTS)), {
      timeout: 60000,
    });
    store = await storeColumns(page, core.DIMENSIONS);
  }, 300000);
  afterAll(() => session?.close());

  it('reads every account, saying how far it is, and then ranks all 50,000, not the 200 loaded', async () => {
    expect(await workspace.locator('.loaded').innerText()).toBe(
      `${number(LOADED)} of ${number(ACCOUNTS)} accounts loaded`
    );
    const started = Date.now();
    await workspace.getByRole('tab', { name: label('CVP_WhatIf_Tab') }).click();
    panel = workspace.locator('c-cvp-what-if');
    // While it reads, the progress line, and the figures said to be the loaded accounts' only.
    await eventually(
      async () => expect(await panel.locator('.reading').innerText()).toMatch(/^Reading accounts: [\d,]+ of 50,000$/),
      { timeout: 30000, interval: 20 }
    );
    expect(await panel.locator('.scope').innerText()).toContain(number(LOADED));
    await eventually(async () => expect(await panel.locator('.reading').count()).toBe(0), {
      timeout: 120000,
      interval: 100,
    });
    readMs = Date.now() - started;
    console.log(
      `what-if: ${number(ACCOUNTS)} accounts read and ranked ${(readMs / 1000).toFixed(1)} s after the tab was opened`
    );
    await eventually(async () =>
      expect(await panel.locator('.summary').innerText()).toMatch(
        /^50,000 accounts ranked again in [\d.,]+ ms\. Tier changes: 0\./
      )
    );
    expect(await panel.locator('.scope').count()).toBe(0);
    expect(await panel.locator('.read-error').count()).toBe(0);
    expect(await panel.locator('.intro').innerText()).toContain(number(ACCOUNTS));
    // The tiers now are the ones the sync stored on all 50,000 records.
    for (const tier of core.TIERS) {
      const row = panel.locator(`tr.figure[data-key="tier-${tier}"] td`);
      expect(numberOf(await row.nth(0).innerText())).toBe(store.tiers[tier] ?? 0);
    }
    expect(session.errors).toEqual([]);
  }, 180000);

  it('on a change of weights shows the whole portfolio’s moves, as the core computes them from every record', async () => {
    const weight = (d) => panel.locator(`lightning-input[data-key="${d}"] input`);
    const weights = {};
    for (const d of core.DIMENSIONS) weights[d] = Number(await weight(d).inputValue());
    const tiers = {};
    for (const t of ['keyAccount', 'develop', 'maintain'])
      tiers[t] = Number(await panel.locator(`lightning-input[data-key="${t}"] input`).inputValue());
    const tried = { ...weights, volume: 0, potential: weights.potential + weights.volume };

    for (const [d, value] of [
      ['volume', tried.volume],
      ['potential', tried.potential],
    ]) {
      const input = weight(d);
      await input.click();
      await input.press('Control+a');
      await input.press('Backspace');
      await input.pressSequentially(String(value));
      await input.blur();
    }
    await eventually(async () => expect(await panel.locator('tr.move').count()).toBeGreaterThan(0), { timeout: 15000 });
    await idle(page);

    const input = {
      names: store.names,
      scores: store.scores.map(floats),
      margin: floats(store.margin),
      revenue: floats(store.revenue),
    };
    const base = core.rerankBase(input, { weights, tiers });
    const expected = core.rerank(base, { weights: tried, tiers });

    const summary = await panel.locator('.summary').innerText();
    const [, ranked, changed] = /^([\d,]+) accounts ranked again in [\d.,]+ ms\. Tier changes: ([\d,]+)\./.exec(summary);
    expect(numberOf(ranked)).toBe(ACCOUNTS);
    expect(numberOf(changed)).toBe(expected.changed.length);
    expect(expected.changed.length).toBeGreaterThan(LOADED);

    // The from → to table: every move of the core's, with its count; they add up to all who change tier.
    const slot = (i) =>
      label(i < core.TIERS.length ? `CVP_Tier_${['Key_Account', 'Develop', 'Maintain', 'Lean'][i]}` : 'CVP_Tier_None');
    const shownMoves = (await panel.locator('tr.move').all()).map(async (tr) =>
      (await tr.locator('td').allInnerTexts()).join(' → ')
    );
    const expectedMoves = [];
    for (let from = 0; from < core.TIER_SLOTS; from++)
      for (let to = 0; to < core.TIER_SLOTS; to++) {
        const count = expected.moves[from * core.TIER_SLOTS + to];
        if (from !== to && count > 0) expectedMoves.push(`${slot(from)} → ${slot(to)} → ${number(count)}`);
      }
    expect((await Promise.all(shownMoves)).sort()).toEqual(expectedMoves.sort());
    const moveCounts = await panel.locator('tr.move td:nth-child(3)').allInnerTexts();
    expect(moveCounts.reduce((sum, c) => sum + numberOf(c), 0)).toBe(expected.changed.length);

    // Accounts per tier tried, and the key accounts' share of margin, over all 50,000.
    let inTiers = 0;
    for (const [t, tier] of core.TIERS.entries()) {
      const cells = panel.locator(`tr.figure[data-key="tier-${tier}"] td`);
      expect(numberOf(await cells.nth(1).innerText())).toBe(expected.figures.tierCounts[t]);
      inTiers += expected.figures.tierCounts[t];
    }
    expect(inTiers + expected.figures.tierCounts[core.TIERS.length]).toBe(ACCOUNTS);
    const keyShare = await panel.locator('tr.figure[data-key="keyShare"] td').nth(1).innerText();
    expect(numberOf(keyShare)).toBe(Math.round(expected.figures.keyAccountMarginShare * 100));

    // The accounts that change tier, paged: named by Name, linked by Id, from all over the portfolio.
    expect(await panel.locator('.page').innerText()).toBe(
      `Page 1 of ${number(Math.ceil(expected.changed.length / PAGE_SIZE))}`
    );
    const links = await panel
      .locator('tr.changed-row th a')
      .evaluateAll((as) => as.map((a) => [a.textContent, a.dataset.id]));
    expect(links).toHaveLength(PAGE_SIZE);
    expect(links.map(([name]) => name)).toEqual(
      Array.from(expected.changed.slice(0, PAGE_SIZE), (i) => store.names[i])
    );
    for (const [name, id] of links) expect(id).toBe(store.idByName[name]);
    const ranks = Array.from(expected.changed, (i) => store.rankById[store.idByName[store.names[i]]]);
    expect(Math.max(...ranks.filter((r) => typeof r === 'number'))).toBeGreaterThan(LOADED);
    expect(session.errors).toEqual([]);
  }, 120000);
});
