/**
 * A section's answer guides as the print option "Include answer guides" needs them: per question,
 * the key points and follow-ups as HTML (rendered at build time from content/guides). Fetched only
 * when that option is on, so section pages stay light.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSyllabus, type Section } from '../../data/syllabus';
import type { PrintedGuides } from '../../lib/printOptions';

export const getStaticPaths = (async () => {
  const { sections } = await getSyllabus();
  return sections.map((section) => ({ params: { section: section.slug }, props: { section } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ section: Section }> = ({ props: { section } }) => {
  const guides: PrintedGuides = Object.fromEntries(
    section.questions.map((question) => [
      question.id,
      {
        points: question.guide.points.map((point) => `<strong>${point.claimHtml}</strong> ${point.detailHtml}`),
        followups: question.guide.followups.map((followup) => followup.html),
      },
    ]),
  );
  return new Response(JSON.stringify(guides), { headers: { 'Content-Type': 'application/json' } });
};
