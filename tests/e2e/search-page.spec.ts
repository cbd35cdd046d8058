/**
 * The /search/ page: its address carries the query and filters, so a search can be bookmarked,
 * shared and stepped back through; topic pages link into it.
 */
import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import { PREFIX, prefixPort } from '../../playwright.config';
import { TIERS } from '../../src/lib/syllabusSchema';
import { questionCount, questions, questionsTagged, sections, topics } from './helpers/syllabus';

// Search loads Pagefind's UI and index on first use: allow for a slow, busy machine.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 60_000 });

const main = (page: Page) => page.getByRole('main');
const results = (page: Page) => main(page).getByRole('list', { name: 'Matching questions' }).getByRole('link');
/** The count above the results (results below the fold load as they scroll into view). */
const summary = (page: Page) => main(page).locator('pagefind-summary');
/** A filter menu's options as a screen reader names them: "DPO, 5 results". */
const menuOptions = async (page: Page, menu: 'Section' | 'Tier' | 'Topics') => {
  await main(page).getByRole('combobox', { name: new RegExp(`^${menu}`) }).click();
  const options = main(page).getByRole('listbox').getByRole('option');
  await expect(options.first()).toBeVisible();
  return options;
};
const optionNames = (options: Locator) => options.evaluateAll((all) => all.map((option) => option.getAttribute('aria-label')));
const option = (label: string, count: number) => `${label}, ${count} ${count === 1 ? 'result' : 'results'}`;

