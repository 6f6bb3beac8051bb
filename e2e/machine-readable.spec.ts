import type { APIResponse, Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import type { OpenApiDocument } from '../lib/open-data/openapi';
import type { DataPackage } from '../lib/open-data/schemas';
import { OpenApiValidator } from '../tests/open-data/openapi-validator';
import { expect, test } from './fixtures';

// What programs read, on the running production build with the seeded speech (23
// commitments): the OpenAPI description validates this server's own responses; the data
// package's resources are the CSV files it serves, column for column; the sitemap lists the
// pages with their languages; the pages carry schema.org JSON-LD. The validator is the one the
// unit tests use (tests/open-data/openapi-validator.ts), given each answer as a fetch Response.

/** Path and query of an absolute link the server wrote (its host is SITE_URL's, not necessarily this server's). */
function local(url: string): string {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
}

const SLUG = 'intra-regional-trade-15bn';

/** Playwright's answer as a fetch Response, for the validator. */
async function asResponse(answer: APIResponse): Promise<Response> {
  const empty = answer.status() === 204 || answer.status() === 304;
  return new Response(empty ? null : new Uint8Array(await answer.body()), { status: answer.status(), headers: answer.headers() });
}

const PREFLIGHT = { Origin: 'https://newsroom.example', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'if-none-match' };

test.describe('openapi.json', () => {
  test('is served as JSON with CORS, caching and an ETag', async ({ request }) => {
    const response = await request.get('/api/v1/openapi.json', { headers: { Origin: 'https://newsroom.example' } });
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers['content-type']).toContain('application/json');
    expect(headers['access-control-allow-origin']).toBe('*');
    expect(headers['cache-control']).toMatch(/^public, /);
    const etag = headers['etag']!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{20,}"$/);
    const document = (await response.json()) as OpenApiDocument;
    expect(document.openapi).toBe('3.1.0');
    expect(new URL(document.servers[0]!.url).pathname).toBe('/api/v1');
    expect((await request.get('/api/v1/openapi.json', { headers: { 'If-None-Match': etag } })).status()).toBe(304);
    const preflight = await request.fetch('/api/v1/openapi.json', { method: 'OPTIONS', headers: PREFLIGHT });
    expect(preflight.status()).toBe(204);
    expect(preflight.headers()['access-control-allow-origin']).toBe('*');
  });

  test('describes the real responses of this server, errors included (ajv, JSON Schema 2020-12)', async ({ request }) => {
    const document = (await (await request.get('/api/v1/openapi.json')).json()) as OpenApiDocument;
    const validator = new OpenApiValidator(document);
    const problems: string[] = [];
    /** Requests `path` below /api/v1 and checks the answer against `template` in the document. */
    const check = async (
      path: string,
      template: string,
      status: number,
      init: { method?: 'GET' | 'OPTIONS'; headers?: Record<string, string> } = {},
    ) => {
      const method = init.method ?? 'GET';
      const answer = await request.fetch(`/api/v1${path === '/' ? '' : path}`, { method, headers: init.headers });
      expect(answer.status(), path).toBe(status);
      problems.push(...(await validator.check(template, method.toLowerCase(), await asResponse(answer))));
      return answer;
    };

    await check('/', '/', 200);
    const list = (await (await check('/commitments?per_page=100', '/commitments', 200)).json()) as { data: { slug: string }[] };
    expect(list.data.length).toBeGreaterThanOrEqual(23);
    for (const query of ['', '?category=transport&sort=progress&per_page=5', '?sort=title&locale=ru', '?kind=target&locale=kk', '?q=railway']) {
      await check(`/commitments${query}`, '/commitments', 200);
    }
    for (const { slug } of list.data) await check(`/commitments/${slug}`, '/commitments/{slug}', 200);
    await check(`/commitments/${SLUG}?locale=kk`, '/commitments/{slug}', 200);
    await check('/commitments.csv?category=transport', '/commitments.csv', 200);
    const metrics = (await (await check('/metrics', '/metrics', 200)).json()) as { data: { slug: string }[] };
    for (const { slug } of metrics.data) {
      await check(`/metrics/${slug}/observations`, '/metrics/{slug}/observations', 200);
      await check(`/metrics/${slug}/observations.csv`, '/metrics/{slug}/observations.csv', 200);
    }
    await check('/openapi.json', '/openapi.json', 200);
    await check('/datapackage.json', '/datapackage.json', 200);

    const etag = (await request.get(`/api/v1/commitments/${SLUG}`)).headers()['etag']!;
    await check(`/commitments/${SLUG}`, '/commitments/{slug}', 304, { headers: { 'If-None-Match': etag } });
    for (const [path, template] of [
      ['/commitments', '/commitments'],
      ['/commitments.csv', '/commitments.csv'],
      [`/commitments/${SLUG}`, '/commitments/{slug}'],
      ['/datapackage.json', '/datapackage.json'],
    ] as const) {
      await check(path, template, 204, { method: 'OPTIONS', headers: PREFLIGHT });
    }

    await check('/commitments?categroy=trade', '/commitments', 400);
    await check('/commitments?category=mining', '/commitments', 400);
    await check('/commitments.csv?page=2', '/commitments.csv', 400);
    await check('/commitments/Aktau_Hub', '/commitments/{slug}', 400);
    await check('/commitments/no-such-commitment', '/commitments/{slug}', 404);
    await check('/metrics/no-such-metric/observations', '/metrics/{slug}/observations', 404);
    await check('/metrics/no-such-metric/observations.csv', '/metrics/{slug}/observations.csv', 404);
    await check('/commitment', '/{path}', 404);
    expect(problems).toEqual([]);
  });
});

