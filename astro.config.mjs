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
  vite: {
    // Bundled workers are ES modules: the diff worker is one, and so is each module that loads on
    // first use (src/scripts/standalone.ts), so no page's eager script carries Vite's import helper.
    worker: { format: 'es' },
  },
});
