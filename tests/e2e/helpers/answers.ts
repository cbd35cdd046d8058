import { expect, type Locator, type Page } from '@playwright/test';

export const SECTION = '/sections/post-training/';
export const KEY = 'training-roles-guide:answers';
export const FIRST = 'post-training-purpose';
export const FIRST_TEXT = 'What *problem* is post-training solving that pretraining does not?';

export type Field = 'before' | 'after';
export const PANEL = { before: 'Answer before reading', after: 'Refine after reading' } as const;

/** One question on a section page. */
export function question(page: Page, id: string): Locator {
  return page.locator(`li.question-item[data-question-id="${id}"]`);
}

/** Opens a panel (if closed) and returns its textarea. */
export async function openAnswer(scope: Locator | Page, field: Field): Promise<Locator> {
  const details = scope.locator(`details[data-field="${field}"]`);
  if (!(await details.evaluate((el: HTMLDetailsElement) => el.open))) await details.locator('> summary').click();
  return details.getByRole('textbox', { name: PANEL[field] });
}

/** Types an answer and waits until the page says it is saved. */
export async function writeAnswer(scope: Locator | Page, field: Field, text: string): Promise<void> {
  const box = await openAnswer(scope, field);
  await box.fill(text);
  await expect(scope.locator(`details[data-field="${field}"] [data-save-status]`)).toHaveText(/^Saved \d{1,2}:\d{2}/);
}

export async function storedRaw(page: Page): Promise<string | null> {
  return page.evaluate((key) => localStorage.getItem(key), KEY);
}

export async function stored(page: Page): Promise<{ answers: Record<string, Record<string, { text: string }>>; picks: Record<string, { picked: boolean }>; notes: Record<string, { text: string }> }> {
  return JSON.parse((await storedRaw(page)) ?? 'null');
}
