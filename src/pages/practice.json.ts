/**
 * What the practice page needs of every question to set up a session (src/lib/practiceSession.ts
 * describes it): its section, tier and text, as one light JSON file fetched when the page opens.
 * The key points come per section when a session starts (guides/<section>.json).
 */
import type { APIRoute } from 'astro';
import { getSyllabus } from '../data/syllabus';
import type { PracticeData } from '../lib/practiceSession';
import { TIERS } from '../lib/syllabusSchema';

export const GET: APIRoute = async () => {
  const { sections, questions } = await getSyllabus();
  const data: PracticeData = {
    sections: sections.map(({ slug, order, short }) => ({ slug, order, short })),
    tiers: TIERS.map(({ key, label }) => ({ key, label })),
    questions: questions.map((q) => ({
      id: q.id,
      section: q.section.slug,
      tier: q.tier,
      html: q.html,
    })),
  };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
