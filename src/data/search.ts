/**
 * What the search index knows about each question, and the filter vocabulary the search URL
 * translates through. Both come from the same fields, so a filter link can't name a value the
 * index lacks (tests/e2e/search.spec.ts checks the built index against the vocabulary).
 */
import { TIERS } from '../lib/syllabusSchema';
import type { FilterVocabulary } from '../lib/searchQuery';
import { getSyllabus, type Question } from './syllabus';

/** The filter values (and result labels) one question is indexed under. */
export function searchLabels(question: Question) {
  return {
    section: question.section.short,
    tier: question.tierLabel,
    topics: question.topics.map((topic) => topic.title),
  };
}

export async function getFilterVocabulary(): Promise<FilterVocabulary> {
  const { sections, topics } = await getSyllabus();
  return {
    section: Object.fromEntries(sections.map((section) => [section.slug, section.short])),
    tier: Object.fromEntries(TIERS.map((tier) => [tier.key, tier.label])),
    topic: Object.fromEntries(topics.map((topic) => [topic.id, topic.title])),
  };
}
