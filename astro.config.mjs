// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';

/**
 * Hosts gzip each file on its own, and a page made of a dozen tiny modules paid about 2.5 KB for
 * it. So scripts are grouped by the pages that run them, and each component's script becomes a
 * one-line import of its group. A group takes the modules it names and what they import that no
 * group before it took:
 * - site: every page; the header's elements, how every element reads the learner's work, the
 *   sections' progress bars (home and sections) and the question list's shape.
 * - store: the answer store, which a page loads when it first needs it (scripts/answerAccess.ts).
 * - questions: pages that list questions (home, sections, questions, the checklist).
 * - answers-page: the answers page's elements.
 * Elements of one other page kind (the question page's guide, home's continue link, practice) and
 * code loaded on first use keep their own files.
 */
const SCRIPT_GROUPS = [
  {
    name: 'site',
    test: /[\\/]src[\\/](components[\\/](SiteSearch|ThemeToggle|UpdateNotice|SectionProgress)\.astro\?astro&type=script|scripts[\\/](answerAccess|browserStorage)\.ts$|lib[\\/](answerDocument|answerProgress|guideOutline|site|searchShortcut|offline|preferences)\.ts$)/,
  },
  {
    name: 'store',
    test: /[\\/]src[\\/](scripts[\\/]answerRuntime|lib[\\/](answerStore|storedAnswers|answerJson|practiceAttempt))\.ts$/,
  },
  {
    name: 'questions',
    test: /[\\/]src[\\/](components[\\/](SectionToolbar|SavedText|AnswerPanels|QuestionItem|PrintOptions)\.astro\?astro&type=script|scripts[\\/]questionItems\.ts$|lib[\\/]printOptions\.ts$)/,
  },
  {
    name: 'answers-page',
    test: /[\\/]src[\\/]components[\\/](AnswersBackup|AnsweredList|StartOver|AsideCopies)\.astro\?astro&type=script/,
  },
].map((group, index, all) => ({ ...group, priority: all.length - index }));

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
    build: { rolldownOptions: { output: { codeSplitting: { groups: SCRIPT_GROUPS } } } },
  },
});
