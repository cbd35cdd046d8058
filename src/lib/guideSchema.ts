/**
 * Answer guides and the bibliography, as plain TypeScript: their shape and integrity rules.
 *
 * content/readings.yaml is the one bibliography, a list of entries:
 *
 *   - key: rafailov2023dpo             # first author + year + a word; what guides cite
 *     title: "Direct Preference Optimization: Your Language Model is Secretly a Reward Model"
 *     authors: "Rafailov et al."       # first author et al. (or all authors when two)
 *     year: 2023
 *     venue: "NeurIPS 2023"            # optional: only when certain
 *     url: "https://arxiv.org/abs/2305.18290"
 *     answers: "Derives the DPO loss from the KL-regularised RLHF objective."  # one line
 *     checked: "2026-11-26"            # the day title, first author, year and id were verified
 *
 * content/guides/<section>.yaml holds the guides of one section's questions, keyed by question id:
 *
 *   dpo-implicit-objective:
 *     points:                          # 4–6 key points a strong answer covers
 *       - claim: "It is still a reward model, just an implicit one."   # short, bold on the page
 *         detail: "Inverting … *typical:* β ≈ 0.1."                    # 1–3 sentences
 *     weak:
 *       answer: "DPO maximises the likelihood of the preferred answer."  # what a tired candidate says
 *       misses: "It ignores the reference model: …"                      # what that misses
 *     followups:                       # 2–3 questions an interviewer asks next
 *       - "What happens to the implicit reward when β → 0?"
 *     readings: [rafailov2023dpo]      # 1–3 keys into content/readings.yaml
 *
 * Text fields are Markdown, inline only (emphasis, `code`). Every number carries its kind in
 * italics: *spec:*, *paper:* or *typical:* (../shared/guide/GUIDE-STANDARD.md).
 *
 * The content loaders run these checks, so a malformed file fails the build with a message that
 * names the file and the field; the unit tests assert on those messages.
 */
import { z } from 'astro/zod';
import { formatPath, SyllabusError } from './syllabusSchema';

const KEY = /^[a-z][a-z0-9-]*$/;
const text = (what: string) => z.string().trim().min(1, what);

export const readingSchema = z.strictObject({
  key: z.string().regex(KEY, 'a reading key is lowercase letters, digits and hyphens (e.g. rafailov2023dpo)'),
  title: text('a reading needs its title'),
  authors: text('a reading needs its authors ("First et al.")'),
  year: z.number().int().min(1900).max(2100),
  venue: z.string().trim().min(1).optional(),
  url: z.url({ protocol: /^https$/, error: 'a reading needs an https URL' }),
  answers: text('a reading needs one line on what it answers'),
  checked: z.iso.date({ error: 'a reading records the day it was verified (checked: YYYY-MM-DD)' }),
});
export type Reading = z.infer<typeof readingSchema>;

export const keyPointSchema = z.strictObject({
  claim: text('a key point needs a short claim'),
  detail: text('a key point needs a detail of one to three sentences'),
});
export type KeyPoint = z.infer<typeof keyPointSchema>;

export function createGuideSchema(readingKeys: readonly string[]) {
  const known = new Set(readingKeys);
  return z.strictObject({
    points: z
      .array(keyPointSchema)
      .min(4, 'a guide needs 4 to 6 key points')
      .max(6, 'a guide needs 4 to 6 key points'),
    weak: z.strictObject({
      answer: text('a weak answer needs the answer itself'),
      misses: text('a weak answer needs what it misses'),
    }),
    followups: z
      .array(text('a follow-up needs its text'))
      .min(2, 'a guide needs 2 or 3 follow-ups')
      .max(3, 'a guide needs 2 or 3 follow-ups'),
    readings: z
      .array(
        z.string().refine((key) => known.has(key), {
          error: (issue) => `unknown reading "${String(issue.input)}" (the bibliography is content/readings.yaml)`,
        }),
      )
      .min(1, 'a guide needs 1 to 3 readings')
      .max(3, 'a guide needs 1 to 3 readings'),
  });
}
export type Guide = z.infer<ReturnType<typeof createGuideSchema>>;

function problemsOf(file: string, error: z.ZodError, prefix: PropertyKey[] = []): string[] {
  return error.issues.map((issue) => `${file}: ${formatPath([...prefix, ...issue.path]) || '(file)'}: ${issue.message}`);
}

/** Validates the bibliography; keys and URLs must be unique. */
export function parseReadings(file: string, data: unknown): Reading[] {
  const result = z.array(readingSchema).min(1, 'the bibliography needs at least one entry').safeParse(data);
  if (!result.success) throw new SyllabusError(problemsOf(file, result.error));
  const problems: string[] = [];
  const keys = new Set<string>();
  const urls = new Map<string, string>();
  result.data.forEach((reading, index) => {
    if (keys.has(reading.key)) problems.push(`${file}: [${index}].key: duplicate reading key "${reading.key}"`);
    keys.add(reading.key);
    const other = urls.get(reading.url);
    if (other) problems.push(`${file}: [${index}].url: the same URL as "${other}"`);
    else urls.set(reading.url, reading.key);
  });
  if (problems.length) throw new SyllabusError(problems);
  return result.data;
}

/**
 * Validates one section's guide file. `questionIds` are that section's questions: a guide for
 * a question of another section, or a question without a guide, is refused.
 */
export function parseGuides(
  file: string,
  data: unknown,
  { questionIds, readingKeys }: { questionIds: readonly string[]; readingKeys: readonly string[] },
): Map<string, Guide> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new SyllabusError([`${file}: (file): a guide file maps question ids to guides`]);
  }
  const schema = createGuideSchema(readingKeys);
  const expected = new Set(questionIds);
  const problems: string[] = [];
  const guides = new Map<string, Guide>();
  for (const [id, value] of Object.entries(data)) {
    if (!expected.has(id)) {
      problems.push(`${file}: ${id}: no question "${id}" in this section`);
      continue;
    }
    const result = schema.safeParse(value);
    if (result.success) guides.set(id, result.data);
    else problems.push(...problemsOf(file, result.error, [id]));
  }
  for (const id of questionIds) {
    if (!(id in data)) problems.push(`${file}: ${id}: the question "${id}" has no guide`);
  }
  if (problems.length) throw new SyllabusError(problems);
  return guides;
}

/**
 * A key point's stable key, for the learner's "I covered this" ticks: a short hash of its claim.
 * Rewording a claim makes it a new point (its old tick no longer applies); reordering does not.
 */
export function pointKey(claim: string): string {
  let hash = 0x811c9dc5; // FNV-1a, 32 bits
  for (const char of claim.trim()) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
