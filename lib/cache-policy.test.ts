import { describe, expect, it } from 'vitest';
import { isCacheableListView, MAX_CACHED_PAGE } from './cache-policy';

describe('isCacheableListView', () => {
  it('caches the views a link on the site produces', () => {
    expect(isCacheableListView({ q: undefined, page: 1 })).toBe(true);
    expect(isCacheableListView({ q: '', page: MAX_CACHED_PAGE })).toBe(true);
    expect(isCacheableListView({ q: undefined, page: 1 }, 25)).toBe(true);
    expect(isCacheableListView({ q: undefined, page: 3 }, 100)).toBe(true);
  });

  it('reads search words, deep pages and odd page sizes directly: anyone can make up endless ones', () => {
    expect(isCacheableListView({ q: 'railway', page: 1 })).toBe(false);
    expect(isCacheableListView({ q: 'x', page: 1 }, 25)).toBe(false);
    expect(isCacheableListView({ q: undefined, page: MAX_CACHED_PAGE + 1 })).toBe(false);
    expect(isCacheableListView({ q: undefined, page: 1 }, 37)).toBe(false);
  });
});
