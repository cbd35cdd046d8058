// The web app manifest (src/lib/webManifest.ts), linked from every page by BaseLayout.
import type { APIRoute } from 'astro';
import { href } from '../lib/urls';
import { webManifest } from '../lib/webManifest';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(webManifest(href), null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
