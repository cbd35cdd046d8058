import { defineCollection } from 'astro:content';
import { createSectionSchema, topicSchema } from './lib/syllabusSchema';
import { readTopics, sectionsLoader, topicsLoader } from './loaders/syllabusLoaders';

const topicsFile = 'content/topics.yaml';
const topicIds = readTopics(topicsFile).map((topic) => topic.id);

export const collections = {
  topics: defineCollection({ loader: topicsLoader(topicsFile), schema: topicSchema }),
  sections: defineCollection({
    loader: sectionsLoader({ base: './content/sections', topicsFile }),
    schema: createSectionSchema(topicIds),
  }),
};
