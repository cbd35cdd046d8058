/** The page's localStorage, or undefined where the browser forbids storage (reading it throws there). */
export function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
