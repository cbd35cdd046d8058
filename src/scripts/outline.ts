/** The syllabus outline (src/pages/outline.json.ts), fetched once per page when first needed. */
import type { OutlineSection } from '../lib/guideOutline';
import { routes } from '../lib/urls';
import { fetchJsonOnce } from './fetchJson';

/** Resolves to the outline; after a failure (offline), the next call tries again. */
export function loadOutline(): Promise<OutlineSection[]> {
  return fetchJsonOnce(routes.outline());
}
