import { createClient } from '@libsql/client';
import type { APIRequestContext, APIResponse, Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { axeViolations, expect, test } from './fixtures';

// The open data API against the seeded production build. The list and detail are checked
// against what the pages show for the same address; the CSV against the JSON; errors,
// caching and CORS through real HTTP. Tests tagged @after-edits run in their own project
// after the editor flows, when editors have written to the log, so that "no personal data"
// is checked on data that has some.

type Json = Record<string, unknown>;
type ApiItem = {
  slug: string;
  title: string;
  countries: string[];
  status: { verdict: string; stage: string | null; trajectory: string | null; overdue: boolean };
  progress: { share: number | null; percent: number | null };
  deadline: { on: string | null; text: string | null; interpreted: boolean };
  baseline: { value: number | null; on: string | null } | null;
  target: { value: number | null; unit: string | null; metric: { slug: string } | null } | null;
  source: { slug: string; url?: string | null };
  links: { self: string; html: string };
};
type ApiList = {
  data: ApiItem[];
  pagination: { total: number; page: number; per_page: number; pages: number; links: { next: string | null; prev: string | null } };
};
type ApiObservation = { period: string; period_end: string; value: number; qualifier: string; preferred: boolean; source: { slug: string } };

/** Path and query of an absolute link the API returned (its host may be SITE_URL's, not the test server's). */
function local(url: string): string {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
}

async function json<T = Json>(response: APIResponse): Promise<T> {
  expect(response.headers()['content-type']).toContain('application/json');
  return (await response.json()) as T;
}

/** Every item of the list for a query, following the API's own next links. */
async function allApiItems(request: APIRequestContext, query: string): Promise<{ items: ApiItem[]; total: number }> {
  const items: ApiItem[] = [];
  let next: string | null = `/api/v1/commitments${query}`;
  let total = -1;
  while (next) {
    const response = await request.get(next);
    expect(response.status(), next).toBe(200);
    const body: ApiList = await json<ApiList>(response);
    items.push(...body.data);
    total = body.pagination.total;
    next = body.pagination.links.next ? local(body.pagination.links.next) : null;
  }
  return { items, total };
}

/** What the list page shows for a query: each card's slug and progress bar value, page after page. */
async function pageCards(page: Page, query: string, prefix = ''): Promise<{ slug: string; percent: number | null }[]> {
  const cards: { slug: string; percent: number | null }[] = [];
  let address: string | null = `${prefix}/commitments${query}`;
  while (address) {
    await page.goto(address);
    for (const card of await page.locator('.commitment-card').all()) {
      const href = await card.locator('.commitment-card__title a').getAttribute('href');
      const now = await card.getByRole('progressbar').getAttribute('aria-valuenow');
      cards.push({ slug: href!.split('/').pop()!, percent: now === null ? null : Number(now) });
    }
    address = await page
      .locator('nav.pagination a[rel="next"]')
      .getAttribute('href', { timeout: 1_000 })
      .catch(() => null);
  }
  return cards;
}

const SAME_FILTERS: { prefix: '' | '/ru' | '/kk'; query: string }[] = [
  ...[
    '',
    '?sort=progress',
    '?sort=title',
    '?category=transport&sort=progress',
    '?kind=project',
    '?country=TM&sort=title',
    '?q=railway',
    '?status=in-progress',
    '?category=trade&kind=target',
  ].map((query) => ({ prefix: '' as const, query })),
  // In Russian and Kazakh the title order and the search follow the language, on the page and with ?locale=.
  { prefix: '/ru', query: '?sort=title' },
  { prefix: '/kk', query: '?sort=title' },
  { prefix: '/ru', query: '?q=%D0%B6%D0%B5%D0%BB%D0%B5%D0%B7' },
];

/** The API query for a page address: the same query string, plus the page's language. */
function apiQuery(prefix: string, query: string): string {
  if (!prefix) return query;
  return `${query}${query ? '&' : '?'}locale=${prefix.slice(1)}`;
}

test.describe('open data API', () => {
  test('the list returns what the commitments page shows for the same filter: same slugs, same order, same count, same progress', async ({
    page,
    request,
  }) => {
    for (const { prefix, query } of SAME_FILTERS) {
      const where = `${prefix}/commitments${query}`;
      const shown = await pageCards(page, query, prefix);
      expect(shown.length, `${where} shows something`).toBeGreaterThan(0);
      const { items, total } = await allApiItems(request, apiQuery(prefix, query));
      expect(
        items.map((i) => i.slug),
        `slugs for ${where}`,
      ).toEqual(shown.map((c) => c.slug));
      expect(total, `count for ${where}`).toBe(shown.length);
      expect(
        items.map((i) => i.progress.percent),
        `progress for ${where}`,
      ).toEqual(shown.map((c) => c.percent));
    }
  });

  test('the list page links its own view as CSV and JSON: the same commitments, in the page’s language', async ({ page, request }) => {
    for (const { prefix, query } of [
      { prefix: '', query: '?category=transport&sort=progress' },
      { prefix: '/ru', query: '?sort=title' },
    ]) {
      const shown = await pageCards(page, query, prefix);
      await page.goto(`${prefix}/commitments${query}`);
      const csvHref = await page.getByRole('link', { name: 'CSV', exact: true }).getAttribute('href');
      const jsonHref = await page.getByRole('link', { name: 'JSON', exact: true }).getAttribute('href');
      const { items } = await allApiItems(request, apiQuery(prefix, query));
      expect(jsonHref).toBe(`/api/v1/commitments${apiQuery(prefix, query)}`);
      const listed = await json<ApiList>(await request.get(jsonHref!));
      expect(listed.data.map((i) => i.slug)).toEqual(shown.slice(0, listed.data.length).map((c) => c.slug));
      const csv = await request.get(csvHref!);
      expect(csv.status()).toBe(200);
      expect(csv.headers()['content-type']).toContain('text/csv');
      const rows: Record<string, string>[] = parse(await csv.text(), { bom: true, columns: true });
      expect(
        rows.map((r) => r.slug),
        `${csvHref}: one row per commitment, in the list's order`,
      ).toEqual(items.map((i) => i.slug));
    }
  });

  test('the list pages through every row once, in a stable order, with working next/prev links', async ({ request }) => {
    const whole = await json<ApiList>(await request.get('/api/v1/commitments?per_page=100&sort=progress'));
    const { items } = await allApiItems(request, '?per_page=4&sort=progress');
    expect(items.map((i) => i.slug)).toEqual(whole.data.map((i) => i.slug));
    expect(new Set(items.map((i) => i.slug)).size).toBe(items.length);
    const second = await json<ApiList>(await request.get('/api/v1/commitments?per_page=4&sort=progress&page=2'));
    expect(second.pagination).toMatchObject({ page: 2, per_page: 4, total: whole.pagination.total, pages: Math.ceil(whole.pagination.total / 4) });
    expect(local(second.pagination.links.prev!)).toBe('/api/v1/commitments?sort=progress&per_page=4');
    const response = await request.get('/api/v1/commitments?per_page=4&sort=progress&page=2');
    expect(response.headers()['link']).toContain('rel="next"');
  });

  test('the detail matches the commitment page: progress, trajectory, deadline, updates and evidence', async ({ page, request }) => {
    for (const slug of ['intra-regional-trade-15bn', 'aktau-container-hub', 'security-dialogue-2024', 'it-exports-1bn-by-2026']) {
      const response = await request.get(`/api/v1/commitments/${slug}`);
      expect(response.status()).toBe(200);
      const { data } = await json<{
        data: ApiItem & {
          computed: { ratio: number | null; status: string } | null;
          updates: { id: number; as_of: string; evidence: { url: string }[] }[];
          revisions: unknown[];
        };
      }>(response);
      await page.goto(`/commitments/${slug}`);

      const bar = page.locator('.status-panel').getByRole('progressbar');
      const now = await bar.getAttribute('aria-valuenow');
      expect(now === null ? null : Number(now), `${slug}: progress`).toBe(data.progress.percent);

      if (data.computed?.ratio !== null && data.computed?.ratio !== undefined) {
        await expect(page.locator('.status-panel')).toContainText(data.computed.ratio.toFixed(2));
      }
      if (data.deadline.on) {
        await expect(page.locator('.facts').locator(`time[datetime="${data.deadline.on}"]`).first(), `${slug}: deadline`).toBeVisible();
      }

      const entries = page.locator('ol.timeline > li');
      const ids = await entries.evaluateAll((nodes) => nodes.map((n) => Number(n.id.replace('update-', ''))));
      expect(ids, `${slug}: the log`).toEqual(data.updates.map((u) => u.id));
      for (const u of data.updates) {
        const entry = page.locator(`#update-${u.id}`);
        await expect(entry.locator(`time[datetime="${u.as_of}"]`)).toHaveCount(1);
        const hrefs = await entry.locator('ul.evidence a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
        expect(hrefs).toEqual(u.evidence.map((e) => e.url));
      }
    }
  });

  test('the trade target carries its baseline, target, computed trajectory and every source per period', async ({ request }) => {
    const { data } = await json<{ data: ApiItem & { computed: Json | null; observations: ApiObservation[] } }>(
      await request.get('/api/v1/commitments/intra-regional-trade-15bn'),
    );
    expect(data.baseline).toMatchObject({ value: 10.6 });
    expect(data.target).toMatchObject({ value: 15, unit: 'USD bn', metric: { slug: 'intra-regional-trade' } });
    expect(data.computed).toMatchObject({ required_annual_growth: expect.closeTo(0.0719, 3) });
    expect(data.deadline).toMatchObject({ interpreted: true });

    const observations = await json<{
      data: {
        metric: { unit: string };
        periods: { period: string; preferred_value: number | null; sources_disagree: boolean; observations: ApiObservation[] }[];
      };
    }>(await request.get('/api/v1/metrics/intra-regional-trade/observations'));
    expect(observations.data.metric.unit).toBe('USD bn');
    const disputed = observations.data.periods.find((p) => p.sources_disagree);
    expect(disputed, 'the two reports of the speech disagree on one period').toBeDefined();
    expect(disputed!.observations.filter((o) => o.preferred)).toHaveLength(1);
    expect(new Set(disputed!.observations.map((o) => o.source.slug)).size).toBeGreaterThan(1);
    // The detail's observations are the same rows.
    expect(data.observations.length).toBe(observations.data.periods.flatMap((p) => p.observations).length);
  });

  test('a target’s page links its figures as CSV and JSON, in the page’s language', async ({ page, request }) => {
    await page.goto('/ru/commitments/intra-regional-trade-15bn');
    const figure = page.getByRole('region', { name: 'Траектория' });
    const csvHref = await figure.getByRole('link', { name: 'CSV', exact: true }).getAttribute('href');
    const jsonHref = await figure.getByRole('link', { name: 'JSON', exact: true }).getAttribute('href');
    expect(csvHref).toBe('/api/v1/metrics/intra-regional-trade/observations.csv?locale=ru');
    expect(jsonHref).toBe('/api/v1/metrics/intra-regional-trade/observations?locale=ru');
    const rows: Record<string, string>[] = parse(await (await request.get(csvHref!)).text(), { bom: true, columns: true });
    const { data } = await json<{ data: { periods: { observations: unknown[] }[] } }>(await request.get(jsonHref!));
    expect(rows.length).toBe(data.periods.flatMap((p) => p.observations).length);
    // The table under the chart shows the same rows.
    expect(await figure.locator('.data-table tbody tr[data-row="observation"]').count()).toBe(rows.length);
  });

  test('the commitments CSV parses back to the same rows as the JSON, and opens as UTF-8 in a spreadsheet', async ({ request }) => {
    for (const query of ['', '?category=transport&sort=progress', '?kind=target']) {
      const response = await request.get(`/api/v1/commitments.csv${query}`);
      expect(response.status()).toBe(200);
      const headers = response.headers();
      expect(headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
      expect(headers['content-disposition']).toMatch(/^attachment; filename="commitments[a-z0-9_-]*_\d{4}-\d{2}-\d{2}\.csv"$/);
      const bytes = await response.body();
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8');
      expect(text).toContain('\r\n');
      const rows: Record<string, string>[] = parse(text, { bom: true, columns: true });

      const { items } = await allApiItems(request, `${query}${query ? '&' : '?'}per_page=100`);
      expect(rows.map((r) => r.slug)).toEqual(items.map((i) => i.slug));
      rows.forEach((row, index) => {
        const item = items[index]!;
        const numberOrEmpty = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));
        expect(row, item.slug).toMatchObject({
          title: item.title,
          countries: item.countries.join('; '),
          verdict: item.status.verdict,
          stage: item.status.stage ?? '',
          trajectory: item.status.trajectory ?? '',
          overdue: String(item.status.overdue),
          progress_share: numberOrEmpty(item.progress.share),
          progress_percent: numberOrEmpty(item.progress.percent),
          deadline_on: item.deadline.on ?? '',
          deadline_text: item.deadline.text ?? '',
          deadline_interpreted: String(item.deadline.interpreted),
          baseline_value: numberOrEmpty(item.baseline?.value),
          target_value: numberOrEmpty(item.target?.value),
          unit: item.target?.unit ?? '',
          metric_slug: item.target?.metric?.slug ?? '',
          source_slug: item.source.slug,
          url: item.links.html,
        });
      });
    }
  });

  test('the observations CSV has one row per observation and source, as in the JSON', async ({ request }) => {
    const metrics = await json<{ data: { slug: string; observation_count: number }[] }>(await request.get('/api/v1/metrics'));
    expect(metrics.data.length).toBeGreaterThan(0);
    for (const metric of metrics.data) {
      const body = await json<{ data: { periods: { observations: ApiObservation[] }[] } }>(
        await request.get(`/api/v1/metrics/${metric.slug}/observations`),
      );
      const flat = body.data.periods.flatMap((p) => p.observations);
      expect(flat).toHaveLength(metric.observation_count);
      const response = await request.get(`/api/v1/metrics/${metric.slug}/observations.csv`);
      expect(response.headers()['content-disposition']).toBe(`attachment; filename="${metric.slug}_observations.csv"`);
      const rows: Record<string, string>[] = parse(await response.text(), { bom: true, columns: true });
      expect(rows.map((r) => [r.metric_slug, r.period, r.period_end, Number(r.value), r.qualifier, r.preferred === 'true', r.source_slug])).toEqual(
        flat.map((o) => [metric.slug, o.period, o.period_end, o.value, o.qualifier, o.preferred, o.source.slug]),
      );
    }
  });

  test('a bad parameter gets a 400 whose JSON error names the parameter', async ({ request }) => {
    const cases: [string, string, string][] = [
      ['/api/v1/commitments?category=mining', 'category', 'invalid_parameter'],
      ['/api/v1/commitments?status=late', 'status', 'invalid_parameter'],
      ['/api/v1/commitments?sort=newest', 'sort', 'invalid_parameter'],
      ['/api/v1/commitments?page=0', 'page', 'invalid_parameter'],
      ['/api/v1/commitments?page=99', 'page', 'invalid_parameter'],
      ['/api/v1/commitments?per_page=1000', 'per_page', 'invalid_parameter'],
      ['/api/v1/commitments?country=kz', 'country', 'invalid_parameter'],
      [`/api/v1/commitments?q=${'x'.repeat(201)}`, 'q', 'invalid_parameter'],
      ['/api/v1/commitments?categroy=trade', 'categroy', 'unknown_parameter'],
      ['/api/v1/commitments?kind=target&kind=event', 'kind', 'repeated_parameter'],
      ['/api/v1/commitments.csv?page=2', 'page', 'unknown_parameter'],
      ['/api/v1/commitments.csv?kind=bridge', 'kind', 'invalid_parameter'],
      ['/api/v1/commitments/Aktau_Hub', 'slug', 'invalid_parameter'],
      ['/api/v1/commitments/aktau-container-hub?format=csv', 'format', 'unknown_parameter'],
      ['/api/v1/metrics/intra-regional-trade/observations?year=2022', 'year', 'unknown_parameter'],
    ];
    for (const [url, parameter, code] of cases) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(400);
      expect(response.headers()['cache-control'], url).toBe('no-store');
      const body = await json<{ error: { code: string; message: string; parameter: string } }>(response);
      expect(body.error, url).toMatchObject({ code, parameter });
      expect(body.error.message, url).toContain(parameter);
    }
  });

  test('an unknown slug or endpoint is a JSON 404', async ({ request }) => {
    for (const [url, parameter] of [
      ['/api/v1/commitments/no-such-commitment', 'slug'],
      ['/api/v1/metrics/no-such-metric/observations', 'slug'],
      ['/api/v1/metrics/no-such-metric/observations.csv', 'slug'],
      ['/api/v1/commitment', null],
    ] as const) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(404);
      const body = await json<{ error: { code: string; parameter: string | null } }>(response);
      expect(body.error, url).toMatchObject({ code: 'not_found', parameter });
    }
  });

  test('responses carry caching headers and a strong ETag; If-None-Match gets a 304 without a body', async ({ request }) => {
    for (const url of [
      '/api/v1/commitments?category=transport',
      '/api/v1/commitments/aktau-container-hub',
      '/api/v1/metrics/intra-regional-trade/observations',
      '/api/v1/commitments.csv',
      '/api/v1/metrics/it-exports/observations.csv',
    ]) {
      const first = await request.get(url);
      expect(first.status(), url).toBe(200);
      const headers = first.headers();
      expect(headers['cache-control'], url).toMatch(/^public, .*s-maxage=\d+.*stale-while-revalidate=\d+/);
      expect(headers['access-control-allow-origin'], url).toBe('*');
      const etag = headers['etag']!;
      expect(etag, url).toMatch(/^"[A-Za-z0-9_-]{20,}"$/);

      const again = await request.get(url, { headers: { 'If-None-Match': etag } });
      expect(again.status(), url).toBe(304);
      expect((await again.body()).length, url).toBe(0);
      expect(again.headers()['etag'], url).toBe(etag);
      expect((await request.get(url, { headers: { 'If-None-Match': `W/${etag}` } })).status(), url).toBe(304);
      expect((await request.get(url, { headers: { 'If-None-Match': '"stale"' } })).status(), url).toBe(200);
    }
    const transport = (await request.get('/api/v1/commitments?category=transport')).headers()['etag'];
    const trade = (await request.get('/api/v1/commitments?category=trade')).headers()['etag'];
    expect(transport).not.toBe(trade);
  });

  test('a browser on another site may read the API (CORS preflight included)', async ({ request }) => {
    const response = await request.fetch('/api/v1/commitments', {
      method: 'OPTIONS',
      headers: { Origin: 'https://newsroom.example', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'if-none-match' },
    });
    expect(response.status()).toBe(204);
    expect(response.headers()['access-control-allow-origin']).toBe('*');
    expect(response.headers()['access-control-allow-headers']).toContain('If-None-Match');
  });
});

