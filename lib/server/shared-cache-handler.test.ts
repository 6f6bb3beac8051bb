import { describe, expect, it } from 'vitest';
import {
  entryTags,
  megabytes,
  mergeRevalidations,
  pageHtmlAsBytes,
  revalidatedSince,
  revalidationsChange,
  SizedLru,
  sizeOf,
  syncIntervalMs,
  worthStoring,
} from './shared-cache-handler.mjs';

describe('shared cache-tag revalidations', () => {
  it('merges rows into the manifest, a later time winning, whatever the order', () => {
    const manifest = new Map<string, { stale?: number; expired?: number }>([['_N_T_/layout', { expired: 500 }]]);
    const rows = [
      { tag: '_N_T_/layout', stale_at: null, expired_at: 1_000, updated_at: 1_000 },
      { tag: 'public-data', stale_at: 900, expired_at: null, updated_at: 900 },
      // An older row read later must not roll the time back.
      { tag: '_N_T_/layout', stale_at: null, expired_at: 700, updated_at: 700 },
    ];
    const newest = mergeRevalidations(manifest, rows, 0);
    expect(newest).toBe(1_000);
    expect(manifest.get('_N_T_/layout')).toEqual({ expired: 1_000 });
    expect(manifest.get('public-data')).toEqual({ stale: 900 });
    // Merging the same rows again changes nothing.
    mergeRevalidations(manifest, rows, newest);
    expect(manifest.get('_N_T_/layout')).toEqual({ expired: 1_000 });
  });

  it('tells whether rows would move a tag, so the revalidation epoch moves only then', () => {
    const manifest = new Map<string, { stale?: number; expired?: number }>([['public-data', { expired: 1_000 }]]);
    // The sync re-reads the newest row every time (updated_at >=): that is not a change.
    expect(revalidationsChange(manifest, [{ tag: 'public-data', stale_at: null, expired_at: 1_000, updated_at: 1_000 }])).toBe(false);
    expect(revalidationsChange(manifest, [{ tag: 'public-data', stale_at: null, expired_at: 900, updated_at: 900 }])).toBe(false);
    expect(revalidationsChange(manifest, [{ tag: 'public-data', stale_at: null, expired_at: 1_001, updated_at: 1_001 }])).toBe(true);
    expect(revalidationsChange(manifest, [{ tag: 'public-data', stale_at: 5, expired_at: null, updated_at: 5 }])).toBe(true);
    expect(revalidationsChange(manifest, [{ tag: 'other', stale_at: null, expired_at: 1, updated_at: 1 }])).toBe(true);
    expect(revalidationsChange(manifest, [])).toBe(false);
  });

  it('keeps the newest time already seen when no rows arrive', () => {
    expect(mergeRevalidations(new Map(), [], 42)).toBe(42);
  });

  it('reads the sync interval from CACHE_SYNC_INTERVAL_MS, refusing nonsense', () => {
    expect(syncIntervalMs({})).toBe(1_000);
    expect(syncIntervalMs({ CACHE_SYNC_INTERVAL_MS: '0' })).toBe(0);
    expect(syncIntervalMs({ CACHE_SYNC_INTERVAL_MS: '250' })).toBe(250);
    expect(() => syncIntervalMs({ CACHE_SYNC_INTERVAL_MS: 'soon' })).toThrow(/whole number of milliseconds/);
    expect(() => syncIntervalMs({ CACHE_SYNC_INTERVAL_MS: '-5' })).toThrow(/CACHE_SYNC_INTERVAL_MS/);
  });

  it('hands a cached page over as the UTF-8 bytes of its HTML, once, and leaves other entries alone', () => {
    const html = '<p>“Trade” ◐ Торговля · 15 млрд</p>';
    const entry: { value: { kind: string; html: unknown } } = { value: { kind: 'APP_PAGE', html } };
    const converted = pageHtmlAsBytes(entry);
    expect(converted).toBe(entry);
    expect(Buffer.isBuffer(converted.value.html)).toBe(true);
    expect((converted.value.html as Buffer).toString('utf8')).toBe(html);
    const bytes = converted.value.html;
    expect(pageHtmlAsBytes(entry).value.html).toBe(bytes); // already bytes: not converted again
    const route = { value: { kind: 'APP_ROUTE', html: 'not a page' } };
    expect(pageHtmlAsBytes(route).value.html).toBe('not a page');
    expect(pageHtmlAsBytes(null)).toBeNull();
    expect(pageHtmlAsBytes({ value: null })).toEqual({ value: null });
  });

  it('never stores a "not found" page: made-up addresses must not fill the cache', () => {
    expect(worthStoring({ kind: 'APP_PAGE', status: 404 })).toBe(false);
    expect(worthStoring({ kind: 'APP_ROUTE', status: 404 })).toBe(false);
    expect(worthStoring({ kind: 'APP_PAGE', status: 200 })).toBe(true);
    expect(worthStoring({ kind: 'APP_PAGE' })).toBe(true);
    expect(worthStoring({ kind: 'FETCH' })).toBe(true);
    expect(worthStoring(null)).toBe(true);
  });

  it('finds the tags of an entry: those Next gave, and a page’s own from its headers', () => {
    expect(entryTags({ headers: { 'x-next-cache-tags': '_N_T_/layout,_N_T_/en/commitments/page' } }, { tags: ['public-data'] }).sort()).toEqual([
      '_N_T_/en/commitments/page',
      '_N_T_/layout',
      'public-data',
    ]);
    expect(entryTags(null, undefined)).toEqual([]);
  });

  it('treats an entry as gone once any of its tags was revalidated at or after it was made', () => {
    const times = new Map([
      ['public-data', { expired: 1_000 }],
      ['_N_T_/layout', { stale: 2_000 }],
    ]);
    expect(revalidatedSince(999, ['public-data'], times)).toBe(true);
    expect(revalidatedSince(1_000, ['public-data'], times)).toBe(true);
    expect(revalidatedSince(1_001, ['public-data'], times)).toBe(false);
    expect(revalidatedSince(1_500, ['other', '_N_T_/layout'], times)).toBe(true);
    expect(revalidatedSince(5_000, ['public-data', '_N_T_/layout'], times)).toBe(false);
    expect(revalidatedSince(0, [], times)).toBe(false);
  });

  it('keeps entries up to a total size, pushing out the least recently used', () => {
    const lru = new SizedLru<string>(100);
    expect(lru.set('a', 'A', 40)).toEqual([]);
    expect(lru.set('b', 'B', 40)).toEqual([]);
    expect(lru.get('a')).toBe('A'); // a is now the most recent
    expect(lru.set('c', 'C', 40)).toEqual(['b']);
    expect(lru.get('b')).toBeUndefined();
    expect(lru.size).toBe(2);
    expect(lru.bytes).toBe(80);
    expect(lru.set('huge', 'H', 101)).toEqual([]); // larger than the whole store: not kept
    expect(lru.get('huge')).toBeUndefined();
    expect(lru.set('a', 'A2', 90)).toEqual(['c']);
    expect(lru.bytes).toBe(90);
    expect(lru.delete('a')).toBe(true);
    expect(lru.bytes).toBe(0);
  });

  it('estimates an entry’s size from its bytes and strings', () => {
    expect(sizeOf(Buffer.alloc(1000))).toBe(1000);
    expect(sizeOf({ kind: 'APP_PAGE', html: Buffer.alloc(500), segmentData: new Map([['/a', Buffer.alloc(300)]]) })).toBeGreaterThan(800);
  });

  it('reads cache sizes in megabytes, refusing nonsense', () => {
    expect(megabytes('CACHE_MEMORY_MB', 256, {})).toBe(256 * 2 ** 20);
    expect(megabytes('CACHE_MEMORY_MB', 256, { CACHE_MEMORY_MB: '64' })).toBe(64 * 2 ** 20);
    expect(() => megabytes('CACHE_DISK_MB', 1, { CACHE_DISK_MB: 'lots' })).toThrow(/CACHE_DISK_MB must be a number of megabytes/);
    expect(() => megabytes('CACHE_DISK_MB', 1, { CACHE_DISK_MB: '0' })).toThrow(/CACHE_DISK_MB/);
  });
});
