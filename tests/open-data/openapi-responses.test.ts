import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { OpenApiDocument } from '../../lib/open-data/openapi';
import { apiRouteFiles, openApiHarness, openApiPathOf, type ApiCall, type ApiHarness } from './api-harness';
import { OpenApiValidator } from './openapi-validator';

// The OpenAPI description checked against the API itself: real responses of the route
// handlers, on the seeded dataset, validated against the schema the document gives for their
// path, method, status and content type, errors included; and every route file under
// app/api/v1 described, so a new endpoint without documentation fails here.

// unstable_cache needs a running Next server's incremental cache: here it just calls through.
vi.mock('next/cache', () => ({
  unstable_cache: <A extends unknown[], R>(fn: (...args: A) => R) => fn,
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
  updateTag: () => undefined,
}));

let api: ApiHarness;
let document: OpenApiDocument;
let validator: OpenApiValidator;

beforeAll(async () => {
  api = await openApiHarness();
  const served = await api.call('/openapi.json');
  expect(served.response.status).toBe(200);
  document = (await served.response.json()) as OpenApiDocument;
  validator = new OpenApiValidator(document);
}, 60_000);

afterAll(async () => {
  await api?.close();
});

/** Calls the API and validates the response against the document; returns the parsed body. */
async function valid(
  pathAndQuery: string,
  expectedStatus: number,
  init?: Parameters<ApiHarness['call']>[1],
): Promise<{ call: ApiCall; body: string }> {
  const call = await api.call(pathAndQuery, init);
  const body = await call.response.clone().text();
  expect(call.response.status, `${pathAndQuery}: ${body.slice(0, 300)}`).toBe(expectedStatus);
  expect(await validator.check(call.template, call.method, call.response), pathAndQuery).toEqual([]);
  return { call, body };
}

const json = <T>(body: string) => JSON.parse(body) as T;

describe('every endpoint is described', () => {
  it('each route file under app/api/v1 has its path in the document, with each HTTP method it exports', () => {
    const files = apiRouteFiles();
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const route of api.routes) {
      const item = document.paths[route.template];
      expect(item, `${route.file} → ${route.template} is not in openapi.json`).toBeDefined();
      const exported = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'].filter((m) => typeof route.module[m] === 'function');
      for (const method of exported) expect(item?.[method.toLowerCase()], `${route.file}: ${method} not described`).toBeDefined();
    }
    // And nothing is described that no route serves.
    expect(Object.keys(document.paths).sort()).toEqual(files.map(openApiPathOf).sort());
  });

  it('serves the document for the site’s address, with the caching and CORS headers of every endpoint', async () => {
    const { call } = await valid('/openapi.json', 200);
    expect(document.openapi).toBe('3.1.0');
    expect(document.servers[0]?.url).toBe('https://tracker.test/api/v1');
    expect(call.response.headers.get('access-control-allow-origin')).toBe('*');
    const etag = call.response.headers.get('etag')!;
    await valid('/openapi.json', 304, { headers: { 'If-None-Match': etag } });
    await valid('/openapi.json?x=1', 400);
  });
});

