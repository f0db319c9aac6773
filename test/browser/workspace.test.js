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
