import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { createGuideSchema, readingSchema } from './lib/guideSchema';
import { createSectionSchema, topicSchema } from './lib/syllabusSchema';
import { guidesLoader, readingsLoader, readReadings } from './loaders/guideLoaders';
import { readTopics, sectionsLoader, topicsLoader } from './loaders/syllabusLoaders';

const topicsFile = 'content/topics.yaml';
const readingsFile = 'content/readings.yaml';
const topicIds = readTopics(topicsFile).map((topic) => topic.id);
const readingKeys = readReadings(readingsFile).map((reading) => reading.key);

export const collections = {
  topics: defineCollection({ loader: topicsLoader(topicsFile), schema: topicSchema }),
  sections: defineCollection({
    loader: sectionsLoader({ base: './content/sections', topicsFile }),
    schema: createSectionSchema(topicIds),
  }),
  readings: defineCollection({ loader: readingsLoader(readingsFile), schema: readingSchema }),
  /** One entry per section slug: that section's guides by question id. */
  guides: defineCollection({
    loader: guidesLoader({ base: 'content/guides', sections: 'content/sections', readingsFile }),
    schema: z.record(z.string(), createGuideSchema(readingKeys)),
  }),
};
