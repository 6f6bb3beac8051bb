import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient, type Client, type InValue } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { getTableColumns } from 'drizzle-orm';
import * as schema from './schema';
import { getLiveClient, withRewoundDb, type Database } from './client';
import { recomputeCommitment } from './mutations/recompute';
import { env } from '../lib/env';

// The tracker as it stood at the end of a past day, built from the append-only log and the
// creation time of every row, never from a stored copy of a page (issue 16, part 2).
//
// How: a throwaway database file gets the live schema and every row created by the end of that
// day (the log, figures, revisions, planned dates, sources, commitments, archive records); the
// in-place edits of a commitment's record made since (kept with before and after values in the
// audit log) are undone; then every commitment's cached status is recomputed as of that day,
// by the same code a save runs. The public queries then run unchanged against it (withRewind),
// so a rewound page is exactly the page the tracker served that evening, flags included.
//
// What is not rewound: a source's record edited in place (its audit keeps no before value) and
// the translations of titles and summaries (presentation, kept without history). Both are said
// on /methodology.

/** The instant a day ends, as created_at strings compare. */
export function endOfDay(day: string): string {
  return `${day}T23:59:59.999Z`;
}

/** Tables a rewound view copies, parents before children; each with the rows that existed by then. */
const COPIED: { table: string; where: string; blank?: Record<string, string> }[] = [
  { table: 'sources', where: 'created_at <= ?' },
  { table: 'metrics', where: 'created_at <= ?' },
  { table: 'commitments', where: 'created_at <= ?' },
  // Rows of a parent that did not exist yet are never read (every read goes through the parent),
  // so tables without a creation time are copied whole: filtering them by a subquery per chunk
  // cost minutes on a million-row log.
  { table: 'commitment_countries', where: '? is not null' },
  { table: 'target_revisions', where: 'created_at <= ?' },
  { table: 'planned_dates', where: 'created_at <= ?' },
  { table: 'observations', where: 'created_at <= ?' },
  { table: 'status_updates', where: 'created_at <= ?' },
  { table: 'evidence_links', where: '? is not null' },
  // The bytes stay in the live database: a rewound page links to the copy, it does not serve it.
  { table: 'link_archives', where: 'created_at <= ?', blank: { body: 'NULL' } },
  { table: 'evidence_files', where: 'created_at <= ?', blank: { body: "x''" } },
  { table: 'snapshots', where: 'created_at <= ?', blank: { pdf: "x''" } },
  { table: 'audit_events', where: 'created_at <= ?' },
  { table: 'commitment_translations', where: '? is not null' },
  { table: 'metric_translations', where: '? is not null' },
];

const CHUNK = 2_000;

/**
 * An embedded live database is attached to the rewound one and copied by SQLite itself, one
 * statement a table: on the benchmark's million-row log this takes seconds and no JavaScript
 * memory. A libSQL server cannot be attached; its rows come over the client, a chunk at a time.
 */
async function copyAttached(target: Client, livePath: string, spec: (typeof COPIED)[number], cutoff: string): Promise<number> {
  const info = await target.execute(`select name from pragma_table_info('${spec.table}')`);
  const columns = info.rows.map((r) => String(r.name));
  const selected = columns.map((c) => (spec.blank?.[c] ? `${spec.blank[c]}` : `"${c}"`)).join(', ');
  const result = await target.execute({
    sql: `insert into main."${spec.table}" (${columns.map((c) => `"${c}"`).join(', ')}) select ${selected} from live."${spec.table}" where ${spec.where}`,
    args: [cutoff],
  });
  void livePath;
  return result.rowsAffected;
}

