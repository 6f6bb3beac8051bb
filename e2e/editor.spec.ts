import type { Browser, Page } from '@playwright/test';
import { completeSecondFactor } from './second-factor';
import { axeViolations, expect, test } from './fixtures';

const ADMIN = { email: 'admin@example.org', password: 'admin-password-for-e2e' };
const EDITOR = { email: 'editor@example.org', password: 'editor-password-for-e2e' };

async function signIn(page: Page, who: { email: string; password: string }, next = '/editor') {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Admins must use a second factor: set up on the first sign-in, a code from "the app" after.
  await completeSecondFactor(page, who.email);
}

async function newSignedInPage(browser: Browser, who: { email: string; password: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, who);
  return page;
}

/** Picks the option whose text contains `text` (source labels are long). */
async function chooseOption(select: ReturnType<Page['getByLabel']>, text: string) {
  const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
  expect(value, `an option containing “${text}”`).toBeTruthy();
  await select.selectOption(value!);
}

async function logForm(page: Page) {
  return page.getByRole('form', { name: 'Log a status update' });
}

test.describe.configure({ mode: 'serial' });

test('sign-in says only “wrong email or password”, for unknown emails too', async ({ page }) => {
  for (const email of [ADMIN.email, 'nobody@example.org']) {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.locator('main').getByRole('alert')).toHaveText('Wrong email or password.');
    await expect(page.getByLabel('Email')).toHaveValue(email);
  }
  expect(await axeViolations(page)).toEqual([]);
});

test('after five wrong passwords an account is locked for a while, even with the right one', async ({ page }) => {
  const attempt = async (password: string) => {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill('throttled@example.org');
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    return page.locator('main').getByRole('alert');
  };
  for (let i = 0; i < 5; i++) await expect(await attempt(`wrong-${i}`)).toHaveText('Wrong email or password.');
  await expect(await attempt('throttled-password-for-e2e')).toHaveText(/Too many sign-in attempts/);
  await expect(page).toHaveURL(/\/sign-in/);
});

test('the workspace is closed to anonymous visitors', async ({ page }) => {
  await page.goto('/editor/users');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Feditor%2Fusers/);
});

