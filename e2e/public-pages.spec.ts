import { axeViolations, chartsReady, CommitmentsList, expect, test } from './fixtures';

test.describe('every public page', () => {
  test('renders, has one h1 and no accessibility violation @phone', async ({ page }) => {
    test.setTimeout(300_000);
    await page.goto('/commitments');
    const commitmentLinks = await page.locator('.commitment-card__title a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(commitmentLinks.length).toBeGreaterThanOrEqual(23);
    await page.goto('/sources');
    const sourceLinks = await page.locator('.commitment-card__title a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    // The speech layer cites the speech and one news report of the day.
    expect(sourceLinks.length).toBeGreaterThanOrEqual(2);

    const paths = ['/', '/commitments', '/sources', '/methodology', ...commitmentLinks, ...sourceLinks];
    const problems: string[] = [];
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await chartsReady(page);
      await expect(page.locator('h1'), path).toHaveCount(1);
      // Nothing may overflow sideways, the usual way a page breaks on a phone.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(1);
      problems.push(...(await axeViolations(page)).map((v) => `${path}: ${v}`));
    }
    expect(problems).toEqual([]);
  });

  test('an unknown commitment gets a helpful 404', async ({ page, pageErrors }) => {
    const response = await page.goto('/commitments/no-such-commitment');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Browse all commitments' })).toBeVisible();
    // The browser reports the 404 document itself as a console error; that one is expected.
    expect(pageErrors.filter((e) => !e.includes('status of 404'))).toEqual([]);
    pageErrors.length = 0;
  });

  test('pages are served from the cache, not rendered per visit', async ({ request }) => {
    for (const path of ['/', '/commitments/intra-regional-trade-15bn', '/sources/akorda-2023-09-14-dushanbe-speech']) {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      expect(response.headers()['x-nextjs-cache'], path).toMatch(/HIT|STALE/);
      expect(response.headers()['cache-control'], path).toContain('s-maxage=300');
    }
  });
});

test.describe('dashboard', () => {
  test('shows counts, the trade chart against $15 bn with its sources, and deadlines @phone', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Are the commitments being kept?');
    const counts = page.getByRole('region', { name: 'Where the commitments stand' });
    await expect(counts.getByRole('link', { name: /In progress/ })).toBeVisible();

    const chart = page.getByRole('figure', { name: /Intra-Central Asian trade turnover against the \$15 bn goal/ });
    await expect(chart).toBeVisible();
    await chartsReady(page);
    // The drawn chart: target line, announcement and deadline markers, the required path and the
    // reported series. No projection: one exact figure (2022) and a bound (2017) make no trend.
    await expect(chart.locator('svg.recharts-surface')).toBeVisible();
    await expect(chart.locator('.recharts-reference-line')).toHaveCount(3);
    await expect(chart.locator('.recharts-line')).toHaveCount(2);
    await expect(chart.locator('svg.recharts-surface').getByText('Target $15 bn')).toBeVisible();
    await expect(chart.locator('.figure__summary')).toContainText('$10.6 bn');
    await expect(chart.locator('.figure__summary')).toContainText('$15 bn');

    await chart.getByText('Show the figures as a table').click();
    const table = chart.getByRole('table');
    await expect(table.getByRole('row', { name: /2022.*\$10\.6 bn/ })).toBeVisible();
    await expect(table.getByRole('row', { name: /2022.*over \$10\.5 bn.*Not the preferred figure/ })).toBeVisible();
    await expect(table.getByRole('row', { name: /2017.*at most \$5\.89 bn.*Derived/ })).toBeVisible();

    await table
      .getByRole('row', { name: /over \$10\.5 bn/ })
      .getByRole('link')
      .click();
    await expect(page).toHaveURL(/\/sources\/news-report-2023-09-14-priorities$/);
    await expect(page.getByRole('row', { name: /over \$10\.5 bn/ })).toBeVisible();
  });

  test('progress by category and upcoming deadlines link to filtered lists', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('region', { name: 'Progress by category' }).getByRole('link', { name: 'Transport' }).click();
    await expect(page).toHaveURL(/\/commitments\/view\/category\/transport$/);
    await expect(page.getByLabel('Category', { exact: true })).toHaveValue('transport');
    await page.goBack();
    const deadlines = page.getByRole('region', { name: 'Deadlines' });
    await expect(deadlines.getByRole('link', { name: 'Raise intra-regional trade to $15 bn' })).toBeVisible();
  });
});

