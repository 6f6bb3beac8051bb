import { describe, expect, it } from 'vitest';
import { mergeRevalidations, pageHtmlAsBytes, revalidationsChange, syncIntervalMs } from './shared-cache-handler.mjs';

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
});