test('an editor logs an update with evidence and the public pages show it at once', async ({ page }) => {
  await signIn(page, EDITOR);
  // Warm the cached public page first, so the test proves the save refreshes it.
  await page.goto('/commitments/aktau-container-hub');
  await expect(page.locator('.status-panel')).toContainText('Not started');

  await page.goto('/editor/commitments/aktau-container-hub');
  const form = await logForm(page);
  await form.getByLabel('As of').fill('2025-03-01');
  await form.getByLabel('Verdict').selectOption({ label: 'In progress' });
  await form.getByLabel('Stage').selectOption({ label: 'Planned' });
  await form.getByLabel('Note').fill('Operators **shortlisted**. <script>window.__pwned = true</script>');
  await form.getByLabel('Link 1 address').fill('https://example.org/aktau-hub');
  await form.getByLabel('Link 1 title').fill('Port authority notice');
  await form.getByRole('button', { name: 'Add another link' }).click();
  await form.getByLabel('Link 2 address').fill('https://example.org/aktau-hub-2');
  await form.getByLabel('Link 2 title').fill('Ministry statement');
  await form.getByRole('button', { name: 'Log update' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Update logged and published.' })).toBeVisible();

  await page.goto('/commitments/aktau-container-hub');
  await expect(page.locator('.status-panel')).toContainText('In progress');
  const latest = page.locator('.timeline__item').first();
  await expect(latest).toContainText('1 Mar 2025');
  await expect(latest.getByRole('link', { name: /Port authority notice/ })).toHaveAttribute('href', 'https://example.org/aktau-hub');
  await expect(latest.getByRole('link', { name: /Ministry statement/ })).toBeVisible();
  await expect(latest.locator('strong')).toHaveText('shortlisted');
  // The script was shown as text, never run.
  await expect(latest).toContainText('<script>');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  // Public pages credit the editors as a body, never the person (docs/security.md, "Bylines").
  await expect(latest).toContainText('by the editors');
  await expect(latest).not.toContainText('Test Editor');
  await expect(latest).not.toContainText('editor@example.org');

  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Latest updates' })).toContainText('Container hub at Aktau port');
  await page.goto('/commitments?status=in-progress');
  expect(await page.locator('.commitment-card__title').allInnerTexts()).toContain('Container hub at Aktau port');
});

test('bad input gets a message on each field and everything typed stays', async ({ page }) => {
  await signIn(page, EDITOR);
  await page.goto('/editor/commitments/dostyk-moyinty-railway');
  const form = await logForm(page);
  await form.getByLabel('As of').fill('2999-01-01');
  await form.getByLabel('Verdict').selectOption({ label: 'Stalled' });
  await form.getByLabel('Stage').selectOption({ label: 'Under construction' });
  await form.getByLabel('Note').fill('Works paused; see the report.');
  await form.getByLabel('Link 1 address').fill('javascript:alert(1)');
  await form.getByLabel('Link 1 title').fill('Report');
  await form.getByRole('button', { name: 'Log update' }).click();

  const form2 = await logForm(page);
  await expect(form2.getByRole('alert')).toContainText('Please correct the highlighted fields.');
  await expect(form2.getByLabel('As of')).toHaveAttribute('aria-invalid', 'true');
  await expect(form2.getByText('As-of date cannot be in the future.')).toBeVisible();
  await expect(form2.getByText(/must be a full web address/)).toBeVisible();
  await expect(form2.getByLabel('Verdict')).toHaveValue('stalled');
  await expect(form2.getByLabel('Stage')).toHaveValue('under-construction');
  await expect(form2.getByLabel('Note')).toHaveValue('Works paused; see the report.');
  await expect(form2.getByLabel('Link 1 title')).toHaveValue('Report');
  expect(await axeViolations(page)).toEqual([]);

  await page.goto('/commitments/dostyk-moyinty-railway');
  await expect(page.locator('.timeline__item')).toHaveCount(1);
});

test('two editors saving the same commitment: the second sees what changed and loses nothing', async ({ browser }) => {
  const first = await newSignedInPage(browser, EDITOR);
  const second = await newSignedInPage(browser, ADMIN);
  for (const p of [first, second]) await p.goto('/editor/commitments/bakhty-ayagoz-railway');

  const a = await logForm(first);
  await a.getByLabel('Verdict').selectOption({ label: 'In progress' });
  await a.getByLabel('Stage').selectOption({ label: 'Under construction' });
  await a.getByLabel('As of').fill('2025-06-01');
  await a.getByRole('button', { name: 'Log update' }).click();
  await expect(first.getByRole('status').filter({ hasText: 'Update logged' })).toBeVisible();

  const b = await logForm(second);
  await b.getByLabel('Verdict').selectOption({ label: 'Stalled' });
  await b.getByLabel('As of').fill('2025-06-02');
  await b.getByLabel('Note').fill('Financing unclear.');
  await b.getByRole('button', { name: 'Log update' }).click();
  const conflict = second.locator('main').getByRole('alert');
  await expect(conflict).toContainText('changed by someone else');
  await expect(conflict).toContainText('Test Editor: add status update');
  await expect(conflict).toContainText('as of 2025-06-01');
  const b2 = await logForm(second);
  await expect(b2.getByLabel('Note')).toHaveValue('Financing unclear.');
  await expect(b2.getByLabel('Verdict')).toHaveValue('stalled');

  // Having seen the other change, the second editor saves on top of it.
  await b2.getByRole('button', { name: 'Log update' }).click();
  await expect(second.getByRole('status').filter({ hasText: 'Update logged' })).toBeVisible();
  await second.goto('/commitments/bakhty-ayagoz-railway');
  await expect(second.locator('.timeline__item')).toHaveCount(3);
  await expect(second.locator('.timeline__item').first()).toContainText('Financing unclear.');
  await first.context().close();
  await second.context().close();
});

test('a correction is a new entry pointing at the original, which stays visible', async ({ page }) => {
  await signIn(page, EDITOR);
  await page.goto('/editor/commitments/historians-forum');
  let form = await logForm(page);
  await form.getByLabel('As of').fill('2025-01-10');
  await form.getByLabel('Verdict').selectOption({ label: 'Achieved' });
  await form.getByLabel('Stage').selectOption({ label: 'Held' });
  await form.getByRole('button', { name: 'Log update' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Update logged' })).toBeVisible();

  await page.reload();
  await page.getByRole('link', { name: 'Correct this entry of 10 Jan 2025' }).click();
  await expect(page.getByRole('heading', { name: 'Correct an entry' })).toBeVisible();
  form = await logForm(page);
  await form.getByLabel('As of').fill('2025-01-10');
  await form.getByLabel('Verdict').selectOption({ label: 'In progress' });
  await form.getByLabel('Stage').selectOption({ label: 'Scheduled' });
  await form.getByLabel('Note').fill('Mistaken entry: the forum was announced, not yet held.');
  await form.getByRole('button', { name: 'Log update' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Correction logged' })).toBeVisible();

  await page.goto('/commitments/historians-forum');
  await expect(page.getByRole('list', { name: 'Stages' }).locator('[aria-current="step"]')).toContainText('Scheduled');
  await expect(page.getByText(/Corrected by an entry logged on/)).toBeVisible();
  await expect(page.locator('.timeline__item')).toHaveCount(3);
});

test('figures: a second source for a period is kept beside the first, and the editor picks the preferred one', async ({ page }) => {
  await signIn(page, EDITOR);
  await page.goto('/editor/metrics/intra-regional-trade');
  const form = page.getByRole('form', { name: 'Add a figure' });
  await form.getByLabel('Period', { exact: true }).fill('2023');
  await form.getByLabel('Value', { exact: true }).fill('11.2');
  await chooseOption(form.getByLabel('Source', { exact: true }), 'Akorda');
  await form.getByLabel('Note', { exact: true }).fill('Test figure.');
  await form.getByRole('button', { name: 'Add figure' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'preferred figure' })).toBeVisible();

  await page.goto('/commitments/intra-regional-trade-15bn');
  await expect(page.locator('.status-panel')).toContainText('Acceleration needed');
  await expect(page.getByRole('figure')).toContainText('$11.2 bn');

  await page.goto('/editor/metrics/intra-regional-trade');
  await page.getByRole('button', { name: 'Make the 2022 figure from Silk Way TV preferred' }).click();
  await expect(page.getByRole('row', { name: /2022.*over \$10\.5 bn.*Preferred/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /2022.*\$10\.6 bn.*Make the 2022 figure from Official website/ })).toBeVisible();
});

test('a target revision keeps the old target visible and the engine uses the new one', async ({ page }) => {
  await signIn(page, EDITOR);
  await page.goto('/editor/commitments/it-exports-1bn-by-2026');
  const form = page.getByRole('form', { name: 'Record a target revision' });
  await form.getByLabel('Revised on', { exact: true }).fill('2025-02-01');
  await form.getByLabel('New target', { exact: true }).fill('1.5');
  await form.getByLabel('New deadline', { exact: true }).fill('2029-12-31');
  await form.getByLabel('Deadline as stated').fill('by 2029');
  await chooseOption(form.getByLabel('Source', { exact: true }), 'Akorda');
  await form.getByRole('button', { name: 'Record revision' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Revision recorded' })).toBeVisible();
  await page.goto('/commitments/it-exports-1bn-by-2026');
  const facts = page.getByRole('region', { name: 'Key facts' });
  await expect(facts).toContainText('Target in force');
  await expect(facts).toContainText('$1.5 bn');
  await expect(facts).toContainText('originally $1 bn');
  await expect(page.getByRole('region', { name: 'Target revisions' })).toContainText('target set to $1.5 bn');
});

test('CSV import: a file with one bad row is refused whole; a clean one imports after preview', async ({ page }) => {
  await signIn(page, EDITOR);
  await page.goto('/editor/metrics/it-exports');
  const form = page.getByRole('form', { name: 'Import figures from CSV' });
  const bad = 'period,value,source,note\n2023,0.5,akorda-2023-09-14-dushanbe-speech,first\n2024,1 234,akorda-2023-09-14-dushanbe-speech,bad number\n';
  await form.getByLabel('CSV text').fill(bad);
  await form.getByRole('button', { name: 'Preview' }).click();
  const form2 = page.getByRole('form', { name: 'Import figures from CSV' });
  await expect(form2.getByRole('alert')).toContainText('1 of 2 rows have errors. Nothing was imported');
  await expect(form2.getByRole('row', { name: /^3 / })).toContainText('plain number');
  await expect(form2.getByRole('row', { name: /^2 / })).toContainText('valid');
  await expect(form2.getByRole('button', { name: /^Import/ })).toHaveCount(0);
  await expect(form2.getByLabel('CSV text')).toHaveValue(bad);
  await expect(page.getByRole('table').first().locator('tbody tr')).toHaveCount(0);

  const good = bad.replace('1 234', '0.8');
  await form2.getByLabel('CSV text').fill(good);
  await form2.getByRole('button', { name: 'Preview' }).click();
  const form3 = page.getByRole('form', { name: 'Import figures from CSV' });
  await expect(form3.getByRole('status')).toContainText('All 2 rows are valid');
  await form3.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 2 figures.' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('table').first().locator('tbody tr')).toHaveCount(2);
});

test('an anonymous POST to a server action gets 401 and changes nothing; an editor gets 403 on admin actions', async ({
  page,
  playwright,
  baseURL,
}) => {
  await signIn(page, ADMIN);
  await page.goto('/editor/users');
  // Capture a real server-action request (invite) to replay it without a session.
  const captured = page.waitForRequest((r) => r.method() === 'POST' && !!r.headers()['next-action']);
  const form = page.getByRole('form', { name: 'Invite a user' });
  await form.getByLabel('Email').fill('replayed@example.org');
  await form.getByLabel(/^Name/).fill('');
  await form.getByRole('button', { name: 'Create account' }).click();
  const request = await captured;
  const headers = {
    'next-action': request.headers()['next-action']!,
    'content-type': request.headers()['content-type']!,
    accept: 'text/x-component',
  };
  const original = request.postDataBuffer()!.toString();
  // Fill in the name the captured submission left empty, so the replay is a valid invite.
  const body = original.replace(/(name="(?:_?\d+_)?name"\r\n\r\n)\r\n/, '$1Replayed\r\n');
  expect(body).not.toBe(original);

  const anonymous = await playwright.request.newContext({ baseURL });
  const response = await anonymous.post('/editor/users', { headers, data: body, maxRedirects: 0 });
  expect(response.status()).toBe(401);
  await anonymous.dispose();

  const editorPage = await newSignedInPage(page.context().browser()!, EDITOR);
  const cookies = await editorPage.context().cookies();
  const asEditor = await playwright.request.newContext({ baseURL, storageState: { cookies, origins: [] } });
  const forbidden = await asEditor.post('/editor/users', { headers, data: body, maxRedirects: 0 });
  expect(forbidden.status()).toBe(403);
  await asEditor.dispose();
  await editorPage.context().close();

  await page.reload();
  await expect(page.getByRole('cell', { name: 'replayed@example.org' })).toHaveCount(0);
});

test('an admin invites an editor who signs in, sets a password and logs an update; disabling locks them out', async ({ page, browser }) => {
  await signIn(page, ADMIN);
  await page.goto('/editor/users');
  const form = page.getByRole('form', { name: 'Invite a user' });
  await form.getByLabel('Email').fill('new.editor@example.org');
  await form.getByLabel(/^Name/).fill('New Editor');
  await form.getByRole('button', { name: 'Create account' }).click();
  const secret = await page.locator('.secret').innerText();
  expect(secret).toMatch(/^[A-Za-z0-9_-]{20}$/);

  const newbie = await (await browser.newContext()).newPage();
  await newbie.goto('/sign-in');
  await newbie.getByLabel('Email').fill('new.editor@example.org');
  await newbie.getByLabel('Password').fill(secret);
  await newbie.getByRole('button', { name: 'Sign in' }).click();
  await expect(newbie).toHaveURL(/\/editor\/password$/);
  await newbie.getByLabel('Current password').fill(secret);
  await newbie.getByLabel('New password', { exact: true }).fill('a-new-editor-password');
  await newbie.getByLabel('New password again').fill('a-new-editor-password');
  await newbie.getByRole('button', { name: 'Change password' }).click();
  await expect(newbie).toHaveURL(/\/editor\?password-changed=1$/);

  await newbie.goto('/editor/commitments/central-asia-tourism-brand');
  const log = await logForm(newbie);
  await log.getByLabel('Verdict').selectOption({ label: 'In progress' });
  await log.getByLabel('As of').fill('2025-05-05');
  await log.getByRole('button', { name: 'Log update' }).click();
  await expect(newbie.getByRole('status').filter({ hasText: 'Update logged' })).toBeVisible();
  await newbie.goto('/commitments/central-asia-tourism-brand');
  // One byline rule: the public page credits the editors, never the person.
  await expect(newbie.locator('.timeline__item').first()).toContainText('by the editors');
  await expect(newbie.locator('main')).not.toContainText('New Editor');

  await page.reload();
  await page.getByRole('button', { name: 'Disable New Editor' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Account disabled' })).toBeVisible();

  await newbie.goto('/editor');
  await expect(newbie).toHaveURL(/\/sign-in/);
  await newbie.goto('/sign-in');
  await newbie.getByLabel('Email').fill('new.editor@example.org');
  await newbie.getByLabel('Password').fill('a-new-editor-password');
  await newbie.getByRole('button', { name: 'Sign in' }).click();
  await expect(newbie.locator('main').getByRole('alert')).toHaveText('Wrong email or password.');
  await newbie.context().close();

  await page.goto('/editor/audit');
  await expect(page.getByRole('table')).toContainText('disable user');
  await expect(page.getByRole('table')).toContainText('create user');
});

test('editors create a source and a commitment, and both appear on the public pages', async ({ page }) => {
  await signIn(page, EDITOR);
  await page.goto('/editor/sources/new');
  const sourceForm = page.getByRole('form', { name: 'New source' });
  await sourceForm.getByLabel('Title', { exact: true }).fill('Joint statement of the VI Consultative Meeting');
  await sourceForm.getByLabel('Slug (address)').fill('Bad Slug');
  await sourceForm.getByLabel('Publisher').fill('Test publisher');
  await sourceForm.getByLabel('Published on').fill('2024-08-09');
  await sourceForm.getByLabel('Kind').selectOption({ label: 'Press release' });
  await sourceForm.getByRole('button', { name: 'Create source' }).click();
  const again = page.getByRole('form', { name: 'New source' });
  await expect(again.getByText(/lower-case letters, digits and single hyphens/)).toBeVisible();
  await expect(again.getByLabel('Title', { exact: true })).toHaveValue('Joint statement of the VI Consultative Meeting');
  await again.getByLabel('Slug (address)').fill('vi-meeting-joint-statement');
  await again.getByRole('button', { name: 'Create source' }).click();
  await expect(page).toHaveURL(/\/editor\/sources\?saved=1$/);

  await page.goto('/editor/commitments/new');
  const form = page.getByRole('form', { name: 'New commitment' });
  await form.getByLabel('Title', { exact: true }).fill('Regional water-sharing working group');
  await form.getByLabel('Slug (address)').fill('water-working-group');
  await form.getByLabel('Category').selectOption({ label: 'Security & institutions' });
  await form.getByLabel('Kind', { exact: true }).selectOption({ label: 'Agreement or treaty' });
  await form.getByLabel('Who committed').fill('Heads of state of Central Asia');
  await form.getByLabel('Announced on').fill('2024-08-09');
  await chooseOption(form.getByLabel('Announced in (source)'), 'VI Consultative Meeting');
  await form.getByLabel('Summary, in our own words').fill('A test commitment created in the workspace.');
  await form.getByLabel('Quote from the source (verbatim)').fill('A quoted sentence.');
  await form.getByLabel('Tajikistan').check();
  await form.getByRole('button', { name: 'Create commitment' }).click();
  await expect(page).toHaveURL(/\/editor\/commitments\/water-working-group\?saved=1$/);

  await page.goto('/commitments?q=water-sharing');
  expect(await page.locator('.commitment-card__title').allInnerTexts()).toEqual(['Regional water-sharing working group']);
  await page.goto('/sources/vi-meeting-joint-statement');
  await expect(page.getByRole('link', { name: 'Regional water-sharing working group' })).toBeVisible();
});

test('every workspace page passes axe (WCAG A and AA)', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, ADMIN);
  const problems: string[] = [];
  for (const path of [
    '/editor',
    '/editor/commitments/intra-regional-trade-15bn',
    '/editor/commitments/intra-regional-trade-15bn/edit',
    '/editor/commitments/new',
    '/editor/sources',
    '/editor/sources/new',
    '/editor/metrics',
    '/editor/metrics/intra-regional-trade',
    '/editor/users',
    '/editor/audit',
    '/editor/snapshots',
    '/editor/password',
    '/editor/security',
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    problems.push(...(await axeViolations(page)).map((v) => `${path}: ${v}`));
  }
  expect(problems).toEqual([]);
});

test('security headers are set on public and workspace pages', async ({ request }) => {
  for (const path of ['/', '/sign-in']) {
    const response = await request.get(path);
    const h = response.headers();
    expect(h['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(h['content-security-policy'], path).toContain("default-src 'self'");
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(h['x-frame-options']).toBe('DENY');
    // SITE_URL is http here: Strict-Transport-Security would be wrong (lib/security-headers.test.ts covers https).
    expect(h['strict-transport-security'], path).toBeUndefined();
  }
  const health = await request.get('/api/health');
  expect(JSON.stringify(await health.json())).not.toMatch(/@|password/i);
});

test('translations: an editor adds a Kazakh title; a missing Russian one shows the English, marked; English pages are unchanged', async ({
  page,
}) => {
  const KK_SLUG = 'commodity-producers-database';
  const KK_ENGLISH = 'Regional electronic database of commodity producers';
  const KK_TITLE = 'Тауар өндірушілерінің ортақ өңірлік дерекқоры';
  const RU_SLUG = 'industrial-cooperation-action-plan';
  const RU_ENGLISH = 'Action Plan for industrial cooperation in Central Asia';
  await signIn(page, EDITOR);
  const form = page.getByRole('form', { name: 'Translations' });
  const save = async () => {
    await form.getByRole('button', { name: 'Save translations' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Translations saved.' })).toBeVisible();
  };
  const heading = page.getByRole('heading', { level: 1 });

  // Warm the cached Kazakh page first, so the test proves a save refreshes it.
  await page.goto(`/kk/commitments/${KK_SLUG}`);
  await expect(heading.locator('.fallback-marker')).toHaveCount(0);

  // Remove the seeded Kazakh text: the commitment then has none.
  await page.goto(`/editor/commitments/${KK_SLUG}/translations`);
  expect(await axeViolations(page)).toEqual([]);
  await form.getByLabel('Kazakh title').fill('');
  await form.getByLabel('Kazakh summary').fill('');
  await save();
  await page.goto('/editor');
  await expect(page.getByRole('row', { name: new RegExp(KK_ENGLISH) })).toContainText('Missing: Kazakh');

  await page.goto(`/kk/commitments/${KK_SLUG}`);
  await expect(heading).toHaveText(`${KK_ENGLISH} (ағылшынша)`);
  await expect(heading.locator('[lang="en"]')).toHaveText(KK_ENGLISH);

  // A summary without a title is refused, with the message at the title and the summary kept.
  await page.goto(`/editor/commitments/${KK_SLUG}/translations`);
  await form.getByLabel('Kazakh summary').fill('Өңір өндірушілерінің бірыңғай онлайн тізілімі.');
  await form.getByRole('button', { name: 'Save translations' }).click();
  await expect(form.getByRole('alert')).toContainText('Please correct the highlighted fields.');
  const title = form.getByLabel('Kazakh title');
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(title).toHaveAccessibleDescription(/A Kazakh summary needs a Kazakh title/);
  await expect(form.getByLabel('Kazakh summary')).toHaveValue('Өңір өндірушілерінің бірыңғай онлайн тізілімі.');
  await title.fill(KK_TITLE);
  await save();

  await page.goto(`/kk/commitments/${KK_SLUG}`);
  await expect(heading).toHaveText(KK_TITLE);
  await expect(heading.locator('.fallback-marker')).toHaveCount(0);
  await expect(page.locator('.lede')).toHaveText('Өңір өндірушілерінің бірыңғай онлайн тізілімі.');

  // No Russian text: the Russian page shows the English title and summary, each marked.
  await page.goto(`/editor/commitments/${RU_SLUG}/translations`);
  await form.getByLabel('Russian title').fill('');
  await form.getByLabel('Russian summary').fill('');
  await save();
  await page.goto(`/ru/commitments/${RU_SLUG}`);
  await expect(heading).toHaveText(`${RU_ENGLISH} (на английском)`);
  await expect(heading.locator('[lang="en"]')).toHaveText(RU_ENGLISH);
  await expect(page.locator('.lede .fallback-marker')).toHaveText('(на английском)');
  expect(await axeViolations(page)).toEqual([]);
  await page.goto('/ru/commitments?sort=title');
  await expect(page.locator('.commitment-card__title', { hasText: RU_ENGLISH })).toContainText('(на английском)');

  // The English pages are as they were: the English text, no marker.
  for (const [slug, english] of [
    [RU_SLUG, RU_ENGLISH],
    [KK_SLUG, KK_ENGLISH],
  ]) {
    await page.goto(`/commitments/${slug}`);
    await expect(heading).toHaveText(english!);
    await expect(page.locator('.fallback-marker')).toHaveCount(0);
  }
});

test('a busy commitment shows its 20 newest entries and links to its whole log, which pages through every entry', async ({ page, request }) => {
  test.setTimeout(120_000);
  // Seeded with one entry (14 Sep 2023); twenty more make 21, one beyond what the page shows.
  const slug = 'darbaza-maktaaral-railway';
  await signIn(page, EDITOR);
  for (let day = 1; day <= 20; day++) {
    await page.goto(`/editor/commitments/${slug}`);
    const form = await logForm(page);
    await form.getByLabel('As of').fill(`2024-03-${String(day).padStart(2, '0')}`);
    await form.getByLabel('Verdict').selectOption({ label: 'In progress' });
    await form.getByLabel('Stage').selectOption({ label: 'Under construction' });
    await form.getByLabel('Note').fill(`Site report ${day}.`);
    await form.getByRole('button', { name: 'Log update' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Update logged' })).toBeVisible();
  }

  await page.goto(`/commitments/${slug}`);
  const updates = page.getByRole('region', { name: 'Updates' });
  await expect(updates.locator('.timeline__item')).toHaveCount(20);
  await expect(updates.locator('.timeline__item').first()).toContainText('Site report 20.');
  await expect(updates.locator('time[datetime="2023-09-14"]')).toHaveCount(0);
  await expect(updates).toContainText('The 20 newest of 21 entries.');
  // The commitment's feed carries the same entries as the page.
  const feed = await (await request.get(`/feeds/commitments/${slug}/updates.atom`)).text();
  expect(feed.match(/<entry>/g)).toHaveLength(20);

  await updates.getByRole('link', { name: 'The whole log: all 21 entries' }).click();
  await expect(page).toHaveURL(`/commitments/${slug}/updates`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Update log');
  await expect(page.locator('.timeline__item')).toHaveCount(21);
  await expect(page.locator('.timeline__item').last().locator('time[datetime="2023-09-14"]')).toHaveCount(1);
  await expect(page.getByText('Entries 1–21 of 21, newest first.')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // A page the log does not have is named, and the first page shown instead.
  await page.goto(`/commitments/${slug}/updates?page=7`);
  await expect(page.getByRole('status')).toContainText('This log has no page “7”: it has 1 page. Showing the first.');
  await expect(page.locator('.timeline__item')).toHaveCount(21);
  await page.goto(`/ru/commitments/${slug}/updates`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Журнал обновлений');
  expect((await page.request.get(`/commitments/no-such-commitment/updates`)).status()).toBe(404);
});