async function copyTable(live: Client, target: Client, spec: (typeof COPIED)[number], cutoff: string): Promise<number> {
  const info = await live.execute(`select name from pragma_table_info('${spec.table}')`);
  const columns = info.rows.map((r) => String(r.name));
  const selected = columns.map((c) => (spec.blank?.[c] ? `${spec.blank[c]} as "${c}"` : `"${c}"`)).join(', ');
  const insert = `insert into "${spec.table}" (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map(() => '?').join(', ')})`;
  let after = -1;
  let copied = 0;
  for (;;) {
    const page = await live.execute({
      sql: `select rowid as __rowid, ${selected} from "${spec.table}" where rowid > ? and (${spec.where}) order by rowid limit ${CHUNK}`,
      args: [after, cutoff],
    });
    if (page.rows.length === 0) return copied;
    await target.batch(
      page.rows.map((row) => ({ sql: insert, args: columns.map((c) => row[c] as InValue) })),
      'write',
    );
    copied += page.rows.length;
    after = Number(page.rows[page.rows.length - 1]!.__rowid);
    if (page.rows.length < CHUNK) return copied;
  }
}

/** Undoes the in-place edits of commitments made after the cutoff, newest first, from their audit's before values. */
async function undoLaterEdits(live: Client, target: Client, cutoff: string): Promise<number> {
  const columns = getTableColumns(schema.commitments);
  const events = await live.execute({
    sql: "select entity_id, details from audit_events where entity = 'commitment' and action = 'edit-commitment' and created_at > ? order by id desc",
    args: [cutoff],
  });
  let undone = 0;
  for (const event of events.rows) {
    const details = JSON.parse(String(event.details ?? '{}')) as { changes?: Record<string, { from: unknown }> };
    for (const [field, change] of Object.entries(details.changes ?? {})) {
      const id = Number(event.entity_id);
      if (field === 'countries' && Array.isArray(change.from)) {
        await target.batch(
          [
            { sql: 'delete from commitment_countries where commitment_id = ?', args: [id] },
            ...change.from.map((code) => ({
              sql: 'insert into commitment_countries (commitment_id, country_code) values (?, ?)',
              args: [id, String(code)],
            })),
          ],
          'write',
        );
        undone += 1;
        continue;
      }
      const column = (columns as Record<string, { name: string } | undefined>)[field];
      if (!column || field === 'id' || field === 'version') continue;
      const from = change.from;
      const value: InValue = from === undefined ? null : typeof from === 'boolean' ? (from ? 1 : 0) : (from as InValue);
      await target.execute({ sql: `update commitments set "${column.name}" = ? where id = ?`, args: [value, id] });
      undone += 1;
    }
  }
  return undone;
}

/** The live database's file when it is an embedded one (DATABASE_URL file:…), else null. */
function liveFilePath(): string | null {
  const url = env().DATABASE_URL;
  if (!url.startsWith('file:')) return null;
  const file = url.slice('file:'.length).split('?')[0]!;
  return file && file !== ':memory:' ? path.resolve(file) : null;
}

