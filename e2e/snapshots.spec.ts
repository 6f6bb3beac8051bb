import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import { createClient } from '@libsql/client';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { E2E_DB, normalise, pdfText, snapshotFromCli } from './pdf';

const run = promisify(execFile);

/** Today as the report prints it: the short month of the language ('22 Nov 2026', '22 нояб. 2026 г.'). */
const todayIn = (tag: string) =>
  new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date());

test.describe.configure({ mode: 'serial' });

test('npm run snapshot makes a PDF of the whole dashboard; a later one lists what changed; the archive serves both unchanged', async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const first = await snapshotFromCli(baseURL!);
  const firstPdf = await request.get(`/snapshots/${first.id}`);
  expect(firstPdf.status()).toBe(200);
  expect(firstPdf.headers()['content-type']).toBe('application/pdf');
  expect(firstPdf.headers()['content-disposition']).toMatch(/filename="commitments-tracker-\d{4}-\d{2}-\d{2}-\d+\.pdf"/);
  expect(firstPdf.headers()['cache-control']).toContain('immutable');
  const firstBytes = await firstPdf.body();
  const text = await pdfText(firstBytes);

  await page.goto('/commitments');
  const titles = await page.locator('.commitment-card__title').allInnerTexts();
  expect(titles.length).toBeGreaterThanOrEqual(23);
  for (const title of titles) expect(text, title).toContain(normalise(title));
  expect(text).toContain('$15 bn');
  const today = new Date().toISOString().slice(0, 10);
  expect(text).toContain(`generated ${normalise(todayIn('en-GB'))}`);
  expect(text).toMatch(/Page 1 of \d+/);
  expect(text).toContain('Methodology');
  expect(text).toContain('What changed since the previous snapshot');

  // An editor logs an update; the next snapshot lists it under "what changed".
  await page.goto('/sign-in?next=/editor/commitments/youth-policy-agreement');
  await page.getByLabel('Email').fill('editor@example.org');
  await page.getByLabel('Password').fill('editor-password-for-e2e');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/editor\/commitments\/youth-policy-agreement/);
  const form = page.getByRole('form', { name: 'Log a status update' });
  await form.getByLabel('As of').fill(today);
  await form.getByLabel('Verdict').selectOption({ label: 'In progress' });
  await form.getByLabel('Stage').selectOption({ label: 'Ratified' });
  await form.getByRole('button', { name: 'Log update' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Update logged' })).toBeVisible();

  const second = await snapshotFromCli(baseURL!);
  expect(second.stdout).toContain('1 status update');
  const secondBytes = await (await request.get(`/snapshots/${second.id}`)).body();
  const secondText = await pdfText(secondBytes);
  expect(secondText).toMatch(/Status updates \(1\) Agreement on common directions of youth policy: In progress, Ratified/);

  // The archive lists both and serves bytes matching the listed sha256.
  await page.goto('/snapshots');
  for (const [id, bytes] of [
    [first.id, firstBytes],
    [second.id, secondBytes],
  ] as const) {
    const sha = createHash('sha256').update(bytes).digest('hex');
    const row = page.getByRole('row').filter({ hasText: `#${id} · command line` });
    await expect(row).toContainText(sha);
    const again = await request.get(`/snapshots/${id}`);
    expect(
      createHash('sha256')
        .update(await again.body())
        .digest('hex'),
    ).toBe(sha);
    expect(again.headers()['etag']).toBe(`"${sha}"`);
  }
  await expect(page.getByRole('row').filter({ hasText: `#${second.id} · command line` })).toContainText('1 status update');
  expect((await request.get('/snapshots/999999')).status()).toBe(404);
  expect((await request.get('/snapshots/not-a-number')).status()).toBe(400);
});

test('npm run snapshot -- --locale ru makes the PDF in Russian, and the archive says which language each PDF is in', async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const ruReport = JSON.parse(readFileSync('messages/ru/report.json', 'utf8')) as {
    title: string;
    changes: { heading: string };
    methodology: { heading: string };
    sources: { heading: string };
  };
  const { id } = await snapshotFromCli(baseURL!, 'ru');
  const pdf = await request.get(`/snapshots/${id}`);
  expect(pdf.status()).toBe(200);
  const text = await pdfText(await pdf.body());

  // The report's own headings, from the Russian messages, and none of the English ones.
  for (const heading of [ruReport.title, ruReport.changes.heading, ruReport.methodology.heading, ruReport.sources.heading]) {
    expect(text, heading).toContain(normalise(heading));
  }
  expect(text).not.toContain('Are the commitments being kept?');
  expect(text).not.toContain('What changed since the previous snapshot');
  // Dates and figures as a Russian reader writes them: "Данные на 22 нояб. 2026 г.", "$15 млрд".
  const russianToday = normalise(todayIn('ru-RU'));
  expect(russianToday).toMatch(/^\d{1,2} [а-я]+\.? \d{4} г\.$/);
  expect(text).toContain(`Данные на ${russianToday}`);
  expect(text).toContain('$15 млрд');
  // The page margins too.
  expect(text).toMatch(/Страница 1 из \d+ · сформирован/);
  expect(text).toContain(`${russianToday},`);
  // A translated commitment title, not its English original.
  expect(text).toContain('Довести внутрирегиональный товарооборот до 15 млрд долларов');

  // The archive names the PDF's language in the reader's own language.
  await page.goto('/snapshots');
  const row = page.getByRole('row').filter({ hasText: `#${id} · command line` });
  await expect(row.getByRole('cell').first()).toHaveText('Russian');
  await page.goto('/ru/snapshots');
  const russianRow = page.getByRole('row').filter({ hasText: `#${id} · из командной строки` });
  await expect(russianRow.getByRole('cell').first()).toHaveText('русский');
  await expect(russianRow.getByRole('link')).toHaveAttribute('hreflang', 'ru');
});

