/** The items before and after position `index`, for previous/next links. */
export function neighbours<T>(items: readonly T[], index: number): { previous: T | undefined; next: T | undefined } {
  return { previous: index > 0 ? items[index - 1] : undefined, next: items[index + 1] };
}
