// Next's page and data cache, through the cache handler interface Next documents for version 16
// (`cacheHandler` in next.config: get, set, revalidateTag, resetRequestCache). No import from
// next/dist: the store is ours.
//
// What it keeps: every cached page (ISR) and unstable_cache entry, in memory (least recently
// used first out, CACHE_MEMORY_MB) and on disk under <distDir>/cache/pages-<BUILD_ID>
// (CACHE_DISK_MB; least recently used files removed), so a restart does not render everything
// again, a new build never serves an old one's pages, and neither memory nor disk grows
// without bound whatever addresses anyone makes up. "Not found" pages are never stored.
//
// Several instances on one database: each keeps its own store; tag revalidations are shared.
// Every revalidation is written to the cache_tag_revalidations table, and before serving from
// its store an instance reads the ones it has not seen yet, at most once every
// CACHE_SYNC_INTERVAL_MS (default 1000). So a save through one instance is visible on every
// other within that interval plus one render.
//
// Plain JavaScript: Next imports this file at run time, outside its TypeScript build.
import { createClient } from '@libsql/client';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';

/** Milliseconds between two reads of the shared revalidations (0 = before every cache read). */
export function syncIntervalMs(env = process.env) {
  const value = Number(env.CACHE_SYNC_INTERVAL_MS ?? 1000);
  if (!Number.isInteger(value) || value < 0 || value > 60_000) {
    throw new Error(`CACHE_SYNC_INTERVAL_MS must be a whole number of milliseconds from 0 to 60000, not "${env.CACHE_SYNC_INTERVAL_MS}"`);
  }
  return value;
}

/** When each tag was last revalidated (epoch ms, stale and expired), here or on another instance. */
export const tagTimes = new Map();

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
const shared =
  globalThis.__trackerCacheSync ??
  (globalThis.__trackerCacheSync = { client: undefined, lastSync: 0, seenUntil: 0, inflight: undefined, warned: false });
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
      if (revalidationsChange(tagTimes, result.rows)) shared.epoch += 1;
      shared.seenUntil = mergeRevalidations(tagTimes, result.rows, shared.seenUntil);
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
    const entry = tagTimes.get(tag) ?? {};
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
 * in place.
 *
 * Why: Next sends a cached page held as a string by measuring its UTF-8 length and encoding
 * it again on every request. One curly quote or ◐ makes V8 keep the whole page as a
 * two-byte string, so every view paid for two passes over ~120,000 characters: a third of
 * the server's time on the list page (CPU profile, 50 connections). Given bytes, Next
 * streams them as they are: /commitments went from about 700 to about 890 requests a second
 * (npm run bench). The response is byte-for-byte the same, sent chunked.
 */
export function pageHtmlAsBytes(entry) {
  const value = entry?.value;
  if (value?.kind === 'APP_PAGE' && typeof value.html === 'string') value.html = Buffer.from(value.html, 'utf8');
  return entry;
}

/**
 * Whether a page or response may be stored. A "not found" page is never stored: each made-up
 * address (/commitments/anything) would otherwise add its own entry (issue 14). It is rendered
 * again each time, from a database lookup that finds nothing.
 */
export function worthStoring(data) {
  return !(data && (data.kind === 'APP_PAGE' || data.kind === 'APP_ROUTE' || data.kind === 'PAGES') && data.status === 404);
}

/** The tags an entry answers to: those Next gave when storing it and, for pages, those in its headers. */
export function entryTags(data, ctx) {
  const tags = new Set(ctx?.tags ?? []);
  const header = data?.headers?.['x-next-cache-tags'];
  if (typeof header === 'string') for (const tag of header.split(',')) if (tag) tags.add(tag);
  return [...tags];
}

/** Whether any tag of an entry (or one Next asks about now) was revalidated after the entry was made. */
export function revalidatedSince(lastModified, tags, times = tagTimes) {
  for (const tag of tags) {
    const t = times.get(tag);
    if (!t) continue;
    const at = Math.max(t.stale ?? -Infinity, t.expired ?? -Infinity);
    if (at >= lastModified) return true;
  }
  return false;
}

/** Megabytes from a variable, with a default and sane bounds. */
export function megabytes(name, fallback, env = process.env) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback * 2 ** 20;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 1 || value > 1_000_000)
    throw new Error(`${name} must be a number of megabytes from 1 to 1000000, not "${raw}"`);
  return Math.round(value * 2 ** 20);
}

/**
 * Entries kept up to a total size, the least recently used leaving first. A Map keeps insertion
 * order, and every read moves its entry to the end.
 */
export class SizedLru {
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
    this.bytes = 0;
    this.map = new Map();
  }
  get(key) {
    const hit = this.map.get(key);
    if (!hit) return undefined;
    this.map.delete(key);
    this.map.set(key, hit);
    return hit.entry;
  }
  set(key, entry, size) {
    this.delete(key);
    if (size > this.maxBytes) return [];
    this.map.set(key, { entry, size });
    this.bytes += size;
    const evicted = [];
    for (const [oldest, { size: s }] of this.map) {
      if (this.bytes <= this.maxBytes) break;
      this.map.delete(oldest);
      this.bytes -= s;
      evicted.push(oldest);
    }
    return evicted;
  }
  delete(key) {
    const hit = this.map.get(key);
    if (!hit) return false;
    this.map.delete(key);
    this.bytes -= hit.size;
    return true;
  }
  get size() {
    return this.map.size;
  }
}

