import { describe, expect, it } from 'vitest';
import { findCrossSectionProblems, parseSection, parseTopics, TIER_KEYS } from '../../src/lib/syllabusSchema';
import { readGuideFile, readReadingsFile, readSectionFiles, readSeedSyllabus, readTopicsFile } from './helpers/content';
import { parseGuides, parseReadings } from '../../src/lib/guideSchema';

const topics = parseTopics('content/topics.yaml', readTopicsFile());
const topicIds = topics.map((t) => t.id);
const files = readSectionFiles();
const sections = files
  .map((f) => ({ ...f, data: parseSection(f.file, f.data, topicIds) }))
  .sort((a, b) => a.data.order - b.data.order);
const seed = readSeedSyllabus();

describe('the syllabus content', () => {
  it('has the 13 sections of the syllabus, in its order, with its titles', () => {
    expect(sections).toHaveLength(13);
    expect(sections.map((s) => s.data.order)).toEqual(seed.map((s) => s.order));
    expect(sections.map((s) => s.data.title)).toEqual(seed.map((s) => s.title));
  });

  it('holds all 135 questions verbatim, each in its tier and order', () => {
    const questions = sections.flatMap((s) => TIER_KEYS.flatMap((k) => s.data.questions[k]));
    expect(questions).toHaveLength(135);
    sections.forEach((section, i) => {
      TIER_KEYS.forEach((key, t) => {
        expect(section.data.questions[key].map((q) => q.text), `${section.file} ${key}`).toEqual(seed[i]!.tiers[t]);
      });
    });
  });

  it('keeps each section’s one-line lede where the syllabus has one', () => {
    sections.forEach((section, i) => expect(section.body, section.file).toBe(seed[i]!.lede));
    expect(sections[0]!.body).toBe('These questions are absolutely central.');
  });

  it('passes the cross-file rules: unique question ids and section orders', () => {
    expect(findCrossSectionProblems(sections)).toEqual([]);
  });

  it('uses every topic of the vocabulary, each with a title and description', () => {
    const used = new Set(sections.flatMap((s) => TIER_KEYS.flatMap((k) => s.data.questions[k].flatMap((q) => q.topics))));
    expect([...used].sort()).toEqual([...topicIds].sort());
  });
});

describe('the answer guides', () => {
  const readings = parseReadings('content/readings.yaml', readReadingsFile());
  const readingKeys = readings.map((r) => r.key);

  it.each(sections.map((s) => [s.slug, s] as const))('cover every question of %s, citing known readings', (_slug, section) => {
    const questionIds = TIER_KEYS.flatMap((k) => section.data.questions[k].map((q) => q.id));
    const guides = parseGuides(`content/guides/${section.slug}.yaml`, readGuideFile(section.slug), { questionIds, readingKeys });
    expect([...guides.keys()].sort()).toEqual([...questionIds].sort());
  });

  it('cite every entry of the bibliography, and each section has a reading list of at least 3', () => {
    const cited = new Map<string, Set<string>>();
    for (const section of sections) {
      const questionIds = TIER_KEYS.flatMap((k) => section.data.questions[k].map((q) => q.id));
      const guides = parseGuides(section.slug, readGuideFile(section.slug), { questionIds, readingKeys });
      const keys = new Set([...guides.values()].flatMap((g) => g.readings));
      expect(keys.size, section.slug).toBeGreaterThanOrEqual(3);
      for (const key of keys) cited.set(key, (cited.get(key) ?? new Set()).add(section.slug));
    }
    expect(readingKeys.filter((key) => !cited.has(key))).toEqual([]);
  });
});
