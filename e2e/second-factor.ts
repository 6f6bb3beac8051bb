import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { timeStep, totpCode } from '../lib/totp';

// Signing in as a user who has (or must set up) a second factor, the way a person does: the
// first time through the set-up page (scan = read the key written under the QR code), later
// with a code from "the app" (computed from that key). The keys live in data/e2e-totp.json,
// which scripts/e2e-server.sh deletes with the database it belongs to. A code is accepted once,
// so each sign-in uses the next unused time step (now or the next one), waiting if both are used.

const STORE = path.join(import.meta.dirname, '..', 'data', 'e2e-totp.json');

type Stored = Record<string, { secret: string; lastStep: number }>;

function load(): Stored {
  return existsSync(STORE) ? (JSON.parse(readFileSync(STORE, 'utf8')) as Stored) : {};
}

function save(stored: Stored) {
  mkdirSync(path.dirname(STORE), { recursive: true });
  writeFileSync(STORE, JSON.stringify(stored));
}

export function rememberSecret(email: string, secret: string, step: number) {
  save({ ...load(), [email]: { secret, lastStep: step } });
}

/** A code nobody has used yet: for this step or the next (both are accepted), waiting when both are spent. */
export async function freshCode(email: string): Promise<string> {
  const stored = load();
  const entry = stored[email];
  if (!entry) throw new Error(`No second factor recorded for ${email}`);
  for (;;) {
    const now = new Date();
    const step = Math.max(timeStep(now), entry.lastStep + 1);
    if (step <= timeStep(now) + 1) {
      save({ ...stored, [email]: { ...entry, lastStep: step } });
      return totpCode(entry.secret, new Date(step * 30_000 + 1_000));
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

/** After the password: set the factor up (first time) or give a code, until the workspace opens. */
export async function completeSecondFactor(page: Page, email: string) {
  await page.waitForURL((url) => url.pathname.startsWith('/editor') || url.pathname.startsWith('/sign-in/second-factor'));
  // The workspace may send the browser on once more (to the set-up page): wait until it settles.
  await page.waitForLoadState('networkidle');
  await expect(page.locator('h1')).toBeVisible();
  if (page.url().includes('/sign-in/second-factor')) {
    await page.getByLabel('Code', { exact: true }).fill(await freshCode(email));
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/editor'));
    return;
  }
  if (!new URL(page.url()).pathname.startsWith('/editor/security')) return;
  await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
  const key = (await page.locator('code.secret').innerText()).replace(/\s+/g, '');
  const now = new Date();
  rememberSecret(email, key, timeStep(now));
  await page.getByLabel('Code from your app').fill(totpCode(key, now));
  await page.getByRole('button', { name: 'Turn on' }).click();
  await expect(page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem')).toHaveCount(10);
  await page.getByRole('link', { name: /continue to the workspace/ }).click();
  await page.waitForURL((url) => url.pathname === '/editor');
}
