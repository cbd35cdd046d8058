/**
 * The syllabus outline as one JSON file (src/lib/guideOutline.ts describes it), fetched by the
 * browser only when it needs question texts: the answers page with saved work, exports, imports,
 * and "Continue where you left off". Pages never carry it in attributes.
 */
import type { APIRoute } from 'astro';
import { outlineOf } from '../data/outline';
import { getSyllabus } from '../data/syllabus';

export const GET: APIRoute = async () => {
  const { sections } = await getSyllabus();
  return new Response(JSON.stringify(sections.map(outlineOf)), { headers: { 'Content-Type': 'application/json' } });
};
