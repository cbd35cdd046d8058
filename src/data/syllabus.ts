/**
 * The syllabus as pages use it: sections in order, each question with its section, tier and
 * topics resolved. Built once per build from the content collections (the only source of truth).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { questionHtml, questionPlainText } from '../lib/questionText';
import { TIERS, type TierKey, type Topic } from '../lib/syllabusSchema';

export interface Question {
  id: string;
  /** Markdown as written in the syllabus. */
  text: string;
  html: string;
  plain: string;
  tier: TierKey;
  tierLabel: string;
  /** 1-based position within its tier. */
  number: number;
  section: Section;
  topics: Topic[];
}

export interface Tier {
  key: TierKey;
  label: string;
  blurb: string;
  questions: Question[];
}

export interface Section {
  slug: string;
  order: number;
  title: string;
  short: string;
  summary: string;
  entry: CollectionEntry<'sections'>;
  tiers: Tier[];
  questions: Question[];
}

export interface Syllabus {
  sections: Section[];
  questions: Question[];
  topics: Topic[];
  topicById: Map<string, Topic>;
  questionById: Map<string, Question>;
}

let cached: Promise<Syllabus> | undefined;

export function getSyllabus(): Promise<Syllabus> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Syllabus> {
  const topics = (await getCollection('topics')).map((entry) => entry.data);
  const topicById = new Map(topics.map((topic) => [topic.id, topic]));
  const entries = (await getCollection('sections')).sort((a, b) => a.data.order - b.data.order);

  const sections = entries.map((entry): Section => {
    const { order, title, short, summary } = entry.data;
    const section: Section = { slug: entry.id, order, title, short, summary, entry, tiers: [], questions: [] };
    section.tiers = TIERS.map((tier) => ({
      ...tier,
      questions: entry.data.questions[tier.key].map((q, index) => ({
        id: q.id,
        text: q.text,
        html: questionHtml(q.text),
        plain: questionPlainText(q.text),
        tier: tier.key,
        tierLabel: tier.label,
        number: index + 1,
        section,
        topics: q.topics.map((id) => topicById.get(id)!),
      })),
    }));
    section.questions = section.tiers.flatMap((tier) => tier.questions);
    return section;
  });
  const questions = sections.flatMap((section) => section.questions);
  return { sections, questions, topics, topicById, questionById: new Map(questions.map((q) => [q.id, q])) };
}
