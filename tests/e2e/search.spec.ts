/**
 * The header's search dialog: keyboard-first (Ctrl/⌘+K, "/", arrows, Enter, Escape), built from
 * Pagefind's own components. (That they load only when opened is checked by npm run bench.)
 */
import { expect as baseExpect, test, type Page } from '@playwright/test';

// Search loads Pagefind's UI and index on first use: allow for a slow, busy machine.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 60_000 });

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the questions' });
const searchBox = (page: Page) => dialog(page).getByRole('searchbox');
const results = (page: Page) => dialog(page).getByRole('list', { name: 'Matching questions' }).getByRole('link');

test.describe('the search dialog', () => {
  test('Ctrl+K focuses the search box; typing shows results; Enter opens the first', async ({ page }) => {
    await page.goto('/sections/data/');
    await page.keyboard.press('Control+k');
    await expect(searchBox(page)).toBeFocused();

    await page.keyboard.type('GRPO');
    await expect(results(page).first()).toHaveText('When would you choose GRPO over DPO?');
    const first = dialog(page).locator('.search-result').first();
    await expect(first.locator('.search-result-where')).toHaveText('Post-training & preference optimization · Interview-style / real-world');
    await expect(first.locator('mark', { hasText: 'GRPO' }).first()).toBeVisible();

    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/questions/grpo-vs-dpo/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('When would you choose GRPO over DPO?');
  });

  test('Enter pressed as a new query is typed opens that query’s first result, not the last query’s', async ({ page }) => {
    await page.goto('/sections/data/');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('dpo');
    await expect(results(page).first()).toHaveText('When would you choose GRPO over DPO?');

    // From here results arrive slowly, as on a slow connection: when Enter is pressed, the list
    // still shows the results for "dpo" (or nothing yet), whatever the speed of this machine.
    await page.route('**/pagefind/fragment/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    await page.keyboard.press('Control+a');
    await page.keyboard.type('fsdp', { delay: 60 });
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/questions\//);
    const opened = (await page.getByRole('heading', { level: 1 }).textContent())!;

    await page.unrouteAll();
    await page.goto('/search/?q=fsdp');
    await expect(page.getByRole('main').getByRole('list', { name: 'Matching questions' }).getByRole('link').first()).toHaveText(opened);
  });

  test('a query of only spaces is no query', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('dpo');
    await expect(results(page).first()).toBeVisible();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('   ');
    await expect(dialog(page).locator('pagefind-summary')).toHaveText('Type a word, or pick a section, tier or topic to list its questions.');
    await expect(results(page)).toHaveCount(0);
  });

  test('arrow keys move through the results and Enter follows the chosen one', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.type('DPO');
    await expect(results(page).first()).toBeVisible();
    const titles = await results(page).allTextContents();
    expect(titles.length).toBeGreaterThan(2);

    await page.keyboard.press('ArrowDown');
    await expect(results(page).nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(results(page).nth(1)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles[1]!);
  });

  test('"/" opens search when the learner is not typing', async ({ page }) => {
    await page.goto('/topics/');
    await page.keyboard.press('/');
    await expect(searchBox(page)).toBeFocused();
  });

  test('"/" typed in an answer box stays in the box', async ({ page }) => {
    await page.goto('/questions/grpo-vs-dpo/');
    const answer = page.getByRole('textbox', { name: /Answer before reading/ });
    await answer.click();
    await page.keyboard.type('SFT/DPO and/or GRPO');
    await expect(answer).toHaveValue('SFT/DPO and/or GRPO');
    await expect(answer).toBeFocused();
    await expect(dialog(page)).toBeHidden();

    // The same inside the search box itself.
    await page.keyboard.press('Control+k');
    await page.keyboard.type('dpo/grpo');
    await expect(searchBox(page)).toHaveValue('dpo/grpo');
  });

  test('Escape closes the dialog and returns focus where it was', async ({ page }) => {
    await page.goto('/sections/post-training/');
    const trigger = page.getByRole('button', { name: 'Search' });
    await trigger.focus();
    await page.keyboard.press('Enter');
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.type('reward');
    await expect(results(page).first()).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(trigger).toBeFocused();

    // Reopened with Ctrl+K from the page, the search is still there.
    await page.keyboard.press('Control+k');
    await expect(searchBox(page)).toHaveValue('reward');
  });

  test('the Close button and a click outside the dialog close it', async ({ page }) => {
    await page.goto('/sections/post-training/');
    const trigger = page.getByRole('button', { name: 'Search' });
    await trigger.click();
    await expect(searchBox(page)).toBeFocused();
    await dialog(page).getByRole('button', { name: /Close/ }).click();
    await expect(dialog(page)).toBeHidden();
    await expect(trigger).toBeFocused();

    await trigger.click();
    await expect(searchBox(page)).toBeFocused();
    await page.mouse.click(5, 5); // the backdrop, outside the dialog's box
    await expect(dialog(page)).toBeHidden();
  });

  test('filters list every matching question with no query, and narrow a query', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Control+k');
    await dialog(page).getByRole('combobox', { name: 'Tier' }).click();
    await dialog(page).getByRole('option', { name: /^Interview-style/ }).click();
    await expect(dialog(page).getByText(/^\d+ questions$/)).toBeVisible();
    await expect(results(page).first()).toBeVisible();

    await searchBox(page).fill('DPO');
    await expect(results(page).first()).toHaveText('When would you choose GRPO over DPO?');
    // The link to the search page carries the search, to bookmark or share.
    await expect(dialog(page).getByRole('link', { name: /bookmark/ })).toHaveAttribute('href', '/search/?q=DPO&tier=interview');
  });

  test('on a phone, a filter menu opens inside the dialog', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto('/');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(searchBox(page)).toBeFocused();
    for (const filter of ['Section', 'Tier', 'Topics']) {
      await dialog(page).getByRole('combobox', { name: filter }).click();
      const menu = dialog(page).getByRole('listbox');
      await expect(menu).toBeVisible();
      const [box, frame] = [await menu.boundingBox(), await dialog(page).boundingBox()];
      expect(box!.x, filter).toBeGreaterThanOrEqual(frame!.x);
      expect(box!.x + box!.width, filter).toBeLessThanOrEqual(frame!.x + frame!.width);
      await page.keyboard.press('Escape');
      await expect(menu).toBeHidden();
    }
  });

  test('says so when search cannot load, instead of failing silently', async ({ page }) => {
    // As in `npm run dev` (no index), or offline.
    await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto('/');
    await page.keyboard.press('Control+k');
    await expect(dialog(page).getByRole('status')).toContainText('Search could not load');
  });

  test('says so when its code cannot load, and loads when opened again', async ({ page }) => {
    // Offline once the page has loaded: code that loads on first use cannot arrive.
    let offline = false;
    await page.route('**/_astro/**', (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    offline = true;
    await page.keyboard.press('Control+k');
    await expect(dialog(page).getByRole('status')).toHaveText('Search could not load (are you offline?). Close and reopen to try again.');

    offline = false;
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await page.keyboard.press('Control+k');
    await page.keyboard.type('reward');
    await expect(results(page).first()).toBeVisible();
  });
});

test('"/" typed in a text field stays in the field', async ({ page }) => {
  await page.goto('/search/');
  const box = page.getByRole('main').getByRole('searchbox');
  await expect(box).toBeFocused();
  await page.keyboard.type('a/b');
  await expect(box).toHaveValue('a/b');
  await expect(dialog(page)).toBeHidden();
});
