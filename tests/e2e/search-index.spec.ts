/**
 * The search index the build writes (pagefind/), queried with Pagefind's own JS API in the
 * browser, as the search UI does: one result per question, and filters that match the syllabus.
 */
import { expect, test, type Page } from '@playwright/test';
import { PREFIX, prefixPort } from '../../playwright.config';
import { questionCount, questionsTagged, sectionNames, tierLabels, topicTitles } from './helpers/syllabus';

interface Hit {
  url: string;
  title: string;
  section: string;
  tier: string;
  excerpt: string;
}

/** Runs a search in the page with Pagefind's JS API, loaded from the site's own bundle. */
async function search(page: Page, bundle: string, term: string | null, filters: Record<string, string> = {}) {
  return page.evaluate(
    async ({ bundle, term, filters }) => {
      const pagefind = await import(bundle);
      const { results } = await pagefind.search(term, { filters });
      const hits = await Promise.all(results.map((result: { data: () => Promise<unknown> }) => result.data()));
      return hits.map((hit) => {
        const { url, meta, excerpt } = hit as { url: string; meta: Record<string, string>; excerpt: string };
        return { url, title: meta.title!, section: meta.section!, tier: meta.tier!, excerpt } satisfies Hit;
      });
    },
    { bundle, term, filters },
  );
}

async function filterValues(page: Page, bundle: string) {
  return page.evaluate(async (bundle) => {
    const pagefind = await import(bundle);
    const filters: Record<string, Record<string, number>> = await pagefind.filters();
    return Object.fromEntries(Object.entries(filters).map(([key, values]) => [key, Object.keys(values)]));
  }, bundle);
}

test.describe('the search index', () => {
  const bundle = '/pagefind/pagefind.js';
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
  });

  test('"DPO" finds every DPO question, each once, labelled with section and tier', async ({ page }) => {
    const hits = await search(page, bundle, 'DPO');
    const dpoQuestions = questionsTagged('dpo');
    // Questions whose guides discuss DPO are found too; the ones tagged DPO all are.
    expect(hits.map((hit) => hit.url)).toEqual(expect.arrayContaining(dpoQuestions.map((q) => `/questions/${q.id}/`)));
    expect(new Set(hits.map((hit) => hit.url)).size).toBe(hits.length);

    const grpo = hits.find((hit) => hit.url === '/questions/grpo-vs-dpo/');
    expect(grpo).toMatchObject({
      title: 'When would you choose GRPO over DPO?',
      section: 'Post-training & preference optimization',
      tier: 'Interview-style / real-world',
    });
    expect(grpo!.excerpt).toContain('<mark>DPO');
  });

  test('the interview tier filter narrows "DPO" to interview questions, the GRPO one first', async ({ page }) => {
    const hits = await search(page, bundle, 'DPO', { tier: 'Interview-style / real-world' });
    expect(hits[0]?.title).toBe('When would you choose GRPO over DPO?');
    expect(new Set(hits.map((hit) => hit.tier))).toEqual(new Set(['Interview-style / real-world']));
  });

  test('filters are the syllabus’ sections, tiers and topic vocabulary, exactly', async ({ page }) => {
    const values = await filterValues(page, bundle);
    expect(Object.keys(values).sort()).toEqual(['section', 'tier', 'topic']);
    expect(values.topic!.sort()).toEqual([...topicTitles].sort());
    expect(values.section!.sort()).toEqual([...sectionNames].sort());
    expect(values.tier!.sort()).toEqual([...tierLabels].sort());
  });

  test('a filter with no query lists every question it matches', async ({ page }) => {
    const hits = await search(page, bundle, null, { tier: 'Interview-style / real-world' });
    expect(hits).toHaveLength(questionCount('interview'));
    expect(new Set(hits.map((hit) => hit.tier))).toEqual(new Set(['Interview-style / real-world']));
  });

  test('a topic’s aliases find its questions, while excerpts quote the question and its guide, never the alias list', async ({ page }) => {
    // "PPO" is an alias of RLHF & policy optimization; not every RLHF question says it.
    const hits = await search(page, bundle, 'PPO');
    expect(hits.map((hit) => hit.url)).toEqual(expect.arrayContaining(questionsTagged('rlhf').map((q) => `/questions/${q.id}/`)));
    for (const hit of hits) expect(hit.excerpt, hit.url).not.toContain(' · ');
  });

  test('only question pages are indexed, each with its question and topics but no page chrome', async ({ page }) => {
    const everything = await search(page, bundle, null);
    expect(everything).toHaveLength(questionCount('foundational') + questionCount('deep') + questionCount('interview'));
    expect(everything.every((hit) => /^\/questions\/[a-z0-9-]+\/$/.test(hit.url))).toBe(true);

    const content = await page.evaluate(async (bundle) => {
      const pagefind = await import(bundle);
      const { results } = await pagefind.search('GRPO');
      return ((await results[0].data()) as { content: string }).content;
    }, bundle);
    expect(content).toContain('When would you choose GRPO over DPO?');
    expect(content).toContain('RLHF & policy optimization');
    // Skip link, header, navigation, breadcrumbs, "where" line, back link, pager, footer.
    for (const chrome of ['Skip to content', 'Menu', 'Sections', 'Question 3 of', 'Back to', 'Next', 'Answers you write here']) {
      expect(content, chrome).not.toContain(chrome);
    }
  });
});

test.describe('the search index under a path prefix', () => {
  test.use({ baseURL: `http://localhost:${prefixPort}` });

  test('loads from inside the prefix and answers the same search', async ({ page }) => {
    await page.goto(PREFIX);
    const hits = await search(page, `${PREFIX}pagefind/pagefind.js`, 'DPO', { tier: 'Interview-style / real-world' });
    expect(hits[0]?.title).toBe('When would you choose GRPO over DPO?');
    expect(hits[0]?.url).toBe(`${PREFIX}questions/grpo-vs-dpo/`);
  });
});
