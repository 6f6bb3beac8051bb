import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import * as schema from './schema';
import { env } from '../lib/env';

export type Database = LibSQLDatabase<typeof schema>;

type Handle = { client: Client; db: Database; ready: Promise<void> };

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
  return { client, db: drizzle(client, { schema }), ready };
}

function handle(): Handle {
  globalForDb.__trackerDb ??= open();
  return globalForDb.__trackerDb;
}

/** The database, after the per-file pragmas have been applied. */
export async function getDb(): Promise<Database> {
  const h = handle();
  await h.ready;
  return h.db;
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

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** A write transaction, serialised with every other write of this process. */
export function writeTransaction<T>(db: Database, fn: (tx: Transaction) => Promise<T>): Promise<T> {
  return withWriteLock(() => db.transaction(fn));
}
