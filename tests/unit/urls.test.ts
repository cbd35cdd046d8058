import { describe, expect, it } from 'vitest';
import { createHref, routes } from '../../src/lib/urls';

describe('internal links', () => {
  it('stay under the site’s path prefix', () => {
    const href = createHref('/guide/');
    expect(href('questions/grpo-vs-dpo/')).toBe('/guide/questions/grpo-vs-dpo/');
    expect(href('/topics/')).toBe('/guide/topics/');
    expect(href()).toBe('/guide/');
  });

  it('work at the root and with a prefix written without its trailing slash', () => {
    expect(createHref('/')('sections/data/')).toBe('/sections/data/');
    expect(createHref('/guide')('sections/data/')).toBe('/guide/sections/data/');
  });
});

describe('search links', () => {
  it('point at the search page, carrying the query and filters', () => {
    expect(routes.search()).toBe('/search/');
    expect(routes.search({ filters: { topic: ['dpo'] } })).toBe('/search/?topic=dpo');
    expect(routes.search({ q: 'dpo', filters: { tier: ['interview'] } })).toBe('/search/?q=dpo&tier=interview');
  });

  it('find Pagefind’s bundle inside the site', () => {
    expect(routes.pagefind('pagefind.js')).toBe('/pagefind/pagefind.js');
  });
});
