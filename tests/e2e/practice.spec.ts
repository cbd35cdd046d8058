import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { KEY } from './helpers/answers';

/**
 * Practice: timed sessions rated against the guide's key points, and the reviews they schedule,
 * on Playwright's clock. Days are Berlin days, whatever the machine's time zone.
 */
test.use({ timezoneId: 'Europe/Berlin' });

/** Tuesday 13 January 2026, 10:00 in Berlin: a morning session, so two hours later is the same day. */
const START = new Date('2026-01-13T10:00:00+01:00');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const questionText = async (page: Page) => (await page.locator('[data-question]').innerText()).trim();
const rateButton = (page: Page, name: string | RegExp) => page.getByRole('group', { name: /How did it go/ }).getByRole('button', { name });

async function setUp(page: Page, count: number, minutes?: 2 | 5 | 10) {
  await page.goto('/practice/');
  await expect(page.locator('[data-match]')).toContainText('135 questions match');
  await page.getByLabel('How many questions').fill(String(count));
  if (minutes) await page.getByRole('radio', { name: `${minutes} min` }).check();
}

/**
 * The session of the test below, rating the three questions Again, Hard and Hard, each a
 * different way: keys, buttons, a written answer and one given aloud. Returns the questions asked.
 */
async function practiseThree(page: Page): Promise<string[]> {
  await setUp(page, 3);
  await page.getByRole('button', { name: 'Start' }).click();
  const asked: string[] = [];

  // 1. A written answer; Ctrl+Enter shows the guide; one key point covered; Again with the key 1.
  await expect(page.locator('[data-where]')).toHaveText(/^Question 1 of 3 · \d+\. .+ · .+$/);
  await expect(page.locator('[data-question]')).toBeFocused();
  asked.push(await questionText(page));
  const answer = page.getByRole('textbox', { name: 'Your answer' });
  await answer.fill('The group mean is the baseline, so no critic is needed.');
  await answer.press('Control+Enter');
  await expect(page.getByRole('heading', { name: 'Key points: tick the ones you covered' })).toBeFocused();
  await expect(answer).toHaveJSProperty('readOnly', true); // the answer stands as given
  await page.locator('[data-points]').getByRole('checkbox').first().check();
  await expect(rateButton(page, 'Again · tomorrow')).toBeVisible();
  await expect(rateButton(page, 'Hard · in 2 days')).toBeVisible();
  await expect(rateButton(page, /^Good · in \d+ days$/)).toBeVisible();
  await expect(rateButton(page, /^Easy · in \d+ days$/)).toBeVisible();
  await page.keyboard.press('1');

  // 2. Answered aloud; Hard with its button.
  await expect(page.locator('[data-where]')).toContainText('Question 2 of 3');
  asked.push(await questionText(page));
  await page.getByRole('button', { name: 'I answered aloud' }).click();
  await rateButton(page, 'Hard · in 2 days').click();

  // 3. Space on the question shows the guide; every key point covered suggests Easy; Hard with the key 2.
  await expect(page.locator('[data-where]')).toContainText('Question 3 of 3');
  asked.push(await questionText(page));
  await page.keyboard.press(' ');
  for (const box of await page.locator('[data-points]').getByRole('checkbox').all()) await box.check();
  await expect(page.locator('[data-suggest]')).toContainText('Easy is suggested');
  await expect(rateButton(page, /^Easy/)).toHaveAttribute('data-suggested');
  await page.keyboard.press('2');
  await expect(page.getByRole('heading', { name: 'Session done' })).toBeFocused();
  return asked;
}

/** Answers each question of a session with Good, returning the questions asked. */
async function answerAll(page: Page): Promise<string[]> {
  const asked: string[] = [];
  await expect(page.locator('[data-where]')).toHaveText(/^Question 1 of \d+/);
  const total = Number((await page.locator('[data-where]').innerText()).match(/of (\d+)/)![1]);
  for (let n = 1; n <= total; n++) {
    await expect(page.locator('[data-where]')).toContainText(`Question ${n} of ${total}`);
    asked.push(await questionText(page));
    await page.getByRole('button', { name: 'Show the guide' }).click();
    await rateButton(page, /^Good/).click();
  }
  return asked;
}

