/**
 * Fills each question's `.print-guide` box (QuestionItem) with its answer guide, fetched per
 * section from guides/<section>.json, for the print option "Include answer guides". Loaded only
 * when that option is on. The HTML is the build's own rendering of content/guides.
 */
import type { PrintedGuides } from '../lib/printOptions';
import { routes } from '../lib/urls';

const loaded = new Map<string, Promise<PrintedGuides>>();

function guidesOf(slug: string): Promise<PrintedGuides> {
  let guides = loaded.get(slug);
  if (!guides) {
    guides = fetch(routes.printedGuides(slug)).then((response) => {
      if (!response.ok) throw new Error(`guides/${slug}.json: HTTP ${response.status}`);
      return response.json() as Promise<PrintedGuides>;
    });
    guides.catch(() => loaded.delete(slug)); // offline: try again next time
    loaded.set(slug, guides);
  }
  return guides;
}

function list(label: string, items: string[]): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = `<p class="print-guide-label"></p><ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
  template.content.querySelector('p')!.textContent = label;
  return template.content;
}

export async function fillPrintGuides(): Promise<void> {
  const boxes = [...document.querySelectorAll<HTMLElement>('.print-guide[data-guide-for]:empty')];
  const slugs = [...new Set(boxes.map((box) => box.dataset.section!))];
  const bySection = new Map(await Promise.all(slugs.map(async (slug) => [slug, await guidesOf(slug)] as const)));
  for (const box of boxes) {
    const guide = bySection.get(box.dataset.section!)?.[box.dataset.guideFor!];
    if (guide) box.replaceChildren(list('A strong answer covers', guide.points), list('Follow-ups', guide.followups));
  }
}
