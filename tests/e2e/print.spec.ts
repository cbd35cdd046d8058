import { readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { normalize, readPdf } from './helpers/pdf';

/**
 * Printing a section (or the whole guide) gives a clean paper checklist. The PDFs come from
 * Chromium's own print path (page.pdf), and are read back with PDF.js.
 *
 * Picks are made as a learner makes them (another tab), and reach print through the store. The
 * learner's answers reach print as `.print-answer-label` / `.print-answer-text` inside the
 * question's `.print-answers`, which these tests fill directly; the workspace's UI carries the
 * class `no-print`.
 */

const SECTION = '/sections/evaluation/';
const SECTION_SLUGS = readdirSync('content/sections')
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => file.replace(/\.mdx$/, ''));
const OPTIONS_KEY = 'training-roles-guide:print-options';

/** The texts a section's checklist consists of, read from the page itself. */
async function checklistTexts(page: Page) {
  return page.evaluate(() => {
    const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const all = (selector: string) => [...document.querySelectorAll(selector)].map(text);
    return {
      questions: all('.question-item .question-text'),
      tiers: all('.tier > h2, .tier > h3'),
      title: all('h1').concat(all('.checklist-section > h2')),
      masthead: all('.print-masthead > span'),
      eyebrow: all('article .eyebrow'),
    };
  });
}

/** Opens "Print options" (a disclosure beside the print button), unless it is open. */
async function openOptions(page: Page) {
  const options = page.locator('print-options details');
  if (!(await options.evaluate((details: HTMLDetailsElement) => details.open))) await options.locator('summary').click();
}

async function setOption(page: Page, label: string, on = true) {
  await openOptions(page);
  await page.getByRole('checkbox', { name: label }).setChecked(on);
}

/** Picks questions as a learner does, in another tab: the open page learns of it from the store. */
async function pick(page: Page, ids: string[]) {
  const tab = await page.context().newPage();
  for (const id of ids) {
    await tab.goto(`/questions/${id}/`);
    await tab.getByRole('button', { name: 'Pick for this reading' }).click();
    await expect(tab.getByRole('button', { name: 'Pick for this reading' })).toHaveAttribute('aria-pressed', 'true');
  }
  await tab.close();
}

/** Fills a question's print-answers hook as the answer workspace does. */
async function answer(page: Page, id: string, before: string, after: string) {
  await page.evaluate(
    ({ id, before, after }) => {
      const box = document.querySelector(`.print-answers[data-answers-for="${id}"]`)!;
      for (const [label, text] of [['Before reading', before], ['After reading', after]]) {
        const p = document.createElement('p');
        p.className = 'print-answer-label';
        p.textContent = label!;
        const div = document.createElement('div');
        div.className = 'print-answer-text';
        div.textContent = text!;
        box.append(p, div);
      }
    },
    { id, before, after },
  );
}

