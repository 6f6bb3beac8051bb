import type { Locator, Page } from '@playwright/test';
import { chartsReady, expect, test } from './fixtures';
import { normalise, pdfText, snapshotFromCli } from './pdf';

// Real outcomes of the Dushanbe commitments, entered through the workspace only, as a new
// editor would (issue 12): new sources, figures in their real unit, a raised target, slipping
// planned dates, a stage left unchanged, a review, a forecast and a preliminary figure. The
// server starts from the speech alone (db:seed --until 2023-09-14); the public pages, the open
// data API and a PDF snapshot must then say what a careful analyst would sign.

const EDITOR = { email: 'editor@example.org', password: 'editor-password-for-e2e' };

test.describe.configure({ mode: 'serial' });

async function signIn(page: Page) {
  await page.goto('/sign-in?next=/editor');
  await page.getByLabel('Email').fill(EDITOR.email);
  await page.getByLabel('Password').fill(EDITOR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/editor'));
}

async function choose(select: Locator, text: string) {
  const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
  expect(value, `an option containing “${text}”`).toBeTruthy();
  await select.selectOption(value!);
}

type NewSource = { title: string; publishedOn: string; url: string; kind: string; publisher?: string };

/** Creates a source through the form; the slug is the one the form filled in from the title. */
async function createSource(page: Page, source: NewSource): Promise<string> {
  await page.goto('/editor/sources/new');
  const form = page.getByRole('form', { name: 'New source' });
  await form.getByLabel('Title', { exact: true }).pressSequentially(source.title, { delay: 0 });
  const slug = await form.getByLabel('Slug (address)').inputValue();
  if (source.publisher) await form.getByLabel('Publisher').fill(source.publisher);
  await form.getByLabel('Published on').fill(source.publishedOn);
  await form.getByLabel('Address (URL)').fill(source.url);
  await form.getByLabel('Kind').selectOption({ label: source.kind });
  await form.getByRole('button', { name: 'Create source' }).click();
  await expect(page).toHaveURL(/\/editor\/sources\?saved=1$/);
  return slug;
}

function logForm(page: Page) {
  return page.getByRole('form', { name: 'Log a status update' });
}

async function logUpdate(
  page: Page,
  slug: string,
  entry: {
    asOf: string;
    verdict?: string;
    stage?: string;
    source: string;
    note: string;
    figure?: { value: string; period: string; exactness: string };
  },
) {
  await page.goto(`/editor/commitments/${slug}`);
  const form = logForm(page);
  await form.getByLabel('As of').fill(entry.asOf);
  if (entry.verdict) await form.getByLabel('Verdict').selectOption({ label: entry.verdict });
  if (entry.stage) await form.getByLabel('Stage').selectOption({ label: entry.stage });
  if (entry.figure) {
    await form.getByLabel('Value', { exact: true }).fill(entry.figure.value);
    await form.getByLabel('Period', { exact: true }).fill(entry.figure.period);
    await form.getByLabel('Exactness').selectOption({ label: entry.figure.exactness });
  }
  await choose(form.getByLabel('Source (optional)'), entry.source);
  await form.getByLabel('Note').fill(entry.note);
  await form.getByRole('button', { name: 'Log update' }).click();
}

async function addFigure(page: Page, metric: string, figure: { period: string; value: string; exactness: string; source: string; note: string }) {
  await page.goto(`/editor/metrics/${metric}`);
  const form = page.getByRole('form', { name: 'Add a figure' });
  await form.getByLabel('Period', { exact: true }).fill(figure.period);
  await form.getByLabel('Value', { exact: true }).fill(figure.value);
  await form.getByLabel('Exactness').selectOption({ label: figure.exactness });
  await choose(form.getByLabel('Source', { exact: true }), figure.source);
  await form.getByLabel('Note', { exact: true }).fill(figure.note);
  await form.getByRole('button', { name: 'Add figure' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Figure for ${figure.period} added` })).toBeVisible();
}

async function recordPlannedDate(page: Page, slug: string, planned: { on: string; words: string; statedOn: string; source: string }) {
  await page.goto(`/editor/commitments/${slug}`);
  const form = page.getByRole('form', { name: 'Record a planned completion date' });
  await form.getByLabel('Planned completion').fill(planned.on);
  await form.getByLabel('As stated').fill(planned.words);
  await form.getByLabel('Stated on').fill(planned.statedOn);
  await choose(form.getByLabel('Source', { exact: true }), planned.source);
  await form.getByRole('button', { name: 'Record planned date' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Planned completion date recorded' })).toBeVisible();
}

async function api(page: Page, slug: string) {
  const response = await page.request.get(`/api/v1/commitments/${slug}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { data: Record<string, any> }).data; // eslint-disable-line @typescript-eslint/no-explicit-any -- the API's JSON, read field by field below
}

const MINISTRY = 'Контейнерные перевозки по ТМТМ к 2029 году вырастут до 300 тыс. TEU';
const TASHKENT = 'Kazakhstan proposed a comprehensive strategy for the Central Asian transport system';

test('a new source: the slug fills in from the title, and an unrecorded publisher says so', async ({ page }) => {
  await signIn(page);
  const slug = await createSource(page, {
    title: MINISTRY,
    publishedOn: '2026-03-10',
    url: 'https://report.az/ru/infrastruktura/kontejnernye-perevozki-po-tmtm-k-2029-godu-vyrastut-do-300-tys-teu',
    kind: 'News report',
    publisher: 'Report.az',
  });
  expect(slug).toBe('konteinernye-perevozki-po-tmtm-k-2029-godu-vyrastut-do-300-tys-teu');
  const unnamed = await createSource(page, {
    title: TASHKENT,
    publishedOn: '2025-11-16',
    url: 'https://www.inform.kz/ru/kazahstan-predlozhil-razrabotat-kompleksnuyu-strategiyu-razvitiya-transportnoy-sistemi-tsa-8277aa',
    kind: 'Official statement',
  });
  await page.goto(`/sources/${unnamed}`);
  await expect(page.locator('main')).toContainText('publisher not recorded');
  await expect(page.locator('main')).toContainText('Official statement');
});

test('Trans-Caspian: figures in million tonnes make the fivefold target; a forecast is drawn, never counted', async ({ page }) => {
  await page.goto('/commitments/trans-caspian-volume-fivefold');
  await expect(page.getByRole('region', { name: 'Key facts' })).toContainText('The figure for 2023, not recorded yet');

  await signIn(page);
  await logUpdate(page, 'trans-caspian-volume-fivefold', {
    asOf: '2026-03-10',
    verdict: 'In progress',
    source: MINISTRY,
    note: 'The ministry’s full-year series gives the baseline year.',
    figure: { value: '2.764', period: '2023', exactness: 'Reported' },
  });
  await expect(page.getByRole('status').filter({ hasText: 'its figure was added to the series' })).toBeVisible();

  // The same source's figure for the same period again is a repeat, refused with the typed input kept.
  await logUpdate(page, 'trans-caspian-volume-fivefold', {
    asOf: '2026-03-10',
    verdict: 'In progress',
    source: MINISTRY,
    note: 'Entered twice by mistake.',
    figure: { value: '2.76', period: '2023', exactness: 'Reported' },
  });
  const refused = logForm(page);
  await expect(refused.getByText(/figure for 2023 is already recorded/)).toBeVisible();
  await expect(refused.getByLabel('Note')).toHaveValue('Entered twice by mistake.');
  await expect(refused.getByLabel('Value', { exact: true })).toHaveValue('2.76');

  await addFigure(page, 'trans-caspian-cargo', { period: '2024', value: '4.484', exactness: 'Reported', source: MINISTRY, note: 'Ministry series.' });
  await addFigure(page, 'trans-caspian-cargo', { period: '2025', value: '4.119', exactness: 'Reported', source: MINISTRY, note: 'Ministry series.' });
  await addFigure(page, 'trans-caspian-cargo', {
    period: '2026',
    value: '5.2',
    exactness: 'Forecast or expected',
    source: MINISTRY,
    note: 'The plan for 2026.',
  });

  await page.goto('/commitments/trans-caspian-volume-fivefold');
  const facts = page.getByRole('region', { name: 'Key facts' });
  await expect(facts).toContainText('The figure for 2023: 2.76 million tonnes');
  await expect(facts).toContainText('13.82 million tonnes');
  await expect(facts).toContainText('5× the baseline');
  await expect(page.locator('.status-panel')).toContainText('Limited progress');
  await chartsReady(page);
  const trajectory = page.getByRole('region', { name: 'Trajectory' });
  await expect(trajectory).toContainText('A forecast of 5.2 million tonnes for 2026 is shown on the chart but does not count.');
  await expect(trajectory).toContainText('Forecast, never counted');

  const body = await api(page, 'trans-caspian-volume-fivefold');
  expect(body.target).toMatchObject({ value: 13.82, multiple_of_baseline: 5 });
  expect(body.baseline).toMatchObject({ value: 2.764, period: '2023' });
  expect(body.computed.status).toBe('limited-progress');
  expect(body.computed.forecasts).toEqual([{ on: '2026-12-31', value: 5.2, period: '2026', qualifier: 'forecast' }]);
});

test('trade: a raised target applies from its date, the title and dashboard give both, the chart steps at the revision', async ({ page }) => {
  await signIn(page);
  await page.goto('/editor/commitments/intra-regional-trade-15bn');
  const form = page.getByRole('form', { name: 'Record a target revision' });
  // A lower figure than the baseline cannot be a rising target: refused, what was typed kept.
  await form.getByLabel('Revised on', { exact: true }).fill('2025-11-16');
  await form.getByLabel('New target', { exact: true }).fill('9');
  await choose(form.getByLabel('Source', { exact: true }), TASHKENT);
  await form.getByLabel('Note').fill('Raised at the Tashkent summit.');
  await form.getByRole('button', { name: 'Record revision' }).click();
  const again = page.getByRole('form', { name: 'Record a target revision' });
  await expect(again.getByText(/A rising target must be above its baseline \(10\.6\)/)).toBeVisible();
  await expect(again.getByLabel('Note')).toHaveValue('Raised at the Tashkent summit.');
  await again.getByLabel('New target', { exact: true }).fill('20');
  await again.getByRole('button', { name: 'Record revision' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Revision recorded' })).toBeVisible();
  await logUpdate(page, 'intra-regional-trade-15bn', {
    asOf: '2025-11-16',
    verdict: 'In progress',
    source: TASHKENT,
    note: 'Tokayev: $11.5 bn in 2024; the aim is now $20 bn.',
    figure: { value: '11.5', period: '2024', exactness: 'Reported' },
  });
  await expect(page.getByRole('status').filter({ hasText: 'Update logged' })).toBeVisible();

  await page.goto('/commitments/intra-regional-trade-15bn');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Target $15 bn, raised to $20 bn on 16 Nov 2025');
  const facts = page.getByRole('region', { name: 'Key facts' });
  await expect(facts).toContainText('Target in force');
  await expect(facts).toContainText('originally $15 bn');
  // Only the target was revised: the deadline is still the one announced, not "in force".
  await expect(facts).not.toContainText('Deadline in force');
  const compare = page.getByRole('table', { name: 'Against the terms in force and as announced' });
  await expect(compare).toContainText('Terms in force: $20 bn by 31 Dec 2027');
  await expect(compare).toContainText('As announced: $15 bn by 31 Dec 2027');
  await chartsReady(page);
  await expect(page.locator('.chart')).toContainText('Revised');
  await expect(page.locator('.legend')).toContainText('Target as announced, then as revised');

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: /against the \$15 bn goal, raised to \$20 bn on 16 Nov 2025/ })).toBeVisible();

  const body = await api(page, 'intra-regional-trade-15bn');
  expect(body.target).toMatchObject({ value: 20, as_announced: 15, revised_on: '2025-11-16' });
  expect(body.deadline).toMatchObject({ revised: false, on: '2027-12-31' });
  expect(body.revisions.at(-1)).toMatchObject({ revised_on: '2025-11-16', target_value: 20, in_force: true });
  expect(body.computed_against_original.status).not.toBeNull();

  // A revision dated in the future takes effect on its date, not before.
  await page.goto('/editor/commitments/non-resource-exports-175-categories');
  const future = page.getByRole('form', { name: 'Record a target revision' });
  await future.getByLabel('Revised on', { exact: true }).fill('2030-01-01');
  await future.getByLabel('New target', { exact: true }).fill('200');
  await choose(future.getByLabel('Source', { exact: true }), TASHKENT);
  await future.getByRole('button', { name: 'Record revision' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'It takes effect on 2030-01-01' })).toBeVisible();
  await page.goto('/commitments/non-resource-exports-175-categories');
  await expect(page.getByRole('region', { name: 'Key facts' })).toContainText('175 commodity categories');
  await expect(page.getByRole('region', { name: 'Target revisions' })).toContainText('Takes effect on 1 Jan 2030; not yet in force.');
  const later = await api(page, 'non-resource-exports-175-categories');
  expect(later.target.value).toBe(175);
  expect(later.revisions[0]).toMatchObject({ target_value: 200, in_force: false });
});

