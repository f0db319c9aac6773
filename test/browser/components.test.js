// The profitability waterfall, the commitment matrix and the lifecycle on the Account page preview,
// checked against the sample data as the core computes it.
import { describeInBrowser } from './helpers/chromium.js';
import { buildWarnings, chooseOption, component, idle, label, previewSession, previewUrl } from './helpers/preview.js';
import { sampleAccount, sampleProfitability } from './helpers/expected.js';
import { eventually, texts } from './helpers/eventually.js';

const ACCOUNT = 'CV-1001';
const PIONEER = 'CV-1016';
const money = (value) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(value);
const QUADRANT_LABELS = {
  prisoner: 'CVP_Quadrant_Prisoner',
  ideal: 'CVP_Quadrant_Ideal',
  risk: 'CVP_Quadrant_Risk',
  emotionalBond: 'CVP_Quadrant_Emotional_Bond',
};

describeInBrowser('Account page components', () => {
  let session;
  beforeAll(async () => {
    session = await previewSession();
  });
  afterAll(() => session?.close());

  it('draws the profitability waterfall of the account from its profitability rows', async () => {
    const page = await session.open({ account: ACCOUNT });
    const waterfall = component(page, 'cvpProfitabilityWaterfall');
    const [row] = await sampleProfitability(ACCOUNT);
    expect(await waterfall.locator('svg.waterfall[role="img"]').count()).toBe(1);
    expect(await waterfall.locator('svg.waterfall g.step').count()).toBe(7);
    const amounts = await texts(waterfall.locator('.figure-row .amount'));
    expect(amounts[0]).toBe(money(row.CVP_Revenue__c));
    expect(amounts[amounts.length - 1]).toBe(money(row.CVP_Customer_Margin__c));
    expect(await waterfall.locator('.margin-pct').innerText()).toContain(String(row.CVP_Margin_Pct__c));
    expect(session.errors).toEqual([]);
  });

  it('marks the account’s place on the whole portfolio’s whale curve, as the sync stored it', async () => {
    const page = await session.open({ account: ACCOUNT });
    const waterfall = component(page, 'cvpProfitabilityWaterfall');
    const account = await sampleAccount(ACCOUNT);
    const percent = (points) =>
      new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 }).format(points / 100);
    expect(typeof account.CVP_Curve_Account_Share__c).toBe('number');
    await eventually(async () => expect(await waterfall.locator('.curve-track .marker').count()).toBe(1));
    expect(await waterfall.locator('.curve-place-text').innerText()).toBe(
      label('CVP_Waterfall_Curve_Place')
        .replace('{0}', percent(account.CVP_Curve_Account_Share__c))
        .replace('{1}', percent(account.CVP_Curve_Margin_Share__c))
    );
    expect(session.errors).toEqual([]);
  });

  it('shows the waterfall empty state when the account has no profitability rows', async () => {
    const page = await session.open({ account: ACCOUNT, empty: 'CVP_Customer_Profitability__c' });
    const waterfall = component(page, 'cvpProfitabilityWaterfall');
    expect(await waterfall.locator('.empty').isVisible()).toBe(true);
    expect(await waterfall.locator('svg.waterfall').count()).toBe(0);
  });

  it('places the account in its commitment quadrant, and shows the movement after a new assessment', async () => {
    const account = await sampleAccount(ACCOUNT);
    const page = await session.open({ account: ACCOUNT });
    const matrix = component(page, 'cvpCommitmentMatrix');
    const name = matrix.locator('.quadrant-name');
    expect(await name.getAttribute('data-quadrant')).toBe(account.CVP_Quadrant__c);
    expect((await name.innerText()).trim()).toBe(label(QUADRANT_LABELS[account.CVP_Quadrant__c]));
    expect(await matrix.locator('circle.point_now').count()).toBe(1);
    expect(await matrix.locator('circle.point_before').count()).toBe(0);

    // Commitment 2 with binding 4.5: bound but not committed, the Prisoner.
    const scorecard = component(page, 'cvpValueScorecard');
    await chooseOption(scorecard, label('CVP_Dim_Commitment'), `2 – ${label('CVP_Level_Commitment_2')}`);
    await scorecard.getByRole('button', { name: label('CVP_Scorecard_Save') }).click();
    await idle(page);
    await eventually(async () => {
      expect(await name.getAttribute('data-quadrant')).toBe('prisoner');
      expect((await name.innerText()).trim()).toBe(label('CVP_Quadrant_Prisoner'));
      expect(await matrix.locator('circle.point_before').count()).toBe(1);
    });
    expect(session.errors).toEqual([]);
  });

  it('prompts for a customer vision past the pioneer phase, and opens a new one for the account', async () => {
    const account = await sampleAccount(ACCOUNT);
    const page = await session.open({ account: ACCOUNT });
    const lifecycle = component(page, 'cvpLifecycle');
    expect(await lifecycle.locator('.vision-prompt').isVisible()).toBe(true);
    await lifecycle.getByRole('button', { name: label('CVP_Lifecycle_Vision_Start') }).click();
    await eventually(async () => {
      const target = await page.locator('[data-id="navigation"]').innerText();
      expect(target).toContain('/lightning/o/CVP_Customer_Vision__c/new');
    });
    expect(account.CVP_Lifecycle_Stage__c).toBe('Established');
  });

  it('does not prompt for a vision in the pioneer phase', async () => {
    const account = await sampleAccount(PIONEER);
    expect(account.CVP_Lifecycle_Stage__c).toBe('Pioneer');
    const page = await session.open({ account: PIONEER });
    const lifecycle = component(page, 'cvpLifecycle');
    expect(await lifecycle.locator('.stage-name').isVisible()).toBe(true);
    expect(await lifecycle.locator('.vision-prompt').count()).toBe(0);
  });

  it('builds without warnings: every icon exists in SLDS, every reference resolves', () => {
    expect(previewUrl()).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(buildWarnings()).toEqual([]);
  });
});
