/**
 * Content loaders for the answer guides and the bibliography. Each file is checked by
 * src/lib/guideSchema.ts (messages that name the file and the field); a guide file is checked
 * against its own section's question ids, read from the section file it is named after.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader } from 'astro/loaders';
import { parseGuides, parseReadings, type Reading } from '../lib/guideSchema';
import { SyllabusError, TIER_KEYS } from '../lib/syllabusSchema';
import { readYaml } from './syllabusLoaders';

export function readReadings(file: string): Reading[] {
  return parseReadings(file, readYaml(file));
}

/** A section file's question ids, in order (the section loader has checked the file itself). */
function questionIdsOf(sectionFile: string): string[] {
  const { frontmatter } = parseFrontmatter(readFileSync(sectionFile, 'utf8'));
  const questions = (frontmatter as { questions?: Record<string, { id: string }[] | undefined> }).questions ?? {};
  return TIER_KEYS.flatMap((tier) => (questions[tier] ?? []).map((question) => question.id));
}

export function readingsLoader(file: string): Loader {
  return {
    name: 'guide-readings',
    async load({ store, parseData, watcher }) {
      watcher?.add(file);
      store.clear();
      for (const reading of readReadings(file)) {
        store.set({ id: reading.key, data: await parseData({ id: reading.key, data: reading, filePath: file }) });
      }
    },
  };
}

/** One entry per section: its guides, keyed by question id. Every section must have a guide file. */
export function guidesLoader({ base, sections, readingsFile }: { base: string; sections: string; readingsFile: string }): Loader {
  return {
    name: 'answer-guides',
    async load({ store, parseData, watcher }) {
      watcher?.add(base);
      watcher?.add(readingsFile);
      store.clear();
      const readingKeys = readReadings(readingsFile).map((reading) => reading.key);
      const problems: string[] = [];
      for (const name of readdirSync(sections).filter((file) => file.endsWith('.mdx'))) {
        const slug = basename(name, '.mdx');
        const file = join(base, `${slug}.yaml`);
        if (!existsSync(file)) {
          problems.push(`${file}: missing: every section needs its guide file (content/sections/${name})`);
          continue;
        }
        try {
          const guides = parseGuides(file, readYaml(file), { questionIds: questionIdsOf(join(sections, name)), readingKeys });
          store.set({ id: slug, data: await parseData({ id: slug, data: Object.fromEntries(guides), filePath: file }) });
        } catch (error) {
          if (error instanceof SyllabusError) problems.push(...error.problems);
          else throw error;
        }
      }
      if (problems.length) throw new SyllabusError(problems);
    },
  };
}
