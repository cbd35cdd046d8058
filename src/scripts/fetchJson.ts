/**
 * JSON files of the build (outline.json, practice.json, guides/<section>.json), fetched once per page when first
 * needed. After a failure (offline, no cache), the next call for the same URL tries again.
 */
const fetched = new Map<string, Promise<unknown>>();

export function fetchJsonOnce<T>(url: string): Promise<T> {
  let json = fetched.get(url);
  if (!json) {
    json = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.json() as Promise<unknown>;
    });
    json.catch(() => fetched.delete(url));
    fetched.set(url, json);
  }
  return json as Promise<T>;
}