test.describe('datapackage.json', () => {
  test('lists every CSV the API serves, each with the header row of the real file as its fields', async ({ request }) => {
    const response = await request.get('/api/v1/datapackage.json');
    expect(response.status()).toBe(200);
    expect(response.headers()['access-control-allow-origin']).toBe('*');
    const descriptor = (await response.json()) as DataPackage;
    expect(descriptor.profile).toBe('tabular-data-package');
    expect(descriptor.licenses.length).toBeGreaterThan(0);
    const metrics = (await (await request.get('/api/v1/metrics')).json()) as { data: { slug: string }[] };
    expect(descriptor.resources.map((r) => local(r.path)).sort()).toEqual(
      ['/api/v1/commitments.csv', ...metrics.data.map((m) => `/api/v1/metrics/${m.slug}/observations.csv`)].sort(),
    );
    const names = descriptor.resources.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const resource of descriptor.resources) {
      expect(resource.name).toMatch(/^[a-z0-9._-]+$/);
      expect(resource).toMatchObject({ profile: 'tabular-data-resource', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8' });
      const csv = await request.get(local(resource.path));
      expect(csv.status(), resource.path).toBe(200);
      expect(csv.headers()['content-type'], resource.path).toMatch(/^text\/csv; charset=utf-8/);
      const [header] = parse(await csv.text(), { bom: true, toLine: 1 }) as string[][];
      expect(
        resource.schema.fields.map((f) => f.name),
        resource.name,
      ).toEqual(header);
    }
  });
});

type SitemapEntry = { loc: string; lastmod: string | null; alternates: Record<string, string> };

/** The sitemap's entries, read with the browser's own XML parser (a parse error fails). */
async function readSitemap(page: Page, xml: string): Promise<SitemapEntry[]> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const error = doc.querySelector('parsererror');
    if (error) throw new Error(`sitemap.xml is not well-formed XML: ${error.textContent}`);
    if (doc.documentElement.namespaceURI !== 'http://www.sitemaps.org/schemas/sitemap/0.9' || doc.documentElement.localName !== 'urlset') {
      throw new Error(`unexpected root <${doc.documentElement.localName}> in ${doc.documentElement.namespaceURI}`);
    }
    const ns = 'http://www.sitemaps.org/schemas/sitemap/0.9';
    return [...doc.getElementsByTagNameNS(ns, 'url')].map((url) => ({
      loc: url.getElementsByTagNameNS(ns, 'loc')[0]?.textContent ?? '',
      lastmod: url.getElementsByTagNameNS(ns, 'lastmod')[0]?.textContent ?? null,
      alternates: Object.fromEntries(
        [...url.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link')]
          .filter((link) => link.getAttribute('rel') === 'alternate')
          .map((link) => [link.getAttribute('hreflang') ?? '', link.getAttribute('href') ?? '']),
      ),
    }));
  }, xml);
}

