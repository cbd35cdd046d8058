/** The syllabus outline (src/pages/outline.json.ts), fetched once per page when first needed. */
import type { OutlineSection } from '../lib/guideOutline';
import { routes } from '../lib/urls';

let loading: Promise<OutlineSection[]> | undefined;

/** Resolves to the outline; after a failure (offline), the next call tries again. */
export function loadOutline(): Promise<OutlineSection[]> {
  loading ??= fetch(routes.outline())
    .then((response) => {
      if (!response.ok) throw new Error(`outline: HTTP ${response.status}`);
      return response.json() as Promise<OutlineSection[]>;
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
