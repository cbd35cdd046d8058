/**
 * One section's questions as a Markdown checklist, for a reading-list file ("Copy as Markdown
 * checklist" on the section page). Kept apart from the exports so the section page loads only this.
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
