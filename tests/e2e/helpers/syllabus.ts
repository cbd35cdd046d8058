/** The syllabus as the content files state it, to check what the built site shows against. */
import { parseSection, parseTopics, TIERS, TIER_KEYS } from '../../../src/lib/syllabus';
import { readSectionFiles, readTopicsFile } from '../../unit/helpers/content';

const topics = parseTopics('content/topics.yaml', readTopicsFile());
const sections = readSectionFiles().map((file) => ({
  slug: file.slug,
  data: parseSection(file.file, file.data, topics.map((topic) => topic.id)),
}));

export const topicTitles = topics.map((topic) => topic.title);
export const sectionNames = sections.map((section) => section.data.short);
export const tierLabels = TIERS.map((tier) => tier.label);
export const questionCount = (tier: (typeof TIER_KEYS)[number]) =>
  sections.reduce((n, section) => n + section.data.questions[tier].length, 0);
export const questionsTagged = (topic: string) =>
  sections.flatMap((section) => TIER_KEYS.flatMap((key) => section.data.questions[key])).filter((q) => q.topics.includes(topic));
