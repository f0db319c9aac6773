/**
 * PDF through pdfkit, pure JavaScript, so the export works on any machine the CLI runs on. The standard
 * Helvetica fonts cover the Latin-1 letters of English and Finnish. Objectives are laid out one under
 * another rather than as a wide table: a plan is read on A4.
 */
import PDFDocument from 'pdfkit';
import type { Block } from './layout.js';
import type { Language } from './texts.js';

export type PdfOptions = {
  readonly language: Language;
  /** Off only for tests that read the content stream. */
  readonly compress?: boolean;
  /** Fixed in tests so the same input gives the same bytes. */
  readonly createdAt?: Date;
};

const REGULAR = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const OVERDUE = '#ba0517';
const TEXT = '#181818';

function draw(doc: PDFDocument, block: Block): void {
  switch (block.kind) {
    case 'title':
      doc.font(BOLD).fontSize(18).fillColor(TEXT).text(block.text, { paragraphGap: 8 });
      break;
    case 'heading':
      doc.moveDown(0.6);
      doc
        .font(BOLD)
        .fontSize(block.level === 2 ? 13 : 11)
        .text(block.text, { paragraphGap: 3 });
      break;
    case 'paragraph':
      doc.font(REGULAR).fontSize(10).text(block.text, { paragraphGap: 5 });
      break;
    case 'fields':
      for (const [key, value] of block.items) {
        doc.font(BOLD).fontSize(10).text(`${key}: `, { continued: true });
        doc.font(REGULAR).text(value, { paragraphGap: 2 });
      }
      break;
    case 'list':
      for (const item of block.items) doc.font(REGULAR).fontSize(10).text(`•  ${item}`, { indent: 8, paragraphGap: 1 });
      break;
    case 'table':
      block.rows.forEach((row, i) => {
        doc.moveDown(0.3);
        doc
          .font(BOLD)
          .fontSize(10)
          .fillColor(block.flagged[i] ? OVERDUE : TEXT)
          .text(row[0]);
        doc.fillColor(TEXT);
        for (let c = 1; c < row.length; c++) {
          doc.font(BOLD).fontSize(9).text(`${block.header[c]}: `, { continued: true, indent: 10 });
          doc
            .font(REGULAR)
            .fillColor(c === 6 && block.flagged[i] ? OVERDUE : TEXT)
            .text(row[c]);
          doc.fillColor(TEXT);
        }
      });
      break;
  }
}

export function renderPdf(blocks: readonly Block[], options: PdfOptions): Promise<Buffer> {
  const title = blocks.find((b) => b.kind === 'title');
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    compress: options.compress ?? true,
    lang: options.language,
    displayTitle: true,
    info: {
      Title: title && title.kind === 'title' ? title.text : '',
      Producer: 'Customer Value Portfolio',
      Creator: 'Customer Value Portfolio',
      CreationDate: options.createdAt ?? new Date(),
    },
  });
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    for (const block of blocks) draw(doc, block);
    doc.end();
  });
}
