/** What the content says, read straight from content/, so the e2e tests check pages against it. */
import { parseSection, parseTopics, TIER_KEYS, TIERS } from '../../../src/lib/syllabus';
import { questionPlainText } from '../../../src/lib/questionText';
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

export { TIER_KEYS };
