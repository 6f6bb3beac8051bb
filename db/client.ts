import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { eq, sql } from 'drizzle-orm';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import * as schema from './schema';
import { env } from '../lib/env';

export type Database = LibSQLDatabase<typeof schema>;

type Handle = { client: Client; db: Database; ready: Promise<void>; remote: boolean };

// One client per process. Next may evaluate this module in several bundles, so the
// handle lives on globalThis rather than in module scope.
const globalForDb = globalThis as typeof globalThis & { __trackerDb?: Handle };

function open(): Handle {
  const { DATABASE_URL, DATABASE_AUTH_TOKEN, DATABASE_BUSY_TIMEOUT_MS } = env();
  const isFile = DATABASE_URL.startsWith('file:');
  if (isFile) {
    const file = DATABASE_URL.slice('file:'.length);
    if (file && file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  }
  const client = createClient({
    url: DATABASE_URL,
    authToken: DATABASE_AUTH_TOKEN,
    timeout: DATABASE_BUSY_TIMEOUT_MS,
  });
  // WAL lets readers carry on while a writer commits; it is a property of the file,
  // so setting it once per process is enough. Servers (sqld, Turso) manage their own.
  // (A plain execute: journal_mode cannot change inside the transaction a batch opens.)
  const ready = isFile ? client.execute('PRAGMA journal_mode = WAL').then(() => undefined) : Promise.resolve();
  return { client, db: drizzle(client, { schema }), ready, remote: !isFile };
}

function handle(): Handle {
  globalForDb.__trackerDb ??= open();
  return globalForDb.__trackerDb;
}

// A rewound view of the tracker (db/rewind.ts): inside withRewoundDb every getDb() returns it,
// so the public queries run unchanged against the tracker as it stood on a past day. On
// globalThis for the same reason as the handle: one store whichever bundle asks.
const globalForRewind = globalThis as typeof globalThis & { __trackerRewindScope?: AsyncLocalStorage<Database> };
function rewindScope(): AsyncLocalStorage<Database> {
  globalForRewind.__trackerRewindScope ??= new AsyncLocalStorage<Database>();
  return globalForRewind.__trackerRewindScope;
}

/** Runs `fn` with getDb() answering `db` (a rewound, read-only view) instead of the live database. */
export function withRewoundDb<T>(db: Database, fn: () => Promise<T>): Promise<T> {
  return rewindScope().run(db, fn);
}

/** Whether this code runs inside a rewound view (caches of live data must not be read or filled there). */
export function isRewound(): boolean {
  return rewindScope().getStore() !== undefined;
}

/** The database, after the per-file pragmas have been applied (a rewound view inside withRewoundDb). */
export async function getDb(): Promise<Database> {
  const rewound = rewindScope().getStore();
  if (rewound) return rewound;
  const h = handle();
  await h.ready;
  return h.db;
}

/** The live database's client, whatever scope asks: the rewound view is built from it. */
export async function getLiveClient(): Promise<Client> {
  const h = handle();
  await h.ready;
  return h.client;
}

export async function getClient(): Promise<Client> {
  const h = handle();
  await h.ready;
  return h.client;
}

export function closeDb(): void {
  globalForDb.__trackerDb?.client.close();
  globalForDb.__trackerDb = undefined;
}

// libSQL's wait for a locked file is synchronous: a second writer blocks the whole event
// loop, including the transaction it waits for, until the busy timeout and then fails.
// So this process runs its writes one at a time; other processes are still kept safe by
// SQLite's own locking (and get a clear "busy, try again" from the action wrapper).
const globalForLock = globalThis as typeof globalThis & { __trackerWriteChain?: Promise<unknown> };

export function withWriteLock<T>(fn: () => Promise<T>): Promise<T> {
  const previous = globalForLock.__trackerWriteChain ?? Promise.resolve();
  const run = previous.then(fn, fn);
  globalForLock.__trackerWriteChain = run.catch(() => undefined);
  return run;
}

export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/**
 * A write transaction, serialised with every other write of this process.
 *
 * On a libSQL server the transaction also bumps a counter (write_marks) and, once it has
 * committed, waits until a read shows that bump. Against a primary the first read does;
 * against a read replica (which forwards writes to its primary and then receives them back
 * by replication) this is what makes a save visible to the very next read: the editor's
 * redirect, the pages revalidated after the save. An embedded file needs none of it.
 */
export function writeTransaction<T>(db: Database, fn: (tx: Transaction) => Promise<T>): Promise<T> {
  return withWriteLock(async () => {
    if (!isRemote()) return db.transaction(fn);
    const { result, mark } = await db.transaction(async (tx) => {
      const result = await fn(tx);
      return { result, mark: await bumpWriteMark(tx) };
    });
    await waitForWriteMark(db, mark);
    return result;
  });
}

function isRemote(): boolean {
  return handle().remote;
}

async function bumpWriteMark(tx: Transaction): Promise<number> {
  const [row] = await tx
    .insert(schema.writeMarks)
    .values({ id: 1, seq: 1 })
    .onConflictDoUpdate({ target: schema.writeMarks.id, set: { seq: sql`${schema.writeMarks.seq} + 1` } })
    .returning({ seq: schema.writeMarks.seq });
  return row!.seq;
}

const globalForReplica = globalThis as typeof globalThis & { __trackerReplicaLagWarned?: boolean };

async function waitForWriteMark(db: Database, mark: number): Promise<void> {
  const { DATABASE_READ_YOUR_WRITES_TIMEOUT_MS: timeoutMs } = env();
  const deadline = Date.now() + timeoutMs;
  for (let delay = 2; ; delay = Math.min(delay * 2, 50)) {
    const [row] = await db.select({ seq: schema.writeMarks.seq }).from(schema.writeMarks).where(eq(schema.writeMarks.id, 1));
    if (row && row.seq >= mark) return;
    if (Date.now() + delay > deadline) {
      // The save itself has committed on the primary; only its visibility here is late.
      // Say so once in the log rather than failing a write that succeeded.
      if (!globalForReplica.__trackerReplicaLagWarned) {
        console.warn(`[db] the replica had not caught up with a save after ${timeoutMs} ms; reads may briefly miss it`);
        globalForReplica.__trackerReplicaLagWarned = true;
      }
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}
