// axe-core on the whole Account page preview: the shell and every placed component, in English and in
// Finnish, before and after an edit. A control page with a known fault proves axe sees inside the
// components' (synthetic) shadow trees.
import { describeInBrowser } from './helpers/chromium.js';
import { axeViolations, describeViolations } from './helpers/axe.js';
import { chooseOption, component, idle, label, previewSession } from './helpers/preview.js';

const ACCOUNT = 'CV-1001';

describeInBrowser('Accessibility of the Account page preview (axe-core)', () => {
  let session;
  beforeAll(async () => {
    session = await previewSession();
  });
  afterAll(() => session?.close());

  async function expectNoViolations(page) {
    const violations = await axeViolations(page);
    if (violations.length > 0) throw new Error(`axe found:\n${describeViolations(violations)}`);
  }

  it('finds no violations on the Account page', async () => {
    await expectNoViolations(await session.open({ account: ACCOUNT }));
  });

  it('finds no violations on the Finnish page', async () => {
    await expectNoViolations(await session.open({ account: ACCOUNT, lang: 'fi' }));
  });

  it('finds no violations with unsaved edits', async () => {
    const page = await session.open({ account: ACCOUNT });
    const scorecard = component(page, 'cvpValueScorecard');
    await chooseOption(scorecard, label('CVP_Dim_Loyalty'), `1 – ${label('CVP_Level_Loyalty_1')}`);
    await idle(page);
    await expectNoViolations(page);
  });

  it('finds no violations on an account without profitability data (empty states)', async () => {
    await expectNoViolations(
      await session.open({ account: ACCOUNT, empty: 'CVP_Customer_Profitability__c,CVP_Value_Assessment__c' })
    );
  });

  it('does see a fault inside a component: the control page fails', async () => {
    const page = await session.open({ account: ACCOUNT, control: 'axe' });
    const violations = await axeViolations(page);
    const label = violations.find((v) => v.id === 'label');
    expect(label).toBeDefined();
    // The target is a path through the shadow hosts down to the input.
    expect(label.nodes.map((n) => n.target)).toContainEqual([['preview-app', 'preview-axe-control', 'input']]);
  });
});