test('Aktau hub: planned dates that slip mark it delayed, both dates shown; a stage left unchanged carries forward', async ({ page }) => {
  await signIn(page);
  const october = await createSource(page, {
    title: 'Kazakhstan Working On Construction Of Container Hub In Aktau Seaport',
    publishedOn: '2023-10-27',
    url: 'https://menafn.com/1107321198/Kazakhstan-Working-On-Construction-Of-Container-Hub-In-Aktau-Seaport',
    kind: 'News report',
    publisher: 'MENAFN (Trend)',
  });
  const may = await createSource(page, {
    title: 'KTZ and Lianyungang Port agree to build container hub in Aktau',
    publishedOn: '2024-05-30',
    url: 'https://kz.kursiv.media/en/2024-05-30/ktz-and-lianyungang-port-agree-to-build-container-hub-in-aktau/',
    kind: 'News report',
    publisher: 'Kursiv',
  });
  const november = await createSource(page, {
    title: 'Kazakhstan buys six new container ships for the Middle Corridor',
    publishedOn: '2025-11-26',
    url: 'https://report.az/ru/infrastruktura/kazahstan-zakupaet-6-novyh-kontejnernyh-sudov-dlya-uvelicheniya-gruzoperevozok-po-srednemu-koridoru',
    kind: 'News report',
    publisher: 'Report.az',
  });
  expect([october, may, november].every((slug) => /^[a-z0-9-]+$/.test(slug))).toBe(true);

  await recordPlannedDate(page, 'aktau-container-hub', {
    on: '2025-06-30',
    words: 'in the second quarter of 2025',
    statedOn: '2023-10-27',
    source: 'Kazakhstan Working On Construction',
  });
  await recordPlannedDate(page, 'aktau-container-hub', {
    on: '2025-12-31',
    words: 'commissioning in December 2025',
    statedOn: '2024-05-30',
    source: 'KTZ and Lianyungang',
  });
  await logUpdate(page, 'aktau-container-hub', {
    asOf: '2025-11-26',
    verdict: 'In progress',
    stage: 'Partly operational',
    source: 'six new container ships',
    note: 'The first phase opened in June 2025.',
  });
  await expect(page.getByRole('status').filter({ hasText: 'Update logged' })).toBeVisible();
  // Stage left at "unchanged": the stage in force stays.
  await logUpdate(page, 'aktau-container-hub', {
    asOf: '2025-11-26',
    verdict: 'In progress',
    source: 'six new container ships',
    note: 'Second stage due in 2026.',
  });
  await expect(page.getByRole('status').filter({ hasText: 'Update logged' })).toBeVisible();
  await recordPlannedDate(page, 'aktau-container-hub', {
    on: '2026-12-31',
    words: 'second stage in 2026',
    statedOn: '2025-11-26',
    source: 'six new container ships',
  });

  await page.goto('/commitments/aktau-container-hub');
  const panel = page.locator('.status-panel');
  await expect(panel).toContainText('The planned completion moved from 30 Jun 2025 to 31 Dec 2026');
  await expect(page.getByRole('list', { name: 'Stages' }).locator('[aria-current="step"]')).toContainText('Partly operational');
  await expect(panel).toContainText('75%');
  const facts = page.getByRole('region', { name: 'Key facts' });
  await expect(facts).toContainText('Planned completion');
  await expect(facts).toContainText('31 Dec 2026');
  await expect(facts).toContainText('first planned for 30 Jun 2025');
  await expect(facts).toContainText('No deadline stated');
  const schedule = page.getByRole('region', { name: 'Planned completion, as stated over time' });
  await expect(schedule.getByRole('row')).toHaveCount(4);
  await expect(schedule).toContainText('moved later');
  await expect(page.locator('.timeline__item').first()).toContainText('Stage unchanged: Partly operational');

  const body = await api(page, 'aktau-container-hub');
  expect(body.status).toMatchObject({ stage: 'partly-operational', delayed: true });
  expect(body.planned_completion).toEqual({ on: '2026-12-31', moved_later: true });
  expect(body.updates[0]).toMatchObject({ stage: null, stage_in_force: 'partly-operational' });
  expect(body.planned_dates.map((p: { planned_on: string }) => p.planned_on)).toEqual(['2025-06-30', '2025-12-31', '2026-12-31']);

  await page.goto('/commitments?category=transport');
  const card = page.locator('.commitment-card').filter({ hasText: 'Container hub at Aktau port' });
  await expect(card).toContainText('Delayed');
  await expect(card).toContainText('Planned completion');
});

