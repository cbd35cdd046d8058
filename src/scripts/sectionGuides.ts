/**
 * A section's answer guides, fetched once per page from guides/<section>.json when first needed:
 * by practice sessions (the key points to tick) and by the print option "Include answer guides",
 * which fills each question's `.print-guide` box (QuestionItem). The HTML is the build's own
 * rendering of content/guides.
 */
import type { SectionGuides } from '../lib/practiceSession';
import { routes } from '../lib/urls';
import { fetchJsonOnce } from './fetchJson';

/** Resolves to the section's guides; after a failure (offline), the next call tries again. */
export function guidesOf(slug: string): Promise<SectionGuides> {
  return fetchJsonOnce(routes.sectionGuides(slug));
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
    if (guide) box.replaceChildren(list('A strong answer covers', guide.points.map((point) => point.html)), list('Follow-ups', guide.followups));
  }
}
