/** One entry for the command: the document in the chosen format, as the bytes to write. */
import type { CustomerSafeDocument } from '../document.js';
import { layoutDocument } from '../layout/layout.js';
import type { Language } from '../texts.js';
import { renderHtml } from './render-html.js';
import { renderMarkdown } from './render-markdown.js';
import { renderPdf } from './render-pdf.js';

export const VISION_FORMATS = ['html', 'pdf', 'md'] as const;
export type VisionFormat = (typeof VISION_FORMATS)[number];

export type RenderOptions = {
  readonly format: VisionFormat;
  readonly language: Language;
  /** YYYY-MM-DD: what "overdue" is measured against. */
  readonly today: string;
  readonly compressPdf?: boolean;
  readonly createdAt?: Date;
};

export type RenderedDocument = {
  readonly bytes: Buffer;
  /** Characters the PDF's font cannot draw, shown as U+FFFD; always empty for HTML and Markdown. */
  readonly missingCharacters: readonly string[];
};

export async function renderDocument(
  document: CustomerSafeDocument,
  options: RenderOptions
): Promise<RenderedDocument> {
  const blocks = layoutDocument(document, { language: options.language, today: options.today });
  if (options.format === 'md') return { bytes: Buffer.from(renderMarkdown(blocks), 'utf8'), missingCharacters: [] };
  if (options.format === 'html')
    return { bytes: Buffer.from(renderHtml(blocks, options.language), 'utf8'), missingCharacters: [] };
  const { pdf, missingCharacters } = await renderPdf(blocks, {
    language: options.language,
    compress: options.compressPdf,
    createdAt: options.createdAt,
  });
  return { bytes: pdf, missingCharacters };
}
