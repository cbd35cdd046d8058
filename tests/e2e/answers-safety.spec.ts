import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { FIRST, KEY, SECTION, openAnswer, question, stored, storedRaw, writeAnswer } from './helpers/answers';

const PAYLOADS = {
  img: '<img src="x" onerror="window.__pwned = \'img\'">',
  script: '<script>window.__pwned = "script"</script>',
  svg: '<svg onload="window.__pwned = \'svg\'"></svg>',
};

async function expectInert(page: Page) {
  expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
  await expect(page.locator('main img, main svg[onload], main script:not([type])').filter({ hasText: /pwned/ })).toHaveCount(0);
  await expect(page.locator('main img[src="x"]')).toHaveCount(0);
}

test.describe('a stored value that cannot be read', () => {
  test('does not break the page: it is kept aside, the learner is told, and saving works again', async ({ page }) => {
    await page.goto(SECTION);
    await page.evaluate((key) => localStorage.setItem(key, '{"format":"training-roles-guide/answers","answers":{ broken'), KEY);
    await page.reload();

    await expect(page.getByRole('alert')).toContainText('could not be read');
    await expect(page.getByRole('alert')).toContainText('Nothing was deleted');
    const kept = await page.evaluate((key) => Object.keys(localStorage).filter((k) => k.startsWith(`${key}:unreadable:`)), KEY);
    expect(kept).toHaveLength(1);
    expect(await page.evaluate((k) => localStorage.getItem(k), kept[0]!)).toBe('{"format":"training-roles-guide/answers","answers":{ broken');

    await writeAnswer(question(page, FIRST), 'before', 'a fresh start');
    expect(JSON.parse((await storedRaw(page))!).answers[FIRST].before.text).toBe('a fresh start');
    await page.reload();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(await openAnswer(question(page, FIRST), 'before')).toHaveValue('a fresh start');
  });

  test('is listed on the answers page, to download and then remove', async ({ page }) => {
    await page.goto(SECTION);
    await page.evaluate((key) => localStorage.setItem(key, 'not an answers document'), KEY);
    await page.reload(); // sets it aside
    await page.goto('/answers/');
    const copies = page.getByRole('region', { name: 'Copies set aside' });
    await expect(copies.getByRole('listitem')).toHaveCount(1);
    await expect(copies.getByRole('listitem')).toContainText('Saved answers this browser could not read');
    await expect(copies.getByRole('button', { name: 'Remove from this browser' })).toHaveCount(0); // download first

    const [file] = await Promise.all([page.waitForEvent('download'), copies.getByRole('button', { name: 'Download' }).click()]);
    expect(file.suggestedFilename()).toMatch(/^training-roles-answers-unreadable-.+\.txt$/);
    expect(await readFile((await file.path())!, 'utf8')).toBe('not an answers document');
    await copies.getByRole('button', { name: 'Remove from this browser' }).click();
    await expect(page.locator('aside-copies')).toBeHidden();
    expect(await page.evaluate((key) => Object.keys(localStorage).filter((k) => k.startsWith(`${key}:`)), KEY)).toEqual([]);
  });
});

