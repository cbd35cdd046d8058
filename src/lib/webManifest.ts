/**
 * The web app manifest: what a browser needs to install the guide on a home screen. Built by
 * src/pages/manifest.webmanifest.ts; every URL comes from the site's `href`, so `start_url` and
 * `scope` follow the path prefix.
 */
import { SITE_NAME, SITE_TAGLINE } from './site';

/**
 * The page background in each theme (--color-bg in src/styles/tokens.css): the browser paints its
 * bar and an installed app's splash screen with it. A unit test keeps the two in step.
 */
export const THEME_COLORS = { light: '#fbfaf7', dark: '#131519' } as const;

/** The icons in public/icons/ (drawn from the favicon by scripts/icons.mjs). */
const ICONS = [
  { file: 'icons/icon-192.png', sizes: '192x192', purpose: 'any' },
  { file: 'icons/icon-512.png', sizes: '512x512', purpose: 'any' },
  { file: 'icons/maskable-512.png', sizes: '512x512', purpose: 'maskable' },
] as const;

export function webManifest(href: (path?: string) => string) {
  return {
    id: href(),
    name: SITE_NAME,
    short_name: 'Study Guide',
    description: SITE_TAGLINE,
    lang: 'en',
    start_url: href(),
    scope: href(),
    display: 'standalone',
    background_color: THEME_COLORS.light,
    theme_color: THEME_COLORS.light,
    icons: ICONS.map(({ file, sizes, purpose }) => ({ src: href(file), sizes, type: 'image/png', purpose })),
  };
}
