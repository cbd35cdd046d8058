/**
 * The syllabus reduced to what the browser needs for exports and imports: sections in order,
 * their tiers and questions (id and text). Served as one file, outline.json (src/pages/outline.json.ts).
 */
export interface OutlineQuestion {
  id: string;
  /** The question as the syllabus writes it (Markdown, inline emphasis only). */
  text: string;
  /** The same without Markdown, for display as plain text. */
  plain: string;
}

export interface OutlineTier {
  label: string;
  questions: OutlineQuestion[];
}

export interface OutlineSection {
  slug: string;
  order: number;
  title: string;
  short: string;
  href: string;
  tiers: OutlineTier[];
}

export interface KnownIds {
  questions: ReadonlySet<string>;
  sections: ReadonlySet<string>;
}

export function questionsOf(section: OutlineSection): OutlineQuestion[] {
  return section.tiers.flatMap((tier) => tier.questions);
}

export function knownIds(outline: readonly OutlineSection[]): KnownIds {
  return {
    questions: new Set(outline.flatMap((section) => questionsOf(section).map((q) => q.id))),
    sections: new Set(outline.map((section) => section.slug)),
  };
}
