import { describe, expect, it } from 'vitest';
import { filtersToQuery, parseListFilters } from './filters';

describe('parseListFilters', () => {
  it('reads valid filters and applies defaults', () => {
    const { filters, problems } = parseListFilters({ category: 'trade', country: 'TJ', q: ' rail ' });
    expect(problems).toEqual([]);
    expect(filters).toEqual({ category: 'trade', country: 'TJ', q: 'rail', sort: 'deadline', page: 1 });
  });

  it('drops a bad value, keeps the good ones and says what was wrong', () => {
    const { filters, problems } = parseListFilters({ category: 'mining', kind: 'event', page: '-3' });
    expect(filters.category).toBeUndefined();
    expect(filters.kind).toBe('event');
    expect(filters.page).toBe(1);
    expect(problems).toEqual([
      { parameter: 'category', value: 'mining', allowed: expect.arrayContaining(['trade', 'transport']) },
      { parameter: 'page', value: '-3', allowed: [] },
    ]);
  });

  it('cuts a long bad value to 40 characters', () => {
    const { problems } = parseListFilters({ sort: 'x'.repeat(500) });
    expect(problems).toEqual([{ parameter: 'sort', value: 'x'.repeat(40), allowed: ['deadline', 'progress', 'title'] }]);
  });

  it('takes the last of repeated params (as the rewrites to cached views do) and ignores empty ones', () => {
    const { filters } = parseListFilters({ status: ['overdue', 'achieved'], q: '' });
    expect(filters.status).toBe('achieved');
    expect(filters.q).toBeUndefined();
  });
});

describe('filtersToQuery', () => {
  it('round-trips through the parser and leaves defaults out', () => {
    const query = filtersToQuery({ category: 'transport', sort: 'deadline', page: 1, q: 'Aktau port' });
    expect(query).toBe('?category=transport&q=Aktau+port');
    const back = parseListFilters(Object.fromEntries(new URLSearchParams(query)));
    expect(back.filters).toMatchObject({ category: 'transport', q: 'Aktau port' });
  });
});
