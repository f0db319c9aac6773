// Benchmark: a word with no break opportunity in the vision PDF. pdfkit's own splitting re-measures the
// rest of the word after every line (quadratic); the renderer breaks the word first (src/vision/layout/long-words.ts).
// Prints, for each length, the characters passed to widthOfString and the time, and the ratio to the
// shortest word; asserts nothing (test/vision/pdf.test.ts asserts the counts).
//
//   npm run build && node scripts/bench/pdf-long-word.js
//
// Needs the compiled lib/.
import PDFDocument from 'pdfkit';
import { buildCustomerSafeDocument, renderDocument } from '../../lib/vision/index.js';
import { loadFace } from '../../lib/vision/layout/pdf-fonts.js';
import { VISION } from '../../lib/schema/fields.js';

const original = PDFDocument.prototype.widthOfString;
let measured = 0;
PDFDocument.prototype.widthOfString = function (text, ...rest) {
  measured += text.length;
  return original.call(this, text, ...rest);
};

async function run(label, lengths, render) {
  let first;
  for (const length of lengths) {
    measured = 0;
    const start = performance.now();
    await render('x'.repeat(length));
    const ms = performance.now() - start;
    first ??= { length, measured, ms };
    console.log(
      `${label} ${String(length).padStart(7)} chars: ${String(measured).padStart(10)} measured (x${(measured / first.measured).toFixed(0)}), ` +
        `${ms.toFixed(0).padStart(6)} ms (x${(ms / first.ms).toFixed(1)}) for a word x${length / first.length} as long`
    );
  }
}

// pdfkit alone, as the renderer used it before: the 40,000-character word already takes about a minute.
await run('pdfkit alone', [1_000, 10_000, 20_000], (word) => {
  const doc = new PDFDocument({ size: 'A4', margin: 56 });
  doc.registerFont('regular', loadFace('regular').data);
  doc.font('regular').fontSize(10).text(word);
  doc.end();
});

await run('renderer    ', [1_000, 10_000, 100_000], (word) =>
  renderDocument(
    buildCustomerSafeDocument('A', {
      vision: { [VISION.sharedVision]: word, [VISION.status]: 'Draft' },
      objectives: [],
    }),
    { format: 'pdf', language: 'en', today: '2026-01-01' }
  )
);
