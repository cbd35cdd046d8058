/**
 * One section's questions as a Markdown checklist, for a reading-list file. Written into the
 * section page at build time, for its "Copy as Markdown checklist".
 */
import type { OutlineSection } from './guideOutline';

/** `- [ ]` items under tier headings, under the section's heading. */
export function sectionChecklist(section: OutlineSection): string {
  const lines = [`## ${section.order}. ${section.title}`];
  for (const tier of section.tiers) {
    lines.push('', `### ${tier.label}`, '', ...tier.questions.map((q) => `- [ ] ${q.text}`));
  }
  return `${lines.join('\n')}\n`;
}
