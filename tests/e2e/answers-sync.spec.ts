import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { ANSWERS_VERSION } from '../../src/lib/answerDocument';
import { FIRST, KEY, SECTION, openAnswer, question, stored, storedRaw, writeAnswer } from './helpers/answers';

/** Types an answer into a box, and leaves the box (which saves it) at the wall-clock time `at`. */
async function saveAt(page: Page, id: string, text: string, at: number) {
  const box = await openAnswer(question(page, id), 'before');
  await box.evaluate(
    async (textarea: HTMLTextAreaElement, [value, when]) => {
      textarea.value = value;
      textarea.dispatchEvent(new Event('input'));
      await new Promise((resolve) => setTimeout(resolve, when - Date.now()));
      textarea.dispatchEvent(new Event('blur'));
    },
    [text, at] as [string, number],
  );
}

/** Two pages of one browser, open at these paths. */
async function twoPages(context: BrowserContext, pathA: string, pathB: string): Promise<[Page, Page]> {
  const pages = [await context.newPage(), await context.newPage()] as [Page, Page];
  await pages[0].goto(pathA);
  await pages[1].goto(pathB);
  return pages;
}

test.describe('two pages of one browser', () => {
  test('show each other’s answers and picks without a reload', async ({ context }) => {
    const [a, b] = await twoPages(context, SECTION, SECTION);

    await writeAnswer(question(a, FIRST), 'before', 'written in page A');
    const inB = question(b, FIRST);
    await expect(inB.locator('details[data-field="before"] textarea')).toHaveValue('written in page A');
    await expect(inB.locator('[data-status-label]')).toHaveText('Answered');

    await question(b, 'sft-help-vs-hurt').getByRole('button', { name: 'Pick for this reading' }).click();
    await expect(question(a, 'sft-help-vs-hurt').getByRole('button', { name: 'Pick for this reading' })).toHaveAttribute('aria-pressed', 'true');
    await expect(question(a, 'sft-help-vs-hurt')).toHaveAttribute('data-picked', 'true');
  });

  test('never overwrite each other: edits made in both are all kept', async ({ context }) => {
    const [a, b] = await twoPages(context, SECTION, '/questions/sft-help-vs-hurt/');

    await writeAnswer(question(a, FIRST), 'before', 'from A, first question');
    await writeAnswer(b, 'after', 'from B, second question');
    await writeAnswer(question(a, FIRST), 'after', 'from A again');

    const document = await stored(a);
    expect(document.answers[FIRST]?.before?.text).toBe('from A, first question');
    expect(document.answers[FIRST]?.after?.text).toBe('from A again');
    expect(document.answers['sft-help-vs-hurt']?.after?.text).toBe('from B, second question');
    await expect(question(a, 'sft-help-vs-hurt').locator('details[data-field="after"] textarea')).toHaveValue('from B, second question');
  });

  test('text replaced by a save in the other page says so, and can be put back', async ({ context }) => {
    const [a, b] = await twoPages(context, SECTION, SECTION);
    await writeAnswer(question(a, FIRST), 'before', 'from A');
    await writeAnswer(question(b, FIRST), 'before', 'from B, later');

    const inA = question(a, FIRST).locator('details[data-field="before"]');
    await expect(inA.locator('textarea')).toHaveValue('from B, later');
    await expect(inA.locator('[data-save-status]')).toHaveText('Replaced by what was saved in another tab.');
    await inA.getByRole('button', { name: 'Put back what this page had' }).click();
    await expect(inA.locator('textarea')).toHaveValue('from A');
    await expect(inA.locator('[data-save-status]')).toHaveText(/^Saved/);
    expect((await stored(a)).answers[FIRST]?.before?.text).toBe('from A');
  });

  test('a deletion on the answers page empties the other page too', async ({ context }) => {
    const a = await context.newPage();
    const b = await context.newPage();
    await a.goto(SECTION);
    await writeAnswer(question(a, FIRST), 'before', 'soon gone');
    await b.goto('/answers/');
    await b.getByRole('button', { name: 'Delete all my answers' }).click();
    await b.getByRole('button', { name: 'Delete everything' }).click();
    await expect(question(a, FIRST).locator('details[data-field="before"] textarea')).toHaveValue('');
    await expect(question(a, FIRST).locator('[data-status-label]')).toHaveText('Not started');
  });
});

test.describe('two pages saving in the same instant', () => {
  test('both saves are kept, and neither box goes blank, round after round', async ({ context }) => {
    test.slow();
    const [a, b] = await twoPages(context, SECTION, SECTION);
    const lost: string[] = [];
    for (let round = 1; round <= 20; round++) {
      const at = Date.now() + 400;
      await Promise.all([saveAt(a, FIRST, `A, round ${round}`, at), saveAt(b, 'sft-help-vs-hurt', `B, round ${round}`, at)]);
      const bothKept = async () => {
        const answers = (await stored(a))?.answers ?? {}; // nothing stored yet until a first save lands
        return answers[FIRST]?.before?.text === `A, round ${round}` && answers['sft-help-vs-hurt']?.before?.text === `B, round ${round}`;
      };
      // A lost save stays lost; give slow machines two seconds to finish the ones that were not.
      for (let tries = 0; tries < 20 && !(await bothKept()); tries++) await a.waitForTimeout(100);
      if (!(await bothKept())) lost.push(`round ${round}: ${JSON.stringify((await stored(a))?.answers)}`);
      await expect(question(a, FIRST).getByRole('textbox', { name: 'Answer before reading' })).toHaveValue(`A, round ${round}`);
      await expect(question(b, 'sft-help-vs-hurt').getByRole('textbox', { name: 'Answer before reading' })).toHaveValue(`B, round ${round}`);
    }
    expect(lost).toEqual([]);
  });
});

test.describe('a page meeting answers saved by a newer version of the guide', () => {
  test('changes nothing, keeps what it shows, stops saving and asks for a reload', async ({ context }) => {
    const older = await context.newPage();
    await older.goto(SECTION);
    await writeAnswer(question(older, FIRST), 'before', 'written before the upgrade');

    const newer = await context.newPage();
    await newer.goto(SECTION);
    const document = JSON.stringify({
      format: 'training-roles-guide/answers',
      version: ANSWERS_VERSION + 1,
      answers: { [FIRST]: { before: { text: 'kept by the newer version', updatedAt: Date.now() } } },
      somethingNew: { 'post-training-purpose': 1 },
    });
    await newer.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, document] as const);

    await expect(older.getByRole('alert')).toContainText('A newer version of the guide has saved your answers');
    await expect(older.getByRole('alert')).toContainText('Reload it to carry on; nothing is lost.');
    await expect(question(older, FIRST).getByRole('textbox', { name: 'Answer before reading' })).toHaveValue('written before the upgrade');
    const box = await openAnswer(question(older, 'sft-help-vs-hurt'), 'before');
    await box.fill('typed in the older page');
    await expect(question(older, 'sft-help-vs-hurt').locator('details[data-field="before"] [data-save-status]')).toContainText(
      'Not saved: a newer version of the guide has saved your answers',
    );
    await expect(box).toHaveValue('typed in the older page');
    await older.close(); // leaving the page does not write either
    expect(await storedRaw(newer)).toBe(document);
    expect(await newer.evaluate(() => Object.keys(localStorage))).toEqual([KEY]);
  });
});
