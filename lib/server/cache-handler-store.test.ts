import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// The cache handler as Next uses it (get, set, revalidateTag), on a throwaway build folder: it
// serves what it stored, forgets what a tag revalidation covers, keeps pages on disk across
// restarts of one build (never across builds), and never lets the disk grow past its bound.

const dir = mkdtempSync(path.join(tmpdir(), 'ct-cache-'));
type Handler = InstanceType<typeof import('./shared-cache-handler.mjs').default>;
let Handler: new () => Handler;

const page = (html: string, tags = '_N_T_/layout,_N_T_/en/page') => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from('rsc'),
  headers: { 'x-next-cache-tags': tags },
  status: 200,
});

beforeAll(async () => {
  writeFileSync(path.join(dir, 'BUILD_ID'), 'build-one');
  vi.stubEnv('NEXT_DIST_DIR', dir);
  vi.stubEnv('CACHE_DISK_MB', '1');
  vi.stubEnv('CACHE_MEMORY_MB', '1');
  vi.stubEnv('CACHE_SYNC_INTERVAL_MS', '60000');
  vi.stubEnv('DATABASE_URL', `file:${path.join(dir, 'none.db')}`);
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  Handler = (await import('./shared-cache-handler.mjs')).default as unknown as new () => Handler;
});

afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

describe('the cache handler', () => {
  it('serves a stored page as bytes, and forgets it once one of its tags is revalidated', async () => {
    const cache = new Handler();
    await cache.set('/en/commitments', page('<p>“list”</p>'), { tags: [] });
    const hit = await cache.get('/en/commitments', { softTags: [] });
    expect(Buffer.isBuffer((hit!.value as { html: unknown }).html)).toBe(true);
    expect(String((hit!.value as { html: Buffer }).html)).toBe('<p>“list”</p>');
    await new Promise((r) => setTimeout(r, 2));
    await cache.revalidateTag(['_N_T_/layout']);
    expect(await cache.get('/en/commitments', {})).toBeNull();
    // A new render stored after the revalidation is served again.
    await new Promise((r) => setTimeout(r, 2));
    await cache.set('/en/commitments', page('<p>fresh</p>'), { tags: [] });
    expect(String(((await cache.get('/en/commitments', {}))!.value as { html: Buffer }).html)).toBe('<p>fresh</p>');
  });

  it('forgets data entries by the tags they were stored with, or the ones Next asks about', async () => {
    const cache = new Handler();
    await cache.set('fetch-key', { kind: 'FETCH', data: { body: 'e30=' } }, { tags: ['public-data'] });
    expect(await cache.get('fetch-key', { tags: ['public-data'] })).not.toBeNull();
    await new Promise((r) => setTimeout(r, 2));
    await cache.revalidateTag('public-data');
    expect(await cache.get('fetch-key', { tags: ['public-data'] })).toBeNull();
  });

  it('never stores a "not found" page', async () => {
    const cache = new Handler();
    await cache.set('/en/commitments/made-up', { ...page('missing'), status: 404 }, {});
    expect(await cache.get('/en/commitments/made-up', {})).toBeNull();
  });

  it('keeps pages on disk for a restart of the same build, under a bound, and not for another build', async () => {
    const cache = new Handler();
    const big = 'x'.repeat(200_000);
    for (let i = 0; i < 12; i++) await cache.set(`/en/page-${i}`, page(`${big}${i}`, `_N_T_/page-${i}`), {});
    const files = readdirSync(path.join(dir, 'cache', 'pages-build-one')).filter((f) => f.endsWith('.bin'));
    // 12 pages of about 200 KB against a 1 MB disk: the oldest were removed.
    expect(files.length).toBeGreaterThan(0);
    expect(files.length).toBeLessThan(12);
    // The newest is still on disk after the memory is gone (a restart): read back from the file.
    const store = (globalThis as unknown as { __trackerCacheStore: { memory: { delete: (k: string) => boolean } } }).__trackerCacheStore;
    store.memory.delete('/en/page-11');
    const again = await cache.get('/en/page-11', {});
    expect(String((again!.value as { html: Buffer }).html).endsWith('11')).toBe(true);
    expect(await cache.get('/en/page-0', {})).toBeNull();
  });
});
