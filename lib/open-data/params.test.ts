import { describe, expect, it } from 'vitest';
import { parseListFilters } from '../filters';
import {
  checkPageInRange,
  MAX_PER_PAGE,
  parseCommitmentCsvQuery,
  parseCommitmentListQuery,
  parseLocaleQuery,
  parseNoQuery,
  parseSlug,
  type ApiError,
  type Parsed,
} from './params';

const q = (query: string) => new URLSearchParams(query);

function errorOf<T>(result: Parsed<T>): ApiError {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}

function valueOf<T>(result: Parsed<T>): T {
  if (!result.ok) throw new Error(`expected a value, got ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('parseCommitmentListQuery', () => {
  it('reads the same filters as the list page from the same query string', () => {
    const query = 'category=transport&status=in-progress&kind=project&country=TM&q=%20rail%20&sort=progress&page=2';
    const { filters, perPage } = valueOf(parseCommitmentListQuery(q(query)));
    expect(filters).toEqual(parseListFilters(Object.fromEntries(q(query))).filters);
    expect(filters).toEqual({ category: 'transport', status: 'in-progress', kind: 'project', country: 'TM', q: 'rail', sort: 'progress', page: 2 });
    expect(perPage).toBe(25);
  });

  it('applies the page defaults and treats empty values as unset, as the filter form submits them', () => {
    const { filters } = valueOf(parseCommitmentListQuery(q('category=&status=&q=')));
    expect(filters).toEqual({ sort: 'deadline', page: 1 });
  });

  it.each([
    ['category=mining', 'category', /expected one of trade, transport, digital/],
    ['status=late', 'status', /overdue/],
    ['kind=treaty', 'kind', /target, project, agreement, decision, event/],
    ['country=RU', 'country', /KZ/],
    ['sort=newest', 'sort', /deadline, progress, title/],
    ['page=0', 'page', /at least 1/],
    ['page=two', 'page', /whole number/],
    ['page=1.5', 'page', /whole number/],
    [`q=${'x'.repeat(201)}`, 'q', /at most 200 characters/],
    ['per_page=0', 'per_page', /1 to 100/],
    ['per_page=101', 'per_page', /1 to 100/],
    ['per_page=ten', 'per_page', /1 to 100/],
    ['per_page=-5', 'per_page', /1 to 100/],
  ])('refuses %s with a 400 naming the parameter', (query, parameter, message) => {
    const error = errorOf(parseCommitmentListQuery(q(query)));
    expect(error).toMatchObject({ status: 400, code: 'invalid_parameter', parameter });
    expect(error.message).toMatch(message);
  });

  it('quotes the bad value, shortened, so the analyst sees what was sent', () => {
    const error = errorOf(parseCommitmentListQuery(q(`category=${'z'.repeat(100)}`)));
    expect(error.message).toContain(`“${'z'.repeat(40)}…”`);
  });

  it('refuses an unknown parameter, and suggests per_page for the usual misspellings', () => {
    expect(errorOf(parseCommitmentListQuery(q('categroy=trade')))).toMatchObject({ code: 'unknown_parameter', parameter: 'categroy' });
    const limit = errorOf(parseCommitmentListQuery(q('limit=10')));
    expect(limit).toMatchObject({ status: 400, code: 'unknown_parameter', parameter: 'limit' });
    expect(limit.message).toContain('did you mean per_page?');
    expect(limit.message).toContain('accepted: category, status, kind, country, q, sort, page, per_page');
  });

  it('refuses a repeated parameter instead of silently using one of the values', () => {
    const error = errorOf(parseCommitmentListQuery(q('category=trade&category=transport')));
    expect(error).toMatchObject({ status: 400, code: 'repeated_parameter', parameter: 'category' });
  });

  it('reads the language, English by default, and refuses one the site does not have', () => {
    expect(valueOf(parseCommitmentListQuery(q(''))).locale).toBe('en');
    expect(valueOf(parseCommitmentListQuery(q('locale=kk&q=теміржол'))).locale).toBe('kk');
    const error = errorOf(parseCommitmentListQuery(q('locale=de')));
    expect(error).toMatchObject({ status: 400, code: 'invalid_parameter', parameter: 'locale' });
    expect(error.message).toContain('en, ru, kk');
  });

  it('accepts per_page from 1 to the maximum', () => {
    expect(valueOf(parseCommitmentListQuery(q('per_page=1'))).perPage).toBe(1);
    expect(valueOf(parseCommitmentListQuery(q(`per_page=${MAX_PER_PAGE}`))).perPage).toBe(MAX_PER_PAGE);
  });
});

describe('parseCommitmentCsvQuery', () => {
  it('takes the same filters and the language', () => {
    expect(valueOf(parseCommitmentCsvQuery(q('country=KZ&sort=title&locale=ru')))).toEqual({
      filters: { country: 'KZ', sort: 'title', page: 1 },
      locale: 'ru',
    });
  });

  it('refuses paging parameters and says why', () => {
    for (const name of ['page', 'per_page']) {
      const error = errorOf(parseCommitmentCsvQuery(q(`${name}=2`)));
      expect(error).toMatchObject({ status: 400, code: 'unknown_parameter', parameter: name });
      expect(error.message).toContain('not paged');
    }
  });

  it('refuses a bad filter value like the JSON list does', () => {
    expect(errorOf(parseCommitmentCsvQuery(q('kind=bridge')))).toMatchObject({ code: 'invalid_parameter', parameter: 'kind' });
  });
});

describe('parseNoQuery', () => {
  it('accepts no parameters and refuses any', () => {
    expect(parseNoQuery(q('')).ok).toBe(true);
    const error = errorOf(parseNoQuery(q('format=csv')));
    expect(error).toMatchObject({ status: 400, code: 'unknown_parameter', parameter: 'format' });
    expect(error.message).toContain('takes no query parameters');
  });
});

describe('parseLocaleQuery', () => {
  it('takes only the language', () => {
    expect(valueOf(parseLocaleQuery(q('')))).toBe('en');
    expect(valueOf(parseLocaleQuery(q('locale=ru')))).toBe('ru');
    expect(errorOf(parseLocaleQuery(q('locale=RU')))).toMatchObject({ parameter: 'locale', code: 'invalid_parameter' });
    expect(errorOf(parseLocaleQuery(q('page=2')))).toMatchObject({ parameter: 'page', code: 'unknown_parameter' });
  });
});

describe('parseSlug', () => {
  it('accepts a well-formed slug', () => {
    expect(valueOf(parseSlug('aktau-container-hub'))).toBe('aktau-container-hub');
  });

  it.each(['Aktau', 'ab', 'a--b', ' aktau-port', 'aktau_port', 'x'.repeat(81), "a'; drop table"])('refuses %j naming the parameter', (slug) => {
    expect(errorOf(parseSlug(slug, 'metric'))).toMatchObject({ status: 400, code: 'invalid_parameter', parameter: 'metric' });
  });
});

describe('checkPageInRange', () => {
  it('allows every page up to the last, and page 1 of an empty result', () => {
    expect(checkPageInRange(1, 0, 25)).toBeNull();
    expect(checkPageInRange(2, 26, 25)).toBeNull();
  });

  it('refuses a page past the last one and says how many there are', () => {
    const error = checkPageInRange(3, 26, 25);
    expect(error).toMatchObject({ status: 400, parameter: 'page' });
    expect(error?.message).toContain('26 matching commitments at 25 per page make 2 pages');
  });
});
