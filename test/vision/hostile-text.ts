/**
 * Text a customer might type that means something to Markdown or HTML, and a vision holding it in every
 * field the document shows.
 */
import { FIELD_TYPES, OBJECTIVE, VISION } from '../../src/schema/fields.js';
import { buildCustomerSafeDocument, JOINT_VISION_FIELDS, type CustomerSafeDocument } from '../../src/vision/index.js';
import { objectiveRow, visionRow } from '../helpers/vision-records.js';

export const HOSTILE_TEXTS: readonly string[] = [
  'Heading below\n===',
  'Heading below\n---',
  '---',
  '***',
  '* * *',
  '_ _ _',
  '- - -',
  '===',
  'lone\rCR and CRLF\r\nhere',
  '1. step',
  '1) step',
  'first\n1. step interrupts',
  'first\n2. step does not',
  '15. maaliskuuta alkaen',
  '- item',
  '+ item',
  '* item',
  '-',
  '# x',
  '###### x',
  'x ##',
  '#hashtag',
  '> quote',
  '|a|b|\n|-|-|\n|1|2|',
  'a | b\n--- | ---',
  'x\n:-- | --:',
  '`code`',
  '``a`b``',
  '```\nfence\n```',
  '~~~\nfence',
  '<b>bold</b>',
  '<!-- comment -->',
  '<div>\nblock\n</div>',
  '<https://example.invalid/x>',
  '<a@b.invalid>',
  '[x](y)',
  '![image](y.png)',
  '[x][y]',
  '[y]: /url',
  '*em* _em_ **strong** __strong__ ~~struck~~ ~one~',
  'snake_case 2 * 3 a*b*c x_y_z',
  '&amp; &#65; &#x42; &copy; R&D',
  'back\\slash \\* \\_ trailing \\',
  '    indented code',
  '\ttabbed',
  'hard  \nbreak',
  'Harbour <Cranes> & "Sons" \'Oy\'',
  '<script>alert(1)</script>',
  '" onmouseover="alert(1)',
];

const TEXT_TYPES: ReadonlySet<string> = new Set(['Text', 'LongTextArea']);

/** One document with the hostile texts spread over the customer name, every section and an objective. */
export function hostileDocument(texts: readonly string[] = HOSTILE_TEXTS): CustomerSafeDocument {
  const at = (i: number): string => texts[i % texts.length];
  // Every joint field a person types text into: the document's own allow-list, less dates, numbers
  // and picklists.
  const visionFields = JOINT_VISION_FIELDS.filter((field) =>
    TEXT_TYPES.has(FIELD_TYPES.get(`${VISION.object}.${field}`) ?? '')
  );
  const objectiveFields = [OBJECTIVE.name, OBJECTIVE.ownerName, OBJECTIVE.measure, OBJECTIVE.description];
  const vision = Object.fromEntries(visionFields.map((field, i) => [field, at(i + 1)]));
  const objectives = texts.map((_, i) =>
    objectiveRow(Object.fromEntries(objectiveFields.map((field, k) => [field, at(i + k)])))
  );
  // Every text also stands alone as a paragraph of its own, where block starts matter most.
  vision[VISION.sharedVision] = texts.join('\n\n');
  return buildCustomerSafeDocument(at(0), { vision: visionRow(vision), objectives });
}
