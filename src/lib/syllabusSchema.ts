/**
 * The syllabus' shape and its integrity rules, as plain TypeScript.
 *
 * A section file (content/sections/<slug>.mdx) carries its questions in frontmatter:
 *
 *   order: 1                       # position in the syllabus, unique across sections
 *   title: "…"                     # the heading exactly as the syllabus writes it
 *   short: "…"                     # a short name for navigation
 *   summary: "…"                   # one sentence, the page's meta description
 *   questions:
 *     foundational: [{ id, text, topics }, …]
 *     deep:         [ … ]
 *     interview:    [ … ]
 *
 * `id` is permanent: answers are saved against it, so it is written in the content and never
 * derived from the wording. `text` is Markdown (emphasis only), verbatim from the syllabus.
 *
 * The content loader runs these checks so that a malformed file fails the build with a message
 * that names the file and the field; the unit tests assert on those messages.
 */
import { z } from 'astro/zod';

export const TIERS = [
  { key: 'foundational', label: 'Foundational', blurb: 'The ideas you must be able to state plainly.' },
  { key: 'deep', label: 'Deep understanding', blurb: 'Why things behave the way they do.' },
  {
    key: 'interview',
    label: 'Interview-style / real-world',
    blurb: 'Situations you will be asked about, or will meet on the job.',
  },
] as const;

export type TierKey = (typeof TIERS)[number]['key'];
export const TIER_KEYS = TIERS.map((tier) => tier.key) as [TierKey, ...TierKey[]];

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const slug = (what: string) =>
  z.string().regex(SLUG, `${what} must be kebab-case (lowercase letters, digits, single hyphens)`);

export const topicSchema = z.strictObject({
  id: slug('a topic id'),
  title: z.string().trim().min(1, 'a topic needs a title'),
  description: z.string().trim().min(1, 'a topic needs a one-line description'),
  /** Acronyms and synonyms learners type ("PPO", "reward hacking"); search indexes them. */
  aliases: z.array(z.string().trim().min(1, 'an alias is not empty')).default([]),
});
export type Topic = z.infer<typeof topicSchema>;

export function createQuestionSchema(topicIds: readonly string[]) {
  const known = new Set(topicIds);
  return z.strictObject({
    id: slug('a question id').max(48, 'a question id is at most 48 characters'),
    text: z.string().trim().min(1, 'a question needs its text'),
    topics: z
      .array(
        z.string().refine((topic) => known.has(topic), {
          error: (issue) =>
            `unknown topic "${String(issue.input)}" (the vocabulary is content/topics.yaml)`,
        }),
      )
      .min(1, 'a question needs 1 to 3 topics')
      .max(3, 'a question needs 1 to 3 topics'),
  });
}

export function createSectionSchema(topicIds: readonly string[]) {
  const question = createQuestionSchema(topicIds);
  const tier = z.array(question).min(1, 'a tier needs at least one question');
  return z
    .strictObject({
      order: z.number().int().min(1, 'order starts at 1'),
      title: z.string().trim().min(1, 'a section needs a title'),
      short: z.string().trim().min(1).max(48, 'a short name is at most 48 characters'),
      summary: z.string().trim().min(1, 'a section needs a one-sentence summary'),
      questions: z.strictObject(
        { foundational: tier, deep: tier, interview: tier },
        {
          error: (issue) =>
            issue.code === 'unrecognized_keys'
              ? `unknown tier ${issue.keys.map((k) => `"${k}"`).join(', ')} (tiers are ${TIER_KEYS.join(', ')})`
              : undefined,
        },
      ),
    })
    .superRefine((section, ctx) => {
      const seen = new Map<string, string>();
      for (const key of TIER_KEYS) {
        section.questions[key].forEach((question, index) => {
          const where = `questions.${key}[${index}].id`;
          const first = seen.get(question.id);
          if (first) {
            ctx.addIssue({
              code: 'custom',
              path: ['questions', key, index, 'id'],
              message: `duplicate question id "${question.id}" (also at ${first})`,
            });
          } else seen.set(question.id, where);
        });
      }
    });
}

export type SectionData = z.infer<ReturnType<typeof createSectionSchema>>;

/** Zod's path as a reader writes it: questions.deep[2].topics[0] */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

export class SyllabusError extends Error {
  constructor(readonly problems: string[]) {
    super(`The syllabus content is malformed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'SyllabusError';
  }
}

function problemsOf(file: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = formatPath(issue.path);
    return `${file}: ${field || '(frontmatter)'}: ${issue.message}`;
  });
}

/** Validates one section file's frontmatter; throws a SyllabusError naming file and field. */
export function parseSection(file: string, data: unknown, topicIds: readonly string[]): SectionData {
  const result = createSectionSchema(topicIds).safeParse(data);
  if (!result.success) throw new SyllabusError(problemsOf(file, result.error));
  return result.data;
}

/** Validates the topic vocabulary (already parsed from YAML). */
export function parseTopics(file: string, data: unknown): Topic[] {
  const result = z
    .array(topicSchema)
    .min(1, 'the vocabulary needs at least one topic')
    .safeParse(data);
  if (!result.success) throw new SyllabusError(problemsOf(file, result.error));
  const seen = new Set<string>();
  const problems: string[] = [];
  result.data.forEach((topic, index) => {
    if (seen.has(topic.id)) problems.push(`${file}: [${index}].id: duplicate topic id "${topic.id}"`);
    seen.add(topic.id);
  });
  if (problems.length) throw new SyllabusError(problems);
  return result.data;
}

/** Rules that span files: question ids unique across the syllabus, section orders unique. */
export function findCrossSectionProblems(entries: ReadonlyArray<{ file: string; data: SectionData }>): string[] {
  const problems: string[] = [];
  const ids = new Map<string, string>();
  const orders = new Map<number, string>();
  for (const { file, data } of entries) {
    const otherOrder = orders.get(data.order);
    if (otherOrder) problems.push(`${file}: order: ${data.order} is also the order of ${otherOrder}`);
    else orders.set(data.order, file);
    for (const key of TIER_KEYS) {
      data.questions[key].forEach((question, index) => {
        const where = `${file} questions.${key}[${index}].id`;
        const other = ids.get(question.id);
        if (other && !other.startsWith(`${file} `)) {
          problems.push(`${file}: questions.${key}[${index}].id: duplicate question id "${question.id}" (also in ${other})`);
        } else if (!other) ids.set(question.id, where);
      });
    }
  }
  return problems;
}
