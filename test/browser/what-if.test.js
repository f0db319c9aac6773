// The what-if of the portfolio workspace (issue 16, "try before you change") in the preview: the admin
// (`?permset=CVP_Admin`, who may create scoring profiles) changes two weights, the loaded portfolio is
// ranked again in the page with the core, and accounts move between tiers; "Save as new profile" adds a
// CVP_Scoring_Profile__c record and leaves the shown one as it was. The sales rep sees no what-if.
import path from 'node:path';
import { describeInBrowser } from './helpers/chromium.js';
import { axeViolations, describeViolations } from './helpers/axe.js';
import { ROOT, builtPage, component, idle, label, previewSession, storeRecords } from './helpers/preview.js';
import { eventually } from './helpers/eventually.js';

const WORKSPACE = 'CVP_Portfolio_Workspace';
const PROFILE = 'CVP_Scoring_Profile__c';

/** As a person types a number: select what is there, delete it, type key by key, leave the field. */
async function typeNumber(input, text) {
  await input.click();
  await input.press('Control+a');
  await input.press('Backspace');
  await input.pressSequentially(text);
  await input.blur();
}

describeInBrowser('What-if weights in the portfolio workspace', () => {
  let session;
  beforeAll(async () => {
    session = await previewSession();
  });
  afterAll(() => session?.close());

  const workspaceComponent = () => builtPage().apps.find((a) => a.name === WORKSPACE).regions[0].components[0].name;
  const tab = (scope) => scope.getByRole('tab', { name: label('CVP_WhatIf_Tab') });

  it('is not offered to a user who may not create scoring profiles', async () => {
    const page = await session.open({ page: WORKSPACE });
    const workspace = component(page, workspaceComponent());
    await eventually(async () =>
      expect(await workspace.getByRole('tab', { name: label('CVP_Pf_Tab_Ranked') }).count()).toBe(1)
    );
    expect(await tab(workspace).count()).toBe(0);
  });

  it('ranks the portfolio again as the admin changes weights, shows who changes tier, and saves a new profile', async () => {
    const page = await session.open({ page: WORKSPACE, permset: 'CVP_Admin' });
    const before = await storeRecords(page, PROFILE);
    const workspace = component(page, workspaceComponent());
    await tab(workspace).click();
    const panel = workspace.locator('c-cvp-what-if');
    await eventually(async () =>
      expect(await panel.locator('.summary').innerText()).toMatch(/\. Tier changes: 0\. Rank changes: 0\.$/)
    );
    const volume = panel.getByRole('spinbutton', { name: label('CVP_Dim_Volume') });
    const potential = panel.getByRole('spinbutton', { name: label('CVP_Dim_Potential') });
    const oldVolume = Number(await volume.inputValue());
    const oldPotential = Number(await potential.inputValue());
    // Volume's weight to potential: the sum stays 100 %.
    await typeNumber(volume, '0');
    await eventually(async () => expect(await panel.locator('.general-issue').count()).toBe(1));
    await typeNumber(potential, String(oldPotential + oldVolume));
    await eventually(async () => {
      expect(await panel.locator('.general-issue').count()).toBe(0);
      expect(await panel.locator('tr.move').count()).toBeGreaterThan(0);
    });
    await idle(page);
    const summary = await panel.locator('.summary').innerText();
    const changed = Number(/Tier changes: ([\d,]+)\./.exec(summary)[1].replace(/,/g, ''));
    const moveCounts = await panel.locator('tr.move td:nth-child(3)').allInnerTexts();
    expect(moveCounts.reduce((sum, c) => sum + Number(c.replace(/,/g, '')), 0)).toBe(changed);
    expect(changed).toBeGreaterThan(0);
    expect(Number(/^([\d,]+) accounts ranked again/.exec(summary)[1].replace(/,/g, ''))).toBeGreaterThan(changed);
    // Every listed account has another tier tried than now.
    const rows = await panel.locator('tr.changed-row').all();
    expect(rows.length).toBe(Math.min(25, changed));
    for (const row of rows.slice(0, 5)) {
      const cells = await row.locator('td').allInnerTexts();
      expect(cells[0]).not.toBe(cells[1]);
    }
    const violations = await axeViolations(page);
    if (violations.length > 0) throw new Error(`axe found:\n${describeViolations(violations)}`);
    // The picture in docs/workspace.md.
    const shot = await panel.screenshot({ path: path.join(ROOT, 'docs', 'screenshots', 'workspace-what-if.png') });
    expect(shot.length).toBeGreaterThan(5000);

    await panel.getByRole('button', { name: label('CVP_WhatIf_Save') }).click();
    await eventually(async () => expect(await panel.locator('.saved').count()).toBe(1));
    const after = await storeRecords(page, PROFILE);
    expect(after).toHaveLength(before.length + 1);
    const added = after.find((p) => !before.some((b) => b.Id === p.Id));
    expect(added.CVP_Key__c).toMatch(/-2$/);
    expect(added.CVP_Weight_Volume__c).toBe(0);
    expect(added.CVP_Weight_Potential__c).toBe(oldPotential + oldVolume);
    expect(added.CVP_Default__c).toBe(false);
    // The profiles that were there are as they were.
    for (const b of before) expect(after.find((p) => p.Id === b.Id)).toEqual(b);

    await panel.getByRole('button', { name: label('CVP_WhatIf_Discard') }).click();
    await eventually(async () => expect(Number(await volume.inputValue())).toBe(oldVolume));
    expect(session.errors).toEqual([]);
  });

  it('saves the tried figures as a new version of the shown profile, for the next sync to record', async () => {
    const page = await session.open({ page: WORKSPACE, permset: 'CVP_Admin' });
    const before = await storeRecords(page, PROFILE);
    // The preview's org is one sync old: that sync recorded version 1 on the profile it scored with.
    const shown = before.find((p) => p.CVP_Default__c);
    expect(shown.CVP_Version__c).toBe(1);
    const workspace = component(page, workspaceComponent());
    await tab(workspace).click();
    const panel = workspace.locator('c-cvp-what-if');
    const saveVersion = panel.getByRole('button', { name: label('CVP_WhatIf_Save_Version') });
    await eventually(async () => expect(await saveVersion.count()).toBe(1));
    // The profile's own figures: nothing to save yet, and no reason to show.
    expect(await saveVersion.isEnabled()).toBe(false);
    expect(await panel.locator('.version-hint').count()).toBe(0);
    const keyAccount = panel.getByRole('spinbutton', { name: label('CVP_Tier_Key_Account') });
    await typeNumber(keyAccount, String(shown.CVP_Tier_Key_Account__c - 0.25));
    await eventually(async () => expect(await saveVersion.isEnabled()).toBe(true));
    await saveVersion.click();
    await eventually(async () => expect(await panel.locator('.saved').innerText()).toMatch(/version 2\b.*version 1\b/));
    const after = await storeRecords(page, PROFILE);
    expect(after).toHaveLength(before.length);
    const saved = after.find((p) => p.Id === shown.Id);
    // The tried threshold, in the same record; the versions the sync keeps are untouched (it records 2).
    expect(saved.CVP_Tier_Key_Account__c).toBe(shown.CVP_Tier_Key_Account__c - 0.25);
    for (const field of ['CVP_Key__c', 'CVP_Version__c', 'CVP_Version_Fingerprint__c', 'CVP_Versions__c'])
      expect(saved[field]).toEqual(shown[field]);
    for (const b of before.filter((p) => p.Id !== shown.Id)) expect(after.find((p) => p.Id === b.Id)).toEqual(b);
    // The record now holds figures no version froze: no second update before a sync.
    expect(await saveVersion.isEnabled()).toBe(false);
    const violations = await axeViolations(page);
    if (violations.length > 0) throw new Error(`axe found:\n${describeViolations(violations)}`);
    expect(session.errors).toEqual([]);
  });

  it('shows a failed save in the error panel', async () => {
    const page = await session.open({ page: WORKSPACE, permset: 'CVP_Admin', fail: 'createRecord' });
    const workspace = component(page, workspaceComponent());
    await tab(workspace).click();
    const panel = workspace.locator('c-cvp-what-if');
    const keyAccount = panel.getByRole('spinbutton', { name: label('CVP_Tier_Key_Account') });
    await typeNumber(keyAccount, '3.9');
    await eventually(async () =>
      expect(await panel.getByRole('button', { name: label('CVP_WhatIf_Save') }).isEnabled()).toBe(true)
    );
    await panel.getByRole('button', { name: label('CVP_WhatIf_Save') }).click();
    await eventually(async () =>
      expect(await panel.locator('c-error-panel').innerText()).toContain(label('CVP_WhatIf_Save_Failed'))
    );
  });

  // The panel reads the whole portfolio itself, 2,000 accounts a page; 14,000 accounts are seven pages.
  // `?fail=graphql:cvpWhatIfAccounts@2` answers the second page once with the GraphQL API's `errors`.
  it('stops at a page that fails, with the error and "Try again", and then reads and ranks every account', async () => {
    const page = await session.open(
      { page: WORKSPACE, permset: 'CVP_Admin', accounts: '14000', fail: 'graphql:cvpWhatIfAccounts@2' },
      { timeout: 150000 }
    );
    const accounts = (await storeRecords(page, 'Account')).length;
    expect(accounts).toBe(14000);
    // The what-if's reads (ordered by Id alone; the workspace's table by rank, then Id): each page's records.
    const whatIfPages = async () =>
      (await page.evaluate(() => window.__preview.graphqlRequests()))
        .filter((r) => Object.keys(r.variables.orderBy ?? {}).join() === 'Id')
        .map((r) => r.records.Account ?? 0);
    const workspace = component(page, workspaceComponent());
    await tab(workspace).click();
    const panel = workspace.locator('c-cvp-what-if');
    const again = panel.locator('lightning-button.read-again');
    await eventually(async () => expect(await again.count()).toBe(1), { timeout: 30000 });
    const failure = await panel.locator('c-error-panel.read-error').innerText();
    expect(failure).toContain(label('CVP_WhatIf_Read_Failed'));
    expect(failure).toContain('page 2 of cvpWhatIfAccounts');
    // The read stopped there: page 1 came, page 2 failed, nothing more was asked; the figures say they
    // are the loaded rows' only.
    expect(await whatIfPages()).toEqual([2000, 0]);
    expect(await panel.locator('.reading').count()).toBe(0);
    expect(await panel.locator('.scope').count()).toBe(1);

    await again.getByRole('button', { name: label('CVP_WhatIf_Read_Again') }).click();
    await eventually(
      async () =>
        expect(await panel.locator('.summary').innerText()).toMatch(
          new RegExp(`^${accounts.toLocaleString('en-US')} accounts ranked again in [\\d.,]+ ms\\. Tier changes: 0\\.`)
        ),
      { timeout: 60000 }
    );
    // From the first page again, every page once, each whole: all the store's accounts.
    const pages = await whatIfPages();
    expect(pages.slice(2)).toEqual([2000, 2000, 2000, 2000, 2000, 2000, 2000]);
    expect(pages.slice(2).reduce((sum, n) => sum + n, 0)).toBe(accounts);
    expect(await panel.locator('.intro').innerText()).toContain(accounts.toLocaleString('en-US'));
    expect(await panel.locator('c-error-panel').count()).toBe(0);
    expect(await again.count()).toBe(0);
    expect(await panel.locator('.scope').count()).toBe(0);
    expect(await panel.locator('.reading').count()).toBe(0);
    // The failed page is shown in the panel, not thrown: the page logged no error at all.
    expect(session.errors).toEqual([]);
  }, 240000);
});