test('a three-question session with ratings; two hours later nothing rated Again is due; two days later all three are, and Review now starts them', async ({ page }) => {
  test.slow();
  await page.clock.install({ time: START });
  const asked = await practiseThree(page);

  const summary = page.locator('[data-view="summary"]');
  await expect(summary.locator('[data-total="questions"]')).toHaveText('3');
  await expect(summary.locator('[data-total="ratings"]')).toHaveText('1 Again · 2 Hard');
  await expect(summary.locator('[data-coming-back] li')).toHaveText(['Tomorrow (Wed 14 Jan): 1 question', 'In 2 days (Thu 15 Jan): 2 questions']);
  await expect(summary.locator('[data-results] li')).toHaveCount(3);
  await expect(page.getByRole('button', { name: 'Practise the misses again (1)' })).toBeVisible();

  // Each attempt is kept as given, beside (never over) the answers before and after reading.
  const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY))!);
  const attempts = Object.values(stored.attempts).flat() as { answer: string; rating: string; due: string; points: string[] }[];
  expect(attempts.map((a) => [a.rating, a.due])).toEqual([
    ['again', '2026-01-14'],
    ['hard', '2026-01-15'],
    ['hard', '2026-01-15'],
  ]);
  expect(attempts[0]!.answer).toBe('The group mean is the baseline, so no critic is needed.');
  expect(attempts[0]!.points).toHaveLength(1);
  expect(stored.answers).toEqual({});

  await page.clock.fastForward(2 * HOUR);
  await page.goto('/');
  const due = page.locator('review-due');
  await expect(due).toContainText('Nothing due for review today');
  await expect(due).toContainText('Next: 1 question tomorrow');

  await page.clock.fastForward(2 * DAY - 2 * HOUR);
  await page.goto('/');
  await expect(due).toContainText('3 due for review');
  await due.getByRole('link', { name: 'Review now' }).click();
  await expect(page).toHaveURL(/\/practice\/$/); // started: a reload shows the setup, not a second session
  expect((await answerAll(page)).sort()).toEqual([...asked].sort());
  await page.goto('/');
  await expect(due).toContainText('Nothing due for review today');
});

test('home counts only the due questions the guide has, as Review now asks only those', async ({ page }) => {
  await page.clock.install({ time: START });
  const attempt = (id: string) => [{ id: `${id}-1`, at: START.getTime() - 3 * DAY, answer: '', seconds: 60, points: [], total: 5, rating: 'hard', due: '2026-01-12' }];
  await page.addInitScript((doc) => localStorage.setItem(doc.key, doc.value), {
    key: KEY,
    value: JSON.stringify({
      format: 'training-roles-guide/answers', version: 3, answers: {}, picks: {}, notes: {}, covered: {},
      attempts: { 'grpo-vs-dpo': attempt('grpo-vs-dpo'), 'a-question-since-dropped': attempt('dropped') },
      interview: null, lastBackupAt: null,
    }),
  });
  await page.goto('/');
  await expect(page.locator('review-due')).toContainText('1 due for review');
});

test('a backup imported into a fresh browser shows the same due reviews', async ({ page, browser }) => {
  test.slow();
  await page.clock.install({ time: START });
  const asked = await practiseThree(page);
  await page.goto('/answers/');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON', exact: true }).click()]);
  const backup = await readFile((await download.path())!, 'utf8');

  const fresh = await browser.newContext({ timezoneId: 'Europe/Berlin' });
  const other = await fresh.newPage();
  await other.clock.install({ time: START.getTime() + 2 * DAY });
  await other.goto('/answers/');
  await other.getByLabel('Import', { exact: true }).setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
  await expect(other.locator('[data-plan-summary]')).toContainText('Practice attempts: 3 new.');
  await other.getByRole('button', { name: 'Merge into my answers' }).click();
  await expect(other.locator('answers-backup [data-status]')).toHaveText('Imported: 3 practice attempts merged into your answers.');
  await other.goto('/');
  await expect(other.locator('review-due')).toContainText('3 due for review');
  await other.getByRole('link', { name: 'Review now' }).click();
  expect((await answerAll(other)).sort()).toEqual([...asked].sort());
  await fresh.close();
});

