/** The syllabus as the content files state it, to check what the built site shows against. */
import { questionPlainText } from '../../../src/lib/questionText';
import { parseSection, parseTopics, TIERS, TIER_KEYS } from '../../../src/lib/syllabusSchema';
import { readSectionFiles, readTopicsFile } from '../../unit/helpers/content';

export const topics = parseTopics('content/topics.yaml', readTopicsFile());

export const sections = readSectionFiles()
  .map((file) => ({ slug: file.slug, data: parseSection(file.file, file.data, topics.map((t) => t.id)) }))
  .sort((a, b) => a.data.order - b.data.order)
  .map(({ slug, data }) => ({
    slug,
    ...data,
    tiers: TIERS.map((tier) => ({
      ...tier,
      questions: data.questions[tier.key].map((q) => ({ ...q, plain: questionPlainText(q.text) })),
    })),
  }));

export const questions = sections.flatMap((section) =>
  section.tiers.flatMap((tier) => tier.questions.map((q) => ({ ...q, tier: tier.key, section }))),
);

export const topicTitles = topics.map((topic) => topic.title);
export const sectionNames = sections.map((section) => section.short);
export const tierLabels = TIERS.map((tier) => tier.label);
export const questionCount = (tier: (typeof TIER_KEYS)[number]) => questions.filter((q) => q.tier === tier).length;
export const questionsTagged = (topic: string) => questions.filter((q) => q.topics.includes(topic));