// Every rewound database this process made is removed when it exits, however it ends.
const made = new Set<string>();
process.once('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

export type RewoundDatabase = { day: string; db: Database; close(): Promise<void>; stats: Record<string, number>; milliseconds: number };

/**
 * Builds the tracker as it stood at `point`: the end of a past day ('YYYY-MM-DD'), or a past
 * instant (an ISO time: a snapshot's, for what changed since it). Flags are computed for that day.
 */
export async function buildRewound(point: string): Promise<RewoundDatabase> {
  const started = performance.now();
  const day = point.slice(0, 10);
  const cutoff = point.length === 10 ? endOfDay(point) : point;
  const live = await getLiveClient();
  const dir = await mkdtemp(path.join(tmpdir(), `tracker-as-of-${day}-`));
  made.add(dir);
  const target = createClient({ url: `file:${path.join(dir, 'rewound.db')}` });
  const close = async () => {
    target.close();
    await rm(dir, { recursive: true, force: true });
    made.delete(dir);
  };
  try {
    await target.execute('PRAGMA journal_mode = WAL');
    await target.execute('PRAGMA foreign_keys = OFF');
    const ddl = await live.execute(
      "select sql from sqlite_master where sql is not null and name not like 'sqlite_%' and name not like '__drizzle%' order by case type when 'table' then 0 else 1 end",
    );
    await target.batch(
      ddl.rows.map((r) => String(r.sql)),
      'write',
    );
    const stats: Record<string, number> = {};
    const livePath = liveFilePath();
    if (livePath) {
      await target.execute({ sql: 'attach database ? as live', args: [livePath] });
      try {
        for (const spec of COPIED) stats[spec.table] = await copyAttached(target, livePath, spec, cutoff);
      } finally {
        await target.execute('detach database live');
      }
    } else {
      for (const spec of COPIED) stats[spec.table] = await copyTable(live, target, spec, cutoff);
    }
    // An archive record shows what was known that day: a copy fetched later, or a death found later, is not.
    await target.execute({
      sql: "update link_archives set state = 'pending', sha256 = null, fetched_at = null, byte_length = null, truncated = 0 where fetched_at > ?",
      args: [cutoff],
    });
    await target.execute({ sql: 'update link_archives set dead_since = null where dead_since > ?', args: [cutoff] });
    // A period whose preferred figure arrived later had, that day, its first known figure preferred
    // (what the workspace does with a period's first figure; db/seed/layers.ts preferredAsThen).
    await target.execute(
      'update observations set preferred = 1 where id in (select min(id) from observations group by metric_id, period having max(preferred) = 0)',
    );
    stats.undoneEdits = await undoLaterEdits(live, target, cutoff);
    const db = drizzle(target, { schema });
    const ids = (await target.execute('select id from commitments order by id')).rows.map((r) => Number(r.id));
    await db.transaction(async (tx) => {
      for (const id of ids) await recomputeCommitment(tx, id, day);
    });
    return { day, db, close, stats, milliseconds: performance.now() - started };
  } catch (error) {
    await close();
    throw error;
  }
}

// A few rewound databases are kept while pages and API bodies of those days are rendered; the
// rendered results themselves are cached (a past day never changes), so a rebuild is rare.
const KEEP = 2;
const IDLE_MS = 10 * 60_000;
type Entry = { promise: Promise<RewoundDatabase>; usedAt: number; users: number };
const globalForRewind = globalThis as typeof globalThis & { __trackerRewound?: Map<string, Entry> };

function entries(): Map<string, Entry> {
  globalForRewind.__trackerRewound ??= new Map();
  return globalForRewind.__trackerRewound;
}

function evict(): void {
  const all = entries();
  const now = Date.now();
  const idle = [...all.entries()].filter(([, e]) => e.users === 0).sort((a, b) => a[1].usedAt - b[1].usedAt);
  for (const [day, e] of idle) {
    if (all.size <= KEEP && now - e.usedAt < IDLE_MS) break;
    all.delete(day);
    void e.promise.then((r) => r.close()).catch(() => undefined);
  }
}

/** Runs `fn` with every public query reading the tracker as it stood at `point` (the end of a day, or an instant). */
export async function withRewind<T>(point: string, fn: () => Promise<T>): Promise<T> {
  const all = entries();
  let entry = all.get(point);
  if (!entry) {
    entry = { promise: buildRewound(point), usedAt: Date.now(), users: 0 };
    all.set(point, entry);
    entry.promise.catch(() => all.delete(point));
  }
  entry.users += 1;
  entry.usedAt = Date.now();
  try {
    const rewound = await entry.promise;
    return await withRewoundDb(rewound.db, fn);
  } finally {
    entry.users -= 1;
    entry.usedAt = Date.now();
    evict();
  }
}

/** Closes every rewound database this process keeps (tests; a server keeps them until idle). */
export async function closeRewound(): Promise<void> {
  const all = entries();
  const open = [...all.values()];
  all.clear();
  await Promise.all(open.map((e) => e.promise.then((r) => r.close()).catch(() => undefined)));
}
