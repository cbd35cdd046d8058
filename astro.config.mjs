// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';

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
  },
});
