/**
 * What a practice session shows of every question (src/lib/practiceSession.ts describes it): its
 * text and its guide's key points, as one JSON file the practice page fetches when it opens.
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
      points: q.guide.points.map((point) => ({ key: point.key, html: `<strong>${point.claimHtml}</strong> ${point.detailHtml}` })),
    })),
  };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
