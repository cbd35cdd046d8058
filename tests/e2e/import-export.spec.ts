import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { ANSWERS_VERSION } from '../../src/lib/answerDocument';
import { FIRST, FIRST_TEXT, KEY, SECTION, openAnswer, question, storedRaw, writeAnswer } from './helpers/answers';

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

async function importFile(page: Page, name: string, content: string | Buffer) {
  await page.getByLabel('Import', { exact: true }).setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: typeof content === 'string' ? Buffer.from(content) : content,
  });
}

/** Answers, a pick and reading notes: a learner's session, long enough to need test.slow(). */
async function someWork(page: Page) {
  test.slow();
  await page.goto(SECTION);
  await writeAnswer(question(page, FIRST), 'before', 'Before: a guess.\nWith two lines.');
  await writeAnswer(question(page, FIRST), 'after', 'After: the mechanism.');
  await writeAnswer(question(page, 'sft-help-vs-hurt'), 'before', 'SFT hurts when…');
  await question(page, 'dpo-implicit-objective').getByRole('button', { name: 'Pick for this reading' }).click();
  await page.locator('[data-reading-notes] > summary').click();
  await page.getByRole('textbox', { name: /^Reading notes/ }).fill('The DPO paper');
  await expect(page.locator('[data-reading-notes] [data-save-status]')).toHaveText(/^Saved/);
}

test('the answers page lists every answered question, grouped by section, with both answers', async ({ page }) => {
  await someWork(page);
  await page.goto('/answers/');
  const group = page.locator('.answer-group');
  await expect(group).toHaveCount(1);
  await expect(group.getByRole('heading', { level: 3 })).toHaveText('1. Post-Training & Preference Optimization (SFT, DPO, RLHF)');
  await expect(group.locator('.answered-question')).toHaveCount(2);
  await expect(group.locator('.answered-question').first().locator('.answer-text')).toHaveText(['Before: a guess.\nWith two lines.', 'After: the mechanism.']);
});

test('export, a fresh browser, import: everything is back', async ({ page, browser }) => {
  await someWork(page);
  await page.goto('/answers/');
  await expect(page.getByText('No backup yet.')).toBeVisible();
  const backup = await download(page, 'Export JSON');
  expect(backup.name).toMatch(/^training-roles-answers-\d{4}-\d{2}-\d{2}\.json$/);
  const json = JSON.parse(backup.text);
  expect(json).toMatchObject({ format: 'training-roles-guide/answers', version: ANSWERS_VERSION, siteVersion: expect.any(String), exportedAt: expect.any(String) });
  await expect(page.getByText('Last backup: today.')).toBeVisible();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/answers/');
  await expect(other.getByText('Nothing answered yet.')).toBeVisible();
  await importFile(other, backup.name, backup.text);
  await expect(other.locator('[data-plan-summary]')).toContainText('5 new, 0 newer than yours, 0 older than yours (skipped)');
  expect(await storedRaw(other)).toBeNull(); // nothing changes before the learner confirms
  await other.getByRole('button', { name: 'Merge into my answers' }).click();
  await expect(other.locator('answers-backup [data-status]')).toContainText('Imported: 5 new');
  expect(JSON.parse((await storedRaw(other))!)).toEqual({ ...json, exportedAt: undefined, siteVersion: undefined, lastBackupAt: json.lastBackupAt });

  await other.goto(SECTION);
  await expect(await openAnswer(question(other, FIRST), 'before')).toHaveValue('Before: a guess.\nWith two lines.');
  await expect(await openAnswer(question(other, FIRST), 'after')).toHaveValue('After: the mechanism.');
  await expect(question(other, 'dpo-implicit-objective')).toHaveAttribute('data-picked', 'true');
  await other.locator('[data-reading-notes] > summary').click();
  await expect(other.getByRole('textbox', { name: /^Reading notes/ })).toHaveValue('The DPO paper');
  await fresh.close();
});

test('importing merges per answer by time: newer ones replace, older ones are skipped', async ({ page }) => {
  test.slow();
  await page.goto(SECTION);
  await writeAnswer(question(page, FIRST), 'before', 'mine, written now');
  await page.goto('/answers/');
  const file = JSON.stringify({
    format: 'training-roles-guide/answers',
    version: 1,
    answers: {
      [FIRST]: { before: { text: 'older than mine', updatedAt: 1 } , after: { text: 'from the future', updatedAt: Date.now() + 86_400_000 } },
    },
  });
  await importFile(page, 'merge.json', file);
  await expect(page.locator('[data-plan-summary]')).toContainText('1 new, 0 newer than yours, 1 older than yours (skipped)');
  await page.getByRole('button', { name: 'Merge into my answers' }).click();
  await expect(page.locator('.answer-text')).toHaveText(['mine, written now', 'from the future']);
});

test('an import can be cancelled, and nothing changes', async ({ page }) => {
  await page.goto('/answers/');
  await importFile(page, 'ok.json', JSON.stringify({ format: 'training-roles-guide/answers', version: 1, picks: { [FIRST]: { picked: true, updatedAt: 1 } } }));
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('answers-backup [data-status]')).toHaveText('Import cancelled: nothing changed.');
  expect(await storedRaw(page)).toBeNull();
});

