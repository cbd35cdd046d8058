import { describe, expect, it } from 'vitest';
import { findCrossSectionProblems, parseSection, parseTopics, TIER_KEYS } from '../../src/lib/syllabusSchema';
import { readSectionFiles, readSeedSyllabus, readTopicsFile } from './helpers/content';

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