test.describe('sitemap.xml', () => {
  test('robots.txt names it with its absolute address and keeps the workspace out of indexes', async ({ request }) => {
    const robots = await request.get('/robots.txt');
    expect(robots.status()).toBe(200);
    const text = await robots.text();
    expect(text).toMatch(/^Sitemap: https?:\/\/[^\s]+\/sitemap\.xml$/m);
    expect(text).toMatch(/^Disallow: \/editor$/m);
    expect(text).toMatch(/^Disallow: \/sign-in$/m);
  });

  test('parses, and lists every public page in three languages with their hreflang alternates', async ({ page, request }) => {
    const response = await request.get('/sitemap.xml');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/xml');
    const entries = await readSitemap(page, await response.text());
    const paths = entries.map((e) => new URL(e.loc).pathname);
    expect(new Set(paths).size).toBe(paths.length);
    for (const path of ['/', '/ru', '/kk', '/commitments', '/ru/commitments', '/sources', '/methodology', '/api', '/kk/api', '/snapshots'])
      expect(paths).toContain(path);
    expect(paths.filter((p) => /^\/commitments\/[^/]+$/.test(p)).length).toBeGreaterThanOrEqual(23);
    expect(paths.filter((p) => /^\/kk\/commitments\/[^/]+\/updates$/.test(p)).length).toBeGreaterThanOrEqual(23);
    for (const path of paths) expect(path).not.toMatch(/^\/(?:(?:ru|kk)\/)?(?:editor|sign-in|embed|feeds|report|api\/)/);

    const trade = entries.find((e) => new URL(e.loc).pathname === `/commitments/${SLUG}`);
    expect(trade, `/commitments/${SLUG} is listed`).toBeDefined();
    expect(Object.fromEntries(Object.entries(trade!.alternates).map(([lang, href]) => [lang, new URL(href).pathname]))).toEqual({
      en: `/commitments/${SLUG}`,
      ru: `/ru/commitments/${SLUG}`,
      kk: `/kk/commitments/${SLUG}`,
      'x-default': `/commitments/${SLUG}`,
    });
    expect(Number.isNaN(Date.parse(trade!.lastmod ?? ''))).toBe(false);
    // The Russian and Kazakh entries of the page are there too, with the same alternates.
    for (const lang of ['ru', 'kk']) expect(entries.find((e) => e.loc === trade!.alternates[lang])?.alternates).toEqual(trade!.alternates);

    // The same alternates the page itself declares, and every listed language of it answers.
    await page.goto(local(trade!.loc));
    const declared = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        Object.fromEntries(links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!, location.href).pathname])),
      );
    expect(declared).toEqual(Object.fromEntries(Object.entries(trade!.alternates).map(([lang, href]) => [lang, new URL(href).pathname])));
    for (const href of Object.values(trade!.alternates)) expect((await request.get(local(href))).status(), href).toBe(200);
  });
});

/** Every JSON-LD block of the page, parsed (a block that does not parse fails). */
async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((text) => JSON.parse(text) as Record<string, unknown>);
}

test.describe('schema.org JSON-LD', () => {
  test('a commitment page is an Article by the editors, dated by its announcement and last update, citing its source', async ({ page, request }) => {
    const { data } = (await (await request.get(`/api/v1/commitments/${SLUG}?locale=ru`)).json()) as {
      data: {
        title: string;
        summary: string;
        announced_on: string;
        status: { last_update_on: string | null };
        source: { url?: string | null; title: string };
      };
    };
    await page.goto(`/ru/commitments/${SLUG}`);
    const blocks = await jsonLd(page);
    expect(blocks).toHaveLength(1);
    const article = blocks[0]!;
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: data.title,
      description: data.summary,
      inLanguage: 'ru',
      datePublished: data.announced_on,
      dateModified: data.status.last_update_on ?? data.announced_on,
      author: { '@type': 'Organization', name: 'Commitments Tracker editors' },
      publisher: { '@type': 'Organization', name: 'Commitments Tracker editors' },
      citation: { '@type': 'CreativeWork', name: data.source.title },
    });
    expect(new URL((article.mainEntityOfPage as { '@id': string })['@id']).pathname).toBe(`/ru/commitments/${SLUG}`);
    if (data.source.url) expect((article.citation as { url: string }).url).toBe(data.source.url);
    expect(Array.isArray(article.about) && article.about.length).toBeGreaterThan(1);
  });

  for (const prefix of ['', '/ru', '/kk']) {
    test(`${prefix}/api: a Dataset with its distributions, and visible links to openapi.json and datapackage.json`, async ({ page, request }) => {
      await page.goto(`${prefix}/api`);
      const blocks = await jsonLd(page);
      expect(blocks).toHaveLength(1);
      const dataset = blocks[0]!;
      expect(dataset).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'Dataset',
        inLanguage: ['en', 'ru', 'kk'],
        creator: { name: 'Commitments Tracker editors' },
      });
      expect(typeof dataset.name === 'string' && typeof dataset.description === 'string' && typeof dataset.license === 'string').toBe(true);
      const distribution = dataset.distribution as { encodingFormat: string; contentUrl: string }[];
      expect(distribution.map((d) => [d.encodingFormat, local(d.contentUrl)])).toEqual([
        ['application/json', '/api/v1/commitments'],
        ['text/csv', '/api/v1/commitments.csv'],
        ['application/json', '/api/v1/datapackage.json'],
      ]);
      for (const d of distribution) {
        const response = await request.get(local(d.contentUrl));
        expect(response.status(), d.contentUrl).toBe(200);
        expect(response.headers()['content-type'], d.contentUrl).toContain(d.encodingFormat);
      }
      for (const href of ['/api/v1/openapi.json', '/api/v1/datapackage.json']) {
        const link = page.locator(`main a[href="${href}"]`);
        await expect(link).toBeVisible();
        expect((await request.get(href)).status()).toBe(200);
      }
      await expect(page.locator('main code').getByText('GET /api/v1/openapi.json', { exact: true })).toBeVisible();
    });
  }
});
