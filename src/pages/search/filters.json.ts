// The search filters' keys and labels, fetched when search opens (see src/scripts/searchUi.ts).
import type { APIRoute } from 'astro';
import { getFilterVocabulary } from '../../data/search';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getFilterVocabulary()), { headers: { 'Content-Type': 'application/json' } });
