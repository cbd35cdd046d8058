import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createHref } from '../../src/lib/urls';
import { THEME_COLORS, webManifest } from '../../src/lib/webManifest';

describe('the web app manifest', () => {
  it('starts and stays under the site’s path prefix', () => {
    const manifest = webManifest(createHref('/study-guide/'));
    expect(manifest.start_url).toBe('/study-guide/');
    expect(manifest.scope).toBe('/study-guide/');
    expect(manifest.icons.map((icon) => icon.src)).toEqual([
      '/study-guide/icons/icon-192.png',
      '/study-guide/icons/icon-512.png',
      '/study-guide/icons/maskable-512.png',
    ]);
  });

  it('offers an icon a platform may cut to its own shape, and a short name for the home screen', () => {
    const manifest = webManifest(createHref('/'));
    expect(manifest.icons.some((icon) => icon.purpose === 'maskable' && icon.sizes === '512x512')).toBe(true);
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
  });

  it('paints the browser with the page background of each theme', () => {
    const tokens = readFileSync('src/styles/tokens.css', 'utf8');
    expect(tokens).toContain(`--color-bg: light-dark(${THEME_COLORS.light}, ${THEME_COLORS.dark});`);
  });
});