/** Rough in-memory size of a stored value: its bytes and strings. */
export function sizeOf(value) {
  if (value == null) return 8;
  if (Buffer.isBuffer(value) || value instanceof Uint8Array) return value.byteLength;
  if (typeof value === 'string') return value.length * 2;
  if (typeof value !== 'object') return 8;
  let total = 64;
  if (value instanceof Map) for (const [k, v] of value) total += sizeOf(k) + sizeOf(v);
  else for (const k of Object.keys(value)) total += k.length * 2 + sizeOf(value[k]);
  return total;
}

/** The store on disk: one file per entry, named by the key's hash, bounded like the memory. */
class DiskStore {
  constructor(dir, maxBytes) {
    this.dir = dir;
    this.index = new SizedLru(maxBytes);
    try {
      mkdirSync(dir, { recursive: true });
      // What an earlier run of this build left, oldest first, so the newest are kept longest.
      const files = readdirSync(dir)
        .filter((f) => f.endsWith('.bin'))
        .map((f) => ({ f, s: statSync(path.join(dir, f)) }))
        .sort((a, b) => a.s.mtimeMs - b.s.mtimeMs);
      for (const { f, s } of files) this.remember(f.slice(0, -4), s.size);
      this.usable = true;
    } catch (error) {
      console.warn(`[cache] no disk store at ${dir}: ${error instanceof Error ? error.message : String(error)}`);
      this.usable = false;
    }
  }
  file(name) {
    return path.join(this.dir, `${name}.bin`);
  }
  remember(name, size) {
    for (const evicted of this.index.set(name, true, size)) rmSync(this.file(evicted), { force: true });
  }
  read(name) {
    if (!this.usable || !this.index.get(name)) return undefined;
    try {
      return v8.deserialize(readFileSync(this.file(name)));
    } catch {
      this.index.delete(name);
      return undefined;
    }
  }
  write(name, entry) {
    if (!this.usable) return;
    try {
      const bytes = v8.serialize(entry);
      const temporary = `${this.file(name)}.${process.pid}.tmp`;
      writeFileSync(temporary, bytes);
      renameSync(temporary, this.file(name));
      this.remember(name, bytes.byteLength);
    } catch (error) {
      warnOnce(error);
    }
  }
  delete(name) {
    if (this.index.delete(name)) rmSync(this.file(name), { force: true });
  }
}

/** The build folder and its id: the disk store belongs to one build. */
function storeDir() {
  const distDir = path.resolve(process.cwd(), process.env.NEXT_DIST_DIR ?? '.next');
  const buildIdFile = path.join(distDir, 'BUILD_ID');
  const buildId = existsSync(buildIdFile) ? readFileSync(buildIdFile, 'utf8').trim() : 'development';
  return path.join(distDir, 'cache', `pages-${buildId.replace(/[^\w-]/g, '_')}`);
}

const store = (globalThis.__trackerCacheStore ??= {
  memory: new SizedLru(megabytes('CACHE_MEMORY_MB', 256)),
  disk: undefined,
});

const fileName = (key) => createHash('sha256').update(key).digest('hex');

export default class CacheHandler {
  constructor() {
    store.disk ??= new DiskStore(storeDir(), megabytes('CACHE_DISK_MB', 2048));
  }

  async get(key, ctx) {
    await pullRevalidations();
    let entry = store.memory.get(key);
    if (!entry) {
      entry = store.disk.read(fileName(key));
      if (entry) store.memory.set(key, entry, sizeOf(entry.value));
    }
    if (!entry) return null;
    if (revalidatedSince(entry.lastModified, [...entry.tags, ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])])) return null;
    return pageHtmlAsBytes(entry);
  }

  async set(key, data, ctx) {
    if (data === null || !worthStoring(data)) {
      store.memory.delete(key);
      store.disk.delete(fileName(key));
      return;
    }
    const entry = pageHtmlAsBytes({ value: data, lastModified: Date.now(), tags: entryTags(data, ctx) });
    store.memory.set(key, entry, sizeOf(data));
    store.disk.write(fileName(key), entry);
  }

  async revalidateTag(tags, durations) {
    const list = (typeof tags === 'string' ? [tags] : (tags ?? [])).filter(Boolean);
    if (list.length === 0) return;
    const now = Date.now();
    // A profile (durations.expire) would let a stale entry be served while it is made again;
    // the app never asks for one, so every revalidation takes effect at once.
    for (const tag of list)
      tagTimes.set(tag, { ...(tagTimes.get(tag) ?? {}), expired: now, ...(durations?.expire !== undefined ? { stale: now } : {}) });
    shared.epoch += 1;
    await pushRevalidations(list);
  }

  resetRequestCache() {}
}
