// The customer vision builder in the preview: write a vision, add an objective, agree it with the
// customer, open the customer view and check it shows the joint content and nothing internal; a failed
// save keeps the text. axe-core clean; screenshots for docs/vision.md.
import path from 'node:path';
import { describeInBrowser } from './helpers/chromium.js';
import { axeViolations, describeViolations } from './helpers/axe.js';
import { ROOT, chooseOption, component, idle, label, previewSession, storeRecords } from './helpers/preview.js';
import { eventually } from './helpers/eventually.js';

const ACCOUNT = 'CV-1001';
const BUILDER = 'cvpVisionBuilder';
const SHOTS = path.join(ROOT, 'docs', 'screenshots');
/** Labels that are ours alone: none may show in the customer view. */
const INTERNAL_LABELS = [
  'CVP_Quadrant_Prisoner',
  'CVP_Quadrant_Ideal',
  'CVP_Quadrant_Emotional_Bond',
  'CVP_Tier_Key_Account',
  'CVP_Tier_Develop',
  'CVP_Tier_Maintain',
  'CVP_Tier_Lean',
  'CVP_Treatment_Key_Account_Management',
  'CVP_Treatment_Growth_Plan',
  'CVP_Treatment_Lean_Service',
];

describeInBrowser('Customer vision builder in the preview', () => {
  let session;
  beforeAll(async () => {
    session = await previewSession({ viewport: { width: 1100, height: 900 } });
  });
  afterAll(() => session?.close());

  async function expectNoViolations(page) {
    const violations = await axeViolations(page);
    if (violations.length > 0) throw new Error(`axe found:\n${describeViolations(violations)}`);
  }

  /** Closes the preview's toasts so a screenshot shows the component, not the confirmations over it. */
  async function closeToasts(page) {
    for (;;) {
      const close = page.locator('[data-id="toast"] .slds-notify__close button').first();
      if ((await close.count()) === 0) return;
      await close.click();
    }
  }

  async function startVision(params = {}) {
    const page = await session.open({ account: ACCOUNT, component: BUILDER, ...params });
    const card = component(page, BUILDER);
    await card.getByRole('button', { name: label('CVP_Vision_Create', params.lang ?? 'en') }).click();
    await idle(page);
    await eventually(async () => {
      expect(await card.locator('section.vision-section').count()).toBe(7);
    });
    return { page, card };
  }

  it('writes a vision, adds an objective, agrees it and shows the customer view', async () => {
    const { page, card } = await startVision();
    await card
      .getByRole('textbox', { name: label('CVP_Vision_Current_State') })
      .fill('Timber customer since 2019, two mills.');
    await card.getByRole('textbox', { name: label('CVP_Vision_Shared_Vision') }).fill('No unplanned stops by 2028.');
    await card.getByRole('textbox', { name: label('CVP_Vision_Cadence') }).fill('Monthly call');
    await idle(page);
    expect(await card.locator('.unsaved').isVisible()).toBe(true);
    await card.locator('lightning-button.save button').click();
    await idle(page);
    await eventually(async () => {
      const visions = await storeRecords(page, 'CVP_Customer_Vision__c');
      expect(JSON.stringify(visions)).toContain('No unplanned stops by 2028.');
      expect(await card.locator('.unsaved').count()).toBe(0);
    });

    const objectives = card.locator('c-cvp-vision-objectives');
    await objectives.getByRole('button', { name: label('CVP_Vision_Obj_Add') }).click();
    await objectives.getByRole('textbox', { name: label('CVP_Vision_Obj_Name') }).fill('Cut downtime');
    await chooseOption(objectives, label('CVP_Vision_Obj_Owner_Side'), label('CVP_Vision_Obj_Side_Joint'));
    await objectives.getByRole('textbox', { name: label('CVP_Vision_Obj_Measure') }).fill('Hours per month');
    await objectives.getByRole('spinbutton', { name: label('CVP_Vision_Obj_Target') }).fill('10');
    await objectives.getByRole('spinbutton', { name: label('CVP_Vision_Obj_Actual') }).fill('4');
    await objectives.locator('lightning-button.save button').click();
    await idle(page);
    await eventually(async () => {
      expect((await objectives.locator('tr.objective .name').innerText()).trim()).toBe('Cut downtime');
      // Downtime is a reduction (docs/method.md, Customer vision): 4 hours against a target of 10 is the
      // target beaten, target ÷ actual = 250 %, not 40 %.
      expect((await objectives.locator('tr.objective .progress-text').innerText()).trim()).toBe('250 %');
    });
    await expectNoViolations(page);
    await closeToasts(page);
    await card.screenshot({ path: path.join(SHOTS, 'vision-builder-draft.png') });

    await card.getByRole('button', { name: label('CVP_Vision_Agree_Action') }).click();
    await card.getByRole('button', { name: label('CVP_Vision_Agree_Confirm') }).click();
    expect(await card.locator('.agree-problems').innerText()).toContain(label('CVP_Vision_Agree_Missing'));
    await card.getByRole('textbox', { name: label('CVP_Vision_Participants') }).fill('Anna Virtanen, Mikko Lahti');
    await card.getByRole('button', { name: label('CVP_Vision_Agree_Confirm') }).click();
    await idle(page);
    await eventually(async () => {
      expect(await card.locator('.version-line').innerText()).toContain(label('CVP_Vision_Status_Agreed'));
      expect(await card.locator('.locked').isVisible()).toBe(true);
    });

    await card.getByRole('button', { name: label('CVP_Vision_Print_View') }).click();
    await idle(page);
    const view = card.locator('c-cvp-vision-print');
    await eventually(async () => {
      const text = await view.innerText();
      expect(text).toContain('No unplanned stops by 2028.');
      expect(text).toContain('Cut downtime');
      expect(text).toContain('Anna Virtanen, Mikko Lahti');
    });
    const text = await view.innerText();
    for (const name of INTERNAL_LABELS) expect(text).not.toContain(label(name));
    await expectNoViolations(page);
    await closeToasts(page);
    await card.screenshot({ path: path.join(SHOTS, 'vision-customer-view.png') });
    expect(session.errors).toEqual([]);
  });

  it('keeps the text when the save fails', async () => {
    const { page, card } = await startVision({ fail: 'updateRecord' });
    const plan = card.getByRole('textbox', { name: label('CVP_Vision_Development_Plan') });
    await plan.fill('Text that must survive a failed save.');
    await card.locator('lightning-button.save button').click();
    await idle(page);
    await eventually(async () => {
      expect(await card.locator('c-error-panel.save-error').isVisible()).toBe(true);
    });
    expect(await plan.inputValue()).toBe('Text that must survive a failed save.');
    expect(await card.locator('.unsaved').isVisible()).toBe(true);
    await expectNoViolations(page);
  });

  it('speaks Finnish by the user’s language', async () => {
    const { page, card } = await startVision({ lang: 'fi' });
    const headings = (await card.locator('section.vision-section > h3').allInnerTexts()).map((t) => t.trim());
    expect(headings.slice(0, 3)).toEqual([
      label('CVP_Vision_Current_State', 'fi'),
      label('CVP_Vision_Development_Plan', 'fi'),
      label('CVP_Vision_Shared_Vision', 'fi'),
    ]);
    expect(headings[0]).toBe('Nykytila');
    await expectNoViolations(page);
    await card.screenshot({ path: path.join(SHOTS, 'vision-builder-fi.png') });
  });
});
