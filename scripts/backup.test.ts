import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusUpdates } from '../db/schema';
import { openTestDatabase, type TestDatabase } from '../db/test-database';
import { backupDatabase, BackupError, restoreDatabase } from './backup';

let t: TestDatabase;
let dir: string;

beforeAll(async () => {
  if ((process.env.TEST_DB_TARGET ?? 'file') !== 'file') return;
  t = await openTestDatabase({ seed: true });
  dir = await mkdtemp(path.join(tmpdir(), 'tracker-backup-'));
});

afterAll(async () => {
  await t?.close();
  await rm(dir, { recursive: true, force: true });
});

async function countIn(file: string, table: string): Promise<number> {
  const client = createClient({ url: `file:${file}` });
  try {
    return Number((await client.execute(`select count(*) as n from ${table}`)).rows[0]!.n);
  } finally {
    client.close();
  }
}

// db:backup copies the embedded file (VACUUM INTO). A libSQL server keeps its own backups
// (sqld's data directory, Turso's point-in-time restore), so the server runs skip this.
const onServer = (process.env.TEST_DB_TARGET ?? 'file') !== 'file';

describe.skipIf(onServer)('db:backup and db:restore', () => {
  it('copies a consistent database while saves keep landing, and restores it', async () => {
    const url = process.env.DATABASE_URL!;
    const [commitment] = await t.db
      .select()
      .from((await import('../db/schema')).commitments)
      .limit(1);
    const actor = { id: 1, name: 'Backup test' };
    await t.mutations.createUser(t.db, {
      email: 'b@example.org',
      name: 'B',
      role: 'editor',
      passwordHash: 'x',
      mustChangePassword: false,
      actor: null,
    });
    // Keep saving while the backup runs.
    let version = commitment!.version;
    let saving = true;
    let saved = 0;
    const writer = (async () => {
      while (saving && saved < 200) {
        const r = await t.mutations
          .addStatusUpdate(t.db, {
            actor,
            input: {
              commitmentId: commitment!.id,
              expectedVersion: version,
              entryType: 'update',
              asOf: '2025-01-01',
              verdict: 'in-progress',
              stage: undefined,
              figure: null,
              note: `save ${saved}`,
              sourceId: undefined,
              correctsId: undefined,
              confirmDate: false,
              evidence: [],
            },
          })
          .catch(() => null);
        if (r) {
          version = r.version;
          saved += 1;
        }
      }
    })();
    await new Promise((r) => setTimeout(r, 30));
    const backup = await backupDatabase({ url, out: path.join(dir, 'copy.db') });
    saving = false;
    await writer;

    expect(backup.sizeBytes).toBeGreaterThan(0);
    expect(backup.sha256).toMatch(/^[0-9a-f]{64}$/);
    const inBackup = await countIn(backup.file, 'status_updates');
    const live = await t.count(statusUpdates);
    expect(saved).toBeGreaterThan(0);
    expect(inBackup).toBeLessThanOrEqual(live);
    // The copy is one moment: its commitment version matches its own number of updates.
    const client = createClient({ url: `file:${backup.file}` });
    const row = (await client.execute({ sql: 'select version from commitments where id = ?', args: [commitment!.id] })).rows[0]!;
    const mine = Number((await client.execute({ sql: "select count(*) as n from status_updates where note like 'save %'", args: [] })).rows[0]!.n);
    client.close();
    expect(Number(row.version)).toBe(commitment!.version + mine);

    // Restore into another location and find exactly what the backup held.
    const restoredUrl = `file:${path.join(dir, 'restored', 'tracker.db')}`;
    await restoreDatabase({ url: restoredUrl, from: backup.file });
    expect(await countIn(path.join(dir, 'restored', 'tracker.db'), 'status_updates')).toBe(inBackup);
    expect(await countIn(path.join(dir, 'restored', 'tracker.db'), 'commitments')).toBe(await countIn(backup.file, 'commitments'));
  });

  it('refuses clearly: server URLs, a missing backup, an existing output file', async () => {
    await expect(backupDatabase({ url: 'http://127.0.0.1:8080' })).rejects.toThrow(/server: use its own backups/);
    await expect(restoreDatabase({ url: process.env.DATABASE_URL!, from: path.join(dir, 'nope.db') })).rejects.toBeInstanceOf(BackupError);
    await expect(backupDatabase({ url: process.env.DATABASE_URL!, out: path.join(dir, 'copy.db') })).rejects.toThrow(/already exists/);
  });
});
