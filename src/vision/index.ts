/** The public surface of the customer-safe vision document. */
export {
  buildCustomerSafeDocument,
  isOverdue,
  progressPercent,
  statusShown,
  JOINT_OBJECTIVE_FIELDS,
  JOINT_VISION_FIELDS,
  type CustomerSafeDocument,
  type RecordRow,
  type SafeObjective,
  type SafeVersion,
  type VisionSource,
} from './document.js';
export { directionOf, type ObjectiveDirection } from '../core/index.js';
export { layoutDocument, type Block } from './layout/layout.js';
export { renderHtml, escapeHtml } from './render/render-html.js';
export { renderMarkdown } from './render/render-markdown.js';
export {
  markdownBlockStart,
  markdownHeadingText,
  markdownInline,
  markdownParagraph,
  markdownStrong,
} from './render/markdown-escape.js';
export { renderPdf, type PdfResult } from './render/render-pdf.js';
export { LANGUAGES, documentTexts, type Language } from './texts.js';
export { renderDocument, VISION_FORMATS, type RenderedDocument, type VisionFormat } from './render/render.js';
