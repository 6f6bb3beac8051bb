import { expect, test } from './fixtures';

// A tracker you can rewind (issue 16, part 2), in the browser and through the API. The e2e
// database holds the speech, recorded on 14 Sept 2023, and the outcomes the editor tests entered
// today (e2e/outcomes.spec.ts). So any past day must show the speech alone, whatever was entered
// since; the day before the speech has nothing to show; today is the live tracker; what changed
// from yesterday to today is what the editors entered. (db/rewind.test.ts checks every layer of
// the researched dataset against a database that only ever knew that layer.)

const SLUG = 'trans-caspian-volume-fivefold';
const TRADE = 'intra-regional-trade-15bn';
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const today = day(0);
const yesterday = day(-1);

test.describe.configure({ mode: 'serial' });

test('the dashboard rewinds through its date picker; the page says so, links back to today, and keeps its links in that day', async ({ page }) => {
  await page.goto('/');
  const picker = page.getByRole('region', { name: 'Go back in time' });
  await picker.getByLabel('Day', { exact: true }).fill('2023-09-15');
  await picker.getByRole('button', { name: 'Show that day' }).click();
  await expect(page).toHaveURL(/\/as-of\/2023-09-15$/);
  const banner = page.getByRole('note', { name: 'Go back in time' });
  await expect(banner).toContainText('You are looking at the tracker as it stood at the end of 15 Sept 2023');
  await expect(page.locator('.hero .eyebrow')).toContainText('15 Sept 2023');
  // The day after the speech: its 23 commitments, and no entry dated later than that day.
  const counts = await page.locator('.stat:not(.stat--alert) .stat__value').allInnerTexts();
  expect(counts.reduce((sum, n) => sum + Number(n), 0)).toBe(23);
  const dates = await page.locator('.timeline--compact time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
  expect(dates.length).toBeGreaterThan(0);
  expect(dates.every((d) => d <= '2023-09-15')).toBe(true);
  const commitmentLink = page.locator('main a[href*="/as-of/2023-09-15/commitments/"]').first();
  await expect(commitmentLink).toBeVisible();
  await banner.getByRole('link', { name: 'See the tracker today' }).click();
  await expect(page).toHaveURL(/\/$/);
  // Live, the latest updates include today's.
  const liveDates = await page.locator('.timeline--compact time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
  expect(liveDates.some((d) => d > '2023-09-15')).toBe(true);
});

test('a commitment rewound to yesterday shows none of today’s entries; live it shows them', async ({ page }) => {
  await page.goto(`/commitments/${SLUG}`);
  const liveEntries = await page.locator('.timeline > li').count();
  expect(liveEntries, 'the outcomes tests logged entries today').toBeGreaterThan(1);

  await page.goto(`/as-of/${yesterday}/commitments/${SLUG}`);
  await expect(page.getByRole('note', { name: 'Go back in time' })).toContainText('as it stood at the end of');
  await expect(page.locator('.timeline > li')).toHaveCount(1);
  await expect(page.locator('.timeline > li').first()).toContainText('14 Sept 2023');
  await page.getByRole('link', { name: 'See the tracker today' }).click();
  await expect(page).toHaveURL(new RegExp(`/commitments/${SLUG}$`));
  await expect(page.locator('.timeline > li')).toHaveCount(liveEntries);
});

test('days that cannot be shown say why: before the first entry, the future, not a date, today (with the live page linked)', async ({ page }) => {
  await page.goto('/as-of/2023-09-13');
  await expect(page.locator('main [role=alert]')).toHaveText(/first entry was recorded on 14 Sept 2023; there is nothing to show for 13 Sept 2023/);
  await page.goto(`/as-of/${day(3)}/commitments/${SLUG}`);
  await expect(page.locator('main [role=alert]')).toContainText('has not happened yet');
  await page.goto('/as-of/2025-02-30');
  await expect(page.locator('main [role=alert]')).toContainText('“2025-02-30” is not a date');
  await page.goto(`/as-of/${today}/commitments/${SLUG}`);
  await expect(page.locator('main [role=alert]')).toContainText('Today is not over yet');
  await page.getByRole('link', { name: 'See the tracker today' }).first().click();
  await expect(page).toHaveURL(new RegExp(`/commitments/${SLUG}$`));
  // The picker's own address sends a past day on to its page, and explains a bad one.
  await page.goto('/as-of?date=2023-09-15');
  await expect(page).toHaveURL(/\/as-of\/2023-09-15$/);
  await page.goto(`/as-of?date=${day(3)}`);
  await expect(page.locator('main [role=alert]')).toContainText('has not happened yet');
  // In Russian too.
  await page.goto('/ru/as-of/2023-09-13');
  await expect(page.locator('main [role=alert]')).toContainText('Первая запись трекера внесена');
});

test('the API takes as_of: a past day without later entries, with its own date in meta; bad days are a 400 that says why', async ({ request }) => {
  const live = (await (await request.get(`/api/v1/commitments/${TRADE}`)).json()) as { data: { updates: unknown[]; observations: unknown[] } };
  const past = await request.get(`/api/v1/commitments/${TRADE}?as_of=2023-09-15`);
  expect(past.status()).toBe(200);
  expect(past.headers()['cache-control']).toContain('max-age=86400');
  const body = (await past.json()) as { data: { updates: unknown[]; observations: unknown[] }; meta: { as_of: string } };
  expect(body.meta.as_of).toBe('2023-09-15');
  expect(body.data.updates).toHaveLength(1);
  expect(live.data.updates.length).toBeGreaterThan(1);

  const list = (await (await request.get(`/api/v1/commitments?as_of=${yesterday}&per_page=5`)).json()) as {
    data: { computed_status: { verdict: string } }[];
    pagination: { links: { next: string | null } };
    meta: { as_of: string };
  };
  expect(list.meta.as_of).toBe(yesterday);
  expect(list.pagination.links.next).toContain(`as_of=${yesterday}`);

  for (const [asOf, words] of [
    ['2023-09-13', 'before the tracker'],
    [day(2), 'after today'],
    ['soon', 'YYYY-MM-DD'],
  ] as const) {
    const response = await request.get(`/api/v1/commitments/${TRADE}?as_of=${asOf}`);
    expect(response.status(), asOf).toBe(400);
    const error = (await response.json()) as { error: { code: string; parameter: string; message: string } };
    expect(error.error).toMatchObject({ code: 'invalid_parameter', parameter: 'as_of' });
    expect(error.error.message).toContain(words);
  }
  // Today is the live answer.
  const todays = (await (await request.get(`/api/v1/commitments/${TRADE}?as_of=${today}`)).json()) as { data: { updates: unknown[] } };
  expect(todays.data.updates).toHaveLength(live.data.updates.length);
});

test('what changed between two days: the page and its JSON list what moved, with the entries in between', async ({ page, request }) => {
  await page.goto('/');
  const compare = page.getByRole('form', { name: 'What changed between two days' });
  await compare.getByLabel('From').fill(yesterday);
  await compare.getByLabel('To').fill(today);
  await compare.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(new RegExp(`/compare\\?from=${yesterday}&to=${today}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('What changed between');
  // Every commitment that moved or was added has its section; an added one may have no table of moves.
  const moved = page.locator('section[aria-labelledby^="moved-"]');
  expect(await moved.count()).toBeGreaterThan(0);
  await expect(
    moved
      .filter({ has: page.getByRole('table') })
      .first()
      .getByRole('columnheader')
      .nth(1),
  ).toContainText('On ');

  const json = await request.get(`/api/v1/changes?from=${yesterday}&to=${today}`);
  expect(json.status()).toBe(200);
  const body = (await json.json()) as {
    data: { moved: { slug: string; changes: { field: string }[] }[]; recorded: { updates: { commitment: string }[] } };
  };
  expect(body.data.moved.length).toBe(await moved.count());
  expect(body.data.recorded.updates.length).toBeGreaterThan(0);
  const one = body.data.moved.find((m) => m.changes.some((c) => c.field === 'verdict'));
  expect(one, 'a verdict moved today').toBeDefined();

  // One commitment's changes; and a pair in the wrong order is refused.
  const single = (await (await request.get(`/api/v1/changes?from=${yesterday}&to=${today}&commitment=${one!.slug}`)).json()) as typeof body;
  expect(single.data.moved.map((m) => m.slug)).toEqual([one!.slug]);
  expect(single.data.recorded.updates.every((u) => u.commitment === one!.slug)).toBe(true);
  const wrong = await request.get(`/api/v1/changes?from=${today}&to=${yesterday}`);
  expect(wrong.status()).toBe(400);
  await page.goto(`/compare?from=${today}&to=2023-09-15`);
  await expect(page.locator('main [role=alert]')).toBeVisible();
});
