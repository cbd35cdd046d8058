import { describe, expect, it } from 'vitest';
import { createPrecache, isOwnCache, precacheName, showsUpdateNotice, type PrecacheFile } from '../../src/lib/offline';

describe('the precache’s name', () => {
  it.each([
    ['/', 'training-roles-guide:/:precache-v1'],
    ['/study-guide/', 'training-roles-guide:/study-guide/:precache-v1'],
    ['/study-guide', 'training-roles-guide:/study-guide/:precache-v1'],
  ])('carries the site’s path prefix (%s)', (scopePath, name) => {
    expect(precacheName(scopePath)).toBe(name);
  });

  it('lets a site recognise its own caches, older versions included', () => {
    expect(isOwnCache('training-roles-guide:/study-guide/:precache-v0', '/study-guide/')).toBe(true);
    expect(isOwnCache(precacheName('/study-guide/'), '/study-guide/')).toBe(true);
  });

  it('never lets a site on the same origin touch another’s caches', () => {
    // The site at the root must not delete the one under /study-guide/, nor the other way round.
    expect(isOwnCache(precacheName('/study-guide/'), '/')).toBe(false);
    expect(isOwnCache(precacheName('/'), '/study-guide/')).toBe(false);
    expect(isOwnCache(precacheName('/study-guide-2/'), '/study-guide/')).toBe(false);
    expect(isOwnCache('workbox-precache-v2-http://localhost/', '/')).toBe(false);
  });
});

const FILES: PrecacheFile[] = [
  ['index.html', 'aaa'],
  ['sections/data/index.html', 'bbb'],
  ['404.html', 'ccc'],
  ['_astro/BaseLayout.Dp94XROw.css', 'ddd'],
  ['pagefind/pagefind-entry.json', 'eee'],
];

describe.each([
  ['at the root', 'https://example.org/'],
  ['under a path prefix', 'https://example.org/study-guide/'],
])('the precached files %s', (_, scope) => {
  const precache = createPrecache(scope, FILES);
  const at = (path: string) => new URL(path, scope).href;

  it('serve pages at their directory URL and other files at their own', () => {
    expect(precache.entries.map((entry) => entry.url)).toEqual([
      at(''),
      at('sections/data/'),
      at('404.html'),
      at('_astro/BaseLayout.Dp94XROw.css'),
      at('pagefind/pagefind-entry.json'),
    ]);
  });

  it('key a file by its revision, except hashed assets whose URL is their revision', () => {
    expect(precache.keyFor(at('sections/data/'))).toBe(`${at('sections/data/')}?__rev=bbb`);
    expect(precache.keyFor(at('_astro/BaseLayout.Dp94XROw.css'))).toBe(at('_astro/BaseLayout.Dp94XROw.css'));
    expect(precache.entries.filter((entry) => entry.hashed)).toHaveLength(1);
  });

  it('find a file whatever the query (Pagefind asks for its entry with ?ts=)', () => {
    expect(precache.keyFor(at('pagefind/pagefind-entry.json?ts=1700000000'))).toBe(`${at('pagefind/pagefind-entry.json')}?__rev=eee`);
    expect(precache.keyFor(at('pagefind/other.js'))).toBeUndefined();
  });

  it('answer a navigation with its page, with or without the trailing slash', () => {
    expect(precache.pageKeyFor(at('?from=home'))).toBe(`${at('')}?__rev=aaa`);
    expect(precache.pageKeyFor(at('sections/data'))).toBe(`${at('sections/data/')}?__rev=bbb`);
    expect(precache.pageKeyFor(at('questions/never-written/'))).toBeUndefined();
    expect(precache.notFoundKey).toBe(`${at('404.html')}?__rev=ccc`);
  });

  it('tell this site’s hashed assets from everything else', () => {
    expect(precache.isHashed(at('_astro/searchUiEntry.OLDHASH.js'))).toBe(true);
    expect(precache.isHashed(at('pagefind/pagefind.js'))).toBe(false);
    expect(precache.isHashed('https://example.org/elsewhere/_astro/a.js')).toBe(false);
  });
});

describe('the update notice', () => {
  const waiting = { updateWaiting: true, unsavedText: false, writing: false };

  it('shows once a new version waits and nothing the learner typed is at risk', () => {
    expect(showsUpdateNotice(waiting)).toBe(true);
  });

  it('never shows while a text field holds unsaved text', () => {
    expect(showsUpdateNotice({ ...waiting, unsavedText: true })).toBe(false);
  });

  it('waits while the learner is writing, even between saves', () => {
    expect(showsUpdateNotice({ ...waiting, writing: true })).toBe(false);
  });

  it('stays hidden when there is no new version', () => {
    expect(showsUpdateNotice({ updateWaiting: false, unsavedText: false, writing: false })).toBe(false);
  });
});
