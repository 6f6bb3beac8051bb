import type { ArchiveState } from './domain';

// The rules of the evidence archive, apart from fetching: which failures are worth another
// try, how long to wait before it, and what a reader is told about an address.

/** Why a fetch stored nothing (lib/server/safe-fetch.ts SafeFetchFailure). */
export const ARCHIVE_FAILURES = [
  'invalid-url',
  'scheme',
  'refused-address',
  'dns',
  'unreachable',
  'timeout',
  'too-many-redirects',
  'http-error',
  'unsupported-type',
] as const;
export type ArchiveFailure = (typeof ARCHIVE_FAILURES)[number];

/**
 * Failures that trying again cannot change: the address itself is refused or is not a page we
 * keep. Everything else (no answer, a 404 that may be fixed, a timeout) is retried.
 */
const FINAL_FAILURES: ReadonlySet<ArchiveFailure> = new Set(['invalid-url', 'scheme', 'refused-address', 'unsupported-type']);

export function isRetryable(failure: ArchiveFailure): boolean {
  return !FINAL_FAILURES.has(failure);
}

const MINUTE = 60_000;
/** The first retry waits this long; each later one twice as long as the one before. */
export const FIRST_RETRY_MS = 5 * MINUTE;
/** The longest wait between two tries: a site down for weeks is still tried weekly. */
export const LONGEST_RETRY_MS = 7 * 24 * 60 * MINUTE;

/** When to try again after `attempts` failed tries (1 = the first failed), or null for never. */
export function nextRetryAt(failure: ArchiveFailure, attempts: number, now: Date): string | null {
  if (!isRetryable(failure)) return null;
  const exponent = Math.max(0, Math.min(attempts - 1, 30));
  const wait = Math.min(FIRST_RETRY_MS * 2 ** exponent, LONGEST_RETRY_MS);
  return new Date(now.getTime() + wait).toISOString();
}

/** When an archived address is next checked for still answering. */
export function nextCheckAt(now: Date, linkCheckDays: number): string {
  return new Date(now.getTime() + linkCheckDays * 24 * 60 * MINUTE).toISOString();
}

/** What the public pages and the API say about one address. */
export type ArchiveRecord = {
  id: number;
  state: ArchiveState;
  fetchedAt: string | null;
  sha256: string | null;
  byteLength: number | null;
  truncated: boolean;
  contentType: string | null;
  finalUrl: string | null;
  httpStatus: number | null;
  failure: string | null;
  nextAttemptAt: string | null;
  deadSince: string | null;
};

export type ArchiveView =
  | { kind: 'archived'; id: number; on: string; sha256: string; byteLength: number; truncated: boolean; deadSince: string | null }
  | { kind: 'failed'; reason: ArchiveFailureReason; status: number | null; willRetry: boolean }
  | { kind: 'pending' };

/** The reader's words for a failure: five, not nine (a reader need not know DNS from TCP). */
export type ArchiveFailureReason = 'unreachable' | 'http-error' | 'refused' | 'not-a-page' | 'redirects';

export function failureReason(failure: string | null): ArchiveFailureReason {
  switch (failure) {
    case 'http-error':
      return 'http-error';
    case 'invalid-url':
    case 'scheme':
    case 'refused-address':
      return 'refused';
    case 'unsupported-type':
      return 'not-a-page';
    case 'too-many-redirects':
      return 'redirects';
    default:
      return 'unreachable';
  }
}

export function archiveView(record: ArchiveRecord | null | undefined): ArchiveView {
  if (!record || record.state === 'pending') return { kind: 'pending' };
  if (record.state === 'archived' && record.fetchedAt && record.sha256) {
    return {
      kind: 'archived',
      id: record.id,
      on: record.fetchedAt.slice(0, 10),
      sha256: record.sha256,
      byteLength: record.byteLength ?? 0,
      truncated: record.truncated,
      deadSince: record.deadSince ? record.deadSince.slice(0, 10) : null,
    };
  }
  return {
    kind: 'failed',
    reason: failureReason(record.failure),
    status: record.httpStatus,
    willRetry: record.nextAttemptAt !== null,
  };
}

/** The first characters of a digest, as shown beside a link (the whole one is in the API and the copy's headers). */
export function shortDigest(sha256: string): string {
  return sha256.slice(0, 12);
}

/**
 * The address an archive row is kept under: the URL as parsed (so `HTTP://Example.org` and
 * `http://example.org/` share one copy), without its fragment, which never reaches a server.
 * Null for anything that is not an http(s) URL: it is never fetched.
 */
export function archiveKey(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  parsed.hash = '';
  return parsed.href;
}
