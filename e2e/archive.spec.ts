import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ARCHIVE_FIXTURE_PORT } from '../playwright.config';

// Evidence that outlives the web (issue 16, part 1), end to end: an editor saves links served by
// a local fixture site, the server archives them in the background through its SSRF guard, and
// the public page and the API say what happened to each. The fixture's host:port is the one
// address the e2e server may fetch although it is loopback (EVIDENCE_ARCHIVE_ALLOW_HOSTS); any
// other private address, a redirect to one included, is refused.

const EDITOR = { email: 'editor@example.org', password: 'editor-password-for-e2e' };
const SLUG = 'trans-caspian-capacity-upgrade';
const FIXTURE = `http://127.0.0.1:${ARCHIVE_FIXTURE_PORT}`;
const REPORT =
  '<!doctype html><html><head><title>Port report</title></head><body><p>Berth 3 opened.</p><script>window.ran = true</script></body></html>';
const sha = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

let fixture: Server;
let dying = false;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  fixture = createServer((request, response) => {
    const path = request.url ?? '/';
    if (path === '/report.html') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(REPORT);
    } else if (path === '/missing') {
      response.writeHead(404, { 'Content-Type': 'text/html' });
      response.end('<html>not here</html>');
    } else if (path === '/to-metadata') {
      response.writeHead(302, { Location: 'http://169.254.169.254/latest/meta-data/' });
      response.end();
    } else if (path === '/big') {
      // 200 kB: over the e2e server's 50 kB cap (EVIDENCE_ARCHIVE_MAX_MB=0.05).
      response.writeHead(200, { 'Content-Type': 'text/html' });
      response.end(`<!doctype html><html><body>${'x'.repeat(200_000)}</body></html>`);
    } else if (path === '/dying') {
      if (dying) {
        response.writeHead(410, { 'Content-Type': 'text/html' });
        response.end('<html>gone</html>');
      } else {
        response.writeHead(200, { 'Content-Type': 'text/html' });
        response.end('<!doctype html><html><body>Agreement text, version 1.</body></html>');
      }
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => fixture.listen(ARCHIVE_FIXTURE_PORT, '127.0.0.1', resolve));
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => fixture.close(() => resolve()));
});