test('the timer counts down, says politely when a minute is left and when time is up, cuts nothing off, and pauses', async ({ page }) => {
  await page.clock.install({ time: START });
  await setUp(page, 1, 2);
  await page.clock.pauseAt(START.getTime() + 60_000); // from here the test moves time, to the second
  await page.getByRole('button', { name: 'Start' }).click();
  const timer = page.getByRole('timer');
  const said = page.locator('[data-announce]');
  await expect(said).toHaveAttribute('aria-live', 'polite');
  await expect(timer).toHaveText('Time left 2:00');
  const answer = page.getByRole('textbox', { name: 'Your answer' });
  await answer.click();
  await answer.pressSequentially('Start with');

  await page.clock.runFor(61_000);
  await expect(timer).toHaveText('Time left 0:59');
  await expect(said).toHaveText('One minute left.');
  await expect(answer).toBeFocused(); // announced, never moved focus

  await page.getByRole('button', { name: 'Pause' }).click();
  await page.clock.runFor(5 * 60_000);
  await expect(timer).toHaveText('Paused 0:59');
  await page.getByRole('button', { name: 'Resume' }).click();

  await page.clock.runFor(75_000);
  await expect(said).toHaveText('Time is up. Finish your thought, then show the guide.');
  await expect(timer).toHaveText('Over time 0:16');
  await answer.click();
  await answer.pressSequentially(' the baseline.'); // nothing is cut off at zero
  await expect(answer).toHaveValue('Start with the baseline.');
  await page.getByRole('button', { name: 'Show the guide' }).click();
  await expect(timer).toHaveText('Took 2:16');
});

test('a count that is not a whole number from 1 to 50 is named, not rounded, and not remembered', async ({ page }) => {
  await page.goto('/practice/');
  await page.getByLabel('How many questions').fill('3');
  await expect(page.locator('[data-match]')).toContainText('a session takes 3');
  for (const count of ['2.5', '0', '500', '']) {
    await page.getByLabel('How many questions').fill(count);
    await expect(page.locator('[data-match]')).toHaveText('How many questions: a whole number from 1 to 50.');
  }
  await page.reload();
  await expect(page.getByLabel('How many questions')).toHaveValue('3');
});

test('settings are remembered, and hiding section and tier keeps them hidden until the guide is shown', async ({ page }) => {
  await page.goto('/practice/');
  await page.getByRole('button', { name: 'Select none' }).click();
  await page.getByRole('checkbox', { name: 'Evaluation & model debugging' }).check();
  await page.getByRole('checkbox', { name: 'Foundational' }).uncheck();
  await page.getByLabel('How many questions').fill('2');
  await page.getByRole('radio', { name: '10 min' }).check();
  await page.getByRole('checkbox', { name: /Hide section and tier/ }).check();
  await expect(page.locator('[data-match]')).toHaveText(/^\d+ questions match, 0 due for review: a session takes 2\.$/);

  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Evaluation & model debugging' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Data as a training lever' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Foundational' })).not.toBeChecked();
  await expect(page.getByLabel('How many questions')).toHaveValue('2');
  await expect(page.getByRole('radio', { name: '10 min' })).toBeChecked();

  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.locator('[data-where]')).toHaveText('Question 1 of 2');
  await page.getByRole('button', { name: 'Show the guide' }).click();
  await expect(page.locator('[data-where]')).toHaveText(/^Question 1 of 2 · 3\. Evaluation & model debugging · (Deep understanding|Interview-style)/);
});

test('“Picked only” practises the questions picked for the reading, and only those', async ({ page }) => {
  await page.goto('/sections/post-training/');
  for (const id of ['grpo-vs-dpo', 'sft-help-vs-hurt']) {
    await page.locator(`#${id}`).getByRole('button', { name: 'Pick for this reading' }).click();
    await expect(page.locator(`#${id}`)).toHaveAttribute('data-picked', 'true');
  }
  await setUp(page, 5);
  await page.getByRole('checkbox', { name: 'Picked only' }).check();
  await expect(page.locator('[data-match]')).toHaveText('2 questions match, 0 due for review: a session takes all 2.');
  await page.getByRole('button', { name: 'Start' }).click();
  const asked = await answerAll(page);
  expect(asked.sort()).toEqual(['When does SFT help, and when does it actively hurt a model?', 'When would you choose GRPO over DPO?']);
});

