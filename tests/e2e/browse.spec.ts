import { expect, test } from '@playwright/test';
import { questions, sections, topics } from './helpers/syllabus';

test('the home page lists the 13 sections with their question counts per tier', async ({ page }) => {
  await page.goto('/');
  const cards = page.locator('.section-card');
  await expect(cards).toHaveCount(13);
  for (const [i, section] of sections.entries()) {
    const card = cards.nth(i);
    await expect(card.getByRole('heading')).toHaveText(`${section.order}. ${section.title}`);
    for (const tier of section.tiers) {
      await expect(card.locator('dl div', { hasText: tier.label }).locator('dd')).toHaveText(String(tier.questions.length));
    }
  }
  await expect(page.getByRole('heading', { name: 'How to use these questions' })).toBeVisible();
});

for (const section of sections) {
  test(`section ${section.order} shows all its questions verbatim, once, under the three tiers`, async ({ page }) => {
    await page.goto(`/sections/${section.slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(section.title);
    for (const tier of section.tiers) {
      const block = page.locator(`section[data-tier="${tier.key}"]`);
      await expect(block.getByRole('heading', { level: 2 })).toHaveText(tier.label);
      await expect(block.locator('.question-text')).toHaveText(tier.questions.map((q) => q.plain));
    }
    await expect(page.locator('.question-text')).toHaveCount(section.tiers.reduce((n, t) => n + t.questions.length, 0));
  });
}

test('a section page links to its neighbours and marks itself in the navigation', async ({ page }) => {
  const [first, second] = sections;
  await page.goto(`/sections/${second!.slug}/`);
  await expect(page.getByRole('navigation', { name: 'Sections', exact: true }).getByRole('link', { name: second!.short })).toHaveAttribute('aria-current', 'page');
  await page.getByRole('navigation', { name: 'Previous and next section' }).getByRole('link', { name: /Previous/ }).click();
  await expect(page).toHaveURL(new RegExp(`/sections/${first!.slug}/$`));
  await page.getByRole('navigation', { name: 'Previous and next section' }).getByRole('link', { name: /Next/ }).click();
  await expect(page).toHaveURL(new RegExp(`/sections/${second!.slug}/$`));
});

test('a question links from its section to its own page, and on to its topics and neighbours', async ({ page }) => {
  const question = questions.find((q) => q.id === 'grpo-vs-dpo')!;
  await page.goto(`/sections/${question.section.slug}/`);
  await page.getByRole('link', { name: question.plain }).click();
  await expect(page).toHaveURL(/\/questions\/grpo-vs-dpo\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(question.plain);
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Interview-style / real-world');

  const index = questions.indexOf(question);
  await page.locator('.pager a[rel=next]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(questions[index + 1]!.plain);
  await page.locator('.pager a[rel=prev]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(question.plain);

  const topic = topics.find((t) => t.id === question.topics[0])!;
  await page.getByRole('list', { name: 'Topics' }).getByRole('link', { name: topic.title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(topic.title);
  await expect(page.getByRole('link', { name: question.plain })).toBeVisible();
});

test('a topic page lists every question with that topic, grouped by section', async ({ page }) => {
  await page.goto('/topics/');
  await expect(page.locator('.topic-list > li')).toHaveCount(topics.length);
  for (const topic of topics.slice(0, 6)) {
    await page.goto(`/topics/${topic.id}/`);
    const expected = questions.filter((q) => q.topics.includes(topic.id));
    await expect(page.locator('.group li a')).toHaveText(expected.map((q) => q.plain));
  }
});

test('a mistyped address gets a helpful 404 page', async ({ page }) => {
  const response = await page.goto('/sections/no-such-section/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page isn’t here');
  await page.getByRole('main').getByRole('link', { name: sections[2]!.title }).click();
  await expect(page).toHaveURL(new RegExp(`/sections/${sections[2]!.slug}/$`));
});

test('on a phone, the section list is one tap away in the menu', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  const menu = page.getByRole('navigation', { name: 'Sections menu' });
  await expect(menu).toBeHidden();
  await page.locator('summary', { hasText: 'Menu' }).click();
  await menu.getByRole('link', { name: sections[4]!.short }).click();
  await expect(page).toHaveURL(new RegExp(`/sections/${sections[4]!.slug}/$`));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('pages make no request to another origin', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(baseURL!) && !request.url().startsWith('data:')) foreign.push(request.url());
  });
  for (const path of ['/', '/sections/data/', '/questions/grpo-vs-dpo/', '/topics/dpo/']) {
    await page.goto(path, { waitUntil: 'networkidle' });
  }
  expect(foreign).toEqual([]);
});
