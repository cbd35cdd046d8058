/**
 * Every internal URL goes through here, so the site works under any path prefix
 * (BASE_PATH=/some/prefix/ npm run build). Pass paths without a leading slash.
 */
export function createHref(base: string) {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return (path = ''): string => prefix + path.replace(/^\/+/, '');
}

export const href = createHref(import.meta.env.BASE_URL);

export const routes = {
  home: () => href(),
  section: (slug: string) => href(`sections/${slug}/`),
  question: (id: string) => href(`questions/${id}/`),
  topics: () => href('topics/'),
  topic: (id: string) => href(`topics/${id}/`),
  checklist: () => href('checklist/'),
  answers: () => href('answers/'),
};
