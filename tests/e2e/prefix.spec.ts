import { expect, test } from '@playwright/test';
import { PREFIX, prefixPort } from '../../playwright.config';

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
