/**
 * The guide offline and installed: after one visit the whole site works with no network (pages
 * never opened, search, writing answers, reloading), at the root and under a path prefix; a new
 * deployment is offered quietly and never while text is unsaved; Chromium finds the site installable.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { PREFIX, prefixPort } from '../../playwright.config';
import { writeServiceWorker } from '../../scripts/precache.mjs';
import { KEY, openAnswer, writeAnswer } from './helpers/answers';
import { deployCopy } from './helpers/deployment';
import { sections } from './helpers/syllabus';

test.use({ serviceWorkers: 'allow' });
// The first visit downloads the whole site in the background.
test.describe.configure({ timeout: 120_000 });

const notice = (page: Page) => page.getByRole('status').filter({ hasText: 'A new version is ready' });
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the questions' });
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** Waits until the service worker has saved the whole site and serves the page. */
async function offlineReady(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
}

async function searchFor(page: Page, term: string): Promise<void> {
  await page.waitForLoadState(); // The shortcut is the page's script: a learner presses it once the page has loaded.
  await page.keyboard.press('Control+k');
  await page.keyboard.type(term);
  await expect(dialog(page).getByRole('list', { name: 'Matching questions' }).getByRole('link', { name: 'When would you choose GRPO over DPO?' })).toBeVisible();
  await page.keyboard.press('Escape');
}

for (const [where, base] of [
  ['at the root', '/'],
  ['under a path prefix', `http://localhost:${prefixPort}${PREFIX}`],
] as const) {
  test(`after one visit ${where}, the guide works with no network`, async ({ page, context }) => {
    await page.goto(base);
    await offlineReady(page);
    await context.setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);

    // A section and a question never opened.
    const section = sections[2]!;
    const first = section.tiers[0]!.questions[0]!;
    await page.locator('.section-card a', { hasText: section.title }).click();
    await expect(heading(page)).toHaveText(section.title);
    await page.locator('.question-text a', { hasText: first.plain }).first().click();
    await expect(heading(page)).toHaveText(first.plain);

    await searchFor(page, 'DPO');

    await writeAnswer(page, 'before', 'Written on a plane.');
    await page.reload();
    await expect(heading(page)).toHaveText(first.plain);
    await expect(await openAnswer(page, 'before')).toHaveValue('Written on a plane.');

    // The search page, opened from a bookmark; an address the guide does not have.
    const site = new URL(base, page.url()).href;
    await page.goto(`${site}search/?q=dpo`);
    await expect(page.getByRole('link', { name: 'When would you choose GRPO over DPO?' })).toBeVisible();
    await page.goto(`${site}questions/no-such-question/`);
    await expect(heading(page)).toHaveText('This page isn’t here');
  });
}

/** A new version of the built site in `dir`: one page's title changed, sw.js regenerated as the build does. */
async function deployChangedPage(dir: string): Promise<void> {
  const file = join(dir, 'questions/grpo-vs-dpo/index.html');
  const html = readFileSync(file, 'utf8');
  const changed = html.replace(/(<h1[^>]*>)When would you choose GRPO over DPO\?/, '$1When would you choose GRPO over DPO? (revised)');
  expect(changed).not.toBe(html);
  writeFileSync(file, changed);
  await writeServiceWorker(dir);
}