test.describe('a save that fails', () => {
  test('says so plainly, keeps the text in the box, and offers an export that has it', async ({ page }) => {
    await page.addInitScript((key) => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k: string, v: string) {
        if (k === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return setItem.call(this, k, v);
      };
    }, KEY);
    await page.goto(SECTION);
    const item = question(page, FIRST);
    const box = await openAnswer(item, 'before');
    await box.fill('too much to store');
    const status = item.locator('details[data-field="before"] [data-save-status]');
    await expect(status).toContainText('Not saved: this browser’s storage for the site is full.');
    await expect(status).toContainText('Your text is still here');
    await expect(box).toHaveValue('too much to store');

    // Leaving would lose it: the browser asks first, and staying keeps it.
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => {
        resolve(dialog.type());
        void dialog.dismiss();
      }),
    );
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    await expect(box).toHaveValue('too much to store');

    const offer = item.locator('details[data-field="before"]').getByRole('button', { name: 'Export JSON' });
    const [file] = await Promise.all([page.waitForEvent('download'), offer.click()]);
    const backup = JSON.parse(await readFile((await file.path())!, 'utf8'));
    expect(backup.answers[FIRST].before.text).toBe('too much to store');
  });

  test('is tried again at every leave until it succeeds: leaving the box, hiding the page, leaving the page', async ({ page }) => {
    test.slow();
    // Storage that is full while window.__full is true, as it is until the learner frees space.
    await page.addInitScript((key) => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k: string, v: string) {
        if (k === key && (window as { __full?: boolean }).__full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return setItem.call(this, k, v);
      };
    }, KEY);
    await page.goto(SECTION);
    const full = (on: boolean) => page.evaluate((value) => ((window as { __full?: boolean }).__full = value), on);
    const item = question(page, FIRST);
    const box = await openAnswer(item, 'before');
    const status = item.locator('details[data-field="before"] [data-save-status]');
    const failToSave = async (text: string) => {
      await full(true);
      await box.fill(text);
      await expect(status).toContainText('Not saved');
      await full(false); // the learner frees some space
    };

    await failToSave('saved when I leave the box');
    await box.blur();
    await expect(status).toHaveText(/^Saved/);
    expect((await stored(page)).answers[FIRST]?.before?.text).toBe('saved when I leave the box');

    await failToSave('saved when I switch tabs');
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expect(status).toHaveText(/^Saved/);
    expect((await stored(page)).answers[FIRST]?.before?.text).toBe('saved when I switch tabs');

    await failToSave('saved when I leave the page');
    await page.goto('/topics/');
    await page.goto(SECTION);
    await expect(await openAnswer(question(page, FIRST), 'before')).toHaveValue('saved when I leave the page');
  });

  test('says so when the page loads, when the browser does not let the site store anything', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
    });
    await page.goto(SECTION);
    await expect(page.getByRole('alert')).toContainText('so nothing you write here is kept after you leave this page');
    const item = question(page, FIRST);
    const box = await openAnswer(item, 'before');
    await box.fill('nowhere to go');
    await expect(item.locator('details[data-field="before"] [data-save-status]')).toContainText('not letting the site store anything');
    await expect(box).toHaveValue('nowhere to go');

    page.once('dialog', (dialog) => void dialog.accept()); // leaving loses the text: the browser asks
    await page.goto('/answers/');
    await expect(page.getByRole('alert')).toContainText('nothing you write here is kept');
    await expect(page.locator('main')).toContainText('This browser is not keeping your answers');
    await expect(page.locator('main')).not.toContainText('kept only in this browser');
  });
});

test.describe('markup in answers stays inert text', () => {
  test('on the section page, the question page, the answers page and in print', async ({ page }) => {
    test.slow();
    await page.goto(SECTION);
    const item = question(page, FIRST);
    await writeAnswer(item, 'before', `${PAYLOADS.img}\n${PAYLOADS.svg}`);
    await writeAnswer(item, 'after', `${PAYLOADS.script} ${PAYLOADS.img}`);
    await item.locator('[data-what-changed] > summary').click();
    await expect(item.locator('[data-diff]')).toContainText('window.__pwned = "script"</script>');
    await page.locator('[data-reading-notes] > summary').click();
    await page.getByRole('textbox', { name: /^Reading notes/ }).fill(PAYLOADS.img);
    await expect(page.locator('[data-reading-notes] [data-save-status]')).toHaveText(/^Saved/);
    await page.reload();
    await openAnswer(item, 'after');
    await item.locator('[data-what-changed] > summary').click();
    await expect(item.locator('[data-before-reference]')).toHaveText(`${PAYLOADS.img}\n${PAYLOADS.svg}`);
    await expect(page.locator(`.print-answers[data-answers-for="${FIRST}"] .print-answer-text`).first()).toHaveText(`${PAYLOADS.img}\n${PAYLOADS.svg}`);
    await expectInert(page);

    await page.goto(`/questions/${FIRST}/`);
    await expect(page.locator('[data-before-reference]')).toHaveText(`${PAYLOADS.img}\n${PAYLOADS.svg}`);
    await expectInert(page);

    await page.goto('/answers/');
    await expect(page.locator('.answer-text').filter({ hasText: PAYLOADS.script })).toHaveCount(1);
    await expectInert(page);
  });

  test('when it arrives in an imported file', async ({ page }) => {
    await page.goto('/answers/');
    const file = JSON.stringify({
      format: 'training-roles-guide/answers',
      version: 1,
      answers: { [FIRST]: { before: { text: PAYLOADS.img, updatedAt: 1 }, after: { text: PAYLOADS.script, updatedAt: 2 } } },
      notes: { 'post-training': { text: PAYLOADS.svg, updatedAt: 1 } },
    });
    await page.getByLabel('Import', { exact: true }).setInputFiles({ name: `${PAYLOADS.img}.json`, mimeType: 'application/json', buffer: Buffer.from(file) });
    await page.getByRole('button', { name: 'Merge into my answers' }).click();
    await expect(page.locator('.answer-text')).toHaveText([PAYLOADS.svg, PAYLOADS.img, PAYLOADS.script]);
    await expectInert(page);
    await page.goto(SECTION);
    await expect(question(page, FIRST).locator('details[data-field="before"] [data-preview]')).toHaveText(PAYLOADS.img);
    await expectInert(page);
  });
});

