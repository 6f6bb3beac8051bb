import { describe, expect, it } from 'vitest';
import { entryHrefAt, entryLinker, logView, LOG_PAGE_SIZE, logPageCount, logPageHref, logPageOf, parseLogPage, TIMELINE_PREVIEW } from './timeline';

describe('update log pages', () => {
  it('shows fewer entries on the commitment page than on a log page', () => {
    expect(TIMELINE_PREVIEW).toBeLessThan(LOG_PAGE_SIZE);
  });

  it('counts pages, with one page for an empty log', () => {
    expect(logPageCount(0)).toBe(1);
    expect(logPageCount(LOG_PAGE_SIZE)).toBe(1);
    expect(logPageCount(LOG_PAGE_SIZE + 1)).toBe(2);
    expect(logPageCount(LOG_PAGE_SIZE * 3)).toBe(3);
  });

  it('finds the page of an entry from its place in the log', () => {
    expect(logPageOf(0)).toBe(1);
    expect(logPageOf(LOG_PAGE_SIZE - 1)).toBe(1);
    expect(logPageOf(LOG_PAGE_SIZE)).toBe(2);
  });

  it('reads ?page=, and names a page the log does not have', () => {
    const total = LOG_PAGE_SIZE * 2 + 1; // three pages
    expect(parseLogPage(undefined, total)).toEqual({ page: 1, problem: null });
    expect(parseLogPage('', total)).toEqual({ page: 1, problem: null });
    expect(parseLogPage('3', total)).toEqual({ page: 3, problem: null });
    expect(parseLogPage(['1', '2'], total)).toEqual({ page: 2, problem: null });
    expect(parseLogPage('4', total)).toEqual({ page: 1, problem: { value: '4', pages: 3 } });
    expect(parseLogPage('0', total)).toEqual({ page: 1, problem: { value: '0', pages: 3 } });
    expect(parseLogPage('2.5', total)).toEqual({ page: 1, problem: { value: '2.5', pages: 3 } });
    expect(parseLogPage('two', total)).toEqual({ page: 1, problem: { value: 'two', pages: 3 } });
    expect(parseLogPage('x'.repeat(100), total).problem?.value).toHaveLength(40);
  });

  it('links to the first page without a query', () => {
    expect(logPageHref('/commitments/a/updates', 1)).toBe('/commitments/a/updates');
    expect(logPageHref('/commitments/a/updates', 2)).toBe('/commitments/a/updates?page=2');
  });

  it('links an entry on the same view by anchor, and one elsewhere to the log page that has it', () => {
    const ids = Array.from({ length: LOG_PAGE_SIZE + 10 }, (_, i) => 1000 - i);
    const shown = new Set(ids.slice(0, TIMELINE_PREVIEW));
    const href = entryLinker(ids, shown, '/commitments/a/updates');
    expect(href(ids[0]!)).toBe(`#update-${ids[0]}`);
    expect(href(ids[TIMELINE_PREVIEW]!)).toBe(`/commitments/a/updates#update-${ids[TIMELINE_PREVIEW]}`);
    expect(href(ids[LOG_PAGE_SIZE]!)).toBe(`/commitments/a/updates?page=2#update-${ids[LOG_PAGE_SIZE]}`);
    // An id that is not in this log (should not happen) still gives a harmless anchor.
    expect(href(5)).toBe('#update-5');
    // From elsewhere (a feed): absolute addresses, the page's own anchor for shown entries.
    const fromFeed = entryLinker(ids, shown, 'https://t.example/commitments/a/updates', 'https://t.example/commitments/a');
    expect(fromFeed(ids[1]!)).toBe(`https://t.example/commitments/a#update-${ids[1]}`);
    expect(fromFeed(ids[LOG_PAGE_SIZE]!)).toBe(`https://t.example/commitments/a/updates?page=2#update-${ids[LOG_PAGE_SIZE]}`);
  });

  it('places an entry by its position in the log: the commitment page for the newest, else its log page', () => {
    expect(entryHrefAt(7, 0, '/c/a', '/c/a/updates')).toBe('/c/a#update-7');
    expect(entryHrefAt(7, TIMELINE_PREVIEW - 1, '/c/a', '/c/a/updates')).toBe('/c/a#update-7');
    expect(entryHrefAt(7, TIMELINE_PREVIEW, '/c/a', '/c/a/updates')).toBe('/c/a/updates#update-7');
    expect(entryHrefAt(7, LOG_PAGE_SIZE, '/c/a', '/c/a/updates')).toBe('/c/a/updates?page=2#update-7');
  });

  it('cuts a view from the log and links from it', () => {
    const log = Array.from({ length: LOG_PAGE_SIZE + 10 }, (_, i) => ({ id: 1000 - i }));
    const second = logView(log, { start: LOG_PAGE_SIZE, count: LOG_PAGE_SIZE, logPath: '/c/a/updates' });
    expect(second.shown.map((u) => u.id)).toEqual(log.slice(LOG_PAGE_SIZE).map((u) => u.id));
    expect(second.entryHref(log[LOG_PAGE_SIZE]!.id)).toBe(`#update-${log[LOG_PAGE_SIZE]!.id}`);
    expect(second.entryHref(log[0]!.id)).toBe(`/c/a/updates#update-${log[0]!.id}`);
    const preview = logView(log, { count: TIMELINE_PREVIEW, logPath: '/c/a/updates', viewPath: '/c/a' });
    expect(preview.shown).toHaveLength(TIMELINE_PREVIEW);
    expect(preview.entryHref(log[0]!.id)).toBe(`/c/a#update-${log[0]!.id}`);
  });
});
