/**
 * The syllabus as pages use it: sections in order, each question with its section, tier and
 * topics resolved. Built once per build from the content collections (the only source of truth).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { pointKey, type Guide, type Reading } from '../lib/guideSchema';
import { questionHtml, questionPlainText } from '../lib/questionText';
import { TIERS, type TierKey, type Topic } from '../lib/syllabusSchema';

/** A key point as pages show it: its stable key (for ticks), and its parts as HTML. */
export interface KeyPoint {
  key: string;
  claimHtml: string;
  detailHtml: string;
}

/** A question's answer guide, its Markdown rendered and its readings resolved. */
export interface QuestionGuide {
  points: KeyPoint[];
  weak: { answerHtml: string; missesHtml: string };
  followups: { html: string }[];
  readings: Reading[];
}

/** A reading on a section's reading list, with the questions of that section it helps answer. */
export interface SectionReading {
  reading: Reading;
  questions: Question[];
}

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
  guide: QuestionGuide;
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
  /** Every reading its guides cite, most-cited first: the section's reading list. */
  readings: SectionReading[];
}

export interface Syllabus {
  sections: Section[];
  questions: Question[];
  topics: Topic[];
}

let cached: Promise<Syllabus> | undefined;

export function getSyllabus(): Promise<Syllabus> {
  cached ??= load();
  return cached;
}

function guideOf(guide: Guide, readingByKey: Map<string, Reading>): QuestionGuide {
  return {
    points: guide.points.map(({ claim, detail }) => ({
      key: pointKey(claim),
      claimHtml: questionHtml(claim),
      detailHtml: questionHtml(detail),
    })),
    weak: { answerHtml: questionHtml(guide.weak.answer), missesHtml: questionHtml(guide.weak.misses) },
    followups: guide.followups.map((text) => ({ html: questionHtml(text) })),
    readings: guide.readings.map((key) => readingByKey.get(key)!),
  };
}

function readingListOf(questions: Question[]): SectionReading[] {
  const byKey = new Map<string, SectionReading>();
  for (const question of questions) {
    for (const reading of question.guide.readings) {
      const entry = byKey.get(reading.key) ?? { reading, questions: [] };
      entry.questions.push(question);
      byKey.set(reading.key, entry);
    }
  }
  // Most-cited first; ties keep the order in which the section's questions first cite them.
  return [...byKey.values()].sort((a, b) => b.questions.length - a.questions.length);
}

async function load(): Promise<Syllabus> {
  const topics = (await getCollection('topics')).map((entry) => entry.data);
  const topicById = new Map(topics.map((topic) => [topic.id, topic]));
  const readingByKey = new Map((await getCollection('readings')).map((entry) => [entry.id, entry.data]));
  const guidesBySection = new Map((await getCollection('guides')).map((entry) => [entry.id, entry.data]));
  const entries = (await getCollection('sections')).sort((a, b) => a.data.order - b.data.order);

  const sections = entries.map((entry): Section => {
    const { order, title, short, summary } = entry.data;
    const section: Section = { slug: entry.id, order, title, short, summary, entry, tiers: [], questions: [], readings: [] };
    const guides = guidesBySection.get(entry.id)!;
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
        guide: guideOf(guides[q.id]!, readingByKey),
      })),
    }));
    section.questions = section.tiers.flatMap((tier) => tier.questions);
    section.readings = readingListOf(section.questions);
    return section;
  });
  const questions = sections.flatMap((section) => section.questions);
  return { sections, questions, topics };
}