test.describe('a printed section', () => {
  test('is the checklist and nothing else: every question, no navigation, controls or topics', async ({ page }) => {
    await page.goto(SECTION);
    const expected = await checklistTexts(page);
    expect(expected.questions).toHaveLength(11);
    const { text, pages } = await readPdf(await page.pdf({ format: 'A4' }));

    for (const question of expected.questions) expect(text).toContain(question);
    expect(expected.tiers).toEqual(['Foundational', 'Deep understanding', 'Interview-style / real-world']);
    expect(text).toContain('Training Roles: Question Guide');
    expect(text).toContain('Evaluation & Model Debugging');
    // Case-insensitive: the screen sets some of these in capitals, and so would the paper.
    const paper = text.toLowerCase();
    const screenOnly = ['Skip to content', 'Menu', 'Previous', 'Next', 'Print checklist', 'Picked questions only', 'Space to write'];
    // The neighbours' names (pager, sidebar), a topic chip and the footer.
    screenOnly.push('Training dynamics at scale', 'Data as a training lever', 'Evaluation design', 'stay in this browser');
    for (const chrome of screenOnly) {
      expect(paper, `"${chrome}" should not print`).not.toMatch(new RegExp(`\\b${chrome.toLowerCase()}\\b`));
    }

    // Take away every text the checklist should have: nothing of the screen may be left over.
    let rest = pages.join(' ');
    const parts = [...expected.questions, ...expected.tiers, ...expected.title, ...expected.masthead, ...expected.eyebrow];
    for (const part of parts.sort((a, b) => b.length - a.length)) rest = rest.replace(part, ' ');
    expect(normalize(rest)).toBe('');
  });

  test('prints the address the paper leads back to, and the guide’s name', async ({ page, baseURL }) => {
    await page.goto(`${SECTION}#leaky-evaluation`);
    const { text } = await readPdf(await page.pdf({ format: 'A4' }));
    expect(text).toContain(`${baseURL}${SECTION}`);
    expect(text).not.toContain('#leaky-evaluation');
  });

  // One test per section (content/sections/<slug>.mdx), so the 26 printouts spread over workers.
  for (const slug of SECTION_SLUGS) {
    test(`fits one page, A4 and US Letter: ${slug}`, async ({ page }) => {
      await page.goto(`/sections/${slug}/`);
      for (const format of ['A4', 'Letter']) {
        const { pages } = await readPdf(await page.pdf({ format }));
        expect(pages, format).toHaveLength(1);
      }
    });
  }

  test('never splits a question across pages, and keeps each tier heading with its first question', async ({ page }) => {
    await page.goto('/sections/training-dynamics/');
    await setOption(page, 'Space to write');
    const questions = await page.locator('.question-item .question-text').allTextContents();
    const firsts = await page.locator('.tier').evaluateAll((tiers) =>
      tiers.map((tier) => ({
        heading: tier.querySelector('h2')!.textContent!.trim(),
        first: tier.querySelector('.question-text')!.textContent!.replace(/\s+/g, ' ').trim(),
      })),
    );
    const { pages } = await readPdf(await page.pdf({ format: 'Letter' }));
    expect(pages.length).toBeGreaterThan(1);

    for (const question of questions.map(normalize)) {
      expect(pages.filter((text) => text.includes(question)), question).toHaveLength(1);
    }
    for (const { heading, first } of firsts) {
      const at = pages.findIndex((text) => text.includes(heading));
      expect(pages[at], `${heading} with its first question`).toContain(first);
    }
  });

  test('hides navigation, buttons, topics and answer boxes under print media, black on white even when dark', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(SECTION);
    await openOptions(page);
    // The answer workspace's UI, as its contract shapes it: inside the question, marked no-print.
    await page.locator('.question-item').first().evaluate((item) => {
      item.insertAdjacentHTML(
        'beforeend',
        '<details class="no-print" open><summary>Answer before reading</summary><textarea aria-label="Answer before reading"></textarea></details>',
      );
    });
    const screenOnly = {
      header: page.locator('.site-header'),
      'sidebar navigation': page.locator('.sidebar nav'),
      pager: page.locator('.pager'),
      footer: page.locator('.site-footer'),
      'print button': page.getByRole('button', { name: /Print checklist/ }),
      'option box': page.getByRole('checkbox', { name: 'Include my answers' }),
      'answer box': page.getByRole('textbox', { name: 'Answer before reading' }),
      'topic chips': page.locator('.topic-chips').first(),
      'tier blurb': page.locator('.tier .blurb').first(),
    };
    for (const [what, locator] of Object.entries(screenOnly)) await expect(locator, what).toBeVisible();
    await expect(page.locator('.print-masthead')).toBeHidden();
    await expect(page.locator('body')).not.toHaveCSS('background-color', 'rgb(255, 255, 255)');

    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    for (const [what, locator] of Object.entries(screenOnly)) await expect(locator, what).toBeHidden();
    await expect(page.locator('.print-masthead')).toBeVisible();
    await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
    await expect(page.locator('h1')).toHaveCSS('color', 'rgb(0, 0, 0)');
    await expect(page.locator('.question-text a').first()).toHaveCSS('color', 'rgb(0, 0, 0)');
  });

  test('shows each question with a box to tick on paper only', async ({ page }) => {
    await page.goto(SECTION);
    const box = () =>
      page.locator('.question-item').first().evaluate((item) => {
        const style = getComputedStyle(item, '::before');
        return { content: style.content, width: parseFloat(style.width), border: style.borderTopStyle };
      });
    expect((await box()).content).toBe('none');
    await page.emulateMedia({ media: 'print' });
    const printed = await box();
    expect(printed.border).toBe('solid');
    expect(printed.width).toBeGreaterThan(8);
  });
});

