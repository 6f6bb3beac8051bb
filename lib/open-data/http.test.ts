import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import {
  CACHE_CONTROL,
  csvResponse,
  errorResponse,
  etagMatches,
  jsonResponse,
  preflightResponse,
  strongEtag,
  utf8BodyFor,
  withErrorHandling,
} from './http';

const request = (headers: Record<string, string> = {}) => new Request('http://localhost/api/v1/commitments', { headers });

describe('strongEtag', () => {
  it('is the quoted sha256 of the UTF-8 body, unprefixed (strong)', () => {
    const body = '{"title":"Транскаспийский маршрут"}';
    const expected = createHash('sha256').update(Buffer.from(body, 'utf8')).digest('base64url');
    expect(strongEtag(body)).toBe(`"${expected}"`);
    expect(strongEtag(body)).not.toMatch(/^W\//);
  });

  it('changes when one character of the body changes', () => {
    expect(strongEtag('{"share":0.13}')).not.toBe(strongEtag('{"share":0.14}'));
  });
});

describe('utf8BodyFor', () => {
  it('encodes a body once per ETag and gives the same bytes back after', () => {
    const body = JSON.stringify({ title: 'Торговля “15 bn”' });
    const etag = strongEtag(body);
    const bytes = utf8BodyFor(body, etag);
    expect(new TextDecoder().decode(bytes)).toBe(body);
    expect(utf8BodyFor(body, etag)).toBe(bytes);
  });
});

describe('etagMatches', () => {
  const tag = '"abc"';
  it.each([
    ['"abc"', true],
    ['W/"abc"', true],
    ['"zzz", "abc"', true],
    ['*', true],
    ['"abd"', false],
    ['abc', false],
    ['', false],
  ])('If-None-Match %j against "abc": %s', (header, expected) => {
    expect(etagMatches(header, tag)).toBe(expected);
  });

  it('is false without the header', () => {
    expect(etagMatches(null, tag)).toBe(false);
  });
});

describe('jsonResponse', () => {
  it('sends the body with caching headers, a strong ETag and CORS for any origin', async () => {
    const res = jsonResponse(request(), { data: [1, 2] });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('{"data":[1,2]}');
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe(CACHE_CONTROL);
    expect(CACHE_CONTROL).toMatch(/public/);
    expect(CACHE_CONTROL).toMatch(/s-maxage=\d+/);
    expect(CACHE_CONTROL).toMatch(/stale-while-revalidate=\d+/);
    expect(res.headers.get('etag')).toBe(strongEtag('{"data":[1,2]}'));
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers 304 without a body when If-None-Match holds the current tag', async () => {
    const first = jsonResponse(request(), { data: 'x' });
    const etag = first.headers.get('etag')!;
    const again = jsonResponse(request({ 'If-None-Match': etag }), { data: 'x' });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toBe(CACHE_CONTROL);
  });

  it('sends the new body when the data changed since the tag was issued', () => {
    const old = jsonResponse(request(), { data: 'old' }).headers.get('etag')!;
    expect(jsonResponse(request({ 'If-None-Match': old }), { data: 'new' }).status).toBe(200);
  });
});

describe('csvResponse', () => {
  it('is a UTF-8 CSV attachment with the given filename', () => {
    const res = csvResponse(request(), '\uFEFFa\r\n', 'commitments_2026-01-15.csv');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="commitments_2026-01-15.csv"');
  });
});

describe('errorResponse', () => {
  it('is JSON { error: { code, message, parameter } } with the status, never cached', async () => {
    const res = errorResponse({ status: 400, code: 'invalid_parameter', message: 'Invalid kind “x”.', parameter: 'kind' });
    expect(res.status).toBe(400);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(await res.json()).toEqual({ error: { code: 'invalid_parameter', message: 'Invalid kind “x”.', parameter: 'kind' } });
  });
});

describe('preflightResponse', () => {
  it('allows GET from any origin with If-None-Match', () => {
    const res = preflightResponse();
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-methods')).toContain('GET');
    expect(res.headers.get('access-control-allow-headers')).toContain('If-None-Match');
  });
});

describe('withErrorHandling', () => {
  it('turns a thrown error into a JSON 500 without details, and logs the real one', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const handler = withErrorHandling('test', async () => {
      throw new Error('SQLITE_BUSY: database is locked at /srv/secret/path');
    });
    const res = await handler();
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain('SQLITE_BUSY');
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'internal_error', parameter: null } });
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });
});