async function signIn(page: Page) {
  await page.goto('/sign-in?next=/editor');
  await page.getByLabel('Email').fill(EDITOR.email);
  await page.getByLabel('Password').fill(EDITOR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/editor'));
}

/**
 * The public entry whose note is `note`, reloaded until `text` shows in it (the archive works
 * after the save answers, one link after another) and, with `settled`, until none of its links
 * is still waiting for its first try.
 */
async function entryShowing(page: Page, note: string, text: string | RegExp, { settled = false } = {}) {
  const entry = page.locator('.timeline > li').filter({ hasText: note });
  await expect(async () => {
    await page.goto(`/commitments/${SLUG}`);
    await expect(entry).toContainText(text, { timeout: 1_000 });
    if (settled) await expect(entry).not.toContainText('Not archived yet', { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  return entry;
}

type ApiArchive = {
  state: string;
  sha256: string | null;
  copy_url: string | null;
  truncated: boolean;
  failure: string | null;
  will_retry: boolean;
  dead_since: string | null;
  http_status: number | null;
};
type ApiEntry = {
  note: string;
  evidence: { url: string; archive: ApiArchive | null }[];
  files: { name: string; content_type: string; sha256: string; url: string; bytes: number }[];
};

async function apiEntry(page: Page, note: string): Promise<ApiEntry> {
  const response = await page.request.get(`/api/v1/commitments/${SLUG}`);
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { data: { updates: ApiEntry[] } };
  const entry = body.data.updates.find((u) => u.note === note);
  expect(entry, `the API's entry "${note}"`).toBeDefined();
  return entry!;
}

const NOTE = 'Reviewed the port operator’s pages (archive test).';
const LINKS = [
  { url: `${FIXTURE}/report.html`, title: 'Port report' },
  { url: `${FIXTURE}/missing`, title: 'A page that is not there' },
  { url: `${FIXTURE}/to-metadata`, title: 'A link that redirects to a private address' },
  { url: `${FIXTURE}/big`, title: 'A very long page' },
  { url: `${FIXTURE}/dying`, title: 'A page that dies later' },
  // Loopback, but not the allowed fixture: refused before any connection.
  { url: `http://127.0.0.1:${ARCHIVE_FIXTURE_PORT + 1}/private`, title: 'An address on this machine' },
];

test('links saved with an entry are archived in the background: a copy, a 404, a private redirect refused, a size cap, a refused address', async ({
  page,
  pageErrors,
}) => {
  await signIn(page);
  await page.goto(`/editor/commitments/${SLUG}`);
  const form = page.getByRole('form', { name: 'Log a status update' });
  await form.getByLabel(/Reviewed, no change/).check();
  await form.getByLabel('As of').fill('2026-11-30');
  await form.getByLabel('Note').fill(NOTE);
  for (const [i, link] of LINKS.entries()) {
    if (i > 0) await form.getByRole('button', { name: 'Add another link' }).click();
    await form.getByLabel(`Link ${i + 1} address`).fill(link.url);
    await form.getByLabel(`Link ${i + 1} title`).fill(link.title);
  }
  await form.getByRole('button', { name: 'Log review' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Review logged' })).toBeVisible();

  // The public page, signed out.
  await page.context().clearCookies();
  const entry = await entryShowing(page, NOTE, `sha256 ${sha(REPORT).slice(0, 12)}`, { settled: true });
  const item = (title: string) => entry.locator('.evidence > li').filter({ hasText: title });
  await expect(item('Port report')).toContainText(/Archived on \d{1,2} \w+ 20\d\d · sha256/);
  await expect(item('A page that is not there')).toContainText('Not archived: the site answered with an error (HTTP 404), will retry.');
  await expect(item('redirects to a private address')).toContainText('Not archived: the address is not one we fetch.');
  await expect(item('An address on this machine')).toContainText('Not archived: the address is not one we fetch.');
  await expect(item('A very long page')).toContainText(/Archived on .* \(first 5\d kB only\)/);

  // Our copy: the bytes as fetched, served with a policy under which its script cannot run.
  const copyHref = await item('Port report')
    .getByRole('link', { name: /Archived on/ })
    .getAttribute('href');
  expect(copyHref).toMatch(/^\/archive\/\d+$/);
  const copy = await page.request.get(copyHref!);
  expect(copy.status()).toBe(200);
  expect(sha(await copy.body())).toBe(sha(REPORT));
  expect(copy.headers()['content-security-policy']).toContain("default-src 'none'");
  expect(copy.headers()['content-security-policy']).toContain('sandbox');
  expect(copy.headers()['x-content-sha256']).toBe(sha(REPORT));
  await page.goto(copyHref!);
  await expect(page.getByText('Berth 3 opened.')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { ran?: boolean }).ran)).toBeUndefined();
  // The browser says why the copy's script did not run: that is the proof, not an error of ours.
  const blocked = (e: string) => e.startsWith('Blocked script execution') && e.includes('sandboxed');
  expect(pageErrors.some(blocked)).toBe(true);
  pageErrors.splice(0, pageErrors.length, ...pageErrors.filter((e) => !blocked(e)));

  // The API carries the same.
  const api = await apiEntry(page, NOTE);
  const byUrl = new Map(api.evidence.map((e) => [e.url, e.archive]));
  expect(byUrl.get(LINKS[0]!.url)).toMatchObject({ state: 'archived', sha256: sha(REPORT), truncated: false, dead_since: null });
  expect(byUrl.get(LINKS[0]!.url)?.copy_url).toMatch(new RegExp(`${copyHref}$`));
  expect(byUrl.get(LINKS[1]!.url)).toMatchObject({ state: 'failed', failure: 'http-error', http_status: 404, will_retry: true, copy_url: null });
  expect(byUrl.get(LINKS[2]!.url)).toMatchObject({ state: 'failed', failure: 'refused', will_retry: false });
  expect(byUrl.get(LINKS[3]!.url)).toMatchObject({ state: 'archived', truncated: true });
  expect(byUrl.get(LINKS[5]!.url)).toMatchObject({ state: 'failed', failure: 'refused', will_retry: false });
});

test('a link that dies later: the check marks it, and the page points readers to the copy', async ({ page }) => {
  dying = true;
  await signIn(page);
  await page.goto('/editor/archive');
  const row = page.getByRole('row').filter({ hasText: `${FIXTURE}/dying` });
  await expect(row).toContainText('Archived');
  await row.getByRole('button', { name: 'Check again now' }).click();
  await expect(row.getByRole('status')).toContainText('the link no longer answers (http-error 410)');
  await expect(row).toContainText('No longer answering since');

  await page.context().clearCookies();
  const entry = await entryShowing(page, NOTE, 'This link stopped answering on');
  const item = entry.locator('.evidence > li').filter({ hasText: 'A page that dies later' });
  await expect(item).toContainText(/This link stopped answering on .*: read our archived copy\./);
  const copy = await page.request.get((await item.getByRole('link', { name: 'our archived copy' }).getAttribute('href'))!);
  expect(await copy.text()).toContain('Agreement text, version 1.');
  expect((await apiEntry(page, NOTE)).evidence.find((e) => e.url === `${FIXTURE}/dying`)?.archive?.dead_since).toMatch(/^20\d\d-\d\d-\d\d$/);
});

test('a file attached as evidence: stored with its sha256, served as what its bytes are; a disguised file is refused and nothing saved', async ({
  page,
}) => {
  await signIn(page);
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  const fakeNote = 'A scan that is really a web page (archive test).';
  await page.goto(`/editor/commitments/${SLUG}`);
  let form = page.getByRole('form', { name: 'Log a status update' });
  await form.getByLabel(/Reviewed, no change/).check();
  await form.getByLabel('As of').fill('2026-11-30');
  await form.getByLabel('Note').fill(fakeNote);
  await form
    .getByLabel('Or attach a file (PDF or image)')
    .setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html><script>alert(1)</script></html>') });
  await form.getByRole('button', { name: 'Log review' }).click();
  await expect(form.getByText('The attachment must be a PDF or an image')).toBeVisible();
  await expect(page.getByRole('alert').or(page.getByRole('status')).first()).toContainText('Choose the file again');
  // The typed note is kept.
  await expect(form.getByLabel('Note')).toHaveValue(fakeNote);

  const note = 'Signed protocol, scanned (archive test).';
  await page.goto(`/editor/commitments/${SLUG}`);
  form = page.getByRole('form', { name: 'Log a status update' });
  await form.getByLabel(/Reviewed, no change/).check();
  await form.getByLabel('As of').fill('2026-11-30');
  await form.getByLabel('Note').fill(note);
  await form
    .getByLabel('Or attach a file (PDF or image)')
    .setInputFiles({ name: 'protocol scan.pdf', mimeType: 'application/octet-stream', buffer: pdf });
  await form.getByRole('button', { name: 'Log review' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Review logged' })).toBeVisible();

  await page.context().clearCookies();
  const entry = await entryShowing(page, note, `sha256 ${sha(pdf).slice(0, 12)}`);
  await expect(entry).toContainText(/Attached file: protocol scan\.pdf \(PDF, \d+ byte\) · sha256/);
  await expect(page.locator('.timeline > li').filter({ hasText: fakeNote })).toHaveCount(0);
  const href = await entry.getByRole('link', { name: 'protocol scan.pdf' }).getAttribute('href');
  const file = await page.request.get(href!);
  expect(file.headers()['content-type']).toBe('application/pdf');
  expect(sha(await file.body())).toBe(sha(pdf));
  const api = await apiEntry(page, note);
  expect(api.files).toEqual([
    {
      name: 'protocol scan.pdf',
      content_type: 'application/pdf',
      bytes: pdf.byteLength,
      sha256: sha(pdf),
      url: expect.stringMatching(new RegExp(`${href}$`)),
    },
  ]);
});
