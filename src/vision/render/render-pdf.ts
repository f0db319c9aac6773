/**
 * PDF through pdfkit, pure JavaScript, so the export works on any machine the CLI runs on. The text is
 * set in DejaVu Sans, embedded (pdf-fonts.ts), so whatever language the customer writes in comes out as
 * written. Objectives are laid out one under another rather than as a wide table: a plan is read on A4.
 */
import PDFDocument, { type TextOptions } from 'pdfkit';
import type { Block } from '../layout/layout.js';
import { breakLongWords } from '../layout/long-words.js';
import { drawable, loadFace, type Face } from '../layout/pdf-fonts.js';
import type { Language } from '../texts.js';

export type PdfOptions = {
  readonly language: Language;
  /** Off only for tests that read the content stream. */
  readonly compress?: boolean;
  /** Fixed in tests so the same input gives the same bytes. */
  readonly createdAt?: Date;
};

export type PdfResult = {
  readonly pdf: Buffer;
  /** Each character the font cannot draw, once, in order of first appearance; drawn as U+FFFD. */
  readonly missingCharacters: readonly string[];
};

const MARGIN = 56;
const OVERDUE = '#ba0517';
const TEXT = '#181818';
// The widest first-line indent below (table values); a piece of a long word must fit beside it.
const MAX_INDENT = 10;

/** Writes text in a face and size: drawable characters only, long words given break opportunities. */
type Write = (face: Face, size: number, text: string, options?: TextOptions) => void;

function draw(doc: PDFDocument, write: Write, block: Block): void {
  switch (block.kind) {
    case 'title':
      doc.fillColor(TEXT);
      write('bold', 18, block.text, { paragraphGap: 8 });
      break;
    case 'heading':
      doc.moveDown(0.6);
      write('bold', block.level === 2 ? 13 : 11, block.text, { paragraphGap: 3 });
      break;
    case 'paragraph':
      write('regular', 10, block.text, { paragraphGap: 5 });
      break;
    case 'fields':
      for (const [key, value] of block.items) {
        write('bold', 10, `${key}: `, { continued: true });
        write('regular', 10, value, { paragraphGap: 2 });
      }
      break;
    case 'list':
      for (const item of block.items) write('regular', 10, `•  ${item}`, { indent: 8, paragraphGap: 1 });
      break;
    case 'table':
      block.rows.forEach((row, i) => {
        doc.moveDown(0.3);
        doc.fillColor(block.flagged[i] ? OVERDUE : TEXT);
        write('bold', 10, row[0]);
        doc.fillColor(TEXT);
        for (let c = 1; c < row.length; c++) {
          write('bold', 9, `${block.header[c]}: `, { continued: true, indent: MAX_INDENT });
          doc.fillColor(c === 6 && block.flagged[i] ? OVERDUE : TEXT);
          write('regular', 9, row[c]);
          doc.fillColor(TEXT);
        }
      });
      break;
  }
}

export function renderPdf(blocks: readonly Block[], options: PdfOptions): Promise<PdfResult> {
  const title = blocks.find((b) => b.kind === 'title');
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
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
  const faces: Face[] = ['regular', 'bold'];
  for (const face of faces) doc.registerFont(loadFace(face).name, loadFace(face).data);
  const lineWidth = doc.page.width - 2 * MARGIN - MAX_INDENT - 1;
  const missing = new Set<string>();
  const write: Write = (face, size, text, textOptions) => {
    doc.font(loadFace(face).name).fontSize(size);
    const pieces = breakLongWords(drawable(text, face, missing), lineWidth, (s) => doc.widthOfString(s));
    doc.text(pieces, textOptions);
  };
  return new Promise<PdfResult>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', () => resolve({ pdf: Buffer.concat(chunks), missingCharacters: [...missing] }));
    doc.on('error', reject);
    for (const block of blocks) draw(doc, write, block);
    doc.end();
  });
}
