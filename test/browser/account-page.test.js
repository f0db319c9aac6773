// The Account page preview in a real browser: the real components from force-app, their data from the
// preview's LDS over the sample portfolio. Edits, saves, errors and field-level security as a user meets them.
import { describeInBrowser } from './helpers/chromium.js';
import {
  chooseOption,
  component,
  idle,
  label,
  previewSession,
  renderedComponents,
  storeRecords,
} from './helpers/preview.js';
import { liveScore, sampleAccount, tierLabelName } from './helpers/expected.js';
import { eventually, texts } from './helpers/eventually.js';

const ACCOUNT = 'CV-1001';
const SCORECARD = 'cvpValueScorecard';
const en2 = (n) => n.toFixed(2);

describeInBrowser('Account page preview', () => {
  let session;
  let account;

  beforeAll(async () => {
    session = await previewSession();
    account = await sampleAccount(ACCOUNT);
  });
  afterAll(() => session?.close());

  async function scorecard(params = {}) {
    const page = await session.open({ account: ACCOUNT, ...params });
    return { page, card: component(page, SCORECARD) };
  }

  async function setLoyalty(page, card, level) {
    const option = `${level} – ${label(`CVP_Level_Loyalty_${level}`)}`;
    await chooseOption(card, label('CVP_Dim_Loyalty'), option);
    await idle(page);
  }

  it('opens the Account page of a sample account with the placed components and no page errors', async () => {
    const page = await session.open({ account: ACCOUNT });
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(account.Name);
    const placed = renderedComponents();
    expect(placed).toContain(SCORECARD);
    for (const name of placed) {
      const wrapper = component(page, name);
      expect(await wrapper.isVisible()).toBe(true);
      expect((await wrapper.innerText()).trim().length).toBeGreaterThan(0);
    }
    expect(session.errors).toEqual([]);
  });

  it('recomputes the score and the tier while the user edits an assessment', async () => {
    const { page, card } = await scorecard();
    const before = await liveScore(ACCOUNT);
    const after = await liveScore(ACCOUNT, { loyalty: 1 });
    expect(after.tier).not.toBe(before.tier);

    expect(await texts(card.locator('.score-value'))).toEqual([en2(before.score)]);
    expect(await texts(card.locator('[data-id="tier"]'))).toEqual([label(tierLabelName(before.tier))]);
    await setLoyalty(page, card, 1);
    await eventually(async () => {
      expect(await texts(card.locator('.score-value'))).toEqual([en2(after.score)]);
      expect(await texts(card.locator('[data-id="tier"]'))).toEqual([label(tierLabelName(after.tier))]);
    });
    // Nothing is written until the user saves.
    const [stored] = (await storeRecords(page, 'Account')).filter((a) => a.Id === account.Id);
    expect(stored.CVP_Loyalty_Score__c).toBe(account.CVP_Loyalty_Score__c);
  });

  it('saves the assessed field and a history row, and shows the new row and the trend', async () => {
    const { page, card } = await scorecard();
    const save = card.getByRole('button', { name: label('CVP_Scorecard_Save') });
    const synced = en2(account.CVP_Weighted_Score__c);
    // The preview starts as an org after load-sample and one sync: the owner's assessment on the sheet's
    // "Assessed At" day, then the sync's row under the profile's first version, both with the same score.
    expect(await texts(card.locator('.history-row .history-score'))).toEqual([synced, synced]);
    const before = await storeRecords(page, 'CVP_Value_Assessment__c');

    await setLoyalty(page, card, 1);
    await save.click();
    await idle(page);
    const first = await liveScore(ACCOUNT, { loyalty: 1 });
    await eventually(async () => {
      expect(await texts(page.locator('[data-id="toast"][role="status"] h2'))).toContain(
        label('CVP_Scorecard_Saved_Title')
      );
      expect(await texts(card.locator('.history-row .history-score'))).toEqual([en2(first.score), synced, synced]);
      expect(await card.locator('svg.trend').isVisible()).toBe(true);
    });

    const [stored] = (await storeRecords(page, 'Account')).filter((a) => a.Id === account.Id);
    expect(stored.CVP_Loyalty_Score__c).toBe(1);
    const written = (await storeRecords(page, 'CVP_Value_Assessment__c')).filter(
      (r) => !before.some((b) => b.Id === r.Id)
    );
    expect(written).toHaveLength(1);
    expect(written[0]).toMatchObject({
      CVP_Account__c: account.Id,
      CVP_Loyalty_Score__c: 1,
      CVP_Weighted_Score__c: first.score,
      CVP_Tier__c: first.tier,
      CVP_Profile_Key__c: first.profile.key,
    });

    // A second assessment: newest first.
    await setLoyalty(page, card, 3);
    await save.click();
    await idle(page);
    const second = await liveScore(ACCOUNT, { loyalty: 3 });
    await eventually(async () => {
      expect(await texts(card.locator('.history-row .history-score'))).toEqual([
        en2(second.score),
        en2(first.score),
        synced,
        synced,
      ]);
    });
    expect(session.errors).toEqual([]);
  });

  it('shows a field the user may not edit (field-level security) read-only', async () => {
    const { card } = await scorecard({ readonly: 'Account.CVP_Loyalty_Score__c' });
    expect(await card.getByRole('combobox', { name: label('CVP_Dim_Loyalty') }).count()).toBe(0);
    expect(await card.getByRole('combobox', { name: label('CVP_Dim_Potential') }).count()).toBe(1);
    expect(await card.locator('[data-key="loyalty"]').innerText()).toContain(
      label(`CVP_Level_Loyalty_${account.CVP_Loyalty_Score__c}`)
    );
  });

  it('reports a failed save through the error panel and an error toast, and keeps the edit', async () => {
    const { page, card } = await scorecard({ fail: 'updateRecord' });
    const ofAccount = (rows) => rows.filter((r) => r.CVP_Account__c === account.Id);
    const before = ofAccount(await storeRecords(page, 'CVP_Value_Assessment__c'));
    await setLoyalty(page, card, 1);
    await card.getByRole('button', { name: label('CVP_Scorecard_Save') }).click();
    await idle(page);
    await eventually(async () => {
      const toast = await page.locator('[data-id="toast"][role="alert"]').innerText();
      expect(toast).toContain(label('CVP_Scorecard_Save_Failed'));
      expect(toast).toContain('?fail=updateRecord');
      expect(await card.locator('c-error-panel').isVisible()).toBe(true);
    });
    const history = await storeRecords(page, 'CVP_Value_Assessment__c');
    expect(ofAccount(history)).toEqual(before);
    const after = await liveScore(ACCOUNT, { loyalty: 1 });
    expect(await texts(card.locator('.score-value'))).toEqual([en2(after.score)]);
  });

  it('speaks Finnish with ?lang=fi: labels from the translation file', async () => {
    const { page, card } = await scorecard({ lang: 'fi' });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fi');
    expect(label('CVP_Scorecard_Title', 'fi')).not.toBe(label('CVP_Scorecard_Title'));
    expect(await card.innerText()).toContain(label('CVP_Scorecard_Title', 'fi'));
    expect(await card.getByRole('combobox', { name: label('CVP_Dim_Loyalty', 'fi') }).count()).toBe(1);
  });
});
