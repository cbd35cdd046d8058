/** Small pieces of English shared by the messages pages and the library write. */

/** "1 question", "3 questions"; `many` for an irregular plural. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
