import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createClient, type Client } from '@libsql/client';
import { deriveKey, seal } from '../../lib/totp';

// Servers and databases for the reliability tests. Each test gets its own copy of a seeded
// database and its own `next start`, so killing a server or flooding it with saves cannot
// disturb the rest of the suite.
//
// The servers run the production build the browser suite made (.next-e2e) from a private
// folder: a copy of the build next to links to the project's files. A server writes pages it
// regenerates into its build folder; in a private copy those pages, made from a test's own
// database, never reach the build the other browser tests use.

const run = promisify(execFile);

export const ROOT = path.resolve(import.meta.dirname, '../..');
const BUILD = '.next-e2e';
export const AUTH_SECRET = 'reliability-only-secret-not-used-anywhere-else-0123';

/** The test admin's TOTP key (base32): admins must use a second factor, so it is set up in the template. */
export const ADMIN_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

export const ACCOUNTS = {
  admin: {
    email: 'reliability-admin@example.org',
    password: 'reliability-admin-password',
    role: 'admin',
    name: 'Reliability Admin',
    totpSecret: ADMIN_TOTP_SECRET,
  },
  editor: { email: 'reliability-editor@example.org', password: 'reliability-editor-password', role: 'editor', name: 'Reliability Editor' },
  editor2: {
    email: 'reliability-editor-2@example.org',
    password: 'reliability-second-editor-password',
    role: 'editor',
    name: 'Reliability Editor Two',
  },
} as const;

export type Account = { email: string; password: string; totpSecret?: string };

const PRIVATE_ENTRIES = new Set(['.git', 'data', 'tmp', 'test-results', 'playwright-report', 'blob-report', 'screenshots']);

export type Workspace = { dir: string; appDir: string; template: string; distDir: string };

/** The private app folder and a seeded template database with the two test accounts. */
export async function prepareWorkspace(): Promise<Workspace> {
  if (!existsSync(path.join(ROOT, BUILD, 'BUILD_ID')))
    throw new Error(`No production build in ${BUILD}; the browser suite's web server makes it (scripts/e2e-server.sh).`);
  const dir = mkdtempSync(path.join(tmpdir(), 'ct-reliability-'));
  const appDir = path.join(dir, 'app');
  mkdirSync(appDir);
  // Everything next.config.ts may point at (the cache handler, the i18n request config...)
  // is reached through links; builds, data and test output stay out.
  for (const entry of readdirSync(ROOT)) {
    if (/^\.next/.test(entry) || PRIVATE_ENTRIES.has(entry)) continue;
    symlinkSync(path.join(ROOT, entry), path.join(appDir, entry));
  }
  // The build's own links into node_modules are relative, and resolve through the link above.
  cpSync(path.join(ROOT, BUILD), path.join(appDir, BUILD), {
    recursive: true,
    verbatimSymlinks: true,
    filter: (source) => path.relative(path.join(ROOT, BUILD), source) !== 'cache',
  });

  const template = path.join(dir, 'template.db');
  const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
  const env = { ...process.env, DATABASE_URL: `file:${template}` };
  await run(tsx, ['scripts/migrate.ts'], { cwd: ROOT, env });
  await run(tsx, ['scripts/seed.ts'], { cwd: ROOT, env });
  for (const account of Object.values(ACCOUNTS)) {
    await run(tsx, ['scripts/create-user.ts', '--email', account.email, '--role', account.role, '--name', account.name], {
      cwd: ROOT,
      env: { ...env, USER_PASSWORD: account.password },
    });
  }
  // The admin's second factor, as if set up in the workspace: its key sealed with this server's secret.
  await withDatabase(template, (db) =>
    db.execute({
      sql: "update users set totp_secret = ?, totp_enabled_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') where email = ?",
      args: [seal(ADMIN_TOTP_SECRET, deriveKey(AUTH_SECRET, 'totp')), ACCOUNTS.admin.email],
    }),
  );
  return { dir, appDir, template, distDir: path.join(appDir, BUILD) };
}

export function removeWorkspace(workspace: Workspace | undefined): void {
  if (workspace) rmSync(workspace.dir, { recursive: true, force: true });
}

/** A consistent copy of a database file (VACUUM INTO reads one snapshot, WAL included). */
export async function copyDatabase(from: string, to: string): Promise<string> {
  const client = createClient({ url: `file:${from}` });
  try {
    await client.execute({ sql: 'VACUUM INTO ?', args: [to] });
  } finally {
    client.close();
  }
  return to;
}

