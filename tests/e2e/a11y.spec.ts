/**
 * Accessibility audits (axe), one per page kind and colour scheme, and one per interactive state
 * a learner reaches: answer panels open, the guide open, the search dialog with a filter menu,
 * print options open, a practice session and what it leaves on home and the question page. Other
 * specs test behaviour; the audits live here.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { FIRST, SECTION, openAnswer, question, writeAnswer } from './helpers/answers';

async function violations(page: Page, include = 'body') {
  const { violations } = await new AxeBuilder({ page }).include(include).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const pages = {
  home: '/',
  section: '/sections/evaluation/',
  question: '/questions/grpo-vs-dpo/',
  topics: '/topics/',
  topic: '/topics/dpo/',
  answers: '/answers/',
  practice: '/practice/',
  search: '/search/?q=reward',
  'not found': '/no-such-page/',
};

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [kind, path] of Object.entries(pages)) {
    test(`axe finds no violation on the ${kind} page in ${colorScheme}`, async ({ page }) => {
      test.slow(); // axe is CPU-heavy on a loaded machine
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      expect(await violations(page)).toEqual([]);
    });
  }
}

test.describe('interactive states', () => {
  test.slow();

  test('answer panels open, with an answer written, and the section toolbar', async ({ page }) => {
    await page.goto(SECTION);
    await writeAnswer(question(page, FIRST), 'before', 'x');
    await openAnswer(question(page, FIRST), 'after');
    expect(await violations(page, 'main')).toEqual([]);
  });

  test('the answer guide open, in light and dark', async ({ page }) => {
    await page.goto('/questions/grpo-vs-dpo/');
    await page.locator('details[data-guide] > summary').click();
    expect(await violations(page, 'main')).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await violations(page, 'main')).toEqual([]);
  });

  test('the answers page with saved work', async ({ page }) => {
    await page.goto(SECTION);
    await writeAnswer(question(page, FIRST), 'before', 'x');
    await page.goto('/answers/');
    await expect(page.locator('.answer-group')).toHaveCount(1);
    expect(await violations(page, 'main')).toEqual([]);
  });

  test('the search dialog with results, and with a filter menu open', async ({ page }) => {
    await page.goto('/questions/grpo-vs-dpo/');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('reward');
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('list', { name: 'Matching questions' }).getByRole('link').first()).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await dialog.getByRole('combobox', { name: 'Topics' }).click();
    await expect(dialog.getByRole('listbox')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('a practice session: a question with its timer, guide and ratings, then the summary, in light and dark', async ({ page }) => {
    const bothSchemes = async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        expect(await violations(page, 'main'), colorScheme).toEqual([]);
      }
    };
    await page.goto('/practice/');
    await page.getByLabel('How many questions').fill('1');
    await page.getByRole('radio', { name: '2 min' }).check();
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.getByRole('timer')).toBeVisible();
    await bothSchemes();
    await page.getByRole('button', { name: 'Show the guide' }).click();
    await page.locator('[data-points]').getByRole('checkbox').first().check();
    await bothSchemes();
    await page.getByRole('button', { name: /^Again/ }).click();
    await expect(page.getByRole('heading', { name: 'Session done' })).toBeVisible();
    await bothSchemes();

    await page.goto('/');
    await expect(page.locator('review-due')).toContainText('Next: 1 question tomorrow');
    expect(await violations(page, 'main')).toEqual([]);
    await page.goto('/practice/');
    await page.getByLabel('My interview is on').fill('2030-01-18');
    await expect(page.locator('[data-interview-plan]')).toContainText('days to go');
    expect(await violations(page, 'main')).toEqual([]);
  });

  test('the practice history open on a question page', async ({ page }) => {
    await page.goto('/questions/grpo-vs-dpo/');
    await page.getByRole('link', { name: 'Practise this question' }).click();
    await page.getByRole('button', { name: 'I answered aloud' }).click();
    await page.getByRole('button', { name: /^Hard/ }).click();
    await page.goto('/questions/grpo-vs-dpo/');
    await page.locator('practice-history summary').click();
    await expect(page.locator('practice-history').getByRole('row')).toHaveCount(2);
    expect(await violations(page, 'main')).toEqual([]);
  });

  for (const [path, colorScheme] of [[SECTION, 'light'], [SECTION, 'dark'], ['/checklist/', 'light']] as const) {
    test(`print options open: ${path} in ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await page.locator('print-options details > summary').first().click();
      await expect(page.getByRole('checkbox', { name: 'Include answer guides' }).first()).toBeEnabled();
      expect(await violations(page, 'main')).toEqual([]);
    });
  }
});