test.describe('the search page', () => {
  test('opens the search its address describes', async ({ page }) => {
    await page.goto('/search/?q=dpo&tier=interview');
    await expect(main(page).getByRole('searchbox')).toHaveValue('dpo');
    await expect(main(page).getByRole('combobox', { name: /^Tier, 1 filter selected/ })).toBeVisible();
    await expect(main(page).getByText('Filtered to Interview-style / real-world')).toBeVisible();
    await expect(results(page).first()).toHaveText('When would you choose GRPO over DPO?');
  });

  test('with filters and no query, lists every matching question', async ({ page }) => {
    await page.goto('/search/?tier=interview');
    await expect(summary(page)).toHaveText(`${questionCount('interview')} questions`);
    await expect(results(page).first()).toBeVisible();
  });

  test('writes the search into the address as the learner types and filters; Back undoes a filter', async ({ page }) => {
    await page.goto('/search/');
    const box = main(page).getByRole('searchbox');
    await expect(box).toBeFocused();
    await page.keyboard.type('reward');
    await expect(page).toHaveURL('/search/?q=reward');
    await expect(summary(page)).toHaveText(/^\d+ questions match “reward”$/);
    const all = await summary(page).textContent();

    await main(page).getByRole('combobox', { name: 'Tier' }).click();
    await main(page).getByRole('option', { name: /^Deep understanding/ }).click();
    await expect(page).toHaveURL('/search/?q=reward&tier=deep');
    await expect(summary(page)).not.toHaveText(all!);
    await expect(results(page).first()).toBeVisible();

    await page.goBack();
    await expect(page).toHaveURL('/search/?q=reward');
    await expect(summary(page)).toHaveText(all!);
    await expect(main(page).getByRole('combobox', { name: 'Tier' })).toBeVisible();
    await expect(box).toHaveValue('reward');
  });

  test('with a section chosen, the menus list every section and tier, in syllabus order and with true counts, to switch to another', async ({ page }) => {
    const inSection = (slug: string) => questions.filter((q) => q.section.slug === slug);
    await page.goto('/search/?section=data');
    await expect(summary(page)).toHaveText(`${inSection('data').length} questions`);

    const tiers = await menuOptions(page, 'Tier');
    expect(await optionNames(tiers)).toEqual(TIERS.map((tier) => option(tier.label, inSection('data').filter((q) => q.tier === tier.key).length)));
    await page.keyboard.press('Escape');

    // Choosing another section replaces the one chosen, so each counts its own questions.
    const sectionOptions = await menuOptions(page, 'Section');
    expect(await optionNames(sectionOptions)).toEqual(sections.map((section) => option(section.short, inSection(section.slug).length)));
    await main(page).getByRole('option', { name: /^Training dynamics at scale,/ }).click();
    await expect(page).toHaveURL('/search/?section=training-dynamics');
    await expect(summary(page)).toHaveText(`${inSection('training-dynamics').length} questions`);
  });

  test('with a topic chosen, the Topics menu counts every topic’s questions, and another topic adds its own', async ({ page }) => {
    await page.goto('/search/?topic=dpo');
    await expect(summary(page)).toHaveText(`${questionsTagged('dpo').length} questions`);
    const topicOptions = await menuOptions(page, 'Topics');
    const byTitle = [...topics].sort((a, b) => a.title.localeCompare(b.title));
    expect(await optionNames(topicOptions)).toEqual(byTitle.map((topic) => option(topic.title, questionsTagged(topic.id).length)));

    await main(page).getByRole('option', { name: /^RLHF & policy optimization,/ }).click();
    await expect(page).toHaveURL('/search/?topic=dpo&topic=rlhf');
    const either = questions.filter((q) => q.topics.includes('dpo') || q.topics.includes('rlhf'));
    await expect(summary(page)).toHaveText(`${either.length} questions`);
  });

  test('comes back with its search after the learner opens a result', async ({ page }) => {
    await page.goto('/search/?q=grpo');
    await results(page).first().click();
    await expect(page).toHaveURL('/questions/grpo-vs-dpo/');
    await page.goBack();
    await expect(main(page).getByRole('searchbox')).toHaveValue('grpo');
    await expect(results(page).first()).toHaveText('When would you choose GRPO over DPO?');
  });

  test('takes the header shortcut itself, instead of opening the dialog', async ({ page }) => {
    await page.goto('/search/?q=dpo');
    await expect(results(page).first()).toBeVisible();
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('/');
    await expect(main(page).getByRole('searchbox')).toBeFocused();
    await expect(page.getByRole('dialog')).toBeHidden();
  });

  test('each topic page links to the search filtered by its topic', async ({ page }) => {
    await page.goto('/topics/dpo/');
    await page.getByRole('link', { name: 'Search within this topic' }).click();
    await expect(page).toHaveURL('/search/?topic=dpo');
    await expect(summary(page)).toHaveText(`${questionsTagged('dpo').length} questions`);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('says that search needs JavaScript and points to the topics', async ({ page }) => {
      await page.goto('/search/?q=dpo');
      // Playwright's text and role engines skip <noscript>, so the message is found by its class.
      const message = page.locator('.needs-js');
      await expect(message).toBeVisible();
      await expect(message).toContainText('Search runs in your browser and needs JavaScript');
      await message.locator('a', { hasText: 'browse the questions by topic' }).click();
      await expect(page).toHaveURL('/topics/');
    });

    test('the header offers search as a link to the search page', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('banner').getByRole('link', { name: 'Search' })).toHaveAttribute('href', '/search/');
    });
  });
});

test.describe('the search page under a path prefix', () => {
  test.use({ baseURL: `http://localhost:${prefixPort}` });

  test('keeps its address, results and topic links inside the prefix', async ({ page }) => {
    await page.goto(`${PREFIX}topics/dpo/`);
    await page.getByRole('link', { name: 'Search within this topic' }).click();
    await expect(page).toHaveURL(`${PREFIX}search/?topic=dpo`);
    await expect(summary(page)).toHaveText(/^\d+ questions$/); // search has loaded: the box is Pagefind's own
    await main(page).getByRole('searchbox').fill('grpo');
    await expect(page).toHaveURL(`${PREFIX}search/?q=grpo&topic=dpo`);
    await expect(results(page).first()).toHaveText('When would you choose GRPO over DPO?');
    await expect(results(page).first()).toHaveAttribute('href', `${PREFIX}questions/grpo-vs-dpo/`);
  });
});
