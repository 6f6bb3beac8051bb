import path from 'node:path';
import { createClient } from '@libsql/client';
import type { Browser, Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import { completeSecondFactor, freshCode, rememberSecret } from './second-factor';
import { timeStep, totpCode } from '../lib/totp';

// Issue 14, through the workspace as people use it: a second admin is invited, replaces the
// one-time password, must set up a second factor, signs in with a code and with a recovery
// code, and has the factor reset by the first admin; an expired one-time password is replaced.

test.describe.configure({ mode: 'serial' });

const ADMIN = { email: 'admin@example.org', password: 'admin-password-for-e2e' };
const SECOND = { email: 'second.admin@example.org', password: 'copper lantern quiet river seven' };

async function signIn(page: Page, who: { email: string; password: string }) {
  await page.goto('/sign-in?next=/editor');
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(/\/sign-in\?signed-out=1/);
}

async function newPage(browser: Browser) {
  return (await browser.newContext()).newPage();
}

async function invite(page: Page, email: string, role: 'admin' | 'editor'): Promise<string> {
  await page.goto('/editor/users');
  const form = page.getByRole('form', { name: 'Invite a user' });
  await form.getByLabel('Email').fill(email);
  await form.getByLabel(/^Name/).fill(email.split('@')[0]!);
  await form.getByLabel('Role').selectOption(role);
  await form.getByRole('button', { name: 'Create account' }).click();
  return form.locator('.secret').innerText();
}

let recoveryCodes: string[] = [];

test('an invited admin replaces the one-time password, is made to set up a second factor, and gets recovery codes once', async ({
  page,
  browser,
}) => {
  await signIn(page, ADMIN);
  await completeSecondFactor(page, ADMIN.email);
  const oneTime = await invite(page, SECOND.email, 'admin');

  const second = await newPage(browser);
  await signIn(second, { email: SECOND.email, password: oneTime });
  await expect(second).toHaveURL(/\/editor\/password$/);
  await second.getByLabel('Current password').fill(oneTime);
  // A common password is refused, saying why; the typed passwords are not sent back.
  await second.getByLabel('New password', { exact: true }).fill('password1234');
  await second.getByLabel('New password again').fill('password1234');
  await second.getByRole('button', { name: 'Change password' }).click();
  await expect(second.getByText(/too easy to guess/)).toBeVisible();
  await expect(second.getByLabel('New password', { exact: true })).toHaveValue('');
  await second.getByLabel('Current password').fill(oneTime);
  await second.getByLabel('New password', { exact: true }).fill(SECOND.password);
  await second.getByLabel('New password again').fill(SECOND.password);
  await second.getByRole('button', { name: 'Change password' }).click();

  // The workspace stays shut until the factor is set up.
  await expect(second).toHaveURL(/\/editor\/security$/);
  await expect(second.getByRole('status').filter({ hasText: 'Admins must use a second factor' })).toBeVisible();
  await second.goto('/editor/commitments/historians-forum');
  await expect(second).toHaveURL(/\/editor\/security$/);
  expect(await axeViolations(second), 'set-up page').toEqual([]);

  await second.getByRole('button', { name: 'Set up an authenticator app' }).click();
  await expect(second.getByRole('img', { name: /QR code for the authenticator app/ })).toBeVisible();
  const key = (await second.locator('code.secret').innerText()).replace(/\s+/g, '');
  expect(key).toMatch(/^[A-Z2-7]{32}$/);
  await second.getByLabel('Code from your app').fill('123456');
  await second.getByRole('button', { name: 'Turn on' }).click();
  await expect(second.getByText(/That code does not match/)).toBeVisible();
  const now = new Date();
  rememberSecret(SECOND.email, key, timeStep(now));
  await second.getByLabel('Code from your app').fill(totpCode(key, now));
  await second.getByRole('button', { name: 'Turn on' }).click();
  const codes = second.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
  await expect(codes).toHaveCount(10);
  recoveryCodes = await codes.allInnerTexts();
  await second.getByRole('link', { name: /continue to the workspace/ }).click();
  await expect(second).toHaveURL(/\/editor$/);
  // Shown once: the security page now only counts them.
  await second.goto('/editor/security');
  await expect(second.locator('main')).toContainText('10 unused recovery codes left');
  await expect(second.getByRole('list', { name: 'Recovery codes' })).toHaveCount(0);
  await second.context().close();
});

test('signing in asks for a code after the password: a wrong one is refused, the app’s code opens the workspace, a recovery code works once', async ({
  browser,
}) => {
  const page = await newPage(browser);
  await signIn(page, SECOND);
  await expect(page).toHaveURL(/\/sign-in\/second-factor/);
  expect(await axeViolations(page), 'second-factor page').toEqual([]);
  // Nothing of the workspace opens before the code.
  await page.goto('/editor/users');
  await expect(page).toHaveURL(/\/sign-in\/second-factor/);
  await page.getByLabel('Code', { exact: true }).fill('000000');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText(/That code is not right/)).toBeVisible();
  await expect(page.getByLabel('Code', { exact: true })).toHaveValue('');
  await page.getByLabel('Code', { exact: true }).fill(await freshCode(SECOND.email));
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/editor\/users$/);
  await signOut(page);

  await signIn(page, SECOND);
  await page.getByLabel('Code', { exact: true }).fill(recoveryCodes[0]!.toUpperCase());
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/editor\/security\?recovery-codes-left=9$/);
  await expect(page.getByRole('status').filter({ hasText: 'recovery code; 9 left' })).toBeVisible();
  await signOut(page);

  // The same recovery code is spent.
  await signIn(page, SECOND);
  await page.getByLabel('Code', { exact: true }).fill(recoveryCodes[0]!);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText(/That code is not right, or was already used/)).toBeVisible();
  await page.context().close();
});