test('a new version: the open page keeps working, the notice waits for unsaved text, Reload shows the change', async ({ page }) => {
  const site = await deployCopy('dist');
  try {
    const url = `${site.origin}/questions/grpo-vs-dpo/`;
    await page.goto(url);
    await offlineReady(page);
    // Caches the update must delete (this site's, from an older version or scheme) and one it must
    // leave alone (another site on the same origin).
    const stale = `${url}?__rev=000000000000`;
    await page.evaluate(async (stale) => {
      await caches.open('training-roles-guide:/:precache-v0');
      await caches.open('training-roles-guide:/other-guide/:precache-v1');
      await (await caches.open('training-roles-guide:/:precache-v1')).put(stale, new Response('an older version'));
    }, stale);

    // Saving fails for now, so what the learner types stays unsaved.
    await page.evaluate((key) => {
      const setItem = Storage.prototype.setItem;
      Object.assign(window, { restoreStorage: () => (Storage.prototype.setItem = setItem) });
      Storage.prototype.setItem = function (k: string, v: string) {
        if (k === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return setItem.call(this, k, v);
      };
    }, KEY);
    const box = await openAnswer(page, 'before');
    const status = page.locator('details[data-field="before"] [data-save-status]');
    await box.fill('A reward model scores whole answers.');
    await box.blur();
    await expect(status).toContainText('Not saved');
    await expect(page.locator('saved-text-field[data-unsaved]')).toHaveCount(1);

    // No news yet: the notice's status region is not even in the accessibility tree.
    await expect(page.locator('update-notice')).toHaveJSProperty('hidden', true);

    // A deployment with this page changed; the page looks for it when the learner comes back to the tab.
    await deployChangedPage(site.dir);
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await expect(page.locator('update-notice[data-update-waiting]'), 'the page has heard of the new version').toHaveCount(1);
    await expect(notice(page), 'unsaved text: no notice').toBeHidden();

    // Saving works again; the learner writes on, and the notice waits while they write.
    await page.evaluate(() => (window as unknown as { restoreStorage: () => void }).restoreStorage());
    await box.focus();
    await box.press('End');
    await box.pressSequentially(' DPO needs only pairs.');
    await expect(status).toContainText('Saved');
    await expect(page.locator('saved-text-field[data-unsaved]')).toHaveCount(0);
    await expect(notice(page), 'writing: no notice').toBeHidden();
    const before = await heading(page).boundingBox();
    await box.blur();
    await expect(notice(page)).toBeVisible();
    expect(await heading(page).boundingBox(), 'the notice does not move the page').toEqual(before);

    // The open page is still the version it loaded, and still works: search loads its code now.
    await expect(heading(page)).toHaveText('When would you choose GRPO over DPO?');
    await searchFor(page, 'DPO');

    await notice(page).getByRole('button', { name: 'Reload' }).click();
    await expect(heading(page)).toHaveText('When would you choose GRPO over DPO? (revised)');
    await expect(notice(page)).toBeHidden();
    await expect(await openAnswer(page, 'before')).toHaveValue('A reward model scores whole answers. DPO needs only pairs.');

    const cached = await page.evaluate(async () => ({
      names: (await caches.keys()).sort(),
      keys: (await (await caches.open('training-roles-guide:/:precache-v1')).keys()).map((request) => request.url),
    }));
    expect(cached.names).toEqual(['training-roles-guide:/:precache-v1', 'training-roles-guide:/other-guide/:precache-v1']);
    const versions = cached.keys.filter((key) => key.startsWith(`${url}?__rev=`));
    expect(versions, 'this version and the one before, not older ones').toHaveLength(2);
    expect(versions).not.toContain(stale);
  } finally {
    await site.close();
  }
});

test('Chromium finds the guide installable under a path prefix, with its manifest and icons inside the prefix', async ({ page }) => {
  await page.goto(`http://localhost:${prefixPort}${PREFIX}`);
  await offlineReady(page);
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Test contexts are incognito, where Chromium never installs; it still reports every other reason.
  expect(installabilityErrors.filter((error) => error.errorId !== 'in-incognito')).toEqual([]);
  const { url, errors, data } = await cdp.send('Page.getAppManifest', {});
  expect(errors).toEqual([]);
  expect(new URL(url).pathname).toBe(`${PREFIX}manifest.webmanifest`);
  const manifest = JSON.parse(data ?? '{}') as { start_url: string; scope: string; icons: { src: string }[] };
  expect([manifest.start_url, manifest.scope]).toEqual([PREFIX, PREFIX]);
  for (const icon of manifest.icons) {
    expect(icon.src.startsWith(PREFIX), icon.src).toBe(true);
    const response = await page.request.get(`http://localhost:${prefixPort}${icon.src}`);
    expect(response.headers()['content-type']).toBe('image/png');
  }
});
