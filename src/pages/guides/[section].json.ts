/**
 * A section's answer guides as print ("Include answer guides") and practice sessions need them:
 * per question, the key points (with their keys) and follow-ups as HTML, rendered at build time
 * from content/guides. Fetched only when needed, so pages stay light.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSyllabus, type Section } from '../../data/syllabus';
import type { SectionGuides } from '../../lib/practiceSession';

export const getStaticPaths = (async () => {
  const { sections } = await getSyllabus();
  return sections.map((section) => ({ params: { section: section.slug }, props: { section } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ section: Section }> = ({ props: { section } }) => {
  const guides: SectionGuides = Object.fromEntries(
    section.questions.map((question) => [
      question.id,
      {
        points: question.guide.points.map((point) => ({ key: point.key, html: `<strong>${point.claimHtml}</strong> ${point.detailHtml}` })),
        followups: question.guide.followups.map((followup) => followup.html),
      },
    ]),
  );
  return new Response(JSON.stringify(guides), { headers: { 'Content-Type': 'application/json' } });
};
