/**
 * A section's answer guides, fetched once per page from guides/<section>.json when first needed:
 * by practice sessions (the key points to tick) and by the print option "Include answer guides",
 * which fills each question's `.print-guide` box (QuestionItem). The HTML is the build's own
 * rendering of content/guides.
 */
import type { SectionGuides } from '../lib/practiceSession';
import { routes } from '../lib/urls';

const loaded = new Map<string, Promise<SectionGuides>>();

export function guidesOf(slug: string): Promise<SectionGuides> {
  let guides = loaded.get(slug);
  if (!guides) {
    guides = fetch(routes.sectionGuides(slug)).then((response) => {
      if (!response.ok) throw new Error(`guides/${slug}.json: HTTP ${response.status}`);
      return response.json() as Promise<SectionGuides>;
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
    if (guide) box.replaceChildren(list('A strong answer covers', guide.points.map((point) => point.html)), list('Follow-ups', guide.followups));
  }
}
