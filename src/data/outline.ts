/** The syllabus as the browser's exports and imports need it (see src/lib/guideOutline.ts). */
import type { OutlineSection } from '../lib/guideOutline';
import { routes } from '../lib/urls';
import type { Section } from './syllabus';

export function outlineOf(section: Section): OutlineSection {
  return {
    slug: section.slug,
    order: section.order,
    title: section.title,
    short: section.short,
    href: routes.section(section.slug),
    tiers: section.tiers.map((tier) => ({
      label: tier.label,
      questions: tier.questions.map((q) => ({ id: q.id, text: q.text, plain: q.plain })),
    })),
  };
}
