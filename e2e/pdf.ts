import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect } from './fixtures';

// Shared by the specs that check what a PDF snapshot says: make one as an operator would,
// and read its text back with poppler.

const run = promisify(execFile);
export const E2E_DB = 'file:./data/e2e.db';

/** Runs `npm run snapshot [-- --locale xx]` against the test server, as an operator would. */
export async function snapshotFromCli(baseURL: string, locale?: string) {
  const { stdout } = await run('npx', ['tsx', 'scripts/snapshot.ts', ...(locale ? ['--locale', locale] : [])], {
    env: { ...process.env, DATABASE_URL: E2E_DB, SNAPSHOT_BASE_URL: baseURL },
    timeout: 120_000,
  });
  const id = Number(/Snapshot #(\d+) stored/.exec(stdout)?.[1]);
  expect(id, stdout).toBeGreaterThan(0);
  expect(stdout).toMatch(/took [\d.]+ s; peak memory \d+ MB/);
  return { id, stdout };
}

/** Single spaces, and no break after a hyphen (a table cell may wrap "Good-Neighbourliness"). */
export const normalise = (text: string) => text.replace(/\s+/g, ' ').replace(/- /g, '-');

/** The PDF's text, through poppler's pdftotext, normalised for comparison. */
export async function pdfText(bytes: Buffer): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'snapshot-'));
  const file = path.join(dir, 'snapshot.pdf');
  await writeFile(file, bytes);
  const { stdout } = await run('pdftotext', ['-raw', file, '-']);
  return normalise(stdout);
}