test.describe('print options', () => {
  test('are remembered, and apply to the browser’s own Print as well as the button', async ({ page }) => {
    await page.goto(SECTION);
    await setOption(page, 'Picked questions only');
    await setOption(page, 'Space to write');
    await page.reload();
    // Closed, the options name what is on; open, the boxes say the same.
    await expect(page.locator('print-options summary [data-brief]')).toHaveText('Picked questions only, Space to write');
    await openOptions(page);
    await expect(page.getByRole('checkbox', { name: 'Picked questions only' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Include my answers' })).not.toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Space to write' })).toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('data-print-picked-only');
    await expect(page.locator('html')).not.toHaveAttribute('data-print-answers');
    // The same choices follow the learner to another section.
    await page.goto('/sections/data/');
    await expect(page.locator('html')).toHaveAttribute('data-print-writing-space');
    await openOptions(page);
    await expect(page.getByRole('checkbox', { name: 'Space to write' })).toBeChecked();
  });

  test('start unchecked, survive a corrupt stored value, and the button opens the print dialog', async ({ page }) => {
    await page.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, '{oops');
        sessionStorage.setItem('seeded', '1');
      }
      window.print = () => document.documentElement.setAttribute('data-test-printed', '');
    }, OPTIONS_KEY);
    await page.goto(SECTION);
    await expect(page.locator('print-options summary [data-brief]')).toHaveText('');
    await openOptions(page);
    await expect(page.getByRole('status')).toHaveText('Prints all 11 questions.');
    for (const name of ['Picked questions only', 'Include my answers', 'Space to write']) {
      await expect(page.getByRole('checkbox', { name })).not.toBeChecked();
    }
    await page.getByRole('button', { name: /Print checklist/ }).click();
    await expect(page.locator('html')).toHaveAttribute('data-test-printed');
  });

  test('say so when they cannot load, and load when reopened', async ({ page }) => {
    // Offline once the page has loaded: code that loads on first use cannot arrive.
    let offline = false;
    await page.route('**/_astro/**', (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
    await page.goto(SECTION);
    await page.waitForLoadState('networkidle');
    offline = true;
    await openOptions(page);
    await expect(page.getByRole('status')).toHaveText('Print options could not load (are you offline?). Close and reopen to try again.');
    await expect(page.getByRole('checkbox', { name: 'Space to write' })).toBeDisabled();

    offline = false;
    await page.locator('print-options summary').click();
    await openOptions(page);
    await setOption(page, 'Space to write');
    await expect(page.getByRole('status')).toHaveText('Prints all 11 questions, with space to write.');
    await expect(page.locator('html')).toHaveAttribute('data-print-writing-space');
  });

  test('“Include my answers” prints the learner’s answers under their question, and only then', async ({ page }) => {
    await page.goto(SECTION);
    await answer(page, 'leaky-evaluation', 'Test items seen in training.', 'Also prompts tuned on the test set.');
    const without = await readPdf(await page.pdf({ format: 'A4' }));
    expect(without.text).not.toContain('Test items seen in training.');

    await setOption(page, 'Include my answers');
    await expect(page.getByRole('status')).toHaveText('Prints all 11 questions, with your answers.');
    const { text } = await readPdf(await page.pdf({ format: 'A4' }));
    expect(text).toContain('Before reading');
    expect(text).toContain('Test items seen in training.');
    expect(text).toContain('After reading');
    expect(text).toContain('Also prompts tuned on the test set.');
  });

  test('“Include answer guides” prints each question’s key points and follow-ups, and only then', async ({ page }) => {
    await page.goto(SECTION);
    const without = await readPdf(await page.pdf({ format: 'A4' }));
    expect(without.text).not.toContain('A strong answer covers');
    await setOption(page, 'Include answer guides');
    await expect(page.getByRole('status')).toHaveText('Prints all 11 questions, with answer guides.');
    await expect(page.locator('.print-guide:not(:empty)')).toHaveCount(11);
    const { text, pages } = await readPdf(await page.pdf({ format: 'A4' }));
    expect(text.split('A strong answer covers')).toHaveLength(12);
    expect(text).toContain('Follow-ups');
    expect(pages.length).toBeGreaterThan(without.pages.length);
  });

  test('“Picked questions only” leaves the others, and tiers without a pick, off the paper', async ({ page }) => {
    await page.goto(SECTION);
    await setOption(page, 'Picked questions only');
    await expect(page.getByRole('status')).toContainText('No question is picked yet');
    await pick(page, ['leaky-evaluation', 'ship-on-single-metric-win']);
    await expect(page.getByRole('status')).toHaveText('Prints the 2 picked of 11 questions.');

    const texts = await page.locator('.question-item').evaluateAll((items) =>
      items.map((item) => ({ picked: item.hasAttribute('data-picked'), text: item.querySelector('.question-text')!.textContent!.replace(/\s+/g, ' ').trim() })),
    );
    const { text } = await readPdf(await page.pdf({ format: 'A4' }));
    for (const question of texts) {
      if (question.picked) expect(text).toContain(question.text);
      else expect(text, question.text).not.toContain(question.text);
    }
    expect(text).not.toContain('11 questions'); // the section's count would not match the paper
    expect(text).toContain('Foundational');
    expect(text).not.toContain('Deep understanding');
    expect(text).toContain('Interview-style / real-world');
  });

  test('“Show picked only” on screen does not decide what prints: the print options do', async ({ page }) => {
    await page.goto(SECTION);
    await pick(page, ['leaky-evaluation']);
    await page.getByRole('button', { name: 'Show picked only' }).click();
    await expect(page.locator('.question-item:visible')).toHaveCount(1);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.question-item:visible')).toHaveCount(11);
  });

  test('“Space to write” leaves ruled room under every question', async ({ page }) => {
    await page.goto(SECTION);
    const printedHeights = async () => {
      await page.emulateMedia({ media: 'print' });
      const heights = await page.locator('.question-item').evaluateAll((items) => items.map((item) => item.getBoundingClientRect().height));
      await page.emulateMedia({ media: 'screen' });
      return heights;
    };
    const plain = await printedHeights();
    await setOption(page, 'Space to write');
    const spaced = await printedHeights();
    const mm = 96 / 25.4;
    expect(spaced).toHaveLength(11);
    spaced.forEach((height, i) => expect(height - plain[i]!).toBeGreaterThan(25 * mm));
  });
});

