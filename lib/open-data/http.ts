import { createHash } from 'node:crypto';
import type { ApiError } from './params';
import { setBounded } from '../bounded-map';

// HTTP behaviour shared by every open data endpoint: caching headers, a strong ETag computed
// from the body, 304 for a matching If-None-Match, CORS for any origin (the data is public
// and read-only), and one JSON shape for errors.

/**
 * Browsers keep a response a minute; shared caches (a CDN) five minutes, which is also how long
 * the public pages are cached; either may serve a stale copy for ten more minutes while it
 * fetches a fresh one in the background.
 */
export const CACHE_CONTROL = 'public, max-age=60, s-maxage=300, stale-while-revalidate=600';

export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Link, Content-Disposition',
};

/** sha256 of the exact bytes sent, so equal bodies get equal tags on every server instance. */
export function strongEtag(body: string): string {
  return `"${createHash('sha256').update(body, 'utf8').digest('base64url')}"`;
}

/**
 * If-None-Match uses the weak comparison (RFC 9110 §13.1.2): W/ prefixes are ignored, a list
 * matches if any member does, and `*` matches any current representation.
 */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((candidate) => candidate.trim() === '*' || opaque(candidate) === opaque(etag));
}

type BodyOptions = { contentType: string; headers?: Record<string, string> };

/** A body with its ETag, made once and kept in the data cache with it (lib/server/open-data-cache.ts). */
export type PreparedBody = { body: string; etag: string };

export function prepareJson(payload: unknown): PreparedBody {
  const body = JSON.stringify(payload);
  return { body, etag: strongEtag(body) };
}

/** 200 with the body, or 304 without it when the client already holds this exact body. */
export function cachedResponse(request: Request, body: string, options: BodyOptions): Response {
  return preparedResponse(request, { body, etag: strongEtag(body) }, options);
}

// UTF-8 bytes of recent bodies, by their strong ETag (a hash of the body, so one ETag is one
// body). A cached body comes back from the data cache as a string, and encoding ~20 KB of
// JSON again on every request showed in the profile; bounded, oldest dropped first.
const BODY_BYTES_KEPT = 500;
const bodyBytes = new Map<string, Uint8Array<ArrayBuffer>>();

export function utf8BodyFor(body: string, etag: string): Uint8Array<ArrayBuffer> {
  let bytes = bodyBytes.get(etag);
  if (!bytes) {
    bytes = new TextEncoder().encode(body);
    setBounded(bodyBytes, etag, bytes, BODY_BYTES_KEPT);
  }
  return bytes;
}

export function preparedResponse(request: Request, { body, etag }: PreparedBody, { contentType, headers = {} }: BodyOptions): Response {
  const common: Record<string, string> = { ...CORS_HEADERS, 'Cache-Control': CACHE_CONTROL, ETag: etag };
  if (etagMatches(request.headers.get('if-none-match'), etag)) {
    // A 304 repeats the validators and caching headers but carries no body (RFC 9110 §15.4.5).
    return new Response(null, { status: 304, headers: common });
  }
  return new Response(utf8BodyFor(body, etag), { status: 200, headers: { ...common, ...headers, 'Content-Type': contentType } });
}

const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

export function jsonResponse(request: Request, payload: unknown, headers?: Record<string, string>): Response {
  return preparedJsonResponse(request, prepareJson(payload), headers);
}

export function preparedJsonResponse(request: Request, prepared: PreparedBody, headers?: Record<string, string>): Response {
  return preparedResponse(request, prepared, { contentType: JSON_CONTENT_TYPE, headers });
}

export function csvResponse(request: Request, csv: string, filename: string): Response {
  return cachedResponse(request, csv, {
    contentType: 'text/csv; charset=utf-8; header=present',
    headers: { 'Content-Disposition': `attachment; filename="${filename}"` },
  });
}

export type ErrorBody = { error: { code: ApiError['code'] | 'internal_error'; message: string; parameter: string | null } };

/**
 * Errors are not cached: a 404 becomes a 200 as soon as an editor adds that commitment,
 * and a 400 costs nothing to recompute.
 */
export function errorResponse(error: ApiError): Response {
  const body: ErrorBody = { error: { code: error.code, message: error.message, parameter: error.parameter } };
  return Response.json(body, { status: error.status, headers: { ...CORS_HEADERS, 'Cache-Control': 'no-store' } });
}

export function internalErrorResponse(): Response {
  const body: ErrorBody = {
    error: { code: 'internal_error', message: 'The data could not be read just now; please try again shortly.', parameter: null },
  };
  return Response.json(body, { status: 500, headers: { ...CORS_HEADERS, 'Cache-Control': 'no-store' } });
}

/** CORS preflight: a browser sends one before a GET that carries If-None-Match. */
export function preflightResponse(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
      'Access-Control-Allow-Headers': 'If-None-Match',
      'Access-Control-Max-Age': '86400',
      Allow: 'GET, HEAD, OPTIONS',
    },
  });
}

/** Logs the real failure on the server and answers with a plain JSON 500, never a stack trace. */
export function withErrorHandling<A extends unknown[]>(
  endpoint: string,
  handler: (...args: A) => Promise<Response>,
): (...args: A) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      console.error(`Open data API: ${endpoint} failed`, error);
      return internalErrorResponse();
    }
  };
}
