// The portfolio workspace on a 2,000-account portfolio (`?accounts=2000`, preview/platform/synthetic.js):
// paging through the GraphQL stand-in, infinite loading, server-side filters, sort and search, the
// profile comparison, click-through, the CSV and XLSX exports, the owner filter, axe on every tab, and a screenshot of each tab.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describeInBrowser } from './helpers/chromium.js';
import { axeViolations, describeViolations } from './helpers/axe.js';
import { ROOT, builtPage, component, idle, label, previewSession, storeRecords } from './helpers/preview.js';
import { eventually } from './helpers/eventually.js';
import { columnTexts } from './helpers/datatable.js';

const WORKSPACE = 'CVP_Portfolio_Workspace';
const ACCOUNTS = 2000;
const MAX_PER_REQUEST = 2000;
const SHOTS = path.join(ROOT, 'docs', 'screenshots');
const TABS = [
  ['CVP_Pf_Tab_Ranked', 'ranked'],
  ['CVP_Pf_Tab_Compare', 'comparison'],
  ['CVP_Pf_Tab_Pareto', 'pareto-whale'],
  ['CVP_Pf_Tab_Matrix', 'matrix'],
  ['CVP_Pf_Tab_Trend', 'trend'],
];

const accountRequests = async (page) =>
  (await page.evaluate(() => window.__preview.graphqlRequests())).filter((r) => 'Account' in r.records);

const bodyRows = (scope) => scope.locator('lightning-datatable tbody tr');

/** Rows the last Account request asked for: its `where`. */
const lastWhere = async (page) => (await accountRequests(page)).at(-1).variables.where ?? {};

const loadedText = (scope) => scope.locator('.loaded').innerText();

