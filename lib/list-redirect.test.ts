import { describe, expect, it } from 'vitest';
import { config } from '../proxy';
import { LIST_QUERY_KEYS, listRedirectTarget } from './list-redirect';

const target = (address: string) => {
  const url = new URL(address, 'http://tracker.test');
  return listRedirectTarget(url.pathname, url.searchParams);
};

describe('listRedirectTarget', () => {
  it('sends a view in the query form to its path, in its language', () => {
    expect(target('/commitments?category=transport&sort=progress')).toBe('/commitments/view/category/transport/sort/progress');
    expect(target('/commitments?sort=progress&category=transport')).toBe('/commitments/view/category/transport/sort/progress');
    expect(target('/ru/commitments?status=achieved')).toBe('/ru/commitments/view/status/achieved');
    expect(target('/kk/commitments?page=2')).toBe('/kk/commitments/view/page/2');
    expect(target('/en/commitments?kind=project')).toBe('/commitments/view/kind/project');
  });

  it('sends the defaults to the bare list, and reads the last of a repeated parameter', () => {
    expect(target('/commitments?sort=deadline&page=1')).toBe('/commitments');
    expect(target('/commitments?category=trade&category=transport')).toBe('/commitments/view/category/transport');
  });

  it('leaves searches, deep pages, refused values and other addresses to the page', () => {
    expect(target('/commitments?q=rail')).toBeNull();
    expect(target('/commitments?category=transport&q=rail')).toBeNull();
    expect(target('/commitments?page=500')).toBeNull();
    expect(target('/commitments?category=bogus')).toBeNull();
    expect(target('/commitments')).toBeNull();
    expect(target('/commitments?utm_source=x')).toBeNull();
    expect(target('/sources?category=transport')).toBeNull();
    expect(target('/de/commitments?category=transport')).toBeNull();
  });
});

describe("proxy.ts's matcher", () => {
  it('runs the proxy on the list for every parameter that can make a view, and only with one', () => {
    const listMatchers = config.matcher.filter((m) => typeof m !== 'string' && m.source.endsWith('commitments'));
    const keys = listMatchers.flatMap((m) => (typeof m === 'string' ? [] : (m.has ?? []).map((h) => h.key)));
    expect(keys.toSorted()).toEqual([...LIST_QUERY_KEYS].toSorted());
    for (const m of listMatchers) expect(typeof m === 'string' ? 0 : m.has?.length).toBe(1);
  });
});
