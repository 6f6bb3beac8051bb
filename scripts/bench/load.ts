import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Client, InArgs, InValue, Transaction } from '@libsql/client';
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import { FULL_SIZE, GENERATOR_VERSION, REDUCED_SIZE, syntheticDataset, type BenchSize, type FirstIds } from './dataset';
import { parseCli } from '../cli';

// npm run bench:load -- [--reduced] [--db data/bench.db] [--reuse]
//
// Builds the benchmark database: the migrations, the real seed (so the real pages keep their
// content), then the synthetic dataset in big multi-row INSERTs inside a few transactions,
// then the cached progress columns through the app's own recomputeCommitment, and a bench
// editor account made with scripts/create-user.ts. Prints rows/s while it loads and the
// total time. With --reuse an existing database built with the same parameters is kept.

export const BENCH_EDITOR = { email: 'bench-editor@example.org', name: 'Bench Editor', password: 'bench-editor-password' };

const ROOT = path.resolve(import.meta.dirname, '../..');
/** SQLite allows 32,766 bound values per statement; stay under it. */
const MAX_VARIABLES = 30_000;
/** Rows per write transaction: big enough to be fast, small enough to keep the WAL modest. */
const ROWS_PER_TRANSACTION = 200_000;

export type BenchMeta = {
  signature: string;
  size: BenchSize;
  loadSeconds: number;
  builtAt: string;
  counts: { commitments: number; statusUpdates: number; observations: number };
};

export function metaPath(dbFile: string): string {
  return `${dbFile}.meta.json`;
}

/** The benchmark may only create or delete files that are plainly benchmark databases. */
export function checkBenchPath(dbFile: string): string {
  const resolved = path.resolve(ROOT, dbFile);
  if (!/^bench[\w.-]*\.db$/.test(path.basename(resolved))) {
    throw new Error(
      `Refusing to use ${dbFile}: the benchmark deletes and rebuilds its database, so the file name must start with "bench" and end in ".db" (e.g. data/bench.db).`,
    );
  }
  return resolved;
}

/** What the database depends on: a change to any of these means it must be rebuilt. */
export function signatureOf(size: BenchSize): string {
  const journal = readFileSync(path.join(ROOT, 'drizzle/meta/_journal.json'), 'utf8');
  const generator = readFileSync(path.join(ROOT, 'scripts/bench/dataset.ts'), 'utf8');
  const seed = readFileSync(path.join(ROOT, 'db/seed/data.ts'), 'utf8');
  return createHash('sha256')
    .update(JSON.stringify({ size, version: GENERATOR_VERSION }))
    .update(journal)
    .update(generator)
    .update(seed)
    .digest('hex')
    .slice(0, 16);
}

const metaSchema = z.object({
  signature: z.string(),
  size: z.object({ commitments: z.number(), updates: z.number(), observations: z.number() }),
  loadSeconds: z.number(),
  builtAt: z.string(),
  counts: z.object({ commitments: z.number(), statusUpdates: z.number(), observations: z.number() }),
});

export function readMeta(dbFile: string): BenchMeta | null {
  if (!existsSync(dbFile) || !existsSync(metaPath(dbFile))) return null;
  const parsed = metaSchema.safeParse(JSON.parse(readFileSync(metaPath(dbFile), 'utf8')));
  return parsed.success ? parsed.data : null;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/** Prints "table: done/total · rows/s" at most every two seconds, and once at the end. */
class Progress {
  private started = performance.now();
  private lastPrint = 0;
  private done = 0;
  constructor(
    private readonly label: string,
    private readonly total: number,
  ) {}
  add(rows: number) {
    if (rows === 0) return;
    this.done += rows;
    const now = performance.now();
    if (now - this.lastPrint > 2_000 || this.done >= this.total) {
      this.lastPrint = now;
      const seconds = (now - this.started) / 1000;
      console.log(`  ${this.label}: ${fmt(this.done)} / ${fmt(this.total)} · ${fmt(this.done / Math.max(seconds, 0.001))} rows/s`);
    }
  }
}

/**
 * Multi-row INSERT of rows typed by the Drizzle table: column names and value conversion
 * (booleans to 0/1) come from db/schema.ts, so the benchmark cannot drift from the app's
 * schema. Every row must set the same properties (a multi-row INSERT has no per-row DEFAULT).
 */
async function insertRows<T extends SQLiteTable>(tx: Transaction, table: T, rows: readonly T['$inferInsert'][]): Promise<void> {
  if (rows.length === 0) return;
  const columns = getTableColumns(table);
  const keys = Object.keys(rows[0]!).filter((k) => k in columns);
  const names = keys.map((k) => `"${columns[k]!.name}"`).join(', ');
  const tableName = getTableName(table);
  const perStatement = Math.max(1, Math.floor(MAX_VARIABLES / keys.length));
  const tuple = `(${keys.map(() => '?').join(', ')})`;
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const args: InValue[] = [];
    for (const row of chunk) {
      const record = row as Record<string, unknown>;
      for (const key of keys) {
        const value = record[key];
        args.push(value === undefined || value === null ? null : (columns[key]!.mapToDriverValue(value) as InValue));
      }
    }
    await tx.execute({ sql: `INSERT INTO "${tableName}" (${names}) VALUES ${Array(chunk.length).fill(tuple).join(', ')}`, args: args as InArgs });
  }
}

