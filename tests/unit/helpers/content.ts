/** Reads the real content files the way the build does, for integrity tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { parse as parseYaml } from 'yaml';

export const CONTENT = join(import.meta.dirname, '../../../content');

export function readSectionFiles() {
  const dir = join(CONTENT, 'sections');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const { frontmatter, content } = parseFrontmatter(readFileSync(join(dir, name), 'utf8'));
      return { file: `content/sections/${name}`, slug: name.replace(/\.mdx$/, ''), data: frontmatter, body: content.trim() };
    });
}

export function readReadingsFile(): unknown {
  return parseYaml(readFileSync(join(CONTENT, 'readings.yaml'), 'utf8'));
}

export function readGuideFile(slug: string): unknown {
  return parseYaml(readFileSync(join(CONTENT, 'guides', `${slug}.yaml`), 'utf8'));
}

export function readTopicsFile(): unknown {
  return parseYaml(readFileSync(join(CONTENT, 'topics.yaml'), 'utf8'));
}

/** The seed syllabus (a verbatim copy of the source), split into sections, tiers and questions. */
export function readSeedSyllabus() {
  const text = readFileSync(join(import.meta.dirname, '../../fixtures/syllabus.md'), 'utf8');
  const sections: { order: number; title: string; lede: string; tiers: string[][] }[] = [];
  let tier = -1;
  for (const line of text.split('\n')) {
    const heading = line.match(/^#{1,2} (\d+)\. (.+)$/);
    if (heading) {
      sections.push({ order: Number(heading[1]), title: heading[2]!.trim(), lede: '', tiers: [[], [], []] });
      tier = -1;
      continue;
    }
    const current = sections.at(-1);
    if (!current) continue;
    if (/^#{2,3} Foundational/.test(line)) tier = 0;
    else if (/^#{2,3} Deep understanding/.test(line)) tier = 1;
    else if (/^#{2,3} Interview/.test(line)) tier = 2;
    else if (/^# /.test(line)) tier = 3; // "How to use" and anything after the sections
    else if (line.startsWith('* ') && tier >= 0 && tier < 3) current.tiers[tier]!.push(line.slice(2).trim());
    else if (tier === -1 && line.trim() && line.trim() !== '---' && !current.lede) current.lede = line.trim();
  }
  return sections;
}
