import { describe, expect, it } from 'vitest';
import { createHref } from '../../src/lib/urls';

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
