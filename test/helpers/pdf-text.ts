/**
 * The text of a PDF as a reader's copy-and-paste would give it, read with PDF.js (Mozilla's PDF reader,
 * pure JavaScript, so no system tool is needed): through the fonts' ToUnicode maps, compressed or not,
 * one line of the page per line of text, pages one after another.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

type TextItem = { readonly str: string; readonly hasEOL: boolean };

export async function pdfText(pdf: Buffer): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const numbers = Array.from({ length: document.numPages }, (_, i) => i + 1);
    const pages = await Promise.all(
      numbers.map(async (n) => {
        const content = await (await document.getPage(n)).getTextContent();
        return (content.items as TextItem[]).map((item) => item.str + (item.hasEOL ? '\n' : '')).join('');
      })
    );
    return pages.map((page) => `${page}\n`).join('');
  } finally {
    await document.destroy();
  }
}

/** Lines joined with spaces and runs of whitespace collapsed, so a phrase wrapped over two lines still matches. */
export async function pdfFlatText(pdf: Buffer): Promise<string> {
  return (await pdfText(pdf)).replace(/\s+/g, ' ');
}
