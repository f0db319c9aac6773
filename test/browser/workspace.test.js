// The portfolio workspace app page (CVP_Portfolio_Workspace) in the preview: the ranked portfolio from the
// sync's computed fields, searched on the server side through GraphQL, and a way into the Account page.
import { describeInBrowser } from './helpers/chromium.js';
import { axeViolations, describeViolations } from './helpers/axe.js';
import { builtPage, component, idle, label, previewSession, storeRecords } from './helpers/preview.js';
import { eventually } from './helpers/eventually.js';
import { columnTexts } from './helpers/datatable.js';

const WORKSPACE = 'CVP_Portfolio_Workspace';

describeInBrowser('Portfolio workspace preview', () => {
  let session;
  beforeAll(async () => {
    session = await previewSession();
  });
  afterAll(() => session?.close());

  const workspaceComponent = () => builtPage().apps.find((a) => a.name === WORKSPACE).regions[0].components[0].name;

  it('lists every account of the sample in rank order, with no page errors and no axe violations', async () => {
    const page = await session.open({ page: WORKSPACE });
    const accounts = await storeRecords(page, 'Account');
    const workspace = component(page, workspaceComponent());
    const top = accounts.find((a) => a.CVP_Rank__c === 1);
    await eventually(async () => expect((await columnTexts(workspace, label('CVP_Pf_Account')))[0]).toBe(top.Name));
    const violations = await axeViolations(page);
    if (violations.length > 0) throw new Error(`axe found:\n${describeViolations(violations)}`);
    expect(session.errors).toEqual([]);
  });

  it('searches on the server when the user presses Enter: only the matching account is left', async () => {
    const page = await session.open({ page: WORKSPACE });
    const workspace = component(page, workspaceComponent());
    const search = workspace.getByRole('searchbox', { name: label('CVP_Pf_Search') });
    await search.fill('Teräs');
    await search.press('Enter');
    await eventually(async () => {
      await idle(page);
      expect(await columnTexts(workspace, label('CVP_Pf_Account'))).toEqual(['Pohjolan Teräs Oy']);
    });
  });

  it("shows each account's next review and sorts by it on the server, the longest overdue first", async () => {
    const page = await session.open({ page: WORKSPACE });
    const accounts = await storeRecords(page, 'Account');
    const workspace = component(page, workspaceComponent());
    await eventually(async () => expect((await columnTexts(workspace, label('CVP_Pf_Account'))).length).toBe(48));
    await workspace
      .getByRole('button', { name: label('CVP_Pf_Next_Review'), exact: false })
      .first()
      .click();
    // The store's own order of due days (the sample's "Assessed At" days and the review months decide them).
    const byDue = accounts
      .filter((a) => a.CVP_Review_Due_On__c)
      .sort((a, b) => a.CVP_Review_Due_On__c.localeCompare(b.CVP_Review_Due_On__c) || a.Id.localeCompare(b.Id));
    await eventually(async () => {
      await idle(page);
      const names = await columnTexts(workspace, label('CVP_Pf_Account'));
      expect(names.slice(0, 3)).toEqual(byDue.slice(0, 3).map((a) => a.Name));
    });
    // The first is long due: said so, in the column.
    const first = (await columnTexts(workspace, label('CVP_Pf_Next_Review')))[0];
    expect(first.startsWith(label('CVP_Pf_Review_Due_Since').split('{0}')[0])).toBe(true);
    expect(session.errors).toEqual([]);
  });

  it('opens the Account page from an account in the list', async () => {
    const page = await session.open({ page: WORKSPACE });
    const workspace = component(page, workspaceComponent());
    await workspace.getByRole('button', { name: 'Pohjolan Teräs Oy' }).click();
    await page.waitForURL(/account=/);
    await page.waitForFunction(() => window.__preview !== undefined);
    await idle(page);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Pohjolan Teräs Oy');
  });
});
