// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';

/**
 * Hosts gzip each file on its own, and a section page made of a dozen tiny modules paid about
 * 2.5 KB for it. The elements of a section page, with the answer store they share, go into one
 * chunk ('page'), which every page loads (the header's elements are in it too); each component's
 * script becomes a one-line import of it. Elements of one other page kind only (the answers page,
 * the question page's guide, home's continue link) and code loaded on first use keep their files.
 */
const PAGE_CHUNK = [
  /\/src\/components\/(SiteSearch|ThemeToggle|SectionProgress|SectionToolbar|SavedText|AnswerPanels|QuestionItem|PrintOptions|UpdateNotice)\.astro\?astro&type=script/,
  /\/src\/scripts\/(answerRuntime|browserStorage|questionItems)\.ts$/,
  /\/src\/lib\/(answer(Document|Store|Progress|Json)|site|searchShortcut|printOptions|offline)\.ts$/,
];
/** @param {string} id */
function pageScriptChunk(id) {
  return PAGE_CHUNK.some((pattern) => pattern.test(id)) ? 'page' : undefined;
}

// BASE_PATH serves the site under a prefix (GitHub Pages project sites); SITE_URL is its origin.
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base,
  outDir: process.env.OUT_DIR || './dist',
  trailingSlash: 'always',
  integrations: [mdx(), sitemap()],
  markdown: {
    processor: unified({ remarkPlugins: [remarkGfm] }),
  },
  devToolbar: { enabled: false },
  // Scoped selectors add no specificity: cascade layers alone decide what wins (print over components).
  scopedStyleStrategy: 'where',
  vite: {
    // The diff worker is an ES module.
    worker: { format: 'es' },
    build: { rollupOptions: { output: { manualChunks: pageScriptChunk } } },
  },
});
