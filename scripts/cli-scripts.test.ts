import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Every entry-point script, run for real through tsx: --help prints its usage and exits 0,
// an unknown option gets one line naming it and exit 2, and neither opens the database
// (DATABASE_URL points into a folder that does not exist; opening the database would create it).

const ROOT = path.resolve(import.meta.dirname, '..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const BAD = '--definitely-not-an-option';

/** Each script, the name its errors start with, and words its usage must contain. */
const SCRIPTS = [
  { file: 'scripts/backup.ts', name: 'backup', mentions: ['backup', 'restore', '--out', '--from', 'DATABASE_URL'] },
  {
    file: 'scripts/create-user.ts',
    name: 'create-user',
    mentions: ['--email', '--role', '--name', 'admin, editor', 'USER_PASSWORD', 'DATABASE_URL'],
  },
  { file: 'scripts/db-server.ts', name: 'db-server', mentions: ['--port', '--grpc-port', '--replica-port', '--dir', 'SQLD_BIN'] },
  { file: 'scripts/migrate.ts', name: 'migrate', mentions: ['drizzle/', 'DATABASE_URL'] },
  { file: 'scripts/screenshot.ts', name: 'screenshot', mentions: ['--viewport-only', 'BASE_URL', 'OUT_DIR', 'PATH', 'CHROMIUM_PATH'] },
  { file: 'scripts/seed.ts', name: 'seed', mentions: ['--until', '--if-empty', 'DATABASE_URL'] },
  { file: 'scripts/snapshot.ts', name: 'snapshot', mentions: ['--base-url', '--locale', 'en, ru, kk', 'SNAPSHOT_BASE_URL', 'CHROMIUM_PATH'] },
  { file: 'scripts/bench/run.ts', name: 'bench/run', mentions: ['--reduced', '--fresh', '--duration', '--port', '--db', 'CHROMIUM_PATH'] },
  { file: 'scripts/bench/load.ts', name: 'bench/load', mentions: ['--reduced', '--db', '--reuse'] },
] as const;

/** The shell entry points (the quick start's and CI's), checked the same way before they install or start anything. */
const SHELL_SCRIPTS = [
  { file: 'scripts/demo.sh', name: 'demo.sh', mentions: ['npm run demo', 'PORT', 'SITE_URL', 'DATABASE_URL', 'AUTH_SECRET'] },
  { file: 'scripts/test-all.sh', name: 'test-all.sh', mentions: ['npm test', 'CHROMIUM_PATH', 'E2E_PORT'] },
  { file: 'scripts/e2e-server.sh', name: 'e2e-server.sh', mentions: ['DATABASE_URL', 'NEXT_DIST_DIR', 'E2E_PORT'] },
] as const;

type Run = { code: number | null; stdout: string; stderr: string };

let dir: string;
let databaseDir: string;
const runs = new Map<string, Run>();

function tsx(file: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const shell = file.endsWith('.sh');
    execFile(
      shell ? 'bash' : TSX,
      [file, ...args],
      { cwd: ROOT, timeout: 60_000, env: { ...process.env, DATABASE_URL: `file:${path.join(databaseDir, 'tracker.db')}`, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'tracker-cli-'));
  databaseDir = path.join(dir, 'no-such-folder');
  const jobs = [...SCRIPTS, ...SHELL_SCRIPTS].flatMap((s) => [
    { key: `${s.file} --help`, file: s.file, args: ['--help'] },
    { key: `${s.file} ${BAD}`, file: s.file, args: [BAD] },
  ]);
  // A few at a time: each is a Node process compiling TypeScript.
  const queue = [...jobs];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let job = queue.shift(); job; job = queue.shift()) runs.set(job.key, await tsx(job.file, job.args));
    }),
  );
}, 180_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.each([...SCRIPTS, ...SHELL_SCRIPTS])('$file', ({ file, name, mentions }) => {
  it('prints its usage on stdout for --help and exits 0', () => {
    const run = runs.get(`${file} --help`)!;
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: /);
    expect(run.stdout).toContain('--help');
    expect(run.stdout).toContain('Example');
    for (const word of mentions) expect(run.stdout).toContain(word);
  });

  it('answers an unknown option with one line naming it and exit 2', () => {
    const run = runs.get(`${file} ${BAD}`)!;
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toEqual([`${name}: unknown option ${BAD}. Run with --help for usage.`]);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});

it('opened no database for --help or a bad option', () => {
  expect(runs.size).toBe((SCRIPTS.length + SHELL_SCRIPTS.length) * 2);
  expect(existsSync(databaseDir)).toBe(false);
});
