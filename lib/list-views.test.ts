import { describe, expect, it } from 'vitest';
// Next's own matcher for `has` / `missing` and its destination builder, so the test checks
// what the server will do with these rules rather than a copy of its logic.
import { matchHas, prepareDestination } from 'next/dist/shared/lib/router/utils/prepare-destination';
import { LIST_VIEW_ROUTE, listViewRewrites, MAX_CACHED_PAGE, parseListView } from './list-views';

const rules = listViewRewrites(['en', 'ru', 'kk'], 'en');

/** The internal path Next would serve for an address, or null when no rule matches. */
function rewrite(address: string): string | null {
  const url = new URL(address, 'http://localhost');
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    query[key] = all.length > 1 ? all : all[0]!;
  }
  const matches = rules.filter((rule) => rule.source === url.pathname).flatMap((rule) => {
    const params = matchHas({ headers: {} } as never, query, rule.has, rule.missing);
    return params ? [{ rule, params }] : [];
  });
  expect(matches.length, `rules matching ${address}`).toBeLessThanOrEqual(1);
  const match = matches[0];
  if (!match) return null;
  const { parsedDestination } = prepareDestination({ appendParamsToQuery: false, destination: match.rule.destination, params: match.params, query });
  return parsedDestination.pathname;
}

describe('cached views of the commitments list', () => {
  it('maps every combination of select filters to one internal path per view', () => {
    expect(rewrite('/commitments')).toBe(`/en/${LIST_VIEW_ROUTE}/all~all~all~all~deadline~1`);
    expect(rewrite('/commitments?sort=deadline&page=1')).toBe(`/en/${LIST_VIEW_ROUTE}/all~all~all~all~deadline~1`);
    expect(rewrite('/commitments?status=in-progress&category=transport&sort=progress')).toBe(
      `/en/${LIST_VIEW_ROUTE}/transport~in-progress~all~all~progress~1`,
    );
    expect(rewrite('/ru/commitments?country=TJ&kind=project&page=2')).toBe(`/ru/${LIST_VIEW_ROUTE}/all~all~project~TJ~deadline~2`);
    expect(rewrite('/kk/commitments?status=overdue&utm_source=mail')).toBe(`/kk/${LIST_VIEW_ROUTE}/all~overdue~all~all~deadline~1`);
  });

  it('leaves searches, deep pages and values the list would reject to the per-visit page', () => {
    expect(rewrite('/commitments?q=rail')).toBeNull();
    expect(rewrite(`/commitments?page=${MAX_CACHED_PAGE + 1}`)).toBeNull();
    expect(rewrite('/commitments?page=01')).toBeNull();
    expect(rewrite('/commitments?category=weather')).toBeNull();
    expect(rewrite('/commitments?status=in-progress-ish')).toBeNull();
    expect(rewrite('/en/commitments?category=trade')).toBeNull();
    expect(rewrite('/commitments/some-slug')).toBeNull();
  });

  it('treats an empty parameter as absent, as the list page does', () => {
    expect(rewrite('/commitments?category=&q=')).toBe(`/en/${LIST_VIEW_ROUTE}/all~all~all~all~deadline~1`);
  });

  it('reads a view back into the parameters the list page parses', () => {
    expect(parseListView('transport~in-progress~all~all~progress~1')).toEqual({ category: 'transport', status: 'in-progress', sort: 'progress' });
    expect(parseListView('all~all~all~all~deadline~1')).toEqual({});
    expect(parseListView('all~all~all~all~deadline~3')).toEqual({ page: '3' });
    expect(parseListView('weather~all~all~all~deadline~1')).toBeNull();
    expect(parseListView('all~all~all~all~deadline')).toBeNull();
    expect(parseListView(`all~all~all~all~deadline~${MAX_CACHED_PAGE + 1}`)).toBeNull();
  });
});
