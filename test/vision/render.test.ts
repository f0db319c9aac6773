import {
  buildCustomerSafeDocument,
  isOverdue,
  layoutDocument,
  progressPercent,
  renderDocument,
  renderHtml,
  renderMarkdown,
} from '../../src/vision/index.js';
import { OBJECTIVE, VISION } from '../../src/schema/fields.js';
import { pdfFlatText } from '../helpers/pdf-text.js';
import { JOINT_TEXT, objectiveRow, visionRow } from '../helpers/vision-records.js';

const today = '2026-02-01';

describe('progress and overdue', () => {
  it('measures progress against the target', () => {
    expect(progressPercent({ target: 10, actual: 6, measure: 'Orders' })).toBe(60);
    expect(progressPercent({ target: 0, actual: 6, measure: 'Orders' })).toBeNull();
    expect(progressPercent({ target: 10, actual: null, measure: 'Orders' })).toBeNull();
  });
  it('flags only open objectives past their due date', () => {
    expect(isOverdue({ dueDate: '2026-01-31', status: 'OnTrack' }, today)).toBe(true);
    expect(isOverdue({ dueDate: '2026-02-01', status: 'OnTrack' }, today)).toBe(false);
    expect(isOverdue({ dueDate: '2026-01-31', status: 'Done' }, today)).toBe(false);
    expect(isOverdue({ dueDate: null, status: null }, today)).toBe(false);
  });
});

describe('rendering', () => {
  const document = buildCustomerSafeDocument('Harbour <Cranes> & "Sons"', {
    vision: visionRow({ [VISION.developmentPlan]: '# not a heading\n<script>alert(1)</script> | pipe' }),
    objectives: [objectiveRow(), objectiveRow({ [OBJECTIVE.name]: 'Train operators', [OBJECTIVE.status]: 'Done' })],
  });

  it('writes the sections in the method order, in English by default words', () => {
    const md = renderMarkdown(layoutDocument(document, { language: 'en', today }));
    const order = [
      'Current state',
      'Development plan',
      'Shared vision and mission',
      'Communication',
      'The value we create together',
      'What we build on',
      'Follow-up',
      'Objectives',
    ].map((h) => md.indexOf(`## ${h}`));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(md).toContain('Cut crane downtime');
    // Downtime is a reduction: 6 hours against a target of 10 is met, 10 / 6 = 167 %, not 60 %.
    expect(md).toContain('167 %');
    expect(md).not.toContain('60 %');
    // Recorded "On track" but past its due date: shown "At risk", never both overdue and on track.
    const overdueRow = md.split('\n').find((line) => line.includes('(overdue)'))!;
    expect(overdueRow).toContain('At risk');
    expect(overdueRow).not.toContain('On track');
    expect(md).toContain('(overdue)');
    expect(md).toContain('- Education');
  });

  it('writes Finnish with the method’s words', () => {
    const md = renderMarkdown(layoutDocument(document, { language: 'fi', today }));
    for (const heading of [
      'Nykytila',
      'Kehityssuunnitelma',
      'Yhteinen visio ja missio',
      'Viestintä',
      'Seuranta',
      'Tavoitteet',
    ])
      expect(md).toContain(`## ${heading}`);
    expect(md).toContain('Asiakkuusvisio');
    expect(md).toContain('myöhässä');
    expect(md).toContain('Tehokkuus');
    expect(md).toContain('15. maaliskuuta 2026');
  });

  it('escapes everything in HTML and Markdown', () => {
    const html = renderHtml(layoutDocument(document, { language: 'en', today }), 'en');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Harbour &lt;Cranes&gt; &amp; &quot;Sons&quot;');
    expect(html).toMatch(/<tr class="overdue"><td>Cut crane downtime/);
    expect(html).toContain('<html lang="en">');
    const md = renderMarkdown(layoutDocument(document, { language: 'en', today }));
    expect(md).toContain('\\# not a heading');
    expect(md).toContain('\\<script>');
    // A pipe outside a table is text; test/vision/markdown.test.ts parses the result.
    expect(md).toContain('</script> | pipe');
  });

  it('writes a PDF that says the same', async () => {
    const { bytes: pdf } = await renderDocument(document, { format: 'pdf', language: 'fi', today });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfFlatText(pdf);
    expect(text).toContain('Yhteinen visio ja missio');
    expect(text).toContain(JOINT_TEXT.objectiveName);
    expect(text).toContain('myöhässä');
  });

  it('leaves out empty sections rather than printing empty headings', () => {
    const bare = buildCustomerSafeDocument('A', { vision: { [VISION.status]: 'Draft' }, objectives: [] });
    const md = renderMarkdown(layoutDocument(bare, { language: 'en', today }));
    expect(md).not.toContain('## Current state');
    expect(md).toContain('No objectives yet');
  });
});