test.describe('a bad import file is refused with a message, and nothing changes', () => {
  const valid = (extra: object) => JSON.stringify({ format: 'training-roles-guide/answers', version: 1, ...extra });
  const cases: [string, string | Buffer, RegExp][] = [
    ['not JSON', 'this is { not json', /not JSON/],
    ['JSON of the wrong shape', JSON.stringify({ answers: [1, 2, 3] }), /does not have the shape of an answers backup/],
    ['an answer that is not text', valid({ answers: { [FIRST]: { before: { text: { html: '<b>' }, updatedAt: 1 } } } }), /answers\.post-training-purpose\.before\.text should be text/],
    ['a newer format version', JSON.stringify({ format: 'training-roles-guide/answers', version: ANSWERS_VERSION + 1 }), /written by a newer version of the guide/],
    ['over 5 MB', Buffer.alloc(5 * 1024 * 1024 + 10, 32), /at most 5 MB/],
    ['only unknown question ids', valid({ answers: { 'not-a-question-here': { before: { text: 'x', updatedAt: 1 } } } }), /question id \(not-a-question-here\) that this guide does not have/],
  ];
  for (const [name, content, message] of cases) {
    test(name, async ({ page }) => {
      if (Buffer.isBuffer(content)) test.slow(); // 5 MB through the file chooser takes a while
      await page.goto(SECTION);
      await writeAnswer(question(page, FIRST), 'before', 'my answer stays');
      await page.goto('/answers/');
      const before = await storedRaw(page);
      await importFile(page, 'bad.json', content);
      await expect(page.getByRole('alert')).toContainText(message);
      await expect(page.locator('[data-plan]')).toBeHidden();
      expect(await storedRaw(page)).toBe(before);
      await expect(page.locator('.answer-text')).toHaveText(['my answer stays']);
    });
  }

  test('entries for unknown ids are reported and kept aside, the rest imported on confirmation', async ({ page }) => {
    await page.goto('/answers/');
    await importFile(page, 'mixed.json', valid({
      answers: { [FIRST]: { before: { text: 'known', updatedAt: 1 } }, 'retired-question': { before: { text: 'orphan', updatedAt: 1 } } },
    }));
    await expect(page.getByRole('alert')).toContainText('1 question id (retired-question) that this guide does not have');
    await expect(page.locator('[data-plan-summary]')).toContainText('1 new');
    expect(await storedRaw(page)).toBeNull();
    await page.getByRole('button', { name: 'Merge into my answers' }).click();
    await expect(page.locator('answers-backup [data-status]')).toContainText('kept aside');
    const aside = await page.evaluate((key) => Object.keys(localStorage).filter((k) => k.startsWith(`${key}:import-unknown-ids:`)), KEY);
    expect(aside).toHaveLength(1);
    expect(await page.evaluate((k) => localStorage.getItem(k), aside[0]!)).toContain('orphan');
  });
});

test('Export Markdown has the reading-list checklist shape', async ({ page }) => {
  await someWork(page);
  await page.goto('/answers/');
  const { name, text } = await download(page, 'Export Markdown');
  expect(name).toMatch(/\.md$/);
  expect(text).toMatch(/^# Training Roles: Question Guide: my answers\n/);
  expect(text).toContain('\n## 1. Post-Training & Preference Optimization (SFT, DPO, RLHF)\n');
  expect(text).toContain('\n## 13. ');
  expect(text).toContain(`\n- [x] ${FIRST_TEXT}\n\n  > **Before reading**\n  >\n  > Before: a guess.  \n  > With two lines.\n  >\n  > **After reading**\n  >\n  > After: the mechanism.\n`);
  expect(text).toContain('\n- [ ] What is the implicit objective being optimized in DPO?\n');
  expect(text.match(/^- \[[x ]\] /gm)).toHaveLength(135);
  expect(text.match(/^- \[x\] /gm)).toHaveLength(2);
});

test('“Delete all my answers” asks first, offers an export, and then deletes', async ({ page }) => {
  await someWork(page);
  await page.goto('/answers/');
  await page.getByRole('button', { name: 'Delete all my answers' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete all your answers?' });
  await expect(dialog).toBeVisible();
  const [file] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export JSON first' }).click()]);
  expect(file.suggestedFilename()).toMatch(/\.json$/);
  await dialog.getByRole('button', { name: 'Keep my answers' }).click();
  await expect(page.locator('.answered-question')).toHaveCount(2);

  await page.getByRole('button', { name: 'Delete all my answers' }).click();
  await dialog.getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.locator('start-over [data-status]')).toContainText('Deleted all your answers');
  await expect(page.getByText('Nothing answered yet.')).toBeVisible();
  await page.goto(SECTION);
  await expect(question(page, FIRST).locator('[data-status-label]')).toHaveText('Not started');
  await expect(page.locator('li.question-item[data-picked]')).toHaveCount(0);
});
