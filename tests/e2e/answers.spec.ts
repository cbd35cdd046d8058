import { expect, test } from '@playwright/test';
import { FIRST, FIRST_TEXT, SECTION, openAnswer, question, stored, writeAnswer } from './helpers/answers';

test.describe('answering on the section page', () => {
  test('both answers are there after a reload, with the status derived from them', async ({ page }) => {
    await page.goto(SECTION);
    const item = question(page, FIRST);
    await expect(item.getByText('Not started')).toBeVisible();
    await writeAnswer(item, 'before', 'Pretraining predicts text.\nIt does not follow instructions.');
    await expect(item.locator('[data-status-label]')).toHaveText('Answered');
    await writeAnswer(item, 'after', 'Post-training shapes behaviour: instructions, refusals, format.');
    await expect(item.locator('[data-status-label]')).toHaveText('Refined');

    await page.reload();
    const again = question(page, FIRST);
    // Panels start closed (nothing moves as answers load), with a one-line preview in their summary.
    await expect(again.locator('details[data-field="before"] [data-preview]')).toHaveText('Pretraining predicts text.');
    await expect(await openAnswer(again, 'before')).toHaveValue('Pretraining predicts text.\nIt does not follow instructions.');
    await expect(await openAnswer(again, 'after')).toHaveValue('Post-training shapes behaviour: instructions, refusals, format.');
    await expect(again.locator('[data-status-label]')).toHaveText('Refined');
    // The refine panel shows the first answer for reference.
    await expect(again.locator('[data-before-reference]')).toHaveText('Pretraining predicts text.\nIt does not follow instructions.');
  });

  test('panels without text start closed, and the boxes invite the method', async ({ page }) => {
    await page.goto(SECTION);
    const item = question(page, 'sft-help-vs-hurt');
    await expect(item.locator('details[data-field="before"]')).not.toHaveAttribute('open');
    await expect(item.locator('details[data-field="after"]')).not.toHaveAttribute('open');
    const box = await openAnswer(item, 'before');
    await expect(box).toHaveAccessibleDescription(/Explain it as you would to a teammate/);
  });

  test('typing is saved when the page is left before the autosave pause ends', async ({ page }) => {
    await page.goto(SECTION);
    const box = await openAnswer(question(page, FIRST), 'before');
    await box.pressSequentially('left in a hurry', { delay: 0 });
    await page.goto('/topics/');
    await page.goto(SECTION);
    await expect(await openAnswer(question(page, FIRST), 'before')).toHaveValue('left in a hurry');
  });

  test('the question page has the same answers, with its panels open', async ({ page }) => {
    await page.goto(SECTION);
    await writeAnswer(question(page, FIRST), 'before', 'written on the section page');
    await page.goto(`/questions/${FIRST}/`);
    await expect(page.getByRole('textbox', { name: 'Answer before reading' })).toHaveValue('written on the section page');
    const refine = page.getByRole('textbox', { name: 'Refine after reading' });
    await expect(refine).toBeVisible();
    await writeAnswer(page, 'after', 'refined on the question page');
    // Answers are never indexed for search.
    await expect(page.locator('[data-pagefind-body] answer-panels')).toHaveCount(0);

    await page.goto(SECTION);
    await expect(await openAnswer(question(page, FIRST), 'after')).toHaveValue('refined on the question page');
  });

  test('“What changed” shows a word diff', async ({ page }) => {
    await page.goto(SECTION);
    const item = question(page, FIRST);
    await writeAnswer(item, 'before', 'Adam uses momentum only');
    await writeAnswer(item, 'after', 'Adam uses momentum and per-parameter scaling');

    await item.locator('[data-what-changed] > summary').click();
    await expect(item.locator('[data-diff] del')).toContainText('only');
    await expect(item.locator('[data-diff] ins')).toContainText('per-parameter scaling');
  });
});