test.describe('API documentation page', () => {
  for (const [locale, prefix, heading] of [
    ['en', '', 'Open data API'],
    ['ru', '/ru', 'API открытых данных'],
    ['kk', '/kk', 'Ашық деректер API'],
  ] as const) {
    test(`/api in ${locale}: every endpoint documented, examples that work, no axe violation`, async ({ page, request }) => {
      await page.goto(`${prefix}/api`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      for (const path of [
        '/api/v1/commitments',
        '/api/v1/commitments/{slug}',
        '/api/v1/commitments.csv',
        '/api/v1/metrics',
        '/api/v1/metrics/{slug}/observations',
        '/api/v1/metrics/{slug}/observations.csv',
      ]) {
        // Each is written as a request line, GET and the path, in one piece of code.
        await expect(page.locator('main code').getByText(`GET ${path}`, { exact: true }).first()).toBeVisible();
      }
      // Every curl example is a complete command against the site's own address, and it works.
      const commands = await page.locator('main pre code').allInnerTexts();
      const curls = commands.filter((c) => c.startsWith('curl '));
      expect(curls.length).toBeGreaterThanOrEqual(3);
      for (const command of curls) {
        const url = /'(https?:\/\/[^']+)'/.exec(command)?.[1];
        expect(url, command).toBeDefined();
        const response = await request.get(local(url!));
        expect(response.status(), command).toBe(200);
      }
      const live = page.locator('main a[href*="/api/v1/commitments?"]').first();
      const response = await request.get(local((await live.getAttribute('href'))!));
      expect(response.status()).toBe(200);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('the footer links to the API documentation', async ({ page }) => {
    await page.goto('/');
    await page.locator('footer').getByRole('link', { name: 'Open data API' }).click();
    await expect(page).toHaveURL(/\/api$/);
  });
});

test.describe('after the editors have written @after-edits', () => {
  test('a revised target: the API lists the revisions the page shows, and its terms in force follow them', async ({ page, request }) => {
    // The editor flows record a revision of this target (e2e/editor.spec.ts); the seed has none.
    const slug = 'it-exports-1bn-by-2026';
    const response = await request.get(`/api/v1/commitments/${slug}`);
    expect(response.status()).toBe(200);
    type Revision = { id: number; revised_on: string; target_value: number | null; deadline_on: string | null; source: { slug: string } };
    const { data } = await json<{
      data: ApiItem & {
        target: { value: number | null; as_announced: number | null } | null;
        deadline: { on: string | null; revised: boolean; as_announced: { on: string | null } };
        revisions: Revision[];
      };
    }>(response);
    expect(data.revisions.length, 'revisions recorded by the editor flows').toBeGreaterThan(0);
    const last = data.revisions.at(-1)!;
    expect(data.target?.value).toBe(last.target_value);
    expect(data.target?.as_announced).not.toBe(last.target_value);
    expect(data.deadline).toMatchObject({ on: last.deadline_on, revised: true });

    await page.goto(`/commitments/${slug}`);
    const listed = page.getByRole('region', { name: 'Target revisions' }).locator('li');
    await expect(listed).toHaveCount(data.revisions.length);
    for (const [i, r] of data.revisions.entries()) {
      const item = listed.nth(i);
      await expect(item.locator(`time[datetime="${r.revised_on}"]`)).toHaveCount(1);
      if (r.target_value !== null) await expect(item).toContainText(`$${r.target_value} bn`);
      await expect(item.locator(`a[href="/sources/${r.source.slug}"]`)).toHaveCount(1);
    }
    const facts = page.getByRole('region', { name: 'Key facts' });
    await expect(facts).toContainText(`$${data.target?.value} bn`);
    await expect(facts.locator(`time[datetime="${data.deadline.on}"]`).first()).toBeVisible();
  });

  test('no editor’s name, email or account id appears in any API output', async ({ request }) => {
    // The accounts come from the database itself, so someone invited during the editor flows counts too.
    const db = createClient({ url: process.env.E2E_DATABASE_URL ?? 'file:./data/e2e.db' });
    try {
      const users = (await db.execute('select id, name, email from users')).rows.map((r) => ({
        id: Number(r.id),
        name: String(r.name),
        email: String(r.email),
      }));
      const authored = Number((await db.execute('select count(*) as n from status_updates where author_id is not null')).rows[0]!.n);
      expect(users.length).toBeGreaterThan(0);
      expect(authored, 'the editor flows logged updates under their accounts').toBeGreaterThan(0);

      const outputs: [string, string][] = [];
      const get = async (url: string) => {
        const response = await request.get(url);
        expect(response.status(), url).toBe(200);
        outputs.push([url, await response.text()]);
        return response;
      };
      const { items } = await allApiItems(request, '?per_page=100');
      for (const item of items) await get(local(item.links.self));
      await get('/api/v1/commitments?per_page=100');
      await get('/api/v1/commitments.csv');
      const metrics = (await (await get('/api/v1/metrics')).json()) as { data: { slug: string }[] };
      for (const m of metrics.data) {
        await get(`/api/v1/metrics/${m.slug}/observations`);
        await get(`/api/v1/metrics/${m.slug}/observations.csv`);
      }
      await get('/api/v1');

      for (const [url, body] of outputs) {
        for (const user of users) {
          expect(body, `${url} mentions ${user.email}`).not.toContain(user.email);
          expect(body, `${url} mentions ${user.name}`).not.toContain(user.name);
        }
        if (url.includes('.csv')) expect(body.split('\r\n')[0], `${url} header`).not.toMatch(/(author|user|actor|email|editor|created_by)/i);
        else expect(body, url).not.toMatch(/"(author|user|actor|email|editor|created_by|password)[a-z_]*"\s*:/i);
      }
    } finally {
      db.close();
    }
  });
});