describeInBrowser('Portfolio workspace on 2,000 accounts', () => {
  let session;
  let accounts;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await previewSession({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(() => session?.close());

  const workspaceName = () => builtPage().apps.find((a) => a.name === WORKSPACE).regions[0].components[0].name;

  async function openWorkspace() {
    const page = await session.open({ page: WORKSPACE, accounts: String(ACCOUNTS) });
    accounts ??= await storeRecords(page, 'Account');
    const workspace = component(page, workspaceName());
    await eventually(async () => expect(await bodyRows(workspace).count()).toBeGreaterThan(0), { timeout: 15000 });
    return { page, workspace };
  }

  /** Searches for the accounts whose names a spreadsheet would run as formulas; returns them once shown. */
  async function showFormulaNames(page, workspace) {
    // synthetic-data.js plants a few names such as =HYPERLINK(…).
    const formulas = accounts.filter((a) => a.Name.startsWith('='));
    expect(formulas.length).toBeGreaterThan(0);
    const search = workspace.getByRole('searchbox', { name: label('CVP_Pf_Search') });
    await search.fill('HYPERLINK');
    await search.press('Enter');
    await eventually(
      async () => {
        await idle(page);
        expect(await bodyRows(workspace).count()).toBe(formulas.length);
      },
      { timeout: 10000 }
    );
    return formulas;
  }

  /** Picks the option `pick(values)` chooses (0 is "All") of a filter and returns its value. */
  async function pickFilter(workspace, comboboxLabel, pick) {
    await workspace.getByRole('combobox', { name: comboboxLabel }).click();
    const options = workspace.getByRole('option');
    await options.first().waitFor();
    const values = await options.evaluateAll((els) => els.map((el) => el.dataset.value));
    const index = pick(values);
    await options.nth(index).click();
    return values[index];
  }

  it('fills the store with 2,000 synthetic accounts and loads them in pages of at most 2,000', async () => {
    const { page, workspace } = await openWorkspace();
    expect(accounts).toHaveLength(ACCOUNTS);
    const requests = await accountRequests(page);
    expect(requests.length).toBeGreaterThan(0);
    for (const r of requests) {
      expect(r.variables.first).toBeLessThanOrEqual(MAX_PER_REQUEST);
      expect(r.records.Account).toBeLessThanOrEqual(MAX_PER_REQUEST);
    }
    const first = requests[0];
    expect(first.variables.after).toBeNull();
    expect(first.records.Account).toBe(first.variables.first);
    expect(first.records.Account).toBeLessThan(ACCOUNTS);
    expect(await bodyRows(workspace).count()).toBe(first.records.Account);
    expect(await loadedText(workspace)).toContain(ACCOUNTS.toLocaleString('en-US'));
    const top = accounts.find((a) => a.CVP_Rank__c === 1);
    expect((await columnTexts(workspace, label('CVP_Pf_Account')))[0]).toBe(top.Name);
    expect(session.errors).toEqual([]);
  });

  it('loads the next page when the table is scrolled to its end, after the previous cursor', async () => {
    const { page, workspace } = await openWorkspace();
    const before = await bodyRows(workspace).count();
    await eventually(
      async () => {
        await workspace.locator('lightning-datatable .slds-scrollable_y').evaluate((el) => {
          el.scrollTop = el.scrollHeight;
          el.dispatchEvent(new Event('scroll'));
        });
        await idle(page);
        expect(await bodyRows(workspace).count()).toBeGreaterThan(before);
      },
      { timeout: 15000, interval: 250 }
    );
    const requests = await accountRequests(page);
    const next = requests.find((r) => r.variables.after);
    expect(next).toBeDefined();
    expect(next.records.Account).toBeLessThanOrEqual(MAX_PER_REQUEST);
    const ranks = (await columnTexts(workspace, label('CVP_Pf_Rank'))).map(Number);
    expect(new Set(ranks).size).toBe(ranks.length);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks.at(-1)).toBe(ranks.length);
  });

  it('filters by tier and by quadrant on the server: only matching rows, counted as in the store', async () => {
    const { page, workspace } = await openWorkspace();
    for (const [comboboxLabel, field, column] of [
      ['CVP_Pf_Tier', 'CVP_Tier__c', 'CVP_Pf_Tier'],
      ['CVP_Pf_Quadrant', 'CVP_Quadrant__c', 'CVP_Pf_Quadrant'],
    ]) {
      const requestsBefore = (await accountRequests(page)).length;
      // The rarest value that has accounts, so the filter visibly narrows the list.
      const chosen = await pickFilter(workspace, label(comboboxLabel), (texts) => texts.length - 1);
      await eventually(
        async () => {
          await idle(page);
          expect((await accountRequests(page)).length).toBeGreaterThan(requestsBefore);
          const where = await lastWhere(page);
          expect(JSON.stringify(where)).toContain(field);
        },
        { timeout: 10000 }
      );
      expect(JSON.stringify(await lastWhere(page))).toContain(JSON.stringify({ [field]: { eq: chosen } }));
      const value = chosen;
      const expected = accounts.filter((a) => a[field] === value).length;
      expect(expected).toBeGreaterThan(0);
      expect(expected).toBeLessThan(ACCOUNTS);
      await eventually(
        async () =>
          expect(await loadedText(workspace)).toMatch(new RegExp(`of ${expected.toLocaleString('en-US')}\\b`)),
        {
          timeout: 10000,
        }
      );
      const pageSize = (await accountRequests(page)).at(-1).variables.first;
      const cells = await columnTexts(workspace, label(column));
      expect(cells.length).toBe(Math.min(expected, pageSize));
      // One label for the one value asked for (the label, not the API value, is what the table shows).
      expect(new Set(cells).size).toBe(1);
      expect(cells[0]).not.toBe('');
      // Back to all, so the next filter is tried alone.
      await pickFilter(workspace, label(comboboxLabel), () => 0);
      await idle(page);
    }
  });

  it('sorts by score on the server', async () => {
    const { page, workspace } = await openWorkspace();
    await workspace
      .getByRole('button', { name: label('CVP_Pf_Score'), exact: false })
      .first()
      .click();
    await eventually(
      async () => {
        await idle(page);
        expect(JSON.stringify((await accountRequests(page)).at(-1).variables.orderBy)).toContain(
          'CVP_Weighted_Score__c'
        );
      },
      { timeout: 10000 }
    );
    const { orderBy } = (await accountRequests(page)).at(-1).variables;
    const descending = orderBy.CVP_Weighted_Score__c.order === 'DESC';
    const scores = accounts.map((a) => a.CVP_Weighted_Score__c).filter((s) => s !== null);
    const best = descending ? Math.max(...scores) : Math.min(...scores);
    await eventually(async () => {
      const shown = (await columnTexts(workspace, label('CVP_Pf_Score'))).map(Number);
      expect(shown.length).toBeGreaterThan(1);
      expect(shown[0]).toBeCloseTo(best, 2);
      const sorted = [...shown].sort((a, b) => (descending ? b - a : a - b));
      expect(shown).toEqual(sorted);
    });
  });

  it('searches on the server: only the matching account is left', async () => {
    const { page, workspace } = await openWorkspace();
    const target = accounts.find((a) => a.CVP_Rank__c === 1500);
    const search = workspace.getByRole('searchbox', { name: label('CVP_Pf_Search') });
    await search.fill(target.Name);
    await search.press('Enter');
    await eventually(
      async () => {
        await idle(page);
        const names = await columnTexts(workspace, label('CVP_Pf_Account'));
        expect(names).toEqual([target.Name]);
      },
      { timeout: 10000 }
    );
  });

  it('shows rising stars and fallers between two profiles for the loaded accounts', async () => {
    const { page, workspace } = await openWorkspace();
    await workspace.getByRole('tab', { name: label('CVP_Pf_Tab_Compare') }).click();
    await idle(page);
    // The part the pickers drive; the whole portfolio's movers above it are tested at 50,000 accounts.
    const loaded = workspace.locator('.loaded-comparison');
    const rising = loaded.locator('ol.rising li');
    await eventually(async () => expect(await rising.count()).toBeGreaterThan(0));
    const names = new Set(accounts.map((a) => a.Name));
    // "Name: rank 183 → 34" with "(+149)": a rising star gains places, the biggest gain first.
    const moves = async (list) =>
      (await loaded.locator(`ol.${list} li`).allInnerTexts()).map((text) => {
        const [, name, from, to, change] = /^(.+): \S+ (\d+) → (\d+)\s*\(([+-]?\d+)\)/.exec(text.trim());
        expect(names.has(name)).toBe(true);
        expect(Number(change)).toBe(Number(from) - Number(to));
        return Number(change);
      });
    const gains = await moves('rising');
    expect(gains.every((g) => g > 0)).toBe(true);
    expect(gains).toEqual([...gains].sort((a, b) => b - a));
    const losses = await moves('fallers');
    expect(losses.length).toBeGreaterThan(0);
    expect(losses.every((g) => g < 0)).toBe(true);
  });

  it('opens the Account page from a row of the table', async () => {
    const { page, workspace } = await openWorkspace();
    const target = accounts.find((a) => a.CVP_Rank__c === 3);
    await workspace.getByRole('button', { name: target.Name, exact: true }).click();
    await page.waitForURL(/account=/);
    await page.waitForFunction(() => window.__preview !== undefined, null, { timeout: 30000 });
    await idle(page);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(target.Name);
  });

  it("exports the view as CSV under `portfolio rank`'s headers, formulas neutralised", async () => {
    const { page, workspace } = await openWorkspace();
    const { exportHeader } = await import(pathToFileURL(path.join(ROOT, 'lib', 'rank', 'export-rows.js')).href);
    const formulas = await showFormulaNames(page, workspace);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      workspace.getByRole('button', { name: label('CVP_Pf_Export') }).click(),
    ]);
    const text = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const { data } = Papa.parse(text.trim());
    // The rank export's headers, then the day each account was last assessed (a header rank reads for its reviews).
    const expectedHeader = [
      ...exportHeader({ summary: {} }).filter((h) => h !== 'Next Tier Lift'),
      'Last Assessed At',
      'Account Id',
    ];
    expect(data[0]).toEqual(expectedHeader);
    const nameAt = data[0].indexOf('Name');
    const rows = data.slice(1);
    expect(rows).toHaveLength(formulas.length);
    for (const row of rows) expect(row[nameAt]).toMatch(/^'=/);
    expect(rows.map((r) => r[nameAt].slice(1)).sort()).toEqual(formulas.map((a) => a.Name).sort());
  });

  it('exports the view as XLSX under the same headers, formula-like names kept as text', async () => {
    const { page, workspace } = await openWorkspace();
    const formulas = await showFormulaNames(page, workspace);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30000 }),
      workspace.getByRole('button', { name: label('CVP_Pf_Export_Xlsx') }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('portfolio.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(await download.path()));
    const sheet = workbook.worksheets[0];
    const header = sheet.getRow(1).values.slice(1);
    const { exportHeader } = await import(pathToFileURL(path.join(ROOT, 'lib', 'rank', 'export-rows.js')).href);
    expect(header).toEqual([
      ...exportHeader({ summary: {} }).filter((h) => h !== 'Next Tier Lift'),
      'Last Assessed At',
      'Account Id',
    ]);
    expect(sheet.rowCount).toBe(formulas.length + 1);
    const names = [];
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      const cell = row.getCell(header.indexOf('Name') + 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      expect(typeof row.getCell(header.indexOf('Rank') + 1).value).toBe('number');
      names.push(cell.value);
    });
    expect(names.sort()).toEqual(formulas.map((a) => a.Name).sort());
    // The CLI reads the file back as the portfolio it was: same names, no formula evaluated.
    const { readXlsxBuffer } = await import(pathToFileURL(path.join(ROOT, 'lib', 'io', 'xlsx', 'read-xlsx.js')).href);
    const read = await readXlsxBuffer(readFileSync(await download.path()));
    expect(read.ok).toBe(true);
    expect(session.errors).toEqual([]);
  });

  it("shows one owner's accounts when a sales director picks that owner", async () => {
    const { page, workspace } = await openWorkspace();
    const users = await storeRecords(page, 'User');
    const previewUser = await page.evaluate(() => window.__preview.userId);
    const owners = [...new Set(accounts.map((a) => a.OwnerId))].filter((id) => id !== previewUser);
    expect(owners.length).toBeGreaterThan(1);
    const ownerId = owners[0];
    const ownerName = users.find((u) => u.Id === ownerId).Name;
    await workspace.getByRole('combobox', { name: label('CVP_Pf_Owner') }).click();
    const offered = await workspace.getByRole('option').allInnerTexts();
    for (const id of owners) expect(offered.map((t) => t.trim())).toContain(users.find((u) => u.Id === id).Name);
    await workspace.getByRole('option', { name: ownerName }).click();
    const expected = accounts.filter((a) => a.OwnerId === ownerId).length;
    await eventually(
      async () => {
        await idle(page);
        // The owner's accounts within the portfolio scope (the default profile's Types, issue 16).
        const where = await lastWhere(page);
        expect(where.and).toContainEqual({ OwnerId: { eq: ownerId } });
        expect(JSON.stringify(where.and)).toContain('"Type"');
        expect(await loadedText(workspace)).toMatch(new RegExp(`of ${expected.toLocaleString('en-US')}\\b`));
      },
      { timeout: 10000 }
    );
    const shown = await columnTexts(workspace, label('CVP_Pf_Owner'));
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set([ownerName]));
  });

  it('has no axe violations on any tab and takes a screenshot of each', async () => {
    const { page, workspace } = await openWorkspace();
    for (const [tabLabel, file] of TABS) {
      await workspace.getByRole('tab', { name: label(tabLabel) }).click();
      await idle(page);
      const violations = await axeViolations(page);
      if (violations.length > 0) throw new Error(`axe on ${file}:\n${describeViolations(violations)}`);
      const buffer = await workspace.screenshot({ path: path.join(SHOTS, `workspace-${file}.png`) });
      expect(buffer.length).toBeGreaterThan(5000);
    }
    expect(session.errors).toEqual([]);
  });
});
