/**
 * The answer guides: the method asks for an answer first, then a check against a strong answer;
 * the learner's ticks are kept with their answers; search finds questions by what their guides
 * explain.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { writeAnswer } from './helpers/answers';

const QUESTION = '/questions/dpo-implicit-objective/';
const guide = (page: Page) => page.locator('details[data-guide]');
const points = (page: Page) => guide(page).getByRole('checkbox');

test('a guide starts closed, asks for an answer first, and after one offers the check', async ({ page }) => {
  await page.goto(QUESTION);
  await expect(guide(page)).not.toHaveAttribute('open');
  await expect(guide(page).locator('[data-guide-state]')).toHaveText(/Write your answer before reading first/);
  await writeAnswer(page, 'before', 'DPO fits an implicit reward: β times the log-ratio to the reference.');
  await expect(guide(page).locator('[data-guide-state]')).toHaveText(/Check your answer against \d key points/);
  await guide(page).locator('summary').click();
  await expect(guide(page).getByRole('heading', { name: 'A strong answer covers' })).toBeVisible();
  await expect(guide(page).getByRole('heading', { name: 'Follow-ups an interviewer asks next' })).toBeVisible();
});

test('the guide is readable with scripting off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(QUESTION);
  await guide(page).locator('summary').click();
  await expect(guide(page).locator('ol.points > li').first()).toBeVisible();
  await expect(points(page).first()).toBeHidden(); // ticking needs the script
  await context.close();
});

test('ticked key points survive a reload and travel through export and import', async ({ page, browser }) => {
  test.slow();
  await page.goto(QUESTION);
  await guide(page).locator('summary').click();
  await points(page).nth(0).check();
  await points(page).nth(2).check();
  await expect(guide(page).locator('[data-covered]')).toHaveText(/^2 of \d covered$/);
  await page.reload();
  await guide(page).locator('summary').click();
  await expect(points(page).nth(0)).toBeChecked();
  await expect(points(page).nth(1)).not.toBeChecked();
  await expect(points(page).nth(2)).toBeChecked();

  await page.goto('/answers/');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON', exact: true }).click()]);
  const backup = await readFile((await download.path())!, 'utf8');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/answers/');
  await other.getByLabel('Import', { exact: true }).setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
  await other.getByRole('button', { name: 'Merge into my answers' }).click();
  await other.goto(QUESTION);
  await expect(guide(other).locator('[data-guide-state]')).toHaveText(/You covered 2 of \d key points/);
  await fresh.close();
});

test('interviewer view shows the guide at once, hides the learner’s boxes, and stays on for the next question', async ({ page }) => {
  await page.goto(QUESTION);
  await page.getByRole('button', { name: 'Interviewer view' }).click();
  await expect(guide(page).getByRole('heading', { name: 'Follow-ups an interviewer asks next' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Answer before reading' })).toBeHidden();
  await page.getByRole('navigation', { name: 'Previous and next question' }).getByRole('link').last().click();
  await expect(page.getByRole('button', { name: 'Interviewer view' })).toHaveAttribute('aria-pressed', 'true');
  await expect(guide(page).getByRole('heading', { name: 'A strong answer covers' })).toBeVisible();
});

test.describe('search', () => {
  test.describe.configure({ timeout: 60_000 });
  const results = (page: Page) => page.getByRole('main').getByRole('list', { name: 'Matching questions' }).getByRole('link');

  test('finds a question by a concept only its guide names', async ({ page }) => {
    // "Goodhart" appears in no question text, only in guides.
    await page.goto('/search/?q=goodhart');
    await expect(results(page).first()).toBeVisible();
    await expect(results(page)).toContainText(['How do proxy objectives diverge from intended behavior?']);
  });

  test('lists questions of either of two chosen topics', async ({ page }) => {
    await page.goto('/search/?topic=dpo');
    const summary = page.getByRole('main').locator('pagefind-summary');
    await expect(summary).toHaveText(/^\d+ questions?$/);
    const one = Number((await summary.textContent())!.match(/\d+/)![0]);
    await page.goto('/search/?topic=dpo&topic=precision');
    await expect(summary).toHaveText(/^\d+ questions$/);
    const either = Number((await summary.textContent())!.match(/\d+/)![0]);
    expect(either).toBeGreaterThan(one);
  });
});