test('an admin resets another admin’s second factor: their sessions end and the next sign-in sets up a new one', async ({ page, browser }) => {
  const second = await newPage(browser);
  await signIn(second, SECOND);
  await completeSecondFactor(second, SECOND.email);
  await expect(second).toHaveURL(/\/editor$/);

  await signIn(page, ADMIN);
  await completeSecondFactor(page, ADMIN.email);
  await page.goto('/editor/users');
  await page.getByRole('button', { name: 'Reset second factor of second.admin' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Second factor of second.admin@example.org removed' })).toBeVisible();

  await second.goto('/editor');
  await expect(second).toHaveURL(/\/sign-in/);
  await signIn(second, SECOND);
  await expect(second).toHaveURL(/\/editor\/security$/);
  await expect(second.getByRole('button', { name: 'Set up an authenticator app' })).toBeVisible();
  await second.context().close();
});

test('an expired one-time password says to ask an admin; the admin’s new one works', async ({ page, browser }) => {
  await signIn(page, ADMIN);
  await completeSecondFactor(page, ADMIN.email);
  const oneTime = await invite(page, 'late.editor@example.org', 'editor');
  // Three days pass (the e2e database is the server's own file).
  const db = createClient({ url: `file:${path.join(import.meta.dirname, '..', 'data', 'e2e.db')}` });
  await db.execute({
    sql: 'update users set password_expires_at = ? where email = ?',
    args: [new Date(Date.now() - 60_000).toISOString(), 'late.editor@example.org'],
  });
  db.close();

  const late = await newPage(browser);
  await signIn(late, { email: 'late.editor@example.org', password: oneTime });
  await expect(late.locator('main').getByRole('alert')).toHaveText(/one-time password has expired\. Ask an admin/);

  await page.goto('/editor/users');
  await page.getByRole('button', { name: 'New one-time password of late.editor' }).click();
  const fresh = await page
    .getByRole('status')
    .filter({ hasText: 'New one-time password for late.editor@example.org' })
    .locator('.secret')
    .innerText();
  expect(fresh).not.toBe(oneTime);
  await signIn(late, { email: 'late.editor@example.org', password: fresh });
  await expect(late).toHaveURL(/\/editor\/password$/);
  await late.context().close();
});
