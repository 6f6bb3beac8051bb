// The cache handler (lib/server/shared-cache-handler.mjs) is loaded by Next outside the app's
// bundle. It publishes on globalThis a count of the tag revalidations this instance has made or
// read from the other instances, and its pull of the others' revalidations (at most one read of
// the database per CACHE_SYNC_INTERVAL_MS). An in-process memo keyed by that count (the open
// data API's bodies: lib/server/open-data-cache.ts) is cleared by every save, here or on another
// instance within the same interval as the pages.

type CacheSync = { epoch?: number; pull?: () => Promise<void> };

export type CacheEpoch = { pull: () => Promise<void>; current: () => number };

/** Null where the handler is not loaded (tests, scripts): callers then skip their memo. */
export function cacheEpoch(): CacheEpoch | null {
  const sync = (globalThis as { __trackerCacheSync?: CacheSync }).__trackerCacheSync;
  const pull = sync?.pull;
  if (!sync || typeof pull !== 'function' || typeof sync.epoch !== 'number') return null;
  return { pull, current: () => sync.epoch ?? 0 };
}
