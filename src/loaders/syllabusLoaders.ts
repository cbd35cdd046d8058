/**
 * Content loaders for the syllabus. The glob loader reads the section files; we wrap its
 * parseData so each file is checked by src/lib/syllabus.ts first (messages that name file and
 * field), then check the rules that span files once all sections are loaded.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import {
  findCrossSectionProblems,
  parseSection,
  parseTopics,
  SyllabusError,
  type SectionData,
  type Topic,
} from '../lib/syllabusSchema';

/** Paths in messages read as the author sees them: content/sections/data.mdx */
const displayPath = (file: string) => (isAbsolute(file) ? relative(process.cwd(), file) : file);

/** A YAML content file, parsed; a syntax error names the file. */
export function readYaml(file: string): unknown {
  try {
    return parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new SyllabusError([`${file}: not valid YAML: ${(error as Error).message}`]);
  }
}

export function readTopics(file: string): Topic[] {
  return parseTopics(file, readYaml(file));
}

export function topicsLoader(file: string): Loader {
  return {
    name: 'syllabus-topics',
    async load({ store, parseData, watcher }) {
      watcher?.add(file);
      store.clear();
      for (const topic of readTopics(file)) {
        store.set({ id: topic.id, data: await parseData({ id: topic.id, data: topic, filePath: file }) });
      }
    },
  };
}

export function sectionsLoader({ base, topicsFile }: { base: string; topicsFile: string }): Loader {
  const files = glob({ pattern: '*.mdx', base });
  return {
    name: 'syllabus-sections',
    async load(context) {
      const topicIds = readTopics(topicsFile).map((topic) => topic.id);
      await files.load({
        ...context,
        parseData: async (props) => {
          parseSection(displayPath(props.filePath ?? props.id), props.data, topicIds);
          return context.parseData(props);
        },
      });
      const problems = findCrossSectionProblems(
        context.store.values().map((entry) => ({
          file: displayPath(entry.filePath ?? entry.id),
          data: entry.data as SectionData,
        })),
      );
      if (problems.length) throw new SyllabusError(problems);
    },
  };
}