async function nextId(client: Client, table: string): Promise<number> {
  const result = await client.execute(`SELECT coalesce(max(id), 0) + 1 AS next FROM "${table}"`);
  return Number(result.rows[0]!.next);
}

async function count(client: Client, table: string): Promise<number> {
  const result = await client.execute(`SELECT count(*) AS n FROM "${table}"`);
  return Number(result.rows[0]!.n);
}

export async function loadBenchDatabase({ dbFile, size }: { dbFile: string; size: BenchSize }): Promise<BenchMeta> {
  const file = checkBenchPath(dbFile);
  for (const suffix of ['', '-wal', '-shm', '.meta.json']) rmSync(`${file}${suffix}`, { force: true });
  process.env.DATABASE_URL = `file:${file}`;

  // Imported only now: lib/env reads DATABASE_URL once, on first use.
  const { getClient, getDb, closeDb } = await import('../../db/client');
  const { recomputeCommitment } = await import('../../db/mutations');
  const { insertSeedDataset } = await import('../../db/seed/load');
  const { dataset } = await import('../../db/seed/data');
  const schema = await import('../../db/schema');
  const { migrate } = await import('drizzle-orm/libsql/migrator');

  const db = await getDb();
  const client = await getClient();
  try {
    await migrate(db, { migrationsFolder: path.join(ROOT, 'drizzle') });
    await insertSeedDataset(db, dataset);
    console.log(`Migrated and seeded ${file} (${dataset.commitments.length} real commitments).`);

    const firstIds: FirstIds = {
      source: await nextId(client, 'sources'),
      metric: await nextId(client, 'metrics'),
      commitment: await nextId(client, 'commitments'),
      revision: await nextId(client, 'target_revisions'),
      update: await nextId(client, 'status_updates'),
      evidence: await nextId(client, 'evidence_links'),
      observation: await nextId(client, 'observations'),
    };
    const today = new Date().toISOString().slice(0, 10);
    const synthetic = syntheticDataset({ size, firstIds, today });
    const plans = synthetic.plans();

    // Pass 1: the small tables everything else points at.
    let tx = await client.transaction('write');
    await insertRows(tx, schema.sources, synthetic.sources);
    await insertRows(
      tx,
      schema.metrics,
      plans.flatMap((p) => (p.metric ? [p.metric] : [])),
    );
    const commitmentProgress = new Progress('commitments', plans.length);
    for (let i = 0; i < plans.length; i += 2_000) {
      const slice = plans.slice(i, i + 2_000);
      await insertRows(
        tx,
        schema.commitments,
        slice.map((p) => p.row),
      );
      await insertRows(
        tx,
        schema.commitmentCountries,
        slice.flatMap((p) => p.countries),
      );
      await insertRows(
        tx,
        schema.targetRevisions,
        slice.flatMap((p) => (p.revision ? [p.revision] : [])),
      );
      commitmentProgress.add(slice.length);
    }
    await tx.commit();

    // Pass 2: the big tables, streamed one commitment at a time in large transactions.
    const updateProgress = new Progress('status updates', size.updates);
    const observationProgress = new Progress('observations', size.observations);
    let updateId = firstIds.update;
    let evidenceId = firstIds.evidence;
    let observationId = firstIds.observation;
    let buffered = 0;
    let updates: (typeof schema.statusUpdates.$inferInsert)[] = [];
    let evidence: (typeof schema.evidenceLinks.$inferInsert)[] = [];
    let observations: (typeof schema.observations.$inferInsert)[] = [];
    const flush = async () => {
      // Updates before the evidence that points at them.
      await insertRows(tx, schema.statusUpdates, updates);
      await insertRows(tx, schema.evidenceLinks, evidence);
      await insertRows(tx, schema.observations, observations);
      updateProgress.add(updates.length);
      if (observations.length > 0) observationProgress.add(observations.length);
      buffered += updates.length + observations.length;
      updates = [];
      evidence = [];
      observations = [];
      if (buffered >= ROWS_PER_TRANSACTION) {
        await tx.commit();
        tx = await client.transaction('write');
        buffered = 0;
      }
    };
    tx = await client.transaction('write');
    for (const plan of plans) {
      const log = synthetic.updatesOf(plan, updateId, evidenceId);
      updateId += log.updates.length;
      evidenceId += log.evidence.length;
      updates.push(...log.updates);
      evidence.push(...log.evidence);
      const figures = synthetic.observationsOf(plan, observationId);
      observationId += figures.length;
      observations.push(...figures);
      if (updates.length >= 20_000) await flush();
    }
    await flush();
    await tx.commit();

    // Pass 3: the cached verdict, stage, deadline and progress columns, computed by the same
    // function every editor's save uses, so the list pages see what the app would have stored.
    const recomputeProgress = new Progress('cached progress columns', plans.length);
    for (let i = 0; i < plans.length; i += 1_000) {
      const slice = plans.slice(i, i + 1_000);
      await db.transaction(async (t) => {
        for (const plan of slice) await recomputeCommitment(t, plan.row.id);
      });
      recomputeProgress.add(slice.length);
    }
    await client.execute('PRAGMA wal_checkpoint(TRUNCATE)');

    const counts = {
      commitments: await count(client, 'commitments'),
      statusUpdates: await count(client, 'status_updates'),
      observations: await count(client, 'observations'),
    };
    const expected = {
      commitments: size.commitments + dataset.commitments.length,
      observations: size.observations + dataset.observations.length,
    };
    if (counts.commitments !== expected.commitments || counts.observations !== expected.observations || counts.statusUpdates < size.updates) {
      throw new Error(
        `The benchmark database came out wrong: ${JSON.stringify(counts)}, expected ${JSON.stringify(expected)} and at least ${size.updates} updates.`,
      );
    }
    closeDb();

    // The editor account through the real command, as an administrator would make it.
    execFileSync(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'scripts/create-user.ts'), '--email', BENCH_EDITOR.email, '--role', 'editor', '--name', BENCH_EDITOR.name],
      { cwd: ROOT, stdio: 'inherit', env: { ...process.env, DATABASE_URL: `file:${file}`, USER_PASSWORD: BENCH_EDITOR.password } },
    );

    const meta: BenchMeta = {
      signature: signatureOf(size),
      size,
      // From the start of this process (performance.now() counts from there): starting Node
      // and loading the modules is part of loading the dataset.
      loadSeconds: performance.now() / 1000,
      builtAt: new Date().toISOString(),
      counts,
    };
    writeFileSync(metaPath(file), `${JSON.stringify(meta, null, 2)}\n`);
    console.log(
      `Loaded ${fmt(counts.commitments)} commitments, ${fmt(counts.statusUpdates)} status updates and ${fmt(counts.observations)} observations in ${meta.loadSeconds.toFixed(1)} s.`,
    );
    return meta;
  } finally {
    closeDb();
  }
}

