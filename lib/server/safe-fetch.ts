// Fetches an evidence link for the archive without letting the link reach inside our network.
//
// The URL comes from an editor, so it (and every redirect) could point at loopback, the private
// network or a cloud metadata endpoint. Each hop's host is resolved once, every address is
// judged by lib/ip-policy.ts, and the socket is given a lookup that returns only those judged
// addresses, so a second DNS answer (rebinding) is never consulted. Network trouble is reported
// as a result, never thrown; only a malformed policy (a programming error) throws.

import { createHash } from 'node:crypto';
import { lookup as dnsLookup } from 'node:dns/promises';
import { request as httpRequest, type ClientRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { isPublicAddress } from '@/lib/ip-policy';

export type SafeFetchPolicy = {
  /** Whole fetch, all redirects included. */
  timeoutMs: number;
  /** Body cap; longer bodies are cut and marked truncated. */
  maxBytes: number;
  maxRedirects: number;
  /** 'host:port' entries (lowercase) that may be fetched even though they resolve to a non-public address: for tests with a local fixture server only. */
  allowHosts: ReadonlySet<string>;
  userAgent?: string;
  /** DNS, injectable for tests; default node:dns/promises lookup with { all: true }. */
  lookup?: (hostname: string) => Promise<{ address: string; family: 4 | 6 }[]>;
};

export type SafeFetchFailure =
  'invalid-url' | 'scheme' | 'refused-address' | 'dns' | 'unreachable' | 'timeout' | 'too-many-redirects' | 'http-error' | 'unsupported-type';

export type SafeFetchResult =
  | {
      ok: true;
      requestedUrl: string;
      finalUrl: string;
      status: number;
      /** Normalized media type, e.g. 'text/html' or 'application/pdf'. */
      contentType: string;
      bytes: Buffer;
      truncated: boolean;
      sha256: string;
      /** ISO time the result was complete. */
      fetchedAt: string;
      /** Every URL redirected to, in order; the last one is finalUrl. */
      redirects: string[];
    }
  | {
      ok: false;
      requestedUrl: string;
      reason: SafeFetchFailure;
      detail: string;
      status?: number;
      /** The URL the failure happened at, when one was parsed (e.g. the refused redirect target). */
      finalUrl?: string;
      fetchedAt: string;
    };

const DEFAULT_USER_AGENT = 'CommitmentsTracker-Archiver/1.0 (+evidence archive)';
const ACCEPT = 'text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.1';
const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);
const ACCEPTED_TYPES: ReadonlySet<string> = new Set(['text/html', 'application/xhtml+xml', 'application/pdf']);
const DNS_ERROR_CODES: ReadonlySet<string> = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA', 'EAI_NONAME', 'ENODATA']);
/** Sniffing looks at this many leading bytes only, so a non-document is refused early. */
const SNIFF_WINDOW = 1024;
/** Longer than any real evidence link; keeps absurd input out of logs and requests. */
const MAX_URL_LENGTH = 8192;
/** setTimeout's limit; a larger delay would fire at once. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

type Address = { address: string; family: 4 | 6 };
type Failure = { kind: 'failure'; reason: SafeFetchFailure; detail: string; status?: number };
type Exchange =
  | Failure
  | { kind: 'redirect'; status: number; location: string }
  | { kind: 'body'; status: number; contentType: string; bytes: Buffer; truncated: boolean };

function failure(reason: SafeFetchFailure, detail: string, status?: number): Failure {
  return status === undefined ? { kind: 'failure', reason, detail } : { kind: 'failure', reason, detail, status };
}

function checkPolicy(policy: SafeFetchPolicy): void {
  if (typeof policy !== 'object' || policy === null) throw new TypeError('safeFetch: policy must be an object');
  const { timeoutMs, maxBytes, maxRedirects, allowHosts, userAgent, lookup } = policy;
  if (typeof timeoutMs !== 'number' || !Number.isFinite(timeoutMs) || timeoutMs <= 0 || timeoutMs > MAX_TIMEOUT_MS) {
    throw new RangeError(`safeFetch: timeoutMs must be a positive number of milliseconds up to ${MAX_TIMEOUT_MS}`);
  }
  if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) throw new RangeError('safeFetch: maxBytes must be a positive integer');
  if (!Number.isSafeInteger(maxRedirects) || maxRedirects < 0) throw new RangeError('safeFetch: maxRedirects must be a non-negative integer');
  if (typeof allowHosts !== 'object' || allowHosts === null || typeof allowHosts.has !== 'function') {
    throw new TypeError('safeFetch: allowHosts must be a Set of host:port entries');
  }
  if (userAgent !== undefined && (typeof userAgent !== 'string' || userAgent.trim() === '' || /[^\t\x20-\x7e]/.test(userAgent))) {
    throw new TypeError('safeFetch: userAgent must be a non-empty printable ASCII string');
  }
  if (lookup !== undefined && typeof lookup !== 'function') throw new TypeError('safeFetch: lookup must be a function');
}

/** The URL to request, or why not. Used for the first URL and for every redirect target. */
function parseTarget(raw: string, base?: URL): URL | Failure {
  if (typeof raw !== 'string' || raw.trim() === '') return failure('invalid-url', 'the URL is empty');
  if (raw.length > MAX_URL_LENGTH) return failure('invalid-url', `the URL is longer than ${MAX_URL_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return failure('invalid-url', 'not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return failure('scheme', `${url.protocol} URLs are not fetched; only http: and https:`);
  if (url.username !== '' || url.password !== '') return failure('invalid-url', 'URLs with credentials are not fetched');
  if (url.hostname === '') return failure('invalid-url', 'the URL has no host');
  // Never sent to the server; dropping it keeps finalUrl the address of what was fetched.
  url.hash = '';
  return url;
}

function portOf(url: URL): number {
  if (url.port !== '') return Number(url.port);
  return url.protocol === 'https:' ? 443 : 80;
}

/** URL.hostname without the brackets of an IPv6 literal. */
function bareHost(url: URL): string {
  return url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
}

function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}

function errorText(error: unknown): string {
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  return code !== undefined && !message.includes(code) ? `${code}: ${message}` : message;
}

class Timeout extends Error {}

/** `promise`, or a Timeout rejection once `signal` aborts; a late settlement of `promise` is ignored. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) return reject(new Timeout());
    const onAbort = () => reject(new Timeout());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

async function defaultLookup(hostname: string): Promise<Address[]> {
  const found = await dnsLookup(hostname, { all: true, verbatim: true });
  return found.map(({ address }) => ({ address, family: isIP(address) === 6 ? 6 : 4 }));
}

/** Every address the URL's host stands for, once all have been judged; or why not. */
async function resolveTarget(url: URL, policy: SafeFetchPolicy, signal: AbortSignal, timeoutDetail: string): Promise<Address[] | Failure> {
  const host = bareHost(url);
  const literal = isIP(host);
  let addresses: Address[];
  if (literal === 4 || literal === 6) {
    addresses = [{ address: host, family: literal }];
  } else {
    const lookup = policy.lookup ?? defaultLookup;
    let found: unknown;
    try {
      found = await untilAborted(
        Promise.resolve().then(() => lookup(host)),
        signal,
      );
    } catch (error) {
      if (error instanceof Timeout) return failure('timeout', timeoutDetail);
      return failure('dns', `could not resolve ${host}: ${errorText(error)}`);
    }
    if (!Array.isArray(found) || found.length === 0) return failure('dns', `${host} has no addresses`);
    addresses = [];
    for (const entry of found as unknown[]) {
      const address = typeof entry === 'object' && entry !== null && 'address' in entry ? entry.address : undefined;
      const family = typeof address === 'string' ? isIP(address) : 0;
      if (typeof address !== 'string' || (family !== 4 && family !== 6))
        return failure('dns', `${host} resolved to something that is not an IP address`);
      addresses.push({ address, family });
    }
  }
  if (!policy.allowHosts.has(`${url.hostname}:${portOf(url)}`)) {
    // One bad address is enough: the socket may pick any of them.
    const refused = addresses.find(({ address }) => !isPublicAddress(address));
    if (refused) {
      const via = refused.address === host ? host : `${host} (${refused.address})`;
      return failure('refused-address', `${via} is not a public address`);
    }
  }
  return addresses;
}

/** A socket lookup that answers only with addresses already judged, whatever it is asked. */
function pinnedLookup(addresses: readonly Address[]): LookupFunction {
  return (_hostname, options, callback) => {
    const wanted = options.family === 4 || options.family === 'IPv4' ? 4 : options.family === 6 || options.family === 'IPv6' ? 6 : 0;
    const usable = wanted === 0 ? addresses : addresses.filter(({ family }) => family === wanted);
    const first = usable[0];
    if (first === undefined) {
      const error: NodeJS.ErrnoException = new Error(`no IPv${wanted} address among the checked ones`);
      error.code = 'ENOTFOUND';
      callback(error, '');
    } else if (options.all) {
      callback(
        null,
        usable.map(({ address, family }) => ({ address, family })),
      );
    } else {
      callback(null, first.address, first.family);
    }
  };
}

function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}

const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');
const HTML_STARTS = ['<!doctype html', '<html'];

/** The media type the leading bytes show, for a body served without a useful Content-Type. */
function sniff(bytes: Buffer): string | null {
  const head = bytes.subarray(0, SNIFF_WINDOW);
  if (head.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC)) return 'application/pdf';
  // A UTF-8 byte order mark often precedes the doctype.
  const start = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  const text = head
    .subarray(start)
    .toString('latin1')
    .replace(/^[\t\n\f\r ]+/, '')
    .toLowerCase();
  for (const tag of HTML_STARTS) {
    // The tag must end there: "<htmlx" is not HTML.
    if (text.startsWith(tag) && /^[\t\n\f\r />]/.test(text.slice(tag.length))) return 'text/html';
  }
  return null;
}

function contentLength(header: string | undefined): number | undefined {
  return header !== undefined && /^\d+$/.test(header.trim()) ? Number(header.trim()) : undefined;
}

/** One request to already-judged addresses: its redirect, its body, or why not. */
function exchange(url: URL, addresses: readonly Address[], policy: SafeFetchPolicy, signal: AbortSignal, timeoutDetail: string): Promise<Exchange> {
  return new Promise<Exchange>((resolve) => {
    let settled = false;
    let request: ClientRequest | undefined;
    let response: IncomingMessage | undefined;
    const finish = (outcome: Exchange) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      resolve(outcome);
      // Closes the socket too (no agent keeps it), so nothing more is read.
      response?.destroy();
      request?.destroy();
    };
    const onAbort = () => finish(failure('timeout', timeoutDetail));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });

    const options: RequestOptions = {
      method: 'GET',
      protocol: url.protocol,
      hostname: bareHost(url),
      port: portOf(url),
      path: `${url.pathname}${url.search}`,
      headers: {
        Accept: ACCEPT,
        'User-Agent': policy.userAgent ?? DEFAULT_USER_AGENT,
        // Stored as served: no decompression, so maxBytes bounds what is kept and no bomb inflates.
        'Accept-Encoding': 'identity',
      },
      // A fresh socket per request: a pooled one may have been judged under another policy.
      agent: false,
      lookup: pinnedLookup(addresses),
    };
    try {
      request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(options);
    } catch (error) {
      return finish(failure('unreachable', errorText(error)));
    }
    request.on('error', (error) =>
      finish(DNS_ERROR_CODES.has(errorCode(error) ?? '') ? failure('dns', errorText(error)) : failure('unreachable', errorText(error))),
    );
    request.on('response', (res) => {
      response = res;
      if (settled) return void res.destroy();
      readResponse(res, policy.maxBytes, finish);
    });
    request.end();
  });
}

function readResponse(res: IncomingMessage, maxBytes: number, finish: (outcome: Exchange) => void): void {
  const status = res.statusCode ?? 0;
  const location = res.headers.location;
  if (REDIRECT_STATUSES.has(status) && location !== undefined && location !== '') return finish({ kind: 'redirect', status, location });
  if (status < 200 || status > 299) return finish(failure('http-error', `the server answered HTTP ${status}`, status));
  const encoding = (res.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (encoding !== '' && encoding !== 'identity')
    return finish(failure('unsupported-type', `the body is ${encoding}-encoded although identity was asked for`, status));
  const declared = mediaType(res.headers['content-type']);
  const mustSniff = declared === '' || declared === 'application/octet-stream';
  if (!mustSniff && !ACCEPTED_TYPES.has(declared)) return finish(failure('unsupported-type', `${declared} is neither HTML nor PDF`, status));
  const declaredLength = contentLength(res.headers['content-length']);

  const chunks: Buffer[] = [];
  let size = 0;
  let sniffed: string | null = null;
  const complete = (truncated: boolean) => {
    const bytes = Buffer.concat(chunks, size);
    const contentType = mustSniff ? (sniffed ?? sniff(bytes)) : declared;
    if (contentType === null) return finish(failure('unsupported-type', 'the body does not look like HTML or PDF', status));
    finish({ kind: 'body', status, contentType, bytes, truncated });
  };
  res.on('data', (chunk: Buffer) => {
    const room = maxBytes - size;
    if (chunk.length > room) {
      chunks.push(chunk.subarray(0, room));
      size = maxBytes;
      return complete(true);
    }
    chunks.push(chunk);
    size += chunk.length;
    // Content-Length promises more, so there is no need to wait for the next byte to know.
    if (size === maxBytes && declaredLength !== undefined && declaredLength > maxBytes) return complete(true);
    if (mustSniff && sniffed === null && size >= SNIFF_WINDOW) {
      sniffed = sniff(Buffer.concat(chunks, size));
      if (sniffed === null) return finish(failure('unsupported-type', 'the body does not look like HTML or PDF', status));
    }
  });
  res.on('end', () => complete(false));
  res.on('error', (error) => finish(failure('unreachable', errorText(error), status)));
  // After 'end' this is a no-op; before it, the connection dropped mid-body.
  res.on('close', () => finish(failure('unreachable', 'the connection closed before the body was complete', status)));
}

function failed(requestedUrl: string, outcome: Failure, finalUrl?: string): SafeFetchResult {
  return {
    ok: false,
    requestedUrl,
    reason: outcome.reason,
    detail: outcome.detail,
    ...(outcome.status === undefined ? {} : { status: outcome.status }),
    ...(finalUrl === undefined ? {} : { finalUrl }),
    fetchedAt: new Date().toISOString(),
  };
}

async function run(requestedUrl: string, policy: SafeFetchPolicy, signal: AbortSignal): Promise<SafeFetchResult> {
  const timeoutDetail = `no complete response within ${policy.timeoutMs} ms`;
  const first = parseTarget(requestedUrl);
  if (!(first instanceof URL)) return failed(requestedUrl, first);
  let target = first;
  const redirects: string[] = [];
  for (;;) {
    const addresses = await resolveTarget(target, policy, signal, timeoutDetail);
    if (!Array.isArray(addresses)) return failed(requestedUrl, addresses, target.href);
    const outcome = await exchange(target, addresses, policy, signal, timeoutDetail);
    if (outcome.kind === 'failure') return failed(requestedUrl, outcome, target.href);
    if (outcome.kind === 'body') {
      return {
        ok: true,
        requestedUrl,
        finalUrl: target.href,
        status: outcome.status,
        contentType: outcome.contentType,
        bytes: outcome.bytes,
        truncated: outcome.truncated,
        sha256: createHash('sha256').update(outcome.bytes).digest('hex'),
        fetchedAt: new Date().toISOString(),
        redirects,
      };
    }
    let resolved: URL;
    try {
      resolved = new URL(outcome.location, target);
    } catch {
      return failed(
        requestedUrl,
        failure('invalid-url', `the redirect to ${JSON.stringify(outcome.location)} is not a valid URL`, outcome.status),
        target.href,
      );
    }
    if (redirects.length >= policy.maxRedirects) {
      return failed(requestedUrl, failure('too-many-redirects', `more than ${policy.maxRedirects} redirects`, outcome.status), resolved.href);
    }
    const next = parseTarget(resolved.href);
    if (!(next instanceof URL)) return failed(requestedUrl, next, resolved.href);
    redirects.push(next.href);
    target = next;
  }
}

/**
 * GETs an http(s) URL for the evidence archive, following redirects by hand, connecting only to
 * public addresses (or the test-only `allowHosts`) and keeping at most `maxBytes` of an HTML or
 * PDF body. Resolves with a failure result for every network or content problem.
 */
export async function safeFetch(url: string, policy: SafeFetchPolicy): Promise<SafeFetchResult> {
  checkPolicy(policy);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), policy.timeoutMs);
  try {
    return await run(url, policy, controller.signal);
  } finally {
    clearTimeout(timer);
  }
}