test.describe('picking questions for a reading', () => {
  test('counts picks, notes gently above five without blocking, and marks picked items', async ({ page }) => {
    await page.goto(SECTION);
    const items = page.locator('li.question-item');
    const note = page.locator('[data-pick-note]');
    await expect(note).toContainText('None picked yet');
    for (let i = 0; i < 7; i++) {
      const pick = items.nth(i).getByRole('button', { name: 'Pick for this reading' });
      await pick.click();
      await expect(pick).toHaveAttribute('aria-pressed', 'true');
    }
    await expect(note).toContainText('7 picked for this reading. The method suggests 3–5');
    await expect(items.nth(0)).toHaveAttribute('data-picked', 'true');
    await expect(page.locator('li.question-item[data-picked="true"]')).toHaveCount(7);

    await items.nth(0).getByRole('button', { name: 'Pick for this reading' }).click();
    await expect(items.nth(0)).not.toHaveAttribute('data-picked');
    await expect(note).toContainText('6 picked');
    await page.reload();
    await expect(page.locator('li.question-item[data-picked="true"]')).toHaveCount(6);
  });

  test('“Show picked only” hides the others, and tiers with none picked', async ({ page }) => {
    await page.goto(SECTION);
    await question(page, 'sft-help-vs-hurt').getByRole('button', { name: 'Pick for this reading' }).click();
    const toggle = page.getByRole('button', { name: 'Show picked only' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(question(page, 'sft-help-vs-hurt')).toBeVisible();
    await expect(question(page, FIRST)).toBeHidden();
    await expect(page.locator('section.tier[data-tier="deep"]')).toBeHidden();
    await toggle.click();
    await expect(question(page, FIRST)).toBeVisible();
  });
});

test.describe('the section toolbar', () => {
  test('shows the section’s progress', async ({ page }) => {
    await page.goto(SECTION);
    const counts = page.locator('section-toolbar [data-counts]');
    await expect(counts).toHaveText('0 of 12 answered · 0 refined');
    await writeAnswer(question(page, FIRST), 'before', 'x');
    await writeAnswer(question(page, 'sft-help-vs-hurt'), 'after', 'y');
    await expect(counts).toHaveText('2 of 12 answered · 1 refined');
  });

  test('keeps reading notes', async ({ page }) => {
    await page.goto(SECTION);
    await page.locator('[data-reading-notes] > summary').click();
    const notes = page.getByRole('textbox', { name: /^Reading notes/ });
    await notes.fill('DPO paper\nhttps://arxiv.org/abs/2305.18290');
    await expect(page.locator('[data-reading-notes] [data-save-status]')).toHaveText(/^Saved/);
    await page.reload();
    await expect(page.locator('[data-reading-notes] [data-preview]')).toHaveText('DPO paper');
    await page.locator('[data-reading-notes] > summary').click();
    await expect(page.getByRole('textbox', { name: /^Reading notes/ })).toHaveValue('DPO paper\nhttps://arxiv.org/abs/2305.18290');
  });

  test('copies the section as a Markdown checklist', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(SECTION);
    await page.getByRole('button', { name: 'Copy as Markdown checklist' }).click();
    await expect(page.locator('[data-toolbar-status]')).toHaveText(/^Copied 12 questions/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^## 1\. Post-Training & Preference Optimization \(SFT, DPO, RLHF\)\n\n### Foundational\n\n- \[ \] /);
    expect(copied).toContain(`- [ ] ${FIRST_TEXT}\n`);
    expect(copied).toContain('\n### Interview-style / real-world\n');
    expect(copied.match(/^- \[ \] /gm)).toHaveLength(12);
  });

  test('offers the checklist to copy by hand when the clipboard is unavailable', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await page.goto(SECTION);
    await page.getByRole('button', { name: 'Copy as Markdown checklist' }).click();
    const fallback = page.getByRole('textbox', { name: /The checklist, selected/ });
    await expect(fallback).toBeFocused();
    await expect(fallback).toHaveValue(new RegExp(`- \\[ \\] ${FIRST_TEXT.replace(/[*?]/g, '\\$&')}`));
    await expect(page.locator('[data-toolbar-status]')).toContainText('did not allow copying');
  });
});

test.describe('for printing', () => {
  test('each question’s print box holds its answers as text, and stays empty without', async ({ page }) => {
    await page.goto(SECTION);
    await writeAnswer(question(page, FIRST), 'before', 'first\nsecond');
    const box = page.locator(`.print-answers[data-answers-for="${FIRST}"]`);
    await expect(box.locator('p.print-answer-label')).toHaveText(['Before reading']);
    await expect(box.locator('div.print-answer-text')).toHaveText(['first\nsecond']);
    await writeAnswer(question(page, FIRST), 'after', 'third');
    await expect(box.locator('p.print-answer-label')).toHaveText(['Before reading', 'After reading']);
    await expect(page.locator('.print-answers[data-answers-for="sft-help-vs-hurt"]')).toBeEmpty();
    await page.reload();
    await expect(page.locator(`.print-answers[data-answers-for="${FIRST}"] div.print-answer-text`)).toHaveText(['first\nsecond', 'third']);
  });
});

test('the whole-guide checklist carries picks and answers too, for printing', async ({ page }) => {
  await page.goto(SECTION);
  await writeAnswer(question(page, FIRST), 'before', 'for the printout');
  await question(page, FIRST).getByRole('button', { name: 'Pick for this reading' }).click();
  await page.goto('/checklist/');
  await expect(question(page, FIRST)).toHaveAttribute('data-picked', 'true');
  await expect(page.locator('li.question-item[data-picked]')).toHaveCount(1);
  await expect(page.locator(`.print-answers[data-answers-for="${FIRST}"] .print-answer-text`)).toHaveText(['for the printout']);
});

test.describe('the home page', () => {
  test('shows progress per section and leads back to where the learner left off', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByText('Continue where you left off')).toBeHidden();
    await page.goto(SECTION);
    await writeAnswer(question(page, 'sft-help-vs-hurt'), 'before', 'x');
    await page.goto('/');
    await expect(page.locator('.section-card[data-section="post-training"] [data-counts]')).toHaveText('1 of 12 answered · 0 refined');
    await expect(page.locator('.section-card[data-section="data"] [data-counts]')).toHaveText(/^0 of \d+ answered/);
    const link = page.getByRole('link', { name: 'When does SFT help, and when does it actively hurt a model?' });
    await expect(page.getByText('Continue where you left off')).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(/\/sections\/post-training\/#sft-help-vs-hurt$/);
  });
});

test.describe('keyboard and assistive technology', () => {
  test('a learner can pick, open a panel and answer with the keyboard alone', async ({ page }) => {
    await page.goto(SECTION);
    const item = question(page, FIRST);
    await item.getByRole('link').first().focus();
    await page.keyboard.press('Tab'); // first topic chip
    await page.keyboard.press('Tab'); // second topic chip
    await page.keyboard.press('Tab'); // "Compare with a strong answer"
    await page.keyboard.press('Tab');
    await expect(item.getByRole('button', { name: 'Pick for this reading' })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(item).toHaveAttribute('data-picked', 'true');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // opens "Answer before reading"
    await page.keyboard.press('Tab');
    await expect(item.getByRole('textbox', { name: 'Answer before reading' })).toBeFocused();
    await page.keyboard.type('typed with the keyboard');
    await page.keyboard.press('Tab'); // leaving the box saves it
    await expect(item.locator('details[data-field="before"] [data-save-status]')).toHaveText(/^Saved/);
    expect((await stored(page)).answers[FIRST]?.before?.text).toBe('typed with the keyboard');
  });
});
