import { expect, test, type Page } from '@playwright/test';
import { PAGE_KINDS } from '../../scripts/pageKinds.mjs';
import { KEY } from './helpers/answers';

/**
 * Pages hold still while they load: what a script fills in was already given its space on the
 * server. Cumulative layout shift (as Chromium reports it) stays at or under 0.02 on every page
 * kind, for a new learner and for one with answers, picks and notes stored, on a phone and a
 * desktop.
 */
const PAGES = PAGE_KINDS;

const day = 86_400_000;
/** A day as the stored format writes it ("2025-11-25", local). */
const dayOf = (ms: number) => new Date(ms - new Date(ms).getTimezoneOffset() * 60_000).toISOString().slice(0, 10);

/** A returning learner: answers before and after, a pick, reading notes, a practice attempt now due, no backup for weeks. */
function returningLearner(now: number) {
  const at = now - 20 * day;
  return JSON.stringify({
    format: 'training-roles-guide/answers',
    version: 3,
    answers: {
      'post-training-purpose': { before: { text: 'Pretraining predicts text.\nIt does not follow instructions.', updatedAt: at } },
      'grpo-vs-dpo': {
        before: { text: 'GRPO needs a reward; DPO needs pairs.', updatedAt: at },
        after: { text: 'GRPO when the reward is verifiable.\nDPO when only preferences exist.', updatedAt: at },
      },
    },
    picks: { 'grpo-vs-dpo': { picked: true, updatedAt: at }, 'dpo-no-reward-model': { picked: true, updatedAt: at } },
    notes: { 'post-training': { text: 'InstructGPT paper\nDPO paper', updatedAt: at } },
    attempts: {
      'grpo-vs-dpo': [
        { id: 'returning-attempt-1', at: now - 3 * day, answer: 'A group baseline.', seconds: 140, points: [], total: 5, rating: 'hard', due: dayOf(now - day) },
      ],
    },
    interview: null,
    lastBackupAt: null,
  });
}

/** Sums layout-shift entries from the start of every document the page loads. */
async function observeLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { __cls: number }).__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) (window as unknown as { __cls: number }).__cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

async function layoutShift(page: Page, path: string): Promise<number> {
  await page.goto(path, { waitUntil: 'networkidle' });
  // Let late work (idle callbacks, a second frame) land before reading the total.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 300))));
  return page.evaluate(() => (window as unknown as { __cls: number }).__cls);
}

for (const [width, height] of [[360, 740], [1280, 800]] as const) {
  for (const learner of ['new', 'returning'] as const) {
    test(`pages hold still while loading at ${width} px for a ${learner} learner`, async ({ page }) => {
      test.slow();
      await page.setViewportSize({ width, height });
      await observeLayoutShift(page);
      if (learner === 'returning') {
        const stored = returningLearner(Date.now());
        await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [KEY, stored]);
      }
      const shifts: Record<string, number> = {};
      for (const [kind, path] of Object.entries(PAGES)) shifts[kind] = Math.round((await layoutShift(page, path)) * 1000) / 1000;
      const over = Object.fromEntries(Object.entries(shifts).filter(([, value]) => value > 0.02));
      expect(over, `layout shift per page kind: ${JSON.stringify(shifts)}`).toEqual({});
    });
  }
}
