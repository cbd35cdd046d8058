import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const pages = {
  home: '/',
  section: '/sections/evaluation/',
  question: '/questions/grpo-vs-dpo/',
  topics: '/topics/',
  topic: '/topics/dpo/',
  'not found': '/no-such-page/',
};

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [kind, path] of Object.entries(pages)) {
    test(`axe finds no violation on the ${kind} page in ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}