test('a review keeps the verdict and clears "stale"; an as-of date after the source needs confirming; achieved means the last stage', async ({
  page,
}) => {
  await page.goto('/commitments/land-transport-interconnectivity-agreement');
  await expect(page.locator('.status-panel')).toContainText('No review, update or figure recorded in more than 180 days');
  await signIn(page);
  await page.goto('/editor/commitments/land-transport-interconnectivity-agreement');
  let form = logForm(page);
  await form.getByLabel(/Reviewed, no change/).check();
  await expect(form.getByLabel('Verdict')).toHaveCount(0);
  await form.getByLabel('Note').fill('Searched the five parliaments’ sites for a ratification: nothing found.');
  await form.getByRole('button', { name: 'Log review' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Review logged' })).toBeVisible();
  await page.goto('/commitments/land-transport-interconnectivity-agreement');
  await expect(page.locator('.status-panel')).not.toContainText('more than 180 days');
  await expect(page.locator('.status-panel')).toContainText('In progress');
  await expect(page.locator('.timeline__item').first()).toContainText('Reviewed: no change');
  // Reviews are diligence, not news: the dashboard's latest updates leave them out.
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Latest updates' })).not.toContainText('Searched the five parliaments');

  // The source was published in 2025; an entry as of 2026 from it must be confirmed.
  await logUpdate(page, 'zhanaozen-turkmenistan-highway', {
    asOf: '2026-03-03',
    verdict: 'In progress',
    stage: 'Under construction',
    source: TASHKENT,
    note: 'Works to finish in 2026.',
  });
  form = logForm(page);
  await expect(form.getByText(/later than the source’s publication date \(2025-11-16\)/)).toBeVisible();
  await expect(form.getByLabel('Note')).toHaveValue('Works to finish in 2026.');
  await form.getByLabel('I confirm this date although it is later than the source’s publication').check();
  await form.getByRole('button', { name: 'Log update' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Update logged' })).toBeVisible();
  await page.goto('/commitments/zhanaozen-turkmenistan-highway');
  await expect(page.locator('.timeline__item').first()).toContainText('an editor confirmed it');

  // "Achieved" with a stage short of the last one is refused; left unchanged, it means "held".
  await logUpdate(page, 'security-dialogue-2024', {
    asOf: '2024-05-16',
    verdict: 'Achieved',
    stage: 'Scheduled',
    source: TASHKENT,
    note: 'Held in Astana.',
  });
  await expect(logForm(page).getByText(/An achieved commitment has reached its last stage/)).toBeVisible();
  await logForm(page).getByLabel('Stage').selectOption('');
  await logForm(page).getByLabel('As of').fill('2025-11-16');
  await logForm(page).getByRole('button', { name: 'Log update' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Update logged' })).toBeVisible();
  await page.goto('/commitments/security-dialogue-2024');
  await expect(page.getByRole('list', { name: 'Stages' }).locator('[aria-current="step"]')).toContainText('Held');
  await expect(page.locator('.status-panel')).toContainText('100%');
});

test('IT exports: an expected figure never meets the target; a preliminary one does, and the status says so', async ({ page }) => {
  await signIn(page);
  await logUpdate(page, 'it-exports-1bn-by-2026', {
    asOf: '2025-11-16',
    verdict: 'In progress',
    source: TASHKENT,
    note: 'The minister expects $1.6 bn for 2025.',
    figure: { value: '1.6', period: '2025', exactness: 'Forecast or expected' },
  });
  await expect(page.getByRole('status').filter({ hasText: 'Update logged' })).toBeVisible();
  await page.goto('/commitments/it-exports-1bn-by-2026');
  await expect(page.locator('.status-panel')).not.toContainText('Target met');
  await addFigure(page, 'it-exports', {
    period: '2025',
    value: '1.6',
    exactness: 'Preliminary or estimate',
    source: MINISTRY,
    note: 'Preliminary count.',
  });
  await page.getByRole('button', { name: 'Make the 2025 figure from Report.az preferred' }).click();
  // The row itself confirms it: the button gives way to the "preferred" mark.
  await expect(page.getByRole('row', { name: /2025.*\$1\.6 bn \(preliminary\).*Report\.az.*Preferred/ })).toBeVisible();
  await page.goto('/commitments/it-exports-1bn-by-2026');
  const panel = page.locator('.status-panel');
  await expect(panel).toContainText('Target met');
  await expect(panel).toContainText('Rests on a preliminary figure.');
  await expect(panel).toContainText('100%');
  const body = await api(page, 'it-exports-1bn-by-2026');
  expect(body.status.trajectory_basis).toBe('preliminary');
  expect(body.computed.basis).toMatchObject({ value: 1.6, qualifier: 'preliminary' });
});

test('the PDF snapshot says what the pages say', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const { id } = await snapshotFromCli(baseURL!);
  const text = await pdfText(await (await page.request.get(`/snapshots/${id}`)).body());
  expect(text).toContain(normalise('$15 bn, raised to $20 bn on 16 Nov 2025'));
  expect(text).toMatch(/Container hub at Aktau port[^]*?In progress · delayed/);
  expect(text).toContain('planned: 31 Dec 2026');
  expect(text).toMatch(/IT exports of \$1(\.5)? bn by 2026[^]*?Target met \(preliminary or estimate\)/);
});