test('an interview date: days left, the pace to practise every question once, and no review after it until it is cleared', async ({ page }) => {
  await page.clock.install({ time: START });
  await page.goto('/practice/');
  await page.getByLabel('My interview is on').fill('2026-01-18');
  await expect(page.locator('[data-interview-plan]')).toHaveText(
    '5 days to go. 135 of 135 questions not practised yet: about 27 a day practises each once before the interview.',
  );
  await setUp(page, 1);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'Show the guide' }).click();
  // Easy would be a week or more away; the interview caps every rating at the day before it.
  await expect(rateButton(page, 'Easy · in 4 days')).toBeVisible();
  await rateButton(page, /^Easy/).click();
  await page.goto('/');
  await expect(page.locator('review-due')).toContainText('Next: 1 question in 4 days (Sat 17 Jan).');

  // Without the date, Easy's usual interval is back.
  await page.goto('/practice/');
  await page.getByRole('button', { name: 'Clear date' }).click();
  await expect(page.getByLabel('My interview is on')).toHaveValue('');
  await page.goto('/');
  await expect(page.locator('review-due')).toContainText(/Next: 1 question in ([5-9]|\d\d) days/);
});

test('an interview date typed digit by digit is kept, and leaving a half-typed date keeps the saved one', async ({ page }) => {
  await page.clock.install({ time: START });
  await page.goto('/practice/');
  await expect(page.locator('[data-match]')).toContainText('135 questions match'); // the page's script is ready
  const date = page.getByLabel('My interview is on');
  await date.focus();
  await page.keyboard.type('01182026'); // month, day, year: the test browser's en-US order
  await expect(page.locator('[data-interview-plan]')).toContainText('5 days to go.');
  await expect(date).toHaveValue('2026-01-18');

  await date.focus();
  await page.keyboard.press('Backspace'); // the month emptied: a date half typed
  await page.getByRole('heading', { level: 1 }).click(); // leaving the field
  await expect(date).toHaveValue('2026-01-18');
  await page.reload();
  await expect(date).toHaveValue('2026-01-18');
});

test('the question page shows the next review and past attempts, and Practise this question starts one', async ({ page }) => {
  await page.clock.install({ time: START });
  await page.goto('/questions/grpo-vs-dpo/');
  const history = page.locator('practice-history');
  await expect(history.locator('summary')).toHaveText(/Practice\s*Not practised yet\./);
  await history.getByRole('link', { name: 'Practise this question' }).click();
  await expect(page.locator('[data-where]')).toContainText('Question 1 of 1');
  await expect(page.locator('[data-question]')).toContainText('GRPO');
  await page.keyboard.press('Enter');
  await page.locator('[data-points]').getByRole('checkbox').first().check();
  await page.keyboard.press('2');
  await page.goto('/questions/grpo-vs-dpo/');
  await expect(history.locator('summary')).toHaveText(/Next review in 2 days \(Thu 15 Jan\) · 1 attempt/);
  await history.locator('summary').click();
  await expect(history.getByRole('row')).toHaveText([/Day\s*Time taken\s*Key points covered\s*Rating/, /Tue 13 Jan\s*\d+ s\s*1 of 5\s*Hard/]);
});

test('an answer typed and not yet rated is not lost to a stray reload: leaving asks first', async ({ page }) => {
  await setUp(page, 1);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('textbox', { name: 'Your answer' }).fill('Half an answer, not rated yet.');
  const asked = new Promise<string>((resolve) =>
    page.once('dialog', (dialog) => {
      resolve(dialog.type());
      void dialog.dismiss(); // stay on the page
    }),
  );
  await page.close({ runBeforeUnload: true });
  expect(await asked).toBe('beforeunload');
  await expect(page.getByRole('textbox', { name: 'Your answer' })).toHaveValue('Half an answer, not rated yet.');
});
