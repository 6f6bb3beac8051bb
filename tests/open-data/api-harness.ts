import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openTestDatabase, type TestDatabase } from '../../db/test-database';

// The open data API's real route handlers, called as Next calls them (a Request, and the
// route's params as a promise), against a seeded test database. Each test file gets its own
// database: db/test-database.ts sets DATABASE_URL before the db modules and the handlers
// are imported, because lib/env reads the environment once.
//
// The test file must mock next/cache first (`vi.mock('next/cache', …)`): unstable_cache needs
// the incremental cache of a running Next server.

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const API_DIR = path.join(ROOT, 'app/api/v1');
export const SITE = 'https://tracker.test';

/** Every route file under app/api/v1, as a path relative to it ('metrics/[slug]/observations.csv/route.ts'). */
export function apiRouteFiles(): string[] {
  return readdirSync(API_DIR, { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === 'route.ts')
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

/** The OpenAPI path of a route file: the folders, [slug] as {slug}, [...path] as {path}. */
export function openApiPathOf(routeFile: string): string {
  const segments = routeFile.split('/').slice(0, -1);
  return `/${segments.map((s) => s.replace(/^\[\.\.\.(\w+)\]$/, '{$1}').replace(/^\[(\w+)\]$/, '{$1}')).join('/')}`;
}

type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response> | Response;
type RouteModule = Record<string, unknown>;

export type Route = { file: string; template: string; segments: string[]; module: RouteModule };

export type ApiCall = {
  /** The OpenAPI path template the request was routed to ('/commitments/{slug}'). */
  template: string;
  method: 'get' | 'options';
  response: Response;
};

/** Next's order: static segments before dynamic ones, a catch-all last. */
function specificity(segments: string[]): number[] {
  return segments.map((s) => (s.startsWith('[...') ? 2 : s.startsWith('[') ? 1 : 0));
}

function match(route: Route, parts: string[]): Record<string, string | string[]> | null {
  const params: Record<string, string | string[]> = {};
  for (let i = 0; i < route.segments.length; i++) {
    const segment = route.segments[i]!;
    const catchAll = /^\[\.\.\.(\w+)\]$/.exec(segment);
    if (catchAll) {
      if (parts.length <= i) return null;
      params[catchAll[1]!] = parts.slice(i).map(decodeURIComponent);
      return params;
    }
    const part = parts[i];
    if (part === undefined) return null;
    const dynamic = /^\[(\w+)\]$/.exec(segment);
    if (dynamic) params[dynamic[1]!] = decodeURIComponent(part);
    else if (segment !== part) return null;
  }
  return parts.length === route.segments.length ? params : null;
}

export type ApiHarness = {
  testDb: TestDatabase;
  routes: Route[];
  /** GET (or OPTIONS) a path below /api/v1, such as '/commitments?kind=target'. */
  call(pathAndQuery: string, init?: { method?: 'GET' | 'OPTIONS'; headers?: Record<string, string> }): Promise<ApiCall>;
  close(): Promise<void>;
};

export async function openApiHarness(): Promise<ApiHarness> {
  const testDb = await openTestDatabase({ seed: true, env: { SITE_URL: SITE } });
  const routes: Route[] = [];
  for (const file of apiRouteFiles()) {
    const loaded = (await import(pathToFileURL(path.join(API_DIR, file)).href)) as RouteModule;
    routes.push({ file, template: openApiPathOf(file), segments: file.split('/').slice(0, -1), module: loaded });
  }
  routes.sort((a, b) => {
    const [x, y] = [specificity(a.segments), specificity(b.segments)];
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
      const d = (x[i] ?? -1) - (y[i] ?? -1);
      if (d !== 0) return d;
    }
    return 0;
  });

  async function call(pathAndQuery: string, init: { method?: 'GET' | 'OPTIONS'; headers?: Record<string, string> } = {}): Promise<ApiCall> {
    const url = new URL(`/api/v1${pathAndQuery === '/' ? '' : pathAndQuery}`, SITE);
    const parts = url.pathname
      .replace(/^\/api\/v1\/?/, '')
      .split('/')
      .filter(Boolean);
    const method = init.method ?? 'GET';
    for (const route of routes) {
      const params = match(route, parts);
      if (!params) continue;
      const handler = route.module[method] as Handler | undefined;
      if (typeof handler !== 'function') throw new Error(`${route.file} does not export ${method}`);
      const response = await handler(new Request(url, { method, headers: init.headers }), { params: Promise.resolve(params) });
      return { template: route.template, method: method.toLowerCase() as ApiCall['method'], response };
    }
    throw new Error(`No route file answers ${url.pathname}`);
  }

  return { testDb, routes, call, close: () => testDb.close() };
}
