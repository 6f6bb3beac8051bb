// Next's page and data cache, shared between several app instances on one database.
//
// Why: each `next start` keeps its own cache of rendered pages. A save revalidates the
// pages of the instance that took it (revalidatePath / updateTag), but another instance
// would go on serving its cached copy until the page's time-based revalidation (5 min).
//
// How: the cached pages themselves stay where Next keeps them (memory and the build's
// folder) — this class is Next's own file-system cache. Only the tag revalidations are
// shared: every revalidation is also written to the cache_tag_revalidations table, and
// before serving from its cache an instance reads the revalidations it has not seen yet,
// at most once every CACHE_SYNC_INTERVAL_MS (default 1000). So a save through one instance
// is visible on every other within that interval plus one render.
//
// Plain JavaScript: Next imports this file at run time, outside its TypeScript build.
import { createClient } from '@libsql/client';
import fileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import tagsManifestModule from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js';

const FileSystemCache = fileSystemCacheModule.default ?? fileSystemCacheModule;
const { tagsManifest } = tagsManifestModule;

/** Milliseconds between two reads of the shared revalidations (0 = before every cache read). */
export function syncIntervalMs(env = process.env) {
  const value = Number(env.CACHE_SYNC_INTERVAL_MS ?? 1000);
  if (!Number.isInteger(value) || value < 0 || value > 60_000) {
    throw new Error(`CACHE_SYNC_INTERVAL_MS must be a whole number of milliseconds from 0 to 60000, not "${env.CACHE_SYNC_INTERVAL_MS}"`);
  }
  return value;
}

/** A row's stale and expired times where they are later than the tag's `current` ones, else undefined. */
function laterTimes(row, current) {
  const later = (value, than) => (value != null && Number(value) > (than ?? -Infinity) ? Number(value) : undefined);
  return { stale: later(row.stale_at, current.stale), expired: later(row.expired_at, current.expired) };
}

/**
 * Merges revalidations read from the database into a tags manifest (Map of tag ->
 * { stale?, expired? } in epoch ms). A later time always wins, so merging is idempotent
 * and order-free. Returns the newest updated_at seen.
 */
export function mergeRevalidations(manifest, rows, seenUntil = 0) {
  let newest = seenUntil;
  for (const row of rows) {
    const tag = String(row.tag);
    const current = manifest.get(tag) ?? {};
    const next = { ...current };
    const { stale, expired } = laterTimes(row, current);
    if (stale !== undefined) next.stale = stale;
    if (expired !== undefined) next.expired = expired;
    manifest.set(tag, next);
    newest = Math.max(newest, Number(row.updated_at));
  }
  return newest;
}

/** Whether merging these rows would move any tag's stale or expired time (see mergeRevalidations). */
export function revalidationsChange(manifest, rows) {
  return rows.some((row) => {
    const { stale, expired } = laterTimes(row, manifest.get(String(row.tag)) ?? {});
    return stale !== undefined || expired !== undefined;
  });
}

// On globalThis: Next may load this file more than once, and the app reads `epoch` and calls
// `pull` (lib/server/cache-epoch.ts) for its in-process memo of API bodies. `epoch` moves on
// every revalidation this instance makes or reads from the others.
const shared = globalThis.__trackerCacheSync ?? (globalThis.__trackerCacheSync = { client: undefined, lastSync: 0, seenUntil: 0, inflight: undefined, warned: false });
shared.epoch ??= 0;

function database() {
  shared.client ??= createClient({
    url: process.env.DATABASE_URL ?? 'file:./data/tracker.db',
    authToken: process.env.DATABASE_AUTH_TOKEN || undefined,
  });
  return shared.client;
}

function warnOnce(error) {
  if (shared.warned) return;
  shared.warned = true;
  // Serving the local cache is still correct for this instance; only other instances'
  // saves may show late. Say so once rather than failing page views.
  console.warn(`[cache] could not read shared revalidations: ${error instanceof Error ? error.message : String(error)}`);
}

async function pullRevalidations() {
  const interval = syncIntervalMs();
  if (Date.now() - shared.lastSync < interval) return;
  shared.inflight ??= (async () => {
    try {
      // >= rather than >: two instances may write in the same millisecond.
      const result = await database().execute({
        sql: 'select tag, stale_at, expired_at, updated_at from cache_tag_revalidations where updated_at >= ?',
        args: [shared.seenUntil],
      });
      if (revalidationsChange(tagsManifest, result.rows)) shared.epoch += 1;
      shared.seenUntil = mergeRevalidations(tagsManifest, result.rows, shared.seenUntil);
    } catch (error) {
      warnOnce(error);
    } finally {
      shared.lastSync = Date.now();
      shared.inflight = undefined;
    }
  })();
  await shared.inflight;
}
shared.pull = pullRevalidations;

// The app runs its writes one at a time (db/client.ts withWriteLock): libSQL's wait for a
// locked file is synchronous, so a second writer in the same process would freeze the
// event loop. This joins the same chain, which lives on globalThis for that reason.
function withAppWriteLock(fn) {
  const previous = globalThis.__trackerWriteChain ?? Promise.resolve();
  const run = previous.then(fn, fn);
  globalThis.__trackerWriteChain = run.catch(() => undefined);
  return run;
}

async function pushRevalidations(tags) {
  const now = Date.now();
  const statements = tags.map((tag) => {
    const entry = tagsManifest.get(tag) ?? {};
    return {
      sql: `insert into cache_tag_revalidations (tag, stale_at, expired_at, updated_at) values (?, ?, ?, ?)
            on conflict (tag) do update set
              stale_at = max(coalesce(stale_at, 0), coalesce(excluded.stale_at, 0)),
              expired_at = max(coalesce(expired_at, 0), coalesce(excluded.expired_at, 0)),
              updated_at = excluded.updated_at`,
      args: [tag, entry.stale ?? null, entry.expired ?? null, now],
    };
  });
  try {
    await withAppWriteLock(() => database().batch(statements, 'write'));
  } catch (error) {
    warnOnce(error);
  }
}

/**
 * Hands a cached page's HTML to Next as UTF-8 bytes instead of a string, converting it once
 * in place (the entry is the one Next keeps in memory, so later reads find bytes already).
 *
 * Why: Next sends a cached page held as a string by measuring its UTF-8 length and encoding
 * it again on every request. One curly quote or ◐ makes V8 keep the whole page as a
 * two-byte string, so every view paid for two passes over ~120,000 characters: a third of
 * the server's time on the list page (CPU profile, 50 connections). Given bytes, Next
 * streams them as they are (RenderResult's Buffer path): /commitments went from about 700
 * to about 890 requests a second (npm run bench). The response is byte-for-byte the same,
 * sent chunked instead of with a Content-Length.
 */
export function pageHtmlAsBytes(entry) {
  const value = entry?.value;
  if (value?.kind === 'APP_PAGE' && typeof value.html === 'string') value.html = Buffer.from(value.html, 'utf8');
  return entry;
}

export default class SharedTagsCache extends FileSystemCache {
  async get(...args) {
    await pullRevalidations();
    return pageHtmlAsBytes(await super.get(...args));
  }

  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    shared.epoch += 1;
    const list = (typeof tags === 'string' ? [tags] : tags).filter(Boolean);
    if (list.length > 0) await pushRevalidations(list);
  }
}