/**
 * The store loads after the page's first script where the browser holds saved work; until then
 * the page shows the empty state. Holding it back (the 'store' chunk, astro.config.mjs) makes that
 * moment long enough to act in.
 */
test.describe('acting before saved work has loaded', () => {
  const QUESTION_PAGE = '/questions/grpo-vs-dpo/';
  const at = Date.now() - 60_000;

  async function reloadWithStoreHeldBack(page: Page, document: object) {
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, JSON.stringify({
      format: 'training-roles-guide/answers', version: 3, answers: {}, picks: {}, notes: {}, covered: {}, attempts: {}, interview: null, lastBackupAt: null, ...document,
    })]);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/store\.[^/]+\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    await page.reload();
    return release;
  }

  test('an answer box takes no typing until it shows the saved answer, says so, and never types over it', async ({ page }) => {
    await page.goto(QUESTION_PAGE);
    const release = await reloadWithStoreHeldBack(page, { answers: { 'grpo-vs-dpo': { before: { text: 'ORIGINAL careful answer', updatedAt: at } } } });
    const box = page.getByRole('textbox', { name: 'Answer before reading' });
    await expect(box).toHaveValue('');
    await expect(box).not.toBeEditable();
    await expect(box).toHaveAttribute('placeholder', 'Loading what you saved…'); // says why typing waits
    release();
    await expect(box).toHaveValue('ORIGINAL careful answer');
    await expect(box).toBeEditable();
    expect((await stored(page)).answers['grpo-vs-dpo']!.before!.text).toBe('ORIGINAL careful answer');
  });

  test('a key point ticked meanwhile joins the ticks saved before', async ({ page }) => {
    await page.goto(QUESTION_PAGE);
    const keys = await page.locator('answer-guide input[data-point]').evaluateAll((boxes) => boxes.map((box) => (box as HTMLElement).dataset.point!));
    const release = await reloadWithStoreHeldBack(page, { covered: { 'grpo-vs-dpo': { points: [keys[0]], updatedAt: at } } });
    const guide = page.locator('answer-guide');
    await guide.locator('summary').first().click();
    await guide.locator('input[data-point]').nth(1).check();
    release();
    await expect(guide.locator('[data-covered]')).toHaveText(`2 of ${keys.length} covered`);
    // The count shows at once; storing waits its turn (the lock), so read storage as it settles.
    await expect.poll(async () => [...JSON.parse((await storedRaw(page))!).covered['grpo-vs-dpo'].points].sort()).toEqual([keys[0], keys[1]].sort());
  });

  test('Pick, pressed on a question picked before, keeps it picked', async ({ page }) => {
    await page.goto(QUESTION_PAGE);
    const release = await reloadWithStoreHeldBack(page, { picks: { 'grpo-vs-dpo': { picked: true, updatedAt: at } } });
    const pick = page.getByRole('button', { name: 'Pick for this reading' });
    await expect(pick).toHaveAttribute('aria-pressed', 'false');
    await pick.click();
    release();
    await expect(pick).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(async () => (await stored(page)).picks['grpo-vs-dpo']?.picked).toBe(true);
  });
});
