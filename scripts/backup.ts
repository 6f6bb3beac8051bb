import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, existsSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { createClient } from '@libsql/client';
import { parseCli, usageError } from './cli';

// Consistent copies of the embedded database while the server runs, and restoring one.
// `VACUUM INTO` reads inside one transaction, so the copy is a snapshot of a single moment
// even while editors keep saving (WAL lets the writers carry on). A libSQL server (sqld,
// Turso) has its own snapshots and point-in-time restore; these scripts are for file: URLs.

export class BackupError extends Error {}

function fileOf(url: string): string {
  if (!url.startsWith('file:')) {
    throw new BackupError(
      `db:backup and db:restore work on an embedded database (file: URL); ${url.split('?')[0]} is a server: use its own backups.`,
    );
  }
  return path.resolve(url.slice('file:'.length));
}

async function integrityOf(file: string): Promise<string> {
  const client = createClient({ url: `file:${file}` });
  try {
    const result = await client.execute('PRAGMA integrity_check');
    return String(result.rows[0]?.[0] ?? 'no answer');
  } finally {
    client.close();
  }
}

export async function backupDatabase({ url, out }: { url: string; out?: string }) {
  const source = fileOf(url);
  if (!existsSync(source)) throw new BackupError(`No database at ${source}.`);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = path.resolve(out ?? path.join(path.dirname(source), 'backups', `tracker-${stamp}.db`));
  if (existsSync(target)) throw new BackupError(`${target} already exists; choose another --out.`);
  mkdirSync(path.dirname(target), { recursive: true });
  const client = createClient({ url: `file:${source}`, timeout: 10_000 });
  try {
    await client.execute({ sql: 'VACUUM INTO ?', args: [target] });
  } finally {
    client.close();
  }
  const integrity = await integrityOf(target);
  if (integrity !== 'ok') {
    rmSync(target, { force: true });
    throw new BackupError(`The copy failed its integrity check (${integrity}); it was removed.`);
  }
  const bytes = readFileSync(target);
  return { file: target, sizeBytes: statSync(target).size, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * Replaces the database file with a backup. Stop the server first: a running server keeps
 * the old file open. The backup is checked before anything is touched, and the swap is a
 * rename, so a failure leaves the current database as it was.
 */
export async function restoreDatabase({ url, from }: { url: string; from: string }) {
  const target = fileOf(url);
  const backup = path.resolve(from);
  if (!existsSync(backup)) throw new BackupError(`No backup at ${backup}.`);
  const integrity = await integrityOf(backup);
  if (integrity !== 'ok') throw new BackupError(`The backup failed its integrity check (${integrity}); nothing was restored.`);
  mkdirSync(path.dirname(target), { recursive: true });
  const staging = `${target}.restoring`;
  copyFileSync(backup, staging);
  for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
  renameSync(staging, target);
  return { file: target, from: backup };
}

const USAGE = `Usage: npm run db:backup [-- --out FILE]
       npm run db:restore -- --from FILE
       npx tsx scripts/backup.ts backup [--out FILE] | restore --from FILE

backup   writes a consistent copy of the embedded database (VACUUM INTO, safe while the
         server runs and editors save), checks its integrity and prints its size and sha256.
restore  puts a backup back: checks its integrity first, then swaps it in with a rename.
         Stop the server first; start it again afterwards.
Both work on an embedded database (a file: URL) only; a libSQL server or Turso has its own
backups, and these commands refuse such URLs.

Options:
  --out FILE   backup: where to write the copy, a file that does not exist yet
               (default backups/tracker-<time>.db in the database's folder: data/backups/)
  --from FILE  restore: the backup to put back (required)
  -h, --help   show this help

Environment:
  DATABASE_URL  the database to copy or replace (default file:./data/tracker.db)

Example:
  npm run db:backup -- --out /srv/backups/tracker.db
  npm run db:restore -- --from data/backups/tracker-2026-01-01T06-00-00-000Z.db`;

async function main() {
  const { values, positionals } = parseCli({
    name: 'backup',
    usage: USAGE,
    allowPositionals: true,
    options: { out: { type: 'string' }, from: { type: 'string' } },
  });
  const [command, ...rest] = positionals;
  if (command !== 'backup' && command !== 'restore') {
    usageError('backup', command === undefined ? 'say backup or restore' : `unknown command "${command}" (say backup or restore)`);
  }
  if (rest.length > 0) usageError('backup', `unexpected argument "${rest[0]}"`);
  const url = process.env.DATABASE_URL ?? 'file:./data/tracker.db';
  if (command === 'backup') {
    const result = await backupDatabase({ url, out: values.out });
    console.log(`Backup written: ${result.file} (${result.sizeBytes} bytes, sha256 ${result.sha256}); integrity ok.`);
  } else if (command === 'restore') {
    if (!values.from) throw new BackupError('Say which backup to restore: npm run db:restore -- --from data/backups/FILE.db');
    const result = await restoreDatabase({ url, from: values.from });
    console.log(`Restored ${result.file} from ${result.from}. Start the server again.`);
  }
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  main().catch((error: unknown) => {
    console.error(error instanceof BackupError ? `Failed: ${error.message}` : error);
    process.exitCode = 1;
  });
}