describe('real responses match the document', () => {
  it('the index', async () => {
    const { body } = await valid('/', 200);
    expect(json<{ data: { openapi: string; datapackage: string } }>(body).data).toMatchObject({
      openapi: 'https://tracker.test/api/v1/openapi.json',
      datapackage: 'https://tracker.test/api/v1/datapackage.json',
    });
    await valid('/?format=json', 400);
  });

  it('the list, with every filter, sort, page size and language', async () => {
    const queries = [
      '',
      '?per_page=100',
      '?sort=progress&per_page=5&page=2',
      '?sort=title&locale=ru',
      '?category=transport&locale=kk',
      '?kind=target',
      '?kind=project',
      '?status=overdue',
      '?country=TM',
      '?q=railway',
      '?category=',
    ];
    for (const query of queries) {
      const { call, body } = await valid(`/commitments${query}`, 200);
      const list = json<{ data: unknown[]; pagination: { total: number } }>(body);
      expect(list.data.length, query).toBeGreaterThan(0);
      expect(call.response.headers.get('link'), query).toContain('rel="first"');
    }
  });

  it('every commitment’s detail, in every language', async () => {
    const { body } = await valid('/commitments?per_page=100', 200);
    const slugs = json<{ data: { slug: string }[] }>(body).data.map((c) => c.slug);
    expect(slugs.length).toBeGreaterThanOrEqual(23);
    for (const slug of slugs) await valid(`/commitments/${slug}`, 200);
    for (const locale of ['ru', 'kk']) await valid(`/commitments/${slugs[0]}?locale=${locale}`, 200);
  }, 60_000);

  it('the CSV downloads are text/csv, as documented', async () => {
    await valid('/commitments.csv', 200);
    await valid('/commitments.csv?kind=target&locale=ru', 200);
  });

  it('the metrics and every metric’s observations, JSON and CSV', async () => {
    const { body } = await valid('/metrics', 200);
    const metrics = json<{ data: { slug: string }[] }>(body).data;
    expect(metrics.length).toBeGreaterThan(0);
    for (const { slug } of metrics) {
      await valid(`/metrics/${slug}/observations`, 200);
      await valid(`/metrics/${slug}/observations.csv`, 200);
    }
    await valid(`/metrics/${metrics[0]!.slug}/observations?locale=kk`, 200);
  });

  it('the data package', async () => {
    await valid('/datapackage.json', 200);
  });

  it('304 for a copy the client holds, on every cached endpoint', async () => {
    for (const path of [
      '/',
      '/commitments',
      '/commitments/aktau-container-hub',
      '/commitments.csv',
      '/metrics',
      '/metrics/intra-regional-trade/observations',
      '/metrics/intra-regional-trade/observations.csv',
      '/datapackage.json',
    ]) {
      const first = await api.call(path);
      const etag = first.response.headers.get('etag');
      expect(etag, path).toBeTruthy();
      await valid(path, 304, { headers: { 'If-None-Match': etag! } });
    }
  });

  it('CORS preflights', async () => {
    for (const path of [
      '/',
      '/commitments',
      '/commitments/aktau-container-hub',
      '/commitments.csv',
      '/metrics',
      '/metrics/it-exports/observations',
      '/metrics/it-exports/observations.csv',
      '/openapi.json',
      '/datapackage.json',
    ]) {
      await valid(path, 204, { method: 'OPTIONS' });
    }
  });
});

describe('errors match the document', () => {
  it.each([
    ['/commitments?categroy=trade', 'unknown_parameter'],
    ['/commitments?category=mining', 'invalid_parameter'],
    ['/commitments?kind=target&kind=event', 'repeated_parameter'],
    ['/commitments?page=99', 'invalid_parameter'],
    ['/commitments?per_page=1000', 'invalid_parameter'],
    ['/commitments?locale=de', 'invalid_parameter'],
    ['/commitments.csv?page=2', 'unknown_parameter'],
    ['/commitments/Aktau_Hub', 'invalid_parameter'],
    ['/commitments/aktau-container-hub?format=csv', 'unknown_parameter'],
    ['/metrics?page=1', 'unknown_parameter'],
    ['/metrics/intra-regional-trade/observations?year=2022', 'unknown_parameter'],
    ['/metrics/intra-regional-trade/observations.csv?locale=fr', 'invalid_parameter'],
    ['/datapackage.json?locale=ru', 'unknown_parameter'],
  ])('400 %s', async (path, code) => {
    const { body } = await valid(path, 400);
    expect(json<{ error: { code: string } }>(body).error.code).toBe(code);
  });

  it.each([
    ['/commitments/no-such-commitment', 'slug'],
    ['/metrics/no-such-metric/observations', 'slug'],
    ['/metrics/no-such-metric/observations.csv', 'slug'],
    ['/commitment', null],
    ['/metrics/intra-regional-trade/figures', null],
  ])('404 %s', async (path, parameter) => {
    const { body } = await valid(path, 404);
    expect(json<{ error: { code: string; parameter: string | null } }>(body).error).toMatchObject({ code: 'not_found', parameter });
  });

  it('the validator itself refuses a body the document does not describe (self-test)', async () => {
    const wrong = new Response(JSON.stringify({ data: { commitments: 'https://tracker.test/api/v1/commitments' } }), {
      status: 200,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        etag: '"x"',
        'cache-control': 'public',
        'access-control-allow-origin': '*',
        'access-control-expose-headers': 'ETag',
      },
    });
    expect((await validator.check('/', 'get', wrong)).join('\n')).toMatch(/must have required property/);
    const extra = new Response(JSON.stringify({ error: { code: 'not_found', message: 'x', parameter: null, editor: 'someone' } }), {
      status: 404,
      headers: {
        'content-type': 'application/json',
        'cache-control': 'no-store',
        'access-control-allow-origin': '*',
        'access-control-expose-headers': 'ETag',
      },
    });
    expect((await validator.check('/commitments/{slug}', 'get', extra)).join('\n')).toMatch(/additional properties/);
    const undocumented = new Response('{}', { status: 418 });
    expect(await validator.check('/', 'get', undocumented)).toEqual(['GET / → 418: the status is not documented']);
  });
});