export async function withDatabase<T>(file: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = createClient({ url: `file:${file}`, timeout: 10_000 });
  try {
    return await fn(client);
  } finally {
    client.close();
  }
}

export async function integrityCheck(file: string): Promise<string> {
  return withDatabase(file, async (db) => (await db.execute('PRAGMA integrity_check')).rows.map((r) => String(r[0])).join('; '));
}

/**
 * A fingerprint of every table's rows, except the sign-in bookkeeping: the attempts a refused
 * sign-in is meant to record, and the session rows a successful one opens. Equal fingerprints
 * mean nothing stored was added, changed or removed.
 */
export async function tableFingerprints(file: string): Promise<Record<string, { rows: number; sha256: string }>> {
  return withDatabase(file, async (db) => {
    const tables = (
      await db.execute(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '\\_\\_%' escape '\\' and name not in ('sign_in_attempts', 'user_sessions') order by name",
      )
    ).rows.map((r) => String(r.name));
    const out: Record<string, { rows: number; sha256: string }> = {};
    for (const table of tables) {
      const rows = (await db.execute(`select * from "${table}" order by rowid`)).rows;
      const hash = createHash('sha256');
      for (const row of rows) {
        hash.update(
          JSON.stringify(Object.values(row), (_key, value: unknown) =>
            value instanceof ArrayBuffer
              ? createHash('sha256').update(Buffer.from(value)).digest('hex')
              : typeof value === 'bigint'
                ? String(value)
                : value,
          ),
        );
        hash.update('\n');
      }
      out[table] = { rows: rows.length, sha256: hash.digest('hex') };
    }
    return out;
  });
}

export type AppServer = {
  baseUrl: string;
  port: number;
  /** The process group of `next start` (its pid): for measuring its memory. */
  pid: number;
  /** The server's output, for diagnosing a failure. */
  output: () => string;
  /** SIGTERM, then SIGKILL if it lingers. */
  stop: () => Promise<void>;
  /** kill -9 of the whole process group, at once. */
  crash: () => Promise<void>;
};

// Servers still running. A test that times out is abandoned mid-way, and its servers live in
// their own process groups, so nothing else would stop them: the spec's afterAll and, last,
// this process's exit kill whatever is left.
const running = new Set<ChildProcess>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

process.once('exit', () => {
  for (const child of running) killGroup(child, 'SIGKILL');
});

export async function stopAllApps(): Promise<void> {
  await Promise.all([...running].map((child) => (killGroup(child, 'SIGKILL'), exited(child))));
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

export async function startApp(
  workspace: Workspace,
  { dbFile, port, env = {} }: { dbFile: string; port: number; env?: Record<string, string> },
): Promise<AppServer> {
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', workspace.appDir, '-H', '127.0.0.1', '-p', String(port)],
    {
      cwd: workspace.appDir,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: `file:${dbFile}`,
        NEXT_DIST_DIR: BUILD,
        NEXT_TELEMETRY_DISABLED: '1',
        AUTH_SECRET,
        AUTH_TRUST_HOST: 'true',
        SNAPSHOT_SCHEDULE: 'off',
        // No background fetching of evidence links: these servers measure saves, crashes and
        // hostile input, and compare tables before and after; a retry pass would write meanwhile.
        EVIDENCE_ARCHIVE: 'off',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so a crash takes down every process `next start` made.
      detached: true,
    },
  );
  running.add(child);
  child.once('exit', () => running.delete(child));
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const baseUrl = `http://127.0.0.1:${port}`;
  const signal = async (name: NodeJS.Signals) => killGroup(child, name);
  const server: AppServer = {
    baseUrl,
    port,
    pid: child.pid!,
    output: () => log,
    stop: async () => {
      await signal('SIGTERM');
      const timer = setTimeout(() => void signal('SIGKILL'), 10_000);
      await exited(child);
      clearTimeout(timer);
    },
    crash: async () => {
      await signal('SIGKILL');
      await exited(child);
    },
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start on port ${port} exited with ${child.exitCode}:\n${log}`);
    try {
      const health = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (health.ok) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await server.crash();
  throw new Error(`next start on port ${port} did not become healthy within 90 s:\n${log}`);
}
