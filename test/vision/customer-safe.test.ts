/**
 * The promise of the customer-safe document: no internal score, tier, treatment, quadrant, ABC class
 * or computed field reaches it, in any format or language, whatever the records carry.
 */
import {
  buildCustomerSafeDocument,
  layoutDocument,
  renderDocument,
  renderHtml,
  renderMarkdown,
} from '../../src/vision/index.js';
import { OBJECTIVE, VISION } from '../../src/schema/fields.js';
import { pdfFlatText } from '../helpers/pdf-text.js';
import {
  JOINT_TEXT,
  englishLabelTexts,
  finnishInternalLabels,
  forbiddenTerms,
  internalValues,
  leakedTerms,
  objectiveRow,
  visionRow,
} from '../helpers/vision-records.js';

// A backslash before ASCII punctuation is CommonMark's escape; the rest is the text as written.
const unescapeMarkdown = (md: string): string => md.replace(/\\([!-/:-@[-`{-~])/g, '$1');
const htmlText = (html: string): string =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('the customer-safe document', () => {
  const labels = [...englishLabelTexts(), ...finnishInternalLabels()];
  const forbidden = forbiddenTerms();
  // Every field that is not joint carries an internal value: the computed Account fields on the vision
  // and objective rows, internal-looking extra fields, and the account itself.
  const internal = {
    ...internalValues(labels),
    ['CVP_Internal_Notes__c']: 'Prisoner',
    [OBJECTIVE.ownerUser]: '005000000000001AAA',
  };
  const document = buildCustomerSafeDocument(
    'Harbour Cranes Oy',
    {
      vision: visionRow(internal),
      objectives: [objectiveRow(internal), objectiveRow({ ...internal, [OBJECTIVE.overdue]: true })],
    },
    [{ vision: visionRow({ ...internal, Id: 'x', [VISION.version]: 1 }), objectives: [objectiveRow(internal)] }]
  );

  it('knows the internal words it guards against', () => {
    expect(labels).toEqual(expect.arrayContaining(['Prisoner', 'Key account', 'Vanki']));
    expect(forbidden).toEqual(
      expect.arrayContaining(['CVP_Quadrant__c', 'CVP_Tier__c', 'CVP_ABC_Class__c', 'CVP_Weighted_Score__c'])
    );
    // The guard itself must catch a leak, or the tests below prove nothing.
    expect(leakedTerms('Quadrant: Prisoner, score 87.65', forbidden)).toEqual(
      expect.arrayContaining(['Prisoner', '87.65'])
    );
    expect(leakedTerms('Development plan; at risk', forbidden)).toEqual([]);
  });

  it('holds only the allow-listed fields', () => {
    const keys = (o: object): string[] => Object.keys(o).sort();
    expect(keys(document)).toEqual(['current', 'customerName', 'earlier']);
    expect(JSON.stringify(document)).not.toMatch(/Prisoner|CVP_|87\.65|005000000000001AAA/);
    expect(document.current.objectives[0]).not.toHaveProperty('ownerUser');
  });

  for (const language of ['en', 'fi'] as const) {
    it(`keeps every internal word out of Markdown and HTML (${language})`, () => {
      const blocks = layoutDocument(document, { language, today: '2026-02-01' });
      const md = unescapeMarkdown(renderMarkdown(blocks));
      const html = renderHtml(blocks, language);
      for (const text of [md, htmlText(html), html]) {
        expect(leakedTerms(text, forbidden)).toEqual([]);
        expect(text).toContain(JOINT_TEXT.sharedVision);
        expect(text).toContain(JOINT_TEXT.objectiveName);
      }
    });

    it(`keeps every internal word out of the PDF (${language})`, async () => {
      const { bytes: pdf } = await renderDocument(document, {
        format: 'pdf',
        language,
        today: '2026-02-01',
        compressPdf: false,
      });
      const text = await pdfFlatText(pdf);
      expect(text).toContain(JOINT_TEXT.sharedVision);
      expect(text).toContain(JOINT_TEXT.participants);
      expect(leakedTerms(text, forbidden)).toEqual([]);
      expect(leakedTerms(pdf.toString('latin1'), forbidden)).toEqual([]);
    });
  }
});
