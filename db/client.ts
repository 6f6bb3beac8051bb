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
