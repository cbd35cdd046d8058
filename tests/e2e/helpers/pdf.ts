/**
 * Reads back what a printed PDF says, page by page, with PDF.js, so tests can check a printout
 * the way a learner would read the paper.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  /** Each page's text, whitespace collapsed to single spaces. */
  pages: string[];
  /** All pages, joined with a space. */
  text: string;
}

/** Collapses runs of whitespace, so text wrapped over lines compares equal to its source. */
export function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export async function readPdf(pdf: Buffer): Promise<PdfText> {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
      pages.push(normalize(text));
    }
    return { pages, text: pages.join(' ') };
  } finally {
    await document.destroy();
  }
}