const USAGE = `Usage: npm run bench:load -- [--reduced] [--db FILE] [--reuse]
       npx tsx scripts/bench/load.ts [--reduced] [--db FILE] [--reuse]

Builds the benchmark database from nothing: the migrations, the real seed, the synthetic
dataset (${fmt(FULL_SIZE.commitments)} commitments, ${fmt(FULL_SIZE.updates)} status updates, ${fmt(FULL_SIZE.observations)} observations;
reduced: ${fmt(REDUCED_SIZE.commitments)}, ${fmt(REDUCED_SIZE.updates)}, ${fmt(REDUCED_SIZE.observations)}), the cached progress columns, and the editor
account ${BENCH_EDITOR.email} (through scripts/create-user.ts). FILE is deleted first,
with its -wal, -shm and .meta.json; its name must start with "bench" and end in ".db".
Prints rows/s while it loads and the total time. Never touches DATABASE_URL's database.

Options:
  --reduced    the small dataset CI uses (default file data/bench-reduced.db)
  --db FILE    the database file to build (default data/bench.db)
  --reuse      keep FILE when it was built with the same parameters (FILE.meta.json)
  -h, --help   show this help

Example:
  npm run bench:load -- --reduced --reuse`;

async function main() {
  const { values } = parseCli({
    name: 'bench/load',
    usage: USAGE,
    options: { db: { type: 'string' }, reduced: { type: 'boolean', default: false }, reuse: { type: 'boolean', default: false } },
  });
  const size = values.reduced ? REDUCED_SIZE : FULL_SIZE;
  const dbFile = checkBenchPath(values.db ?? (values.reduced ? 'data/bench-reduced.db' : 'data/bench.db'));
  const existing = values.reuse ? readMeta(dbFile) : null;
  if (existing && existing.signature === signatureOf(size)) {
    console.log(`Reusing ${dbFile}: built ${existing.builtAt} with the same parameters in ${existing.loadSeconds.toFixed(1)} s.`);
    return;
  }
  await loadBenchDatabase({ dbFile, size });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