test.describe('commitments list', () => {
  test('filters by category, kind, country and status, keeping them in the URL', async ({ page }) => {
    const list = new CommitmentsList(page);
    await list.goto();
    await expect(list.resultCount()).toHaveText(/Showing 1–23 of 23 commitments/);

    await list.choose('Category', 'Transport');
    // A view of the list has its filters in the path (lib/list-views.ts).
    await expect(page).toHaveURL(/\/commitments\/view\/category\/transport$/);
    await expect(list.resultCount()).toContainText('(Transport)');
    for (const eyebrow of await page.locator('.commitment-card .eyebrow').allInnerTexts()) {
      expect(eyebrow.toLowerCase()).toContain('transport');
    }

    await list.choose('Country', 'Turkmenistan');
    await expect(page).toHaveURL(/\/commitments\/view\/category\/transport\/country\/TM$/);
    expect(await list.titles()).toContain('Zhanaozen to Turkmen border highway');

    // A shared link reproduces the same view.
    const shared = page.url();
    await page.goto('about:blank');
    await page.goto(shared);
    await expect(page.getByLabel('Country', { exact: true })).toHaveValue('TM');
    expect(await list.titles()).toContain('Zhanaozen to Turkmen border highway');

    await list.goto('?kind=event');
    const events = await list.titles();
    expect(events.length).toBeGreaterThan(0);
    await expect(page.locator('.commitment-card .eyebrow').first()).toContainText('Event');

    await list.goto();
    // On the day of the speech nothing is achieved yet; thirteen commitments had not started.
    await list.choose('Status', 'Not started');
    await expect(page).toHaveURL(/\/commitments\/view\/status\/not-started$/);
    await expect(list.resultCount()).toHaveText(/of 13 commitments/);
    expect(await list.titles()).toContain('Dialogue on Security and Cooperation in Central Asia, 2024');
    expect(await list.titles()).not.toContain('Raise intra-regional trade to $15 bn');
  });

  test('cards reach the browser once: as HTML, with only their data in the RSC payload', async ({ request }) => {
    // The cards are a client component fed with data (components/commitments/commitment-card-list.tsx);
    // drawn on the server, each card's markup came a second time in the payload, half the page.
    const html = await (await request.get('/commitments')).text();
    const payload = [...html.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)].map((m) => JSON.parse(m[1]!) as string).join('');
    expect(html.match(/<p class="commitment-card__summary">/g) ?? []).toHaveLength(23);
    expect(payload).toContain('"slug":"intra-regional-trade-15bn"');
    expect(payload).not.toContain('commitment-card__summary');
    expect(payload).not.toContain('badge-row');
  });

  test('searches titles and summaries, and says when nothing matches', async ({ page }) => {
    const list = new CommitmentsList(page);
    await list.goto();
    await list.search('railway');
    const titles = await list.titles();
    expect(titles).toHaveLength(3);
    for (const t of titles) expect(t.toLowerCase()).toContain('railway');
    await expect(page.getByLabel('Search', { exact: true })).toHaveValue('railway');

    await list.search('no such thing anywhere');
    await expect(list.resultCount()).toHaveText('No commitment matches these filters.');
    await page.getByRole('link', { name: 'Clear all filters' }).click();
    await expect(list.resultCount()).toContainText('of 23 commitments');
  });

  test('sorts by progress and by deadline', async ({ page }) => {
    const list = new CommitmentsList(page);
    await list.goto('?sort=progress');
    const shares = await page.locator('.progress__value').allInnerTexts();
    const numbers = shares.filter((s) => s.endsWith('%')).map((s) => Number(s.replace('%', '')));
    expect(numbers.length).toBeGreaterThan(5);
    expect([...numbers].sort((a, b) => b - a)).toEqual(numbers);
    // Branches of Kazakh universities were already teaching in four of the countries.
    expect((await list.titles())[0]).toBe('University branches and joint faculties in the region');

    await list.goto();
    const times = await page.locator('.commitment-card .meta-list time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
    expect(times.length).toBeGreaterThanOrEqual(4);
    expect([...times].sort()).toEqual(times);
  });

  test('a mistyped filter in a shared link is reported, not fatal', async ({ page }) => {
    const list = new CommitmentsList(page);
    await list.goto('?category=mining&kind=event');
    await expect(page.getByRole('status').filter({ hasText: 'could not be used' })).toContainText('Ignored category “mining”');
    await expect(page.getByLabel('Kind', { exact: true })).toHaveValue('event');
  });
});

test.describe('commitment page', () => {
  test('a target shows baseline, target, interpreted deadline, verdict beside trajectory, chart and sources', async ({ page }) => {
    await page.goto('/commitments/intra-regional-trade-15bn');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Raise intra-regional trade to $15 bn');
    const facts = page.getByRole('region', { name: 'Key facts' });
    await expect(facts).toContainText('$10.6 bn (31 Dec 2022)');
    await expect(facts).toContainText('$15 bn');
    await expect(facts).toContainText('“in the near future” read as 31 Dec 2027');
    await expect(facts.getByTitle(/our interpretation/)).toBeVisible();
    await expect(page.getByText('Editors’ verdict', { exact: true })).toBeVisible();
    await expect(page.getByText('Computed from the data', { exact: true })).toBeVisible();
    await expect(page.locator('.status-panel')).toContainText('Insufficient data');
    await expect(page.getByRole('blockquote')).toContainText('15 billion dollars in the near future');
    await chartsReady(page);
    await expect(page.getByRole('figure')).toBeVisible();
    await page
      .getByRole('region', { name: 'In the source’s words' })
      .getByRole('link', { name: /V Consultative Meeting/ })
      .click();
    await expect(page).toHaveURL(/\/sources\/akorda-2023-09-14-dushanbe-speech$/);
    await expect(page.getByRole('heading', { name: /Commitments taken from it/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Raise intra-regional trade to $15 bn' })).toBeVisible();
  });

  test('a staged commitment shows its stage ladder and full update timeline @phone', async ({ page }) => {
    await page.goto('/commitments/university-branches-joint-faculties');
    const ladder = page.getByRole('list', { name: 'Stages' });
    await expect(ladder.locator('[aria-current="step"]')).toContainText('Partly operational');
    await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '75');
    const timeline = page.getByRole('region', { name: 'Updates' });
    await expect(timeline.locator('.timeline__item')).toHaveCount(1);
    await expect(timeline.locator('.timeline__item').first()).toContainText('14 Sept 2023');
    await expect(timeline.getByRole('link', { name: /V Consultative Meeting/ })).toBeVisible();
  });

  test('context figures are shown as observations with their sources', async ({ page }) => {
    await page.goto('/commitments/it-exports-1bn-by-2026');
    const context = page.getByRole('region', { name: 'Context figures' });
    await expect(context.getByRole('row', { name: /cashless.*82%/i })).toBeVisible();
    await expect(context.getByRole('row', { name: /public services.*over 90%/i })).toBeVisible();
  });
});

test('keyboard users can skip to the content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
