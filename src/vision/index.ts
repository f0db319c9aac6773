/** The public surface of the customer-safe vision document. */
export {
  buildCustomerSafeDocument,
  isOverdue,
  progressPercent,
  JOINT_OBJECTIVE_FIELDS,
  JOINT_VISION_FIELDS,
  type CustomerSafeDocument,
  type RecordRow,
  type SafeObjective,
  type SafeVersion,
  type VisionSource,
} from './document.js';
export { layoutDocument, type Block } from './layout.js';
export { renderHtml, escapeHtml } from './render-html.js';
export { renderMarkdown, escapeMarkdown } from './render-markdown.js';
export { renderPdf } from './render-pdf.js';
export { LANGUAGES, documentTexts, type Language } from './texts.js';
export { renderDocument, VISION_FORMATS, type VisionFormat } from './render.js';