test('the generator fails clearly and stores nothing when Chromium is missing or the page never becomes ready', async ({ baseURL }) => {
  const db = createClient({ url: E2E_DB });
  const count = async () => Number((await db.execute('select count(*) as n from snapshots')).rows[0]!.n);
  const before = await count();
  const missing = await run('npx', ['tsx', 'scripts/snapshot.ts'], {
    env: { ...process.env, DATABASE_URL: E2E_DB, SNAPSHOT_BASE_URL: baseURL, CHROMIUM_PATH: '/nonexistent/chromium' },
  }).catch((e: { code: number; stderr: string }) => e);
  expect('code' in missing && missing.code).toBe(1);
  expect((missing as { stderr: string }).stderr).toContain('Chromium was not found at /nonexistent/chromium');

  // /methodology has no ready signal, standing in for a print view that never finishes drawing.
  const neverReady = await run('npx', ['tsx', 'scripts/snapshot.ts', '--base-url', `${baseURL}/methodology#`], {
    env: { ...process.env, DATABASE_URL: E2E_DB, SNAPSHOT_TIMEOUT_MS: '3000' },
  }).catch((e: { code: number; stderr: string }) => e);
  expect((neverReady as { stderr: string }).stderr).toMatch(/did not become ready within 3 s|answered 404/);
  expect(await count()).toBe(before);
  db.close();
});

test('a snapshot is refused while another is being made, and stores nothing; once that one is done it is made', async ({ baseURL }) => {
  const db = createClient({ url: E2E_DB });
  const count = async () => Number((await db.execute('select count(*) as n from snapshots')).rows[0]!.n);
  const before = await count();
  // Another process (a scheduled or an admin's snapshot) holds the generator's lease.
  await db.execute({
    sql: "insert into leases (name, holder, expires_at) values ('snapshot-generator', 'another-process', ?)",
    args: [new Date(Date.now() + 120_000).toISOString()],
  });
  const refused = await run('npx', ['tsx', 'scripts/snapshot.ts'], {
    env: { ...process.env, DATABASE_URL: E2E_DB, SNAPSHOT_BASE_URL: baseURL },
  }).catch((e: { code: number; stderr: string }) => e);
  expect('code' in refused && refused.code).toBe(1);
  expect((refused as { stderr: string }).stderr).toContain('Another snapshot is being made right now');
  expect(await count()).toBe(before);
  // Its lease gone (the other one finished), the same command makes the snapshot.
  await db.execute("delete from leases where name = 'snapshot-generator'");
  await run('npx', ['tsx', 'scripts/snapshot.ts'], { env: { ...process.env, DATABASE_URL: E2E_DB, SNAPSHOT_BASE_URL: baseURL } });
  expect(await count()).toBe(before + 1);
  expect(Number((await db.execute("select count(*) as n from leases where name = 'snapshot-generator'")).rows[0]!.n)).toBe(0);
  db.close();
});

test('the schedule runs inside the server, and two instances make each scheduled snapshot once', async () => {
  test.setTimeout(180_000);
  const db = createClient({ url: E2E_DB });
  const scheduled = async () => Number((await db.execute('select count(*) as n from snapshots where "trigger" = \'schedule\'')).rows[0]!.n);
  const before = await scheduled();
  // Two more instances of the built app on the same database, ticking every 5 seconds.
  const servers: ChildProcess[] = [3231, 3232].map((port) =>
    spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(port)], {
      env: {
        ...process.env,
        DATABASE_URL: E2E_DB,
        NEXT_DIST_DIR: '.next-e2e',
        SNAPSHOT_SCHEDULE: '*/5 * * * * *',
        SNAPSHOT_BASE_URL: `http://127.0.0.1:${port}`,
        AUTH_SECRET: 'e2e-only-secret-not-used-anywhere-else-0123456789',
        AUTH_TRUST_HOST: 'true',
      },
      stdio: 'ignore',
      detached: true,
    }),
  );
  try {
    await expect.poll(scheduled, { timeout: 90_000, intervals: [2_000] }).toBeGreaterThanOrEqual(before + 2);
  } finally {
    for (const server of servers) if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
  await new Promise((r) => setTimeout(r, 3_000));
  // Without the lease both instances would print every slot: twice as many snapshots as slots.
  const slots = Number((await db.execute('select count(*) as n from snapshot_runs')).rows[0]!.n);
  const made = (await scheduled()) - before;
  expect(made).toBeGreaterThanOrEqual(2);
  expect(made).toBeLessThanOrEqual(slots);
  const doubled = await db.execute(
    'select snapshot_id, count(*) as n from snapshot_runs where snapshot_id is not null group by snapshot_id having n > 1',
  );
  expect(doubled.rows).toEqual([]);
  // The scheduled report is the English one, whatever languages were printed by hand before it.
  const latest = (await db.execute('select locale, pdf from snapshots where "trigger" = \'schedule\' order by id desc limit 1')).rows[0]!;
  expect(latest.locale).toBe('en');
  const text = await pdfText(Buffer.from(latest.pdf as ArrayBuffer));
  expect(text).toContain('Are the commitments being kept?');
  expect(text).not.toContain('Данные на');
  db.close();
});
