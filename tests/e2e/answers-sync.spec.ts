import { expect, test } from '@playwright/test';
import { FIRST, SECTION, question, stored, writeAnswer } from './helpers/answers';

test.describe('two pages of one browser', () => {
  test('show each other’s answers and picks without a reload', async ({ context }) => {
    const a = await context.newPage();
    const b = await context.newPage();
    await a.goto(SECTION);
    await b.goto(SECTION);

    await writeAnswer(question(a, FIRST), 'before', 'written in page A');
    const inB = question(b, FIRST);
    await expect(inB.locator('details[data-field="before"] textarea')).toHaveValue('written in page A');
    await expect(inB.locator('[data-status-label]')).toHaveText('Answered');

    await question(b, 'sft-help-vs-hurt').getByRole('button', { name: 'Pick for this reading' }).click();
    await expect(question(a, 'sft-help-vs-hurt').getByRole('button', { name: 'Pick for this reading' })).toHaveAttribute('aria-pressed', 'true');
    await expect(question(a, 'sft-help-vs-hurt')).toHaveAttribute('data-picked', 'true');
  });

  test('never overwrite each other: edits made in both are all kept', async ({ context }) => {
    const a = await context.newPage();
    const b = await context.newPage();
    await a.goto(SECTION);
    await b.goto(`/questions/sft-help-vs-hurt/`);

    await writeAnswer(question(a, FIRST), 'before', 'from A, first question');
    await writeAnswer(b, 'after', 'from B, second question');
    await writeAnswer(question(a, FIRST), 'after', 'from A again');

    const document = await stored(a);
    expect(document.answers[FIRST]?.before?.text).toBe('from A, first question');
    expect(document.answers[FIRST]?.after?.text).toBe('from A again');
    expect(document.answers['sft-help-vs-hurt']?.after?.text).toBe('from B, second question');
    await expect(question(a, 'sft-help-vs-hurt').locator('details[data-field="after"] textarea')).toHaveValue('from B, second question');
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