test.describe('the whole-guide checklist', () => {
  test('is linked from home and prints every section on its own page, leading back to it', async ({ page, baseURL }) => {
    test.slow(); // Two printouts of all 135 questions.
    await page.goto('/');
    await page.getByRole('link', { name: /printable checklist/ }).click();
    await expect(page).toHaveURL(/\/checklist\/$/);
    await page.waitForLoadState(); // A learner prints a page that has loaded, scripts and all.
    await expect(page.locator('.question-item')).toHaveCount(135);
    const sections = await page.locator('.checklist-section').evaluateAll((all) =>
      all.map((section) => ({
        title: section.querySelector('h2')!.textContent!.replace(/\s+/g, ' ').trim(),
        link: section.querySelector('h2 a')!.getAttribute('href')!,
      })),
    );
    expect(sections).toHaveLength(13);

    for (const format of ['A4', 'Letter']) {
      const { pages } = await readPdf(await page.pdf({ format }));
      expect(pages, format).toHaveLength(13);
      sections.forEach(({ title, link }, i) => {
        expect(pages[i]).toContain(title);
        expect(pages[i]).toContain(`${baseURL}${link}`);
      });
    }
  });

  test('has the same options: picked only prints just the picked questions’ sections', async ({ page }) => {
    test.slow(); // A printout of the 135-question page.
    await page.goto('/checklist/');
    await setOption(page, 'Picked questions only');
    await pick(page, ['leaky-evaluation', 'grpo-vs-dpo']);
    await expect(page.getByRole('status')).toHaveText('Prints the 2 picked of 135 questions.');
    const { pages, text } = await readPdf(await page.pdf({ format: 'A4' }));
    expect(pages).toHaveLength(2);
    expect(text).toContain('When would you choose GRPO over DPO?');
    expect(text).not.toContain('Data as a Training Lever');
  });
});

test('without JavaScript, the browser’s Print still gives the clean checklist', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto(SECTION);
  await expect(page.getByRole('button', { name: /Print checklist/ })).toBeHidden();
  const questions = await page.locator('.question-item .question-text').allTextContents();
  const { pages, text } = await readPdf(await page.pdf({ format: 'Letter' }));
  expect(pages).toHaveLength(1);
  for (const question of questions) expect(text).toContain(normalize(question));
  expect(text).toContain(SECTION);
  await context.close();
});
