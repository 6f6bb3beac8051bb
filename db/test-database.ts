import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { desc, eq, sql } from 'drizzle-orm';
import { createClient } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Database } from './client';
import { auditEvents, commitments, metrics, sources } from './schema';

// For integration tests only: a fresh libSQL file in a temporary folder, migrated and
// (optionally) seeded. The db modules are imported only after the environment is set,
// because lib/env reads and caches process.env on first use.

export type TestDatabase = {
  client: typeof import('./client');
  mutations: typeof import('./mutations');
  queries: typeof import('./queries');
  db: Database;
  /** Rows in a table. */
  count(table: SQLiteTable): Promise<number>;
  /** The commitment with this slug, every column; throws when there is none. */
  commitment(slug: string): Promise<typeof commitments.$inferSelect>;
  /** The id of the source with this slug; throws when there is none. */
  sourceId(slug: string): Promise<number>;
  /** The id of the metric with this slug; throws when there is none. */
  metricId(slug: string): Promise<number>;
  /** The newest audit entry; throws when there is none. */
  lastAudit(): Promise<typeof auditEvents.$inferSelect>;
  /**
   * A raw write for a test's set-up, through the app's write transaction: on a read replica
   * only that waits until the write can be read back, so the next read sees it.
   */
  write<T>(fn: (tx: import('./client').Transaction) => Promise<T>): Promise<T>;
  /** Closes the client, restores every env var set here and removes the folder. */
  close(): Promise<void>;
};

/**
 * TEST_DB_TARGET picks what the suite runs against: an embedded file (default), a libSQL
 * server (`primary`), or a read replica of one that forwards writes (`replica`).
 */
async function databaseUrls(tempDir: string, servers: { stop(): Promise<void> }[]): Promise<{ url: string; primaryUrl: string }> {
  const target = process.env.TEST_DB_TARGET ?? 'file';
  if (target === 'file') {
    const url = `file:${path.join(tempDir, 'test.db')}`;
    return { url, primaryUrl: url };
  }
  const { startSqld, freePort } = await import('../scripts/sqld');
  const grpcPort = await freePort();
  const primary = await startSqld({ dataDir: path.join(tempDir, 'primary'), grpcPort });
  servers.push(primary);
  if (target === 'primary') return { url: primary.url, primaryUrl: primary.url };
  if (target !== 'replica') throw new Error(`TEST_DB_TARGET must be file, primary or replica, not ${target}`);
  const replica = await startSqld({ dataDir: path.join(tempDir, 'replica'), primaryGrpcUrl: `http://127.0.0.1:${grpcPort}` });
  servers.push(replica);
  return { url: replica.url, primaryUrl: primary.url };
}

const MIGRATIONS = path.resolve(import.meta.dirname, '../drizzle');

/**
 * Schema changes go to the primary, as in production (a replica only forwards plain
 * writes); then the app's own connection waits until it sees every migration.
 */
async function migrateThrough(primaryUrl: string, db: Database): Promise<void> {
  if (primaryUrl === process.env.DATABASE_URL) {
    await migrate(db, { migrationsFolder: MIGRATIONS });
    return;
  }
  const primary = createClient({ url: primaryUrl });
  try {
    await migrate(drizzle(primary), { migrationsFolder: MIGRATIONS });
  } finally {
    primary.close();
  }
  const journal = JSON.parse(await readFile(path.join(MIGRATIONS, 'meta/_journal.json'), 'utf8')) as { entries: unknown[] };
  const deadline = Date.now() + 10_000;
  for (;;) {
    const applied = await db
      .run(sql`select count(*) as n from __drizzle_migrations`)
      .then((r) => Number(r.rows[0]?.n ?? 0))
      .catch(() => 0);
    if (applied >= journal.entries.length) return;
    if (Date.now() > deadline) throw new Error(`The replica did not receive the migrations within 10 s (${applied}/${journal.entries.length})`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function openTestDatabase(
  options: { seed?: boolean | { until?: string; asOf?: string }; env?: Record<string, string> } = {},
): Promise<TestDatabase> {
  const tempDir = await mkdtemp(path.join(tmpdir(), 'tracker-test-'));
  const previous = new Map<string, string | undefined>();
  const setEnv = (name: string, value: string) => {
    if (!previous.has(name)) previous.set(name, process.env[name]);
    process.env[name] = value;
  };
  let client: TestDatabase['client'] | undefined;
  const servers: { stop(): Promise<void> }[] = [];

  async function close(): Promise<void> {
    if (client) await (await import('./rewind')).closeRewound();
    client?.closeDb();
    client = undefined;
    await Promise.all(servers.map((s) => s.stop()));
    for (const [name, value] of previous) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    previous.clear();
    await rm(tempDir, { recursive: true, force: true });
  }

  try {
    const { url, primaryUrl } = await databaseUrls(tempDir, servers);
    setEnv('DATABASE_URL', url);
    for (const [name, value] of Object.entries(options.env ?? {})) setEnv(name, value);
    // Imported only now, so lib/env reads the variables set above.
    client = await import('./client');
    const mutations = await import('./mutations');
    const queries = await import('./queries');
    const db = await client.getDb();
    await migrateThrough(primaryUrl, db);
    if (options.seed) {
      const { dataset } = await import('./seed/data');
      const { insertSeedDataset } = await import('./seed/load');
      await insertSeedDataset(db, dataset, typeof options.seed === 'object' ? options.seed : {});
    }
    const count = async (table: SQLiteTable): Promise<number> => {
      const [row] = await db.select({ n: sql<number>`count(*)` }).from(table);
      return row?.n ?? -1;
    };
    const found = <T>(row: T | undefined, what: string): T => {
      if (row === undefined) throw new Error(`No ${what}`);
      return row;
    };
    const commitment: TestDatabase['commitment'] = async (slug) =>
      found((await db.select().from(commitments).where(eq(commitments.slug, slug)))[0], `commitment ${slug}`);
    const sourceId: TestDatabase['sourceId'] = async (slug) =>
      found((await db.select({ id: sources.id }).from(sources).where(eq(sources.slug, slug)))[0], `source ${slug}`).id;
    const metricId: TestDatabase['metricId'] = async (slug) =>
      found((await db.select({ id: metrics.id }).from(metrics).where(eq(metrics.slug, slug)))[0], `metric ${slug}`).id;
    const lastAudit: TestDatabase['lastAudit'] = async () =>
      found((await db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(1))[0], 'audit event');
    const loaded = client;
    const write: TestDatabase['write'] = (fn) => loaded.writeTransaction(db, fn);
    return { client, mutations, queries, db, count, commitment, sourceId, metricId, lastAudit, write, close };
  } catch (error) {
    await close();
    throw error;
  }
}
