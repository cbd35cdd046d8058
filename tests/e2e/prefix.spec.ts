import { expect, test } from '@playwright/test';
import { PREFIX, prefixPort } from '../../playwright.config';
import { FIRST, question, writeAnswer } from './helpers/answers';
import { readPdf } from './helpers/pdf';

const origin = `http://localhost:${prefixPort}`;

test('a build under a path prefix has no broken link or asset, never leaves the prefix, and titles every page', async ({ request }) => {
  test.setTimeout(120_000);
  const seen = new Set<string>();
  const queue = [`${PREFIX}`];
  const broken: string[] = [];
  const outside: string[] = [];
  const untitled: string[] = [];
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const response = await request.get(origin + path);
    if (!response.ok()) {
      broken.push(`${path} (${response.status()})`);
      continue;
    }
    if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
    const html = await response.text();
    if (!/<title>[^<]+<\/title>/.test(html) || !/<meta name="description" content="[^"]+"/.test(html)) untitled.push(path);
    for (const [, url] of html.matchAll(/(?:href|src)="([^"#?]*)[^"]*"/g)) {
      // Skip external links and the placeholders of Pagefind's result templates ({{ meta.url }}).
      if (!url || /^(https?:|mailto:|data:)/.test(url) || url.includes('{{')) continue;
      const resolved = new URL(url, origin + path).pathname;
      if (!resolved.startsWith(PREFIX)) outside.push(`${path} → ${url}`);
      else if (!seen.has(resolved)) queue.push(resolved);
    }
  }
  expect(outside).toEqual([]);
  expect(broken).toEqual([]);
  expect(untitled, 'pages without a title or meta description').toEqual([]);
  expect(seen.size).toBeGreaterThan(180);
});

test('pages under the prefix link to each other', async ({ page }) => {
  await page.goto(`${origin}${PREFIX}`);
  await page.locator('.section-card a').first().click();
  await expect(page).toHaveURL(`${origin}${PREFIX}sections/post-training/`);
  await page.locator('.question-text a').first().click();
  await expect(page).toHaveURL(`${origin}${PREFIX}questions/post-training-purpose/`);
});

test('the sitemap lists the pages under the prefix', async ({ request }) => {
  const index = await request.get(`${origin}${PREFIX}sitemap-index.xml`);
  expect(index.ok()).toBe(true);
  const sitemap = await request.get(`${origin}${PREFIX}sitemap-0.xml`);
  expect(await sitemap.text()).toContain(`${PREFIX}questions/grpo-vs-dpo/</loc>`);
});

test.describe('under the prefix, the learner’s tools stay inside it', () => {
  test.use({ baseURL: origin });

  test('answers, the diff worker and the answers page', async ({ page }) => {
    test.slow();
    await page.goto(`${PREFIX}sections/post-training/`);
    await writeAnswer(question(page, FIRST), 'before', 'answered under a prefix');
    await writeAnswer(question(page, FIRST), 'after', 'refined under a prefix');
    await question(page, FIRST).locator('[data-what-changed] > summary').click();
    await expect(question(page, FIRST).locator('[data-diff] ins')).toContainText('refined'); // the worker loads under the prefix
    await page.getByRole('navigation', { name: 'Sections', exact: true }).getByRole('link', { name: 'Answers', exact: true }).click();
    await expect(page).toHaveURL(`${PREFIX}answers/`);
    await expect(page.locator('answered-list .answer-text')).toHaveText(['answered under a prefix', 'refined under a prefix']);
    await page.locator('answered-list').getByRole('link', { name: /What problem is post-training solving/ }).click();
    await expect(page).toHaveURL(`${PREFIX}sections/post-training/#${FIRST}`);
  });

  test('the printed address and the checklist link', async ({ page }) => {
    await page.goto(PREFIX);
    await page.getByRole('link', { name: /printable checklist/ }).click();
    await expect(page).toHaveURL(`${PREFIX}checklist/`);
    await page.goto(`${PREFIX}sections/evaluation/`);
    const { text } = await readPdf(await page.pdf({ format: 'A4' }));
    expect(text).toContain(`${origin}${PREFIX}sections/evaluation/`);
  });

  test('the search dialog loads its files and links its results', async ({ page }) => {
    await page.goto(`${PREFIX}sections/data/`);
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search the questions' });
    await expect(dialog.getByRole('searchbox')).toBeFocused();
    await page.keyboard.type('GRPO');
    const results = dialog.getByRole('list', { name: 'Matching questions' }).getByRole('link');
    await expect(results.first()).toHaveText('When would you choose GRPO over DPO?');
    await expect(results.first()).toHaveAttribute('href', `${PREFIX}questions/grpo-vs-dpo/`);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`${PREFIX}questions/grpo-vs-dpo/`);
  });
});
