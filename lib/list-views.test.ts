import { describe, expect, it } from 'vitest';
import { parseListFilters } from './filters';
import { listHref, parseViewSegments, viewPath } from './list-views';
import { MAX_CACHED_PAGE } from './cache-policy';

describe('views of the commitments list', () => {
  it('put the select filters in the path, in one order, leaving defaults out', () => {
    expect(viewPath({ sort: 'deadline', page: 1 })).toBe('/commitments');
    expect(viewPath({ category: 'transport' })).toBe('/commitments/view/category/transport');
    expect(viewPath({ status: 'in-progress', category: 'transport', sort: 'progress', page: 2 })).toBe(
      '/commitments/view/category/transport/status/in-progress/sort/progress/page/2',
    );
    expect(viewPath({ country: 'TJ', kind: 'project', sort: 'deadline', page: 1 })).toBe('/commitments/view/kind/project/country/TJ');
  });

  it('are not made for searches or deep pages, which keep the query form', () => {
    expect(viewPath({ q: 'rail' })).toBeNull();
    expect(viewPath({ page: MAX_CACHED_PAGE + 1 })).toBeNull();
    expect(listHref({ q: 'rail', category: 'transport' })).toBe('/commitments?category=transport&q=rail');
    expect(listHref({ page: MAX_CACHED_PAGE + 1 })).toBe(`/commitments?page=${MAX_CACHED_PAGE + 1}`);
    expect(listHref({ category: 'trade' })).toBe('/commitments/view/category/trade');
  });

  it('read back from the path to the same filters the query form gives', () => {
    const query = parseListFilters({ category: 'transport', status: 'overdue', country: 'KZ', sort: 'title', page: '3' }).filters;
    const path = viewPath(query)!;
    const parsed = parseViewSegments(path.split('/').slice(3));
    expect(parsed).not.toBeNull();
    expect(parseListFilters(parsed!.params).filters).toEqual(query);
    expect(parsed!.canonical).toBe(path);
  });

  it('name the canonical path for segments in another order or with defaults spelled out', () => {
    expect(parseViewSegments(['status', 'achieved', 'category', 'trade'])!.canonical).toBe('/commitments/view/category/trade/status/achieved');
    expect(parseViewSegments(['sort', 'deadline', 'page', '1'])!.canonical).toBe('/commitments');
  });

  it('refuse what no link makes: unknown keys or values, a key twice, a dangling key, a deep page', () => {
    for (const segments of [
      ['colour', 'red'],
      ['category', 'mining'],
      ['category', 'trade', 'category', 'transport'],
      ['category'],
      ['page', String(MAX_CACHED_PAGE + 1)],
      ['q', 'rail'],
      ['country', 'kz'],
    ]) {
      expect(parseViewSegments(segments), segments.join('/')).toBeNull();
    }
  });
});
